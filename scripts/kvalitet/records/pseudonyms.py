"""The pseudonymisation check: no personal identifiers anywhere in a committed YAML file.

Records name people by codes ("Brukare A", "Medarbetare 1"). `guard.find_identifiers` finds what looks
like a personnummer, phone number, e-mail, address or name, in every value, every key and every comment
of a file. A finding that is not personal data can be accepted in the file itself, under
`godkända_fynd` with a reason, so that the reviewer of the merge request sees it. A personnummer or
samordningsnummer can never be accepted.

A message names the kind of finding and its line and column, never the text found: the messages end
up in CI logs, artefacts and merge-request notes, which outlive the commit.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kvalitet.messages import say
from kvalitet.records.comments import comments
from kvalitet.records.guard import Finding, find_identifiers
from kvalitet.records.load import Document, Where, decode
from kvalitet.records.problems import Problem

ACCEPTED = "godkända_fynd"
NEVER_ACCEPTED = frozenset({"personnummer", "samordningsnummer"})


def _strings(value: Any, where: Where) -> Iterator[tuple[Where, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*where, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*where, index))


def _locate(lines: list[str], start: tuple[int, int], found: str) -> tuple[int, int]:
    """Where `found` stands in the file: searched from the value's first line on, for folded texts."""
    line, column = start
    for number in range(line, min(line + 40, len(lines) + 1)):
        offset = lines[number - 1].find(found, column - 1 if number == line else 0)
        if offset >= 0:
            return number, offset + 1
    return start


def position_in_text(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset` in `text`."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def accepted_texts(items: object) -> dict[str, int]:
    """The texts under godkända_fynd, each with its index in the list."""
    accepted: dict[str, int] = {}
    for index, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            accepted.setdefault(item["text"], index)
    return accepted


@dataclass(slots=True)
class Findings:
    """The problems of one file, and which accepted texts were needed."""

    file: Path
    accepted: dict[str, int] = field(default_factory=dict)
    accept_code: str = "pseudonym-accept"
    used: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)

    def add(self, finding: Finding, position: tuple[int, int], where: str = "", listed: bool = False) -> None:
        """A problem for `finding` at `position`, unless it is accepted (or the acceptance itself)."""
        never = finding.kind in NEVER_ACCEPTED
        if finding.text in self.accepted:
            self.used.add(finding.text)
        if not never and (listed or finding.text in self.accepted):
            return
        accept = "" if never else say(self.accept_code)
        where_text = say(f"pseudonym-where-{where}") if where else ""
        code = f"pseudonym-{finding.kind}"
        self.problems.append(Problem.at(self.file, position, code, accept=accept, where=where_text))

    def unused(self, places: dict[int, tuple[int, int]]) -> list[Problem]:
        """A problem for each accepted text that no finding needed, at its place in the list."""
        return [
            Problem.at(self.file, places[index], "pseudonym-unused")
            for text, index in self.accepted.items()
            if text not in self.used
        ]


def check_pseudonyms(doc: Document, text: str = "") -> list[Problem]:
    """Every identifier in the file's values, keys and comments that is not accepted under
    godkända_fynd. With the file's `text`, each finding is placed at its exact line and column."""
    lines = text.splitlines()
    found = Findings(doc.file, accepted_texts(doc.data.get(ACCEPTED)))
    for where, value in _strings(doc.data, ()):
        listed = where[:1] == (ACCEPTED,) and where[-1] == "text"
        for finding in find_identifiers(value):
            found.add(finding, _locate(lines, doc.position(where), finding.text), listed=listed)
    for where, position in doc.keys.items():
        key = where[-1]
        if isinstance(key, str) and not key.startswith("\0"):
            for finding in find_identifiers(key):
                found.add(finding, _locate(lines, position, finding.text), "key")
    for offset, comment in comments(text):
        for finding in find_identifiers(comment):
            found.add(finding, position_in_text(text, offset + finding.start), "comment")
    places = {index: doc.position((ACCEPTED, index, "text")) for index in found.accepted.values()}
    return found.problems + found.unused(places)


def check_raw(file: Path, raw: bytes) -> list[Problem]:
    """Identifiers in a file that could not be loaded: searched line by line in its text.

    A broken file must not let a personnummer through just because its values cannot be read.
    """
    text = decode(file, raw)
    if isinstance(text, Problem):
        text = raw.decode("utf-8", errors="replace")
    found = Findings(file)
    for number, line in enumerate(text.splitlines(), start=1):
        for finding in find_identifiers(line):
            found.add(finding, (number, finding.start + 1))
    return found.problems
