"""Lines of an organisation's history: entries (units, or avdelningar) linked by `ersätter`, and how
one table of today's organisation shows them (`lineage` for units, `department_lineage` for
avdelningar).

The entries linked by `ersätter` (either way) form a *line*. Its current entries are those that exist
on the cut-off date. A line with one current entry (a renaming or a merger) is shown on that entry's
row: the old entries' cases count there, and a note says so. A line with several current entries (a
split) is shown on one row for them together: the old entry's cases cannot be divided between its
successors without inventing shares, so the row is "Barn och unga 1 och Barn och unga 2", with a note,
and the table as the organisation was shows each on its own. A line with no current entry (everything
ended) and an entry linked to no other keep their own rows.

Every function here works over `Mapping[str, Entry]` keyed by the row key of the table as it was, each
entry's `id` that key and its `replaces` those keys (`rekeyed` makes such a mapping).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from kvalitet.aggregate.cells import Key, Line, Model
from kvalitet.aggregate.model import Table
from kvalitet.messages import say
from kvalitet.records.reference import Entry, Period
from kvalitet.swedish import long_date


@dataclass(frozen=True, slots=True)
class Lineage:
    """Entries linked by `ersätter`, shown on one row of today's organisation."""

    key: str
    """The current entry's key, or for several the keys joined by `_` (never a unit id nor a slug)."""
    name: str
    members: tuple[str, ...]
    """Every entry of the line, in the order of organisation.yaml."""
    current: tuple[str, ...]
    department: str
    """The first current entry's `group` (a unit's avdelning; empty for an avdelning)."""
    period: Period
    """From the first entry's start to the last one's end (open when one of them is)."""


def rekeyed(entries: Mapping[str, Entry], key: Callable[[Entry], str]) -> dict[str, Entry]:
    """`entries` keyed by `key` (an avdelning's row key is the slug of its name, not its id), with
    `id` and `replaces` in those keys (a replaced id not in `entries` is dropped)."""
    keys = {entry.id: key(entry) for entry in entries.values()}
    return {
        keys[entry.id]: dataclasses.replace(
            entry, id=keys[entry.id], replaces=tuple(keys[old] for old in entry.replaces if old in keys)
        )
        for entry in entries.values()
    }


def successors(entries: Mapping[str, Entry]) -> dict[str, tuple[str, ...]]:
    """Key → the entries that name it in `ersätter`, in the order of `entries`."""
    result: dict[str, list[str]] = {}
    for entry in entries.values():
        for old in entry.replaces:
            result.setdefault(old, []).append(entry.id)
    return {key: tuple(value) for key, value in result.items()}


def _components(entries: Mapping[str, Entry]) -> list[set[str]]:
    links: dict[str, set[str]] = {key: set() for key in entries}
    for entry in entries.values():
        for old in entry.replaces:
            if old in links and old != entry.id:
                links[entry.id].add(old)
                links[old].add(entry.id)
    seen: set[str] = set()
    components = []
    for key in entries:
        if key in seen or not links[key]:
            continue
        component, waiting = set(), [key]
        while waiting:
            item = waiting.pop()
            if item not in component:
                component.add(item)
                waiting += links[item]
        seen |= component
        components.append(component)
    return components


def span(periods: Sequence[Period]) -> Period:
    """From the first start to the last end, open when one of them is."""
    starts = [period.start for period in periods]
    ends = [period.end for period in periods]
    return Period(
        None if None in starts else min(day for day in starts if day),
        None if None in ends else max(day for day in ends if day),
    )


def names(words: Sequence[str]) -> str:
    """ "A", "A och B", "A, B och C"."""
    if len(words) == 1:
        return words[0]
    return say("word-list-and", items=", ".join(words[:-1]), last=words[-1])


def lines_of(entries: Mapping[str, Entry], order: Sequence[str], as_of: dt.date) -> tuple[Lineage, ...]:
    """The lines of more than one entry that have a current entry on `as_of`; `order` gives the
    order of the members (organisation.yaml's, by avdelning for units)."""
    result = []
    for component in _components(entries):
        members = tuple(key for key in order if key in component)
        current = tuple(key for key in members if entries[key].period.contains(as_of))
        if not current:
            continue
        result.append(
            Lineage(
                key="_".join(current),
                name=names([entries[key].name for key in current]),
                members=members,
                current=current,
                department=entries[current[0]].group,
                period=span([entries[key].period for key in members]),
            )
        )
    return tuple(result)


def line_note(entries: Mapping[str, Entry], line: Lineage, together: str) -> str:
    """What the row of `line` counts: the old entries mapped forward ("note-line-forward"), or
    several entries together (the message `together`)."""
    old = [key for key in line.members if key not in line.current]
    ended = [entries[key].period.end for key in old]
    until = max((day for day in ended if day), default=None)
    fields = {
        "new": line.name,
        "old": names([entries[key].name for key in old]),
        "until": long_date(until) if until else "",
    }
    return say(together if len(line.current) > 1 else "note-line-forward", **fields)


def mapping(lines: Sequence[Lineage]) -> dict[str, Lineage]:
    """Member key → its line."""
    return {member: line for line in lines for member in line.members}


@dataclass(slots=True)
class TodayRows:
    """The rows of a table of today's organisation, with their sections, periods and line notes."""

    rows: list[tuple[str, str]] = field(default_factory=list)
    sections: dict[str, str] = field(default_factory=dict)
    periods: dict[str, Period] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def today_rows(
    entries: Mapping[str, Entry],
    order: Sequence[str],
    lines: Sequence[Lineage],
    used: Mapping[str, object],
    together: str,
) -> TodayRows:
    """The rows of the `used` keys of today's organisation, for the entries of `order`: the lines in
    the place of their first current entry, each with its note (`together`: the message of a split),
    then the entries of ended lines. Keys not in `order` are the caller's to add."""
    of_key = mapping(lines)
    result = TodayRows()

    def add(row_key: str, line: Lineage | None, key: str) -> None:
        result.rows.append((row_key, line.name if line else entries[key].name))
        result.sections[row_key] = line.department if line else entries[key].group
        result.periods[row_key] = line.period if line else entries[key].period

    for key in order:
        line = of_key.get(key)
        row_key = line.key if line else key
        if row_key not in used or row_key in result.sections:
            continue
        if line is not None and key not in line.current:
            continue
        add(row_key, line, key)
        if line is not None:
            result.notes.append(line_note(entries, line, together))
    # an ended line's entries (no current entry) come last
    for key in order:
        line = of_key.get(key)
        row_key = line.key if line else key
        if row_key in used and row_key not in result.sections:
            add(row_key, line, key)
    return result


def feed_table(
    model: Model, today: Table, was: Table, members_of: Mapping[str, Sequence[str]], sensitive: bool
) -> None:
    """Add the cells of `today` to `model`: each the sum of its members' cells in `was` (a row not
    in `members_of` is its own row of `was`), and per year all of them the year's count."""
    rows = {row.key: row for row in was.rows}
    for index, column in enumerate(today.columns):
        every: list[Key] = []
        for row in today.rows:
            if index in row.absent:
                continue
            key = (today.id, row.key, column)
            model.add(key, count(row.values[index]), sensitive)
            every.append(key)
            parts = tuple(
                (was.id, member, column)
                for member in members_of.get(row.key, [row.key])
                if member in rows and index not in rows[member].absent
            )
            model.lines.append(Line(parts, key, count(row.values[index])))
        if today.total is not None:
            model.lines.append(Line(tuple(every), None, count(today.total.values[index]), today.id))


def count(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0
