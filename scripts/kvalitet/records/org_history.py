"""The history of the organisation: units and avdelningar that replace others (`ersätter`).

A unit (or an avdelning) names the ones it replaces: one at a renaming, several at a merger; a unit
split in two is named by both new ones. The rules, with the file and line of each problem:

- every replaced id is in the same list, and not the entry itself;
- the replaced entry has ended (`till`) on or before the day the new one began (`från`), and the new
  one has a `från`;
- following `ersätter` never leads back to where it started (no cycle);
- with a list of `avdelningar`, every unit's `avdelning` is the name of one of them, which existed
  whenever the unit did.

The organisation file has no format version: `ersätter` and `avdelningar` are new and optional, so no
file that was valid before is refused.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from kvalitet.records.load import Document
from kvalitet.records.problems import Problem

if TYPE_CHECKING:  # reference.py calls this module
    from kvalitet.records.reference import Entry

UNITS = "enheter"
DEPARTMENTS = "avdelningar"


def _items(doc: Document, key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for index, item in enumerate(doc.data.get(key) or []):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            yield index, item


def _replaced(
    doc: Document, key: str, index: int, entry: Entry, entries: Mapping[str, Entry]
) -> Iterator[Problem]:
    kind = "unit" if key == UNITS else "department"
    for number, old in enumerate(entry.replaces):
        position = doc.position((key, index, "ersätter", number))
        previous = entries.get(old)
        if old == entry.id:
            yield Problem.at(doc.file, position, f"orghist-{kind}-replaces-itself")
        elif previous is None:
            yield Problem.at(doc.file, position, f"orghist-{kind}-replaces-unknown", id=old)
        elif entry.period.start is None:
            yield Problem.at(doc.file, position, f"orghist-{kind}-no-start", old=previous.name)
        elif previous.period.end is None:
            yield Problem.at(doc.file, position, f"orghist-{kind}-old-open", old=previous.name)
        elif previous.period.end > entry.period.start:
            yield Problem.at(
                doc.file,
                position,
                f"orghist-{kind}-overlap",
                old=previous.name,
                end=previous.period.end.isoformat(),
                start=entry.period.start.isoformat(),
            )


def _cycle(start: str, entries: Mapping[str, Entry]) -> bool:
    """Whether following `ersätter` from `start` comes back to it."""
    seen: set[str] = set()
    waiting = [old for old in entries[start].replaces if old != start]
    while waiting:
        key = waiting.pop()
        if key == start:
            return True
        if key in seen or key not in entries:
            continue
        seen.add(key)
        waiting += entries[key].replaces
    return False


def _history(doc: Document, key: str, entries: Mapping[str, Entry]) -> Iterator[Problem]:
    kind = "unit" if key == UNITS else "department"
    for index, item in _items(doc, key):
        entry = entries.get(item["id"])
        if entry is None or not entry.replaces:
            continue
        yield from _replaced(doc, key, index, entry, entries)
        if _cycle(entry.id, entries):
            yield Problem.at(doc.file, doc.position((key, index, "ersätter")), f"orghist-{kind}-cycle")


def _department_names(
    doc: Document, units: Mapping[str, Entry], departments: Mapping[str, Entry]
) -> Iterator[Problem]:
    if not departments:
        return
    by_name = {entry.name: entry for entry in departments.values()}
    for index, item in _items(doc, UNITS):
        name = item.get("avdelning")
        if not isinstance(name, str):
            continue
        position = doc.position((UNITS, index, "avdelning"))
        department, unit = by_name.get(name), units.get(item["id"])
        if department is None:
            yield Problem.at(doc.file, position, "orghist-department-not-listed", name=name)
        elif unit is not None and not _within(unit, department):
            period = department.period.describe()
            yield Problem.at(doc.file, position, "orghist-unit-outside-department", name=name, period=period)


def _within(unit: Entry, department: Entry) -> bool:
    """Whether the unit's period lies within its department's."""
    inner, outer = unit.period, department.period
    if outer.start and (inner.start is None or inner.start < outer.start):
        return False
    return not (outer.end and (inner.end is None or inner.end > outer.end))


def history_problems(
    doc: Document, units: Mapping[str, Entry], departments: Mapping[str, Entry]
) -> list[Problem]:
    """Every problem with `ersätter` and `avdelningar` in organisation.yaml (`doc`)."""
    return [
        *_history(doc, UNITS, units),
        *_history(doc, DEPARTMENTS, departments),
        *_department_names(doc, units, departments),
    ]
