"""Avdelning series on today's organisation: old avdelningar's figures mapped forward to the
avdelningar that replace them (`ersätter` under `avdelningar` in organisation.yaml).

The rules are those of units (`lines`): a renaming or a merger is shown on the current avdelning's
row, with a note; a split on one row for the successors together, with a note, since the old
avdelning's cases cannot be divided between them; an avdelning linked to no other, or whose line has
ended, keeps its own row. A case counts for the avdelning of its unit, as in `<g>-avdelningar-per-ar`,
whose rows are keyed by the slug of the avdelning's name: so are the rows here.

The table (`<g>-avdelningar-idag-per-ar`) is published beside the table as it was, so its cells are
fed to the suppression (`feed`): each cell of a line is the sum of its avdelningar's cells as it was,
and `hide` blanks the cells the suppression hides. The kinds that count people (kvalitet.yaml
`räknar_personer`) get no such table, as for units: the sum of small counts of two avdelningar would
give away more than the table as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from kvalitet.aggregate.cells import Key, Model
from kvalitet.aggregate.context import Context, group_label, per_year, slug, tally, year_table
from kvalitet.aggregate.disclosure import hide_table
from kvalitet.aggregate.lines import Lineage, feed_table, lines_of, mapping, rekeyed, today_rows
from kvalitet.aggregate.model import Table
from kvalitet.aggregate.results import Aggregates, GroupAggregates
from kvalitet.aggregate.units import NO_UNIT, UNKNOWN_DEPARTMENT, WITHOUT_UNIT, department_key, unit_order
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.reference import Entry

TODAY = "-avdelningar-idag-per-ar"


def today_id(group: str) -> str:
    return f"{slug(group)}{TODAY}"


def _entries(context: Context) -> dict[str, Entry]:
    """The listed avdelningar keyed by their row key (the slug of the name)."""
    return rekeyed(context.reference.departments, lambda entry: slug(entry.name))


def _order(context: Context, entries: dict[str, Entry]) -> list[str]:
    """The avdelningar in the order of the table as it was (first appearance among the units), then
    the listed ones no unit names."""
    order: list[str] = []
    for unit in unit_order(context.reference.units):
        key = department_key(context, unit)
        if key in entries and key not in order:
            order.append(key)
    return order + [key for key in entries if key not in order]


def department_lineages(context: Context) -> tuple[Lineage, ...]:
    """The lines of more than one avdelning that have a current avdelning on the cut-off date."""
    entries = _entries(context)
    return lines_of(entries, _order(context, entries), context.as_of)


def today_table(
    context: Context, group: str, cases: Sequence[Case], lines: Sequence[Lineage]
) -> Table | None:
    """Cases per avdelning of today's organisation and year for one group; None without lines."""
    if not lines:
        return None
    of_department = mapping(lines)

    def key(case: Case) -> tuple[str]:
        if case.unit is None:
            return (NO_UNIT,)
        department = department_key(context, case.unit)
        line = of_department.get(department)
        return (line.key if line else department,)

    counts = tally(context, cases, key)
    entries = _entries(context)
    shown = today_rows(entries, _order(context, entries), lines, counts, "note-department-line-together")
    rows = shown.rows
    # avdelningar named by units but not listed (a file without the list has no lines, so none here)
    names = {department_key(context, unit): entry.group for unit, entry in context.reference.units.items()}
    listed = {row_key for row_key, _ in rows}
    rows += [
        (row_key, names.get(row_key, row_key))
        for row_key in counts
        if row_key not in listed and row_key not in (NO_UNIT, UNKNOWN_DEPARTMENT)
    ]
    if UNKNOWN_DEPARTMENT in counts:
        rows.append((UNKNOWN_DEPARTMENT, say("label-unknown-department")))
    if group in WITHOUT_UNIT:
        rows.append((NO_UNIT, context.unit_name(None)))
    return year_table(
        context,
        id=today_id(group),
        title=say("title-departments-today", group=group_label(group)),
        row_heading=say("heading-department"),
        rows=rows,
        counts=counts,
        total=per_year(context, cases),
        notes=(say("note-departments-today"), *shown.notes),
        absent=shown.periods,
        absent_note="note-absent-departments",
    )


def feed(model: Model, aggregates: Aggregates, people: frozenset[str], lines: Sequence[Lineage]) -> None:
    """Add the cells of today's avdelningar to `model`: each the sum of its avdelningar's cells as it
    was, and per year all of them the year's count. Kinds that count people have no such table."""
    members_of = {line.key: line.members for line in lines}
    for group in aggregates.groups:
        if group.departments_today is not None:
            feed_table(model, group.departments_today, group.departments, members_of, group.group in people)


def hide(aggregates: Aggregates, hidden: set[Key]) -> Aggregates:
    """`aggregates` with the hidden cells of today's avdelningar set to None."""

    def group(item: GroupAggregates) -> GroupAggregates:
        today = item.departments_today
        return dataclasses.replace(item, departments_today=hide_table(today, hidden) if today else None)

    return dataclasses.replace(aggregates, groups=tuple(group(item) for item in aggregates.groups))
