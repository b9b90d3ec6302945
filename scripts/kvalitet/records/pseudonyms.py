"""The pseudonymisation check: no personal identifiers in any text of a record.

Records name people by codes ("Brukare A", "Medarbetare 1"). `guard.find_identifiers` finds what looks
like a personnummer, phone number, e-mail, address or name. A finding that is not personal data can be
accepted in the record itself, under `godkända_fynd` with a reason, so that the reviewer of the merge
request sees it. A personnummer or samordningsnummer can never be accepted.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kvalitet.messages import say
from kvalitet.records.guard import find_identifiers
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


def check_pseudonyms(doc: Document, text: str = "") -> list[Problem]:
    """Every identifier found in the record's texts that is not accepted under godkända_fynd.

    With the file's `text`, each finding is placed at its exact line and column.
    """
    lines = text.splitlines()
    accepted: dict[str, int] = {}
    for index, item in enumerate(doc.data.get(ACCEPTED) or []):
        if isinstance(item, dict) and isinstance(item.get("text"), str):
            accepted[item["text"]] = index
    used: set[str] = set()
    problems: list[Problem] = []
    for where, text in _strings(doc.data, ()):
        listed = where[:1] == (ACCEPTED,) and where[-1] == "text"
        for finding in find_identifiers(text):
            never = finding.kind in NEVER_ACCEPTED
            if finding.text in accepted:
                used.add(finding.text)
            if not never and (listed or finding.text in accepted):
                continue  # accepted by the reviewer, or the acceptance list itself
            accept = "" if never else say("pseudonym-accept", text=finding.text)
            code = f"pseudonym-{finding.kind}"
            position = _locate(lines, doc.position(where), finding.text)
            problems.append(Problem.at(doc.file, position, code, text=finding.text, accept=accept))
    for text, index in accepted.items():
        if text not in used:
            problems.append(
                Problem.at(doc.file, doc.position((ACCEPTED, index, "text")), "pseudonym-unused", text=text)
            )
    return problems


def check_raw(file: Path, raw: bytes) -> list[Problem]:
    """Identifiers in a file that could not be loaded: searched line by line in its text.

    A broken file must not let a personnummer through just because its values cannot be read.
    """
    text = decode(file, raw)
    if isinstance(text, Problem):
        text = raw.decode("utf-8", errors="replace")
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        for finding in find_identifiers(line):
            accept = "" if finding.kind in NEVER_ACCEPTED else say("pseudonym-accept", text=finding.text)
            position = (number, finding.start + 1)
            problems.append(
                Problem.at(file, position, f"pseudonym-{finding.kind}", text=finding.text, accept=accept)
            )
    return problems
