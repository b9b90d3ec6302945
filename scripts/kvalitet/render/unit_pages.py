"""Per enhet: one page per unit of organisation.yaml, ended units too (they show their years), and an
index of the units by avdelning. A unit's figures follow the unit id across reorganisations; the
page says from when and until when the unit existed.

A page a politician can read: a table of the kinds of case the unit has (the kinds without any case
behind "Visa alla"), then one section per kind with cases, each with its own chart (never different
kinds added together: beröm and avvikelser are not one number) and its tables, again only the rows
with cases in view. The years before the unit existed (or after it ended) show "–", not 0, with a note.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import groupby

from kvalitet.aggregate import Aggregates, UnitAggregates, aggregate
from kvalitet.aggregate.context import SAME_PERIOD
from kvalitet.aggregate.disclosure import unpublished
from kvalitet.aggregate.model import Row, Table
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.reference import Reference
from kvalitet.render import charts
from kvalitet.render.findings import count_finding
from kvalitet.render.page import PageWriter, SiteFiles, chart_text, text
from kvalitet.render.tables import not_existing
from kvalitet.swedish import long_date, number

INDEX = "enheter/index.md"
YEAR_AT_END = re.compile(r"(?:^|\s)(\d{4})$")
"""The year of a column: "2024", or the last word of a part-year's heading ("jan–okt 2026")."""


def unit_path(unit: UnitAggregates) -> str:
    """The page of the unit: its table id without the prefix and suffix (unique, ascii)."""
    return f"enheter/{unit.table.id.removeprefix('enhet-').removesuffix('-per-ar')}.md"


def _period(unit: UnitAggregates) -> str:
    if unit.start and unit.end:
        return say("page-unit-period-both", start=long_date(unit.start), end=long_date(unit.end))
    if unit.start:
        return say("page-unit-period-from", start=long_date(unit.start))
    if unit.end:
        return say("page-unit-period-until", end=long_date(unit.end))
    return say("page-unit-period-always")


def absent_columns(unit: UnitAggregates, columns: Sequence[str]) -> frozenset[int]:
    """The columns (years) wholly before the unit started or after it ended."""
    absent = set()
    for index, column in enumerate(columns):
        found = YEAR_AT_END.search(column)
        if found is None:
            continue
        year = int(found.group(1))
        if (unit.start and year < unit.start.year) or (unit.end and year > unit.end.year):
            absent.add(index)
    return frozenset(absent)


def _mark(row: Row, absent: frozenset[int]) -> Row:
    marked = {index for index in absent if row.values[index] == 0} | set(row.absent)
    return dataclasses.replace(row, absent=tuple(sorted(marked)))


def mark_absent(table: Table, unit: UnitAggregates) -> Table:
    """The table with the years the unit did not exist marked absent ("–", with a note); a year table
    only. A year with a count stays as it is."""
    absent = absent_columns(unit, table.columns)
    if not absent:
        return table
    rows = tuple(_mark(row, absent) for row in table.rows)
    total = _mark(table.total, absent) if table.total is not None else None
    note = say("note-absent-units")
    notes = table.notes if note in table.notes else (*table.notes, note)
    return dataclasses.replace(table, rows=rows, total=total, notes=notes)


def unit_years(table: Table) -> Table:
    """The years table without the years before the unit started and after it ended (absent in every
    row): a unit's chart draws only its own years, so a gap in it is a hidden count (*), and its
    finding speaks of its last year, not of "jan–okt 2026: *" after it ended. Without the part-year,
    the row of the same period goes too (it was there to compare the part-year)."""
    rows = [*table.rows, table.total] if table.total is not None else list(table.rows)
    kept = [i for i in range(len(table.columns)) if not all(i in row.absent for row in rows)]
    if not kept or len(kept) == len(table.columns):
        return table
    first, last = kept[0], kept[-1] + 1

    def cut(row: Row) -> Row:
        absent = tuple(i - first for i in row.absent if first <= i < last)
        return dataclasses.replace(row, values=row.values[first:last], absent=absent)

    whole = last < len(table.columns)
    kept_rows = tuple(cut(row) for row in table.rows if not (whole and row.key == SAME_PERIOD))
    total = cut(table.total) if table.total is not None else None
    dashes = any(row.absent for row in (*kept_rows, *([total] if total else [])))
    notes = tuple(note for note in table.notes if dashes or note != say("note-absent-units"))
    return dataclasses.replace(
        table,
        columns=table.columns[first:last],
        rows=kept_rows,
        total=total,
        notes=notes,
        partial="" if whole else table.partial,
    )


def for_chart(table: Table) -> Table:
    """A table for a chart: a year the unit did not exist is a gap, not a bar."""

    def row(item: Row) -> Row:
        values = tuple(
            None if not_existing(v) or index in item.absent else v for index, v in enumerate(item.values)
        )
        return dataclasses.replace(item, values=values)

    total = row(table.total) if table.total is not None else None
    return dataclasses.replace(table, rows=tuple(row(item) for item in table.rows), total=total)


def _has_cases(row: Row) -> bool:
    """A row with a case in some year; a hidden count (None) may be one, so it stays in view."""
    return any(value is None or value for value in row.values if not not_existing(value))


def _rows_with_cases(writer: PageWriter, table: Table, show_all: str) -> None:
    """The table with only the rows that have a case; the whole table behind "Visa alla" when rows
    were left out."""
    kept = tuple(row for row in table.rows if _has_cases(row))
    left_out = len(table.rows) - len(kept)
    if not left_out:
        writer.table(table)
        return
    if kept:
        writer.table(dataclasses.replace(table, id=table.id + "-med-arenden", rows=kept))
    writer.markdown(f"<details><summary>{say(show_all, count=left_out)}</summary>")
    writer.table(table)
    writer.markdown("</details>")


def published_counts(counts: Table, published: Table, key: str) -> Table:
    """A kind's counts per year at a unit (`counts`, from the unit's own cases) as the unit's table
    (`published`, row `key`) publishes them: a count hidden there is hidden here (a gap in the chart),
    and so is the same period of that year."""
    row_of = dict(zip(published.columns, published.row(key).values, strict=True))
    shown = tuple(row_of[column] for column in counts.columns)

    def row(item: Row) -> Row:
        if item.key == SAME_PERIOD:
            pairs = zip(item.values, shown, strict=True)
            return dataclasses.replace(item, values=tuple(None if s is None else v for v, s in pairs))
        return dataclasses.replace(item, values=shown)

    return dataclasses.replace(counts, rows=tuple(row(item) for item in counts.rows))


def _caption(counts: Table, aggregates: Aggregates) -> str:
    """The chart's finding, and a word on the years without a bar when a count is hidden."""
    finding = count_finding(for_chart(counts), aggregates.as_of, aggregates.overview.records_start)
    if None in counts.rows[0].values:
        return f"{finding} {say('page-unit-chart-hidden')}"
    return finding


def _kind_sections(
    writer: PageWriter, aggregates: Aggregates, unit: UnitAggregates, own: Aggregates, people: frozenset[str]
) -> None:
    """Per kind with cases at the unit: its own chart per year, with the counts the unit's table
    publishes, and its categories and status. Not for the kinds that count people (`people`): they are
    shown only in the unit's (suppressed) table. Nor categories and status for a kind whose count at
    the unit is hidden in some year: such counts are not split further."""
    prefix = f"enhet-{unit_path(unit).removeprefix('enheter/').removesuffix('.md')}-"
    for group in own.groups:
        shown = unit.table.row(group.group).values
        if group.group in people or not any(group.counts.rows[0].values):
            continue
        writer.heading(2, group.label)
        named = dataclasses.replace(group.counts, id=prefix + group.counts.id)
        counts = published_counts(named, unit.table, group.group)
        counts = unit_years(mark_absent(counts, unit))
        writer.chart(
            counts.id,
            charts.year_bars(chart_text(for_chart(counts))),
            label=say("page-chart-unit", unit=unit.name, group=group.label),
            caption=_caption(counts, aggregates),
            table=counts,
        )
        if None in shown:
            continue
        writer.markdown(f"<details><summary>{say('page-unit-show-details', group=group.label)}</summary>")
        for table in (group.categories, group.status):
            if table is not None:
                named = mark_absent(dataclasses.replace(table, id=prefix + table.id), unit)
                _rows_with_cases(writer, named, "page-unit-show-all-rows")
        writer.markdown("</details>")


def _names(aggregates: Aggregates, keys: Sequence[str]) -> str:
    names = [unit.name for key in keys for unit in aggregates.units if unit.id == key]
    if len(names) < 2:
        return "".join(names)
    return say("word-list-and", items=", ".join(names[:-1]), last=names[-1])


def _history(writer: PageWriter, aggregates: Aggregates, unit: UnitAggregates) -> None:
    """What the unit replaces, and what replaced it and where its cases are counted today."""
    if unit.replaces:
        writer.paragraph(say("page-unit-replaces", units=_names(aggregates, unit.replaces)))
    if unit.replaced_by:
        after = _names(aggregates, unit.replaced_by)
        line = [item.id for item in aggregates.units if item.today and unit.line and item.line == unit.line]
        if line:
            writer.paragraph(say("page-unit-replaced-by", units=after, line=_names(aggregates, line)))
        else:
            writer.paragraph(say("page-unit-replaced", units=after))


def _unit_page(
    files: SiteFiles, aggregates: Aggregates, unit: UnitAggregates, own: Aggregates, people: frozenset[str]
) -> None:
    writer = PageWriter(files, unit_path(unit), unit.name)
    if unit.department:
        writer.paragraph(say("page-unit-department", department=unit.department), css="kv-lead")
    writer.paragraph(_period(unit))
    _history(writer, aggregates, unit)
    table = mark_absent(unit.table, unit)
    writer.heading(2, say("page-unit-heading-kinds"))
    if not any(_has_cases(row) for row in table.rows):
        writer.paragraph(say("page-unit-no-cases"))
    _rows_with_cases(writer, table, "page-unit-show-all-kinds")
    if unit.rates is not None:
        writer.table(unit.rates)
    if unit.today is not None:
        writer.heading(2, say("page-unit-today-heading"))
        writer.paragraph(say("page-unit-today-lead"))
        _rows_with_cases(writer, unit.today, "page-unit-show-all-kinds")
    _kind_sections(writer, aggregates, unit, own, people)
    writer.done()


def unit_pages(files: SiteFiles, aggregates: Aggregates, cases: Sequence[Case], reference: Reference) -> None:
    """Write a page per unit (with the unit's own categories and status per kind) and the index."""
    by_unit: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        if case.unit is not None:
            by_unit[case.unit].append(case)
    index = PageWriter(files, INDEX, say("page-title-units"))
    index.paragraph(say("page-units-lead"))
    by_department = groupby(
        aggregates.units, key=lambda unit: unit.department or say("page-units-no-department")
    )
    for department, units in by_department:
        index.heading(2, department)
        lines = []
        for unit in units:
            with unpublished():  # only the tables of kinds that do not count people are shown
                own = aggregate(by_unit.get(unit.id, []), reference, as_of=aggregates.as_of)
            _unit_page(files, aggregates, unit, own, frozenset(reference.policy.counts_people))
            total = sum(int(value or 0) for value in unit.table.total.values) if unit.table.total else 0
            lines.append(
                say(
                    "page-units-item",
                    name=text(unit.name),
                    link=index.link(unit_path(unit)),
                    count=number(total),
                    period=text(_period(unit)),
                )
            )
        index.markdown("\n".join(lines))
    index.done()
