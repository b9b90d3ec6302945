"""Problems found in records, kept as data so that a run reports all of them at once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kvalitet.messages import say
from kvalitet.records.guard import find_identifiers


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One problem at a place in a file: `file:line:column: message`."""

    file: Path
    line: int
    column: int
    code: str
    message: str

    @classmethod
    def at(cls, file: Path, position: tuple[int, int], code: str, /, **fields: object) -> Problem:
        """A problem whose message is the Swedish text for `code`, filled with `fields` (and with `line`
        and `column`, the position, unless given)."""
        shown = {
            name: shown_text(value) if isinstance(value, str) else value for name, value in fields.items()
        }
        place = {"line": position[0], "column": position[1]}
        return cls(file, position[0], position[1], code, say(code, **{**place, **shown}))


_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
"""Characters that would break a message's line or change what the terminal shows."""
_LONGEST = 300


_DATE_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[ T][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?")
_DIGIT_RUN = re.compile(r"[0-9](?:[\s\-+./–\u2011\u2212]?[0-9]){9,}")
"""Ten digits or more, however separated: a personnummer or phone number the guard may not know."""


def _without_digit_runs(text: str) -> str:
    hidden = say("word-hidden")
    parts = _DATE_TIME.split(text)
    dates = _DATE_TIME.findall(text)
    out = [_DIGIT_RUN.sub(hidden, parts[0])]
    for date, part in zip(dates, parts[1:], strict=True):
        out += [date, _DIGIT_RUN.sub(hidden, part)]
    return "".join(out)


def shown_text(text: str) -> str:
    """A text in a message: invisible and control characters as �, at most 300 characters, and
    anything the guard takes for a personal identifier, or ten digits or more in a row (dates
    aside), as "[dolt]". A last safeguard: messages are written so that they never quote what a
    record says, but the importer shows a word it cannot map, and a wrong date, from the export."""
    text = _without_digit_runs(_UNSHOWN.sub("\ufffd", text))
    for finding in reversed(find_identifiers(text)):
        text = text[: finding.start] + say("word-hidden") + text[finding.end :]
    return text if len(text) <= _LONGEST else text[: _LONGEST - 1] + "…"
