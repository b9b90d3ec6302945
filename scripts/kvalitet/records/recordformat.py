"""The record format's version: which rules a record is checked by.

A record states `postformat: 2`; one without it was written in version 1. A rule added in version 2
that refuses what version 1 accepted applies only to records of version 2, so no record that was
once valid turns invalid when the format grows.

`ADDITIONS` says what version 2 adds, one line per addition: the validator lists them in its hint to
records still written in version 1. A new strict rule appends the code of its line (a message in
`kvalitet.messages`, in the module of the rule's area), e.g. `ADDITIONS.append("format-adds-2-...")`
at import of the rule's module, or a line here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from kvalitet.messages import say
from kvalitet.records.load import Document
from kvalitet.records.problems import Problem

CURRENT = 2
"""The version that new records (`kvalitet ny`, `kvalitet importera`, `kvalitet demo`) are written in."""
FIELD = "postformat"
KNOWN: tuple[int, ...] = tuple(range(1, CURRENT + 1))
ADDITIONS: list[str] = []
"""Message codes, one per thing version 2 adds to version 1 (a rule, a field made stricter)."""


def record_format(data: Mapping[str, Any]) -> int:
    """The version `data` is written in: its `postformat`, or 1 when it has none or a wrong one."""
    value = data.get(FIELD)
    return value if isinstance(value, int) and _known(value) else 1


def strict(data: Mapping[str, Any]) -> bool:
    """True when the rules of the current version apply to `data`."""
    return record_format(data) >= CURRENT


def _known(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in KNOWN


def format_problems(doc: Document) -> list[Problem]:
    """A `postformat` that this program does not know: a newer version, or no version at all. (The
    schema says the same in its own words; this message says what to do.)"""
    value = doc.data.get(FIELD)
    if FIELD not in doc.data or _known(value):
        return []
    known = say("word-and").join(str(version) for version in KNOWN)
    fields = {"known": known, "current": CURRENT}
    position = doc.position((FIELD,))
    if isinstance(value, int) and not isinstance(value, bool) and value > CURRENT:
        return [Problem.at(doc.file, position, "format-unknown-version", value=value, **fields)]
    return [Problem.at(doc.file, position, "format-wrong-value", **fields)]


def format_hint(versions: Iterable[int]) -> list[str]:
    """The hint to records written in an earlier version than the current one: one line, or none."""
    earlier = sorted(version for version in versions if version < CURRENT)
    old = len(earlier)
    if not old:
        return []
    shown = say("word-and").join(str(version) for version in sorted(set(earlier)))
    fields = {"old": shown, "current": CURRENT}
    counted = say("format-hint-one", **fields) if old == 1 else say("format-hint-many", n=old, **fields)
    lines = [say(code) for code in ADDITIONS]
    additions = say("format-hint-additions", current=CURRENT, list="; ".join(lines)) if lines else ""
    return [say("format-hint", counted=counted, current=CURRENT, additions=additions)]


def written_in(data: Mapping[str, Any]) -> int | None:
    """The version a record states (1 without `postformat`), or None when it states an unknown one."""
    value = data.get(FIELD)
    if FIELD not in data:
        return 1
    return value if isinstance(value, int) and _known(value) else None
