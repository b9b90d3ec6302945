"""Per enhet: one page per unit of organisation.yaml, ended units too (they show their years), and an
index of the units by avdelning. A unit's figures follow the unit id across reorganisations; the
page says from when and until when the unit existed."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from itertools import groupby

from kvalitet.aggregate import Aggregates, UnitAggregates, aggregate
from kvalitet.aggregate.context import SAME_PERIOD
from kvalitet.aggregate.disclosure import unpublished
from kvalitet.aggregate.model import Row
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.reference import Reference
from kvalitet.render import charts
from kvalitet.render.findings import count_finding
from kvalitet.render.page import PageWriter, SiteFiles, chart_text, text
from kvalitet.swedish import long_date, months_so_far, number

INDEX = "enheter/index.md"


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


def _details(writer: PageWriter, unit: UnitAggregates, own: Aggregates, people: frozenset[str]) -> None:
    """Per kind with cases at the unit: its categories and status at the cut-off date. Not for the
    kinds that count people (`people`), nor for a kind whose count at the unit is hidden: such counts
    are not split further."""
    prefix = f"enhet-{unit_path(unit).removeprefix('enheter/').removesuffix('.md')}-"
    for group in own.groups:
        counts = unit.table.row(group.group).values
        if group.group in people or None in counts or not any(group.counts.rows[0].values):
            continue
        writer.heading(2, group.label)
        for table in (group.categories, group.status):
            if table is not None:
                writer.table(dataclasses.replace(table, id=prefix + table.id))


def _unit_page(
    files: SiteFiles, aggregates: Aggregates, unit: UnitAggregates, own: Aggregates, people: frozenset[str]
) -> None:
    writer = PageWriter(files, unit_path(unit), unit.name)
    if unit.department:
        writer.paragraph(say("page-unit-department", department=unit.department), css="kv-lead")
    writer.paragraph(_period(unit))
    table = unit.table
    if table.total is not None:
        total = chart_text(table)
        assert total.total is not None
        series = [(say("page-unit-all-cases"), list(total.total.values))]
        rows = [table.total]
        if unit.same_period:
            label = say("label-same-period", period=months_so_far(aggregates.as_of))
            series.append((label, list(unit.same_period)))
            rows.append(Row(SAME_PERIOD, label, unit.same_period))
        figure = charts.bar_chart(
            list(table.headings),
            series,
            value_title=say("page-axis-count"),
            partial_last=[bool(table.partial)],
        )
        single = dataclasses.replace(table, rows=tuple(rows), total=None)
        writer.chart(
            table.id + "-totalt",
            figure,
            label=say("page-chart-unit", unit=unit.name),
            caption=count_finding(single, aggregates.as_of),
            table=table,
        )
    else:
        writer.table(table)
    if unit.rates is not None:
        writer.table(unit.rates)
    _details(writer, unit, own, people)
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
