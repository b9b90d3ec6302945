"""Unit series on today's organisation: old units' figures mapped forward to the units that replace
them (`ersätter` in organisation.yaml).

The units linked by `ersätter` (either way) form a *line*. Its current units are those that exist on
the cut-off date. A line with one current unit (a renaming or a merger) is shown on that unit's row:
the old units' cases count there, and a note says so. A line with several current units (a split) is
shown on one row for them together: the old unit's cases cannot be divided between its successors
without inventing shares, so the row is "Barn och unga 1 och Barn och unga 2", with a note, and the
table as the organisation was shows each on its own. A line with no current unit (everything ended)
and a unit linked to no other keep their own rows.

The tables of today's organisation (`<g>-enheter-idag-per-ar`, and a unit's `enhet-<u>-idag-per-ar`)
are published beside the tables as it was, so their cells are fed to the suppression (`feed`): each
cell of a line is the sum of its units' cells, and `hide` blanks the cells it hides. The kinds that
count people (kvalitet.yaml `räknar_personer`) get no table of today: the sum of two successors'
small counts would give away more than the tables as it was, so they are shown only as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kvalitet.aggregate.cells import Key, Line, Model
from kvalitet.aggregate.context import (
    Context,
    group_label,
    per_year,
    slug,
    tally,
    year_table,
)
from kvalitet.aggregate.model import Row, Table
from kvalitet.aggregate.results import Aggregates, GroupAggregates, UnitAggregates
from kvalitet.aggregate.units import NO_UNIT, WITHOUT_UNIT, unit_order
from kvalitet.messages import say
from kvalitet.records.cases import GROUPS, Case
from kvalitet.records.reference import Entry, Period
from kvalitet.swedish import long_date

TODAY = "-enheter-idag-per-ar"


@dataclass(frozen=True, slots=True)
class Lineage:
    """Units linked by `ersätter`, shown on one row of today's organisation."""

    key: str
    """The current unit's id, or for several the ids joined by `_` (never a unit id)."""
    name: str
    members: tuple[str, ...]
    """Every unit of the line, in the order of organisation.yaml."""
    current: tuple[str, ...]
    department: str
    period: Period
    """From the first unit's start to the last one's end (open when one of them is)."""


def today_id(group: str) -> str:
    return f"{slug(group)}{TODAY}"


def successors(units: Mapping[str, Entry]) -> dict[str, tuple[str, ...]]:
    """Unit id → the units that name it in `ersätter`, in the order of organisation.yaml."""
    result: dict[str, list[str]] = {}
    for entry in units.values():
        for old in entry.replaces:
            result.setdefault(old, []).append(entry.id)
    return {key: tuple(value) for key, value in result.items()}


def _components(units: Mapping[str, Entry]) -> list[set[str]]:
    links: dict[str, set[str]] = {key: set() for key in units}
    for entry in units.values():
        for old in entry.replaces:
            if old in links and old != entry.id:
                links[entry.id].add(old)
                links[old].add(entry.id)
    seen: set[str] = set()
    components = []
    for key in units:
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


def _span(entries: Sequence[Entry]) -> Period:
    starts = [entry.period.start for entry in entries]
    ends = [entry.period.end for entry in entries]
    return Period(
        None if None in starts else min(day for day in starts if day),
        None if None in ends else max(day for day in ends if day),
    )


def lineages(context: Context) -> tuple[Lineage, ...]:
    """The lines of more than one unit that have a current unit on the cut-off date."""
    units = context.reference.units
    order = unit_order(units)
    result = []
    for component in _components(units):
        members = tuple(key for key in order if key in component)
        current = tuple(key for key in members if units[key].period.contains(context.as_of))
        if not current:
            continue
        names = [units[key].name for key in current]
        name = names[0]
        if len(names) > 1:
            name = say("word-list-and", items=", ".join(names[:-1]), last=names[-1])
        result.append(
            Lineage(
                key="_".join(current),
                name=name,
                members=members,
                current=current,
                department=units[current[0]].group,
                period=_span([units[key] for key in members]),
            )
        )
    return tuple(result)


def _names(context: Context, keys: Sequence[str]) -> str:
    names = [context.unit_name(key) for key in keys]
    if len(names) == 1:
        return names[0]
    return say("word-list-and", items=", ".join(names[:-1]), last=names[-1])


def line_note(context: Context, line: Lineage) -> str:
    """What the row of `line` counts: the old units mapped forward, or several units together."""
    old = [key for key in line.members if key not in line.current]
    ended = [context.reference.units[key].period.end for key in old]
    until = max((day for day in ended if day), default=None)
    fields = {"new": line.name, "old": _names(context, old), "until": long_date(until) if until else ""}
    if len(line.current) > 1:
        return say("note-line-together", **fields)
    return say("note-line-forward", **fields)


def _mapping(lines: Sequence[Lineage]) -> dict[str, Lineage]:
    return {member: line for line in lines for member in line.members}


def today_table(
    context: Context, group: str, cases: Sequence[Case], lines: Sequence[Lineage]
) -> Table | None:
    """Cases per unit of today's organisation and year for one group; None without lines."""
    if not lines:
        return None
    of_unit = _mapping(lines)

    def key(case: Case) -> tuple[str]:
        if case.unit is None:
            return (NO_UNIT,)
        line = of_unit.get(case.unit)
        return (line.key if line else case.unit,)

    counts = tally(context, cases, key)
    units = context.reference.units
    rows: list[tuple[str, str]] = []
    sections: dict[str, str] = {}
    periods: dict[str, Period] = {}
    notes: list[str] = [say("note-units-today")]
    for unit in unit_order(units):
        line = of_unit.get(unit)
        row_key = line.key if line else unit
        if row_key not in counts or row_key in sections:
            continue
        if line is not None and unit not in line.current:
            continue
        rows.append((row_key, line.name if line else units[unit].name))
        sections[row_key] = line.department if line else units[unit].group
        periods[row_key] = line.period if line else units[unit].period
        if line is not None:
            notes.append(line_note(context, line))
    # an ended line's units (no current unit) and units missing from organisation.yaml come last
    for unit in unit_order(units):
        line = of_unit.get(unit)
        row_key = line.key if line else unit
        if row_key in counts and row_key not in sections:
            rows.append((row_key, line.name if line else units[unit].name))
            sections[row_key] = line.department if line else units[unit].group
            periods[row_key] = line.period if line else units[unit].period
    rows += [(unit, unit) for unit in sorted(set(counts) - set(sections) - {NO_UNIT})]
    if group in WITHOUT_UNIT:
        rows.append((NO_UNIT, context.unit_name(None)))
    return year_table(
        context,
        id=today_id(group),
        title=say("title-units-today", group=group_label(group)),
        row_heading=say("heading-unit"),
        rows=rows,
        counts=counts,
        total=per_year(context, cases),
        notes=notes,
        sections=sections,
        absent=periods,
        absent_note="note-absent-units",
    )


def unit_line_table(
    context: Context, unit: str, cases: Sequence[Case], lines: Sequence[Lineage]
) -> Table | None:
    """A current unit's cases per group and year with the units its line replaces (`cases` are the
    line's cases); None when the unit replaces none."""
    line = _mapping(lines).get(unit)
    if line is None or unit not in line.current:
        return None
    counts = tally(context, cases, lambda case: (case.group,))
    shown = [group for group in GROUPS if group not in context.policy.counts_people]
    return year_table(
        context,
        id=f"enhet-{slug(unit) or 'enhet'}-idag-per-ar",
        title=say("title-unit-today", unit=line.name),
        row_heading=say("heading-group"),
        rows=[(group, group_label(group)) for group in shown],
        counts=counts,
        total=None,
        notes=(line_note(context, line), say("note-unit-today-people")),
        absent={group: line.period for group in shown},
        absent_note="note-absent-units",
    )


def with_lineage(
    context: Context, units: Sequence[UnitAggregates], cases: Sequence[Case], lines: Sequence[Lineage]
) -> tuple[UnitAggregates, ...]:
    """Each unit with what it replaces and what replaces it, its line, and for a current unit of a
    line its table on today's organisation."""
    after = successors(context.reference.units)
    of_unit = _mapping(lines)
    by_unit: dict[str, list[Case]] = {}
    for case in cases:
        if case.unit is not None:
            by_unit.setdefault(case.unit, []).append(case)
    result = []
    for unit in units:
        entry = context.reference.units.get(unit.id)
        line = of_unit.get(unit.id)
        own = [case for member in line.members for case in by_unit.get(member, ())] if line else []
        result.append(
            dataclasses.replace(
                unit,
                replaces=entry.replaces if entry else (),
                replaced_by=after.get(unit.id, ()),
                line=line.key if line else "",
                today=unit_line_table(context, unit.id, own, lines) if line else None,
            )
        )
    return tuple(result)


def feed(model: Model, aggregates: Aggregates, people: frozenset[str]) -> None:
    """Add the cells of today's organisation to `model`: each the sum of its units' cells as it was,
    and per year all of them the year's count. Kinds that count people have no such tables."""
    members_of: dict[str, list[str]] = {}
    for item in aggregates.units:
        if item.line:
            members_of.setdefault(item.line, []).append(item.id)
    for group in aggregates.groups:
        today = group.units_today
        if today is None:
            continue
        sensitive = group.group in people
        was = {row.key: row for row in group.units.rows}
        for index, column in enumerate(today.columns):
            every: list[Key] = []
            for row in today.rows:
                if index in row.absent:
                    continue
                key = (today.id, row.key, column)
                model.add(key, _count(row.values[index]), sensitive)
                every.append(key)
                members = members_of.get(row.key, [row.key])
                parts = tuple(
                    (group.units.id, member, column)
                    for member in members
                    if member in was and index not in was[member].absent
                )
                model.lines.append(Line(parts, key, _count(row.values[index])))
            if today.total is not None:
                model.lines.append(Line(tuple(every), None, _count(today.total.values[index])))
    # a unit's table on today's organisation shows the same cells as the groups' tables, without a
    # total (it leaves out the kinds that count people, whose sum it would give away): nothing to add


def _count(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


def _blank(table: Table, hidden: set[Key], line: str = "") -> Table:
    """`table` with the `hidden` cells None: a group's today table, or a unit's (`line`: its key)."""

    def cell(row: Row, column: str) -> Key:
        return (today_id(row.key), line, column) if line else (table.id, row.key, column)

    rows = tuple(
        dataclasses.replace(
            row,
            values=tuple(
                None if cell(row, column) in hidden else value
                for column, value in zip(table.columns, row.values, strict=True)
            ),
        )
        for row in table.rows
    )
    return dataclasses.replace(table, rows=rows)


def hide(aggregates: Aggregates, hidden: set[Key]) -> Aggregates:
    """`aggregates` with the hidden cells of today's organisation set to None."""

    def group(item: GroupAggregates) -> GroupAggregates:
        today = item.units_today
        return dataclasses.replace(item, units_today=_blank(today, hidden) if today else None)

    def unit(item: UnitAggregates) -> UnitAggregates:
        if item.today is None:
            return item
        return dataclasses.replace(item, today=_blank(item.today, hidden, line=item.line))

    return dataclasses.replace(
        aggregates,
        groups=tuple(group(item) for item in aggregates.groups),
        units=tuple(unit(item) for item in aggregates.units),
    )
