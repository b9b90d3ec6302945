"""Unit series on today's organisation: old units' figures mapped forward to the units that replace
them (`ersätter` in organisation.yaml).

The rules of lines (renamings and mergers mapped forward, a split on one row) are in `lines`,
shared with the avdelningar (`department_lineage`).

The tables of today's organisation (`<g>-enheter-idag-per-ar`, and a unit's `enhet-<u>-idag-per-ar`)
are published beside the tables as it was, so their cells are fed to the suppression (`feed`): each
cell of a line is the sum of its units' cells, and `hide` blanks the cells it hides. The kinds that
count people (kvalitet.yaml `räknar_personer`) get no table of today: the sum of two successors'
small counts would give away more than the tables as it was, so they are shown only as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from kvalitet.aggregate.cells import Key, Model
from kvalitet.aggregate.context import (
    Context,
    group_label,
    per_year,
    slug,
    tally,
    year_table,
)
from kvalitet.aggregate.lines import Lineage, feed_table, lines_of, mapping, successors, today_rows
from kvalitet.aggregate.lines import line_note as history_note
from kvalitet.aggregate.model import Row, Table
from kvalitet.aggregate.results import Aggregates, GroupAggregates, UnitAggregates
from kvalitet.aggregate.units import NO_UNIT, WITHOUT_UNIT, unit_order
from kvalitet.messages import say
from kvalitet.records.cases import GROUPS, Case

TODAY = "-enheter-idag-per-ar"


def today_id(group: str) -> str:
    return f"{slug(group)}{TODAY}"


def lineages(context: Context) -> tuple[Lineage, ...]:
    """The lines of more than one unit that have a current unit on the cut-off date."""
    units = context.reference.units
    return lines_of(units, unit_order(units), context.as_of)


def line_note(context: Context, line: Lineage) -> str:
    """What the row of `line` counts: the old units mapped forward, or several units together."""
    return history_note(context.reference.units, line, "note-line-together")


def today_table(
    context: Context, group: str, cases: Sequence[Case], lines: Sequence[Lineage]
) -> Table | None:
    """Cases per unit of today's organisation and year for one group; None without lines."""
    if not lines:
        return None
    of_unit = mapping(lines)

    def key(case: Case) -> tuple[str]:
        if case.unit is None:
            return (NO_UNIT,)
        line = of_unit.get(case.unit)
        return (line.key if line else case.unit,)

    counts = tally(context, cases, key)
    units = context.reference.units
    shown = today_rows(units, unit_order(units), lines, counts, "note-line-together")
    rows, sections = shown.rows, shown.sections
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
        notes=(say("note-units-today"), *shown.notes),
        sections=sections,
        absent=shown.periods,
        absent_note="note-absent-units",
    )


def unit_line_table(
    context: Context, unit: str, cases: Sequence[Case], lines: Sequence[Lineage]
) -> Table | None:
    """A current unit's cases per group and year with the units its line replaces (`cases` are the
    line's cases); None when the unit replaces none."""
    line = mapping(lines).get(unit)
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
    of_unit = mapping(lines)
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
        if group.units_today is not None:
            feed_table(model, group.units_today, group.units, members_of, group.group in people)
    # a unit's table on today's organisation shows the same cells as the groups' tables, without a
    # total (it leaves out the kinds that count people, whose sum it would give away): nothing to add


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
