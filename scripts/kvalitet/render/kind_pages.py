"""One page per kind of case: counts, categories, units, status, handling time, what fits the kind.

SoL/LSS-avvikelser, HSL-avvikelser and avvikelser i samverkan have pages of their own (other laws,
other routines); klagomål and synpunkter share one page with a combined category table and one per
kind, as the förvaltningens reports do.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from kvalitet.aggregate import Aggregates, GroupAggregates, Table
from kvalitet.aggregate.coverage import missing
from kvalitet.aggregate.model import Rates
from kvalitet.messages import say
from kvalitet.render import charts, funnel, risk_matrix
from kvalitet.render.findings import category_finding, count_finding, risk_finding
from kvalitet.render.law_sections import law_section, law_table, provisions_paragraph
from kvalitet.render.page import PageWriter, SiteFiles, chart_text
from kvalitet.swedish import long_date


@dataclass(frozen=True, slots=True)
class KindPage:
    path: str
    title_code: str
    groups: tuple[str, ...]


KIND_PAGES: tuple[KindPage, ...] = (
    KindPage("avvikelser-sol-lss.md", "page-title-avvikelse-sol-lss", ("avvikelse-sol-lss",)),
    KindPage("avvikelser-hsl.md", "page-title-avvikelse-hsl", ("avvikelse-hsl",)),
    KindPage("avvikelser-samverkan.md", "page-title-avvikelse-samverkan", ("avvikelse-samverkan",)),
    KindPage("klagomal-och-synpunkter.md", "page-title-feedback", ("klagomål", "synpunkt")),
    KindPage("lex-sarah.md", "page-title-lex-sarah", ("lex_sarah",)),
    KindPage("personuppgiftsincidenter.md", "page-title-personuppgiftsincident", ("personuppgiftsincident",)),
    KindPage("lex-maja.md", "page-title-lex-maja", ("lex_maja",)),
    KindPage("ej-verkstallda-beslut.md", "page-title-ej-verkstallt-beslut", ("ej_verkställt_beslut",)),
)
"""The kind pages in the order of the navigation."""


def page_of(group: str) -> str:
    """The path of the page that shows `group`."""
    return next(page.path for page in KIND_PAGES if group in page.groups)


def _counts(
    writer: PageWriter, group: GroupAggregates, as_of: dt.date, records_start: dt.date | None
) -> None:
    table = group.counts
    writer.chart(
        table.id,
        charts.year_bars(chart_text(table)),
        label=say("page-chart-counts", group=group.label),
        caption=count_finding(table, as_of, records_start),
        table=table,
    )


def _categories(
    writer: PageWriter, table: Table | None, same_period: Table | None, heading: str, level: int
) -> None:
    """The categories: a chart of the last two years (of the same part of each, when the last year is
    not complete) with its table, then the table of every year."""
    if table is None or not table.rows:
        return
    writer.heading(level, heading)
    compared = same_period or table
    if any(any(row.values) for row in compared.rows):
        writer.chart(
            compared.id,
            charts.latest_years_bars(chart_text(compared)),
            label=say("page-chart-categories", title=compared.title),
            caption=category_finding(compared),
            table=compared,
            table_shown=True,
        )
        if same_period:
            writer.table(table)
    else:
        writer.table(table)


def _rates(writer: PageWriter, rates: Rates, level: int) -> None:
    """Cases per volume and unit, as a funnel plot with its table."""
    writer.heading(level, say("page-heading-rates"))
    table = rates.table
    if rates.centre is None:
        writer.table(table)
        return
    safe = dataclasses.replace(rates, table=chart_text(table))
    writer.chart(
        table.id,
        funnel.funnel_plot(safe),
        label=say("page-chart-funnel", title=table.title),
        caption=funnel.funnel_finding(rates),
        table=table,
        table_shown=True,
    )


def _above(group: GroupAggregates, years: Sequence[str]) -> int:
    """The cases above the riskgräns in force on their registrerad date, in `years`."""
    levels = next(table for table in group.specific if table.id.endswith("-riskvarde-per-ar"))
    row = levels.row("över_gränsen")
    return sum(
        int(value or 0) for column, value in zip(levels.columns, row.values, strict=True) if column in years
    )


def _risk(writer: PageWriter, aggregates: Aggregates, group: GroupAggregates, level: int) -> None:
    matrices = [table for table in group.specific if "-riskmatris-" in table.id]
    if not matrices:
        return
    writer.heading(level, say("page-heading-risk"))
    latest, overall = matrices[-2], matrices[-1]
    limit = aggregates.risk_limit
    last = aggregates.years[-1]
    for table, years in ((latest, [str(last)]), (overall, [str(year) for year in aggregates.years])):
        start, end = dt.date(int(years[0]), 1, 1), min(aggregates.as_of, dt.date(last, 12, 31))
        above = _above(group, years) if aggregates.risk_limit_changes(start, end) else None
        writer.chart(
            table.id,
            risk_matrix.risk_heatmap(chart_text(table), limit),
            label=say("page-chart-risk", title=table.title),
            caption=risk_finding(table, limit, above),
            table=table,
        )
    writer.markdown(f"<details><summary>{say('page-risk-earlier')}</summary>")
    for table in matrices[:-2]:
        writer.table(table)
    writer.markdown("</details>")


SOURCE_TABLES = ("-kanal-per-ar", "-avsandare-per-ar")
"""The channel and sender tables of klagomål and synpunkter, among the group's analysis tables."""


def _sources(writer: PageWriter, group: GroupAggregates, level: int) -> None:
    """How the cases came in and who sent them (a remiss counted as its authority), with the totals."""
    tables = [table for table in group.analysis if table.id.endswith(SOURCE_TABLES)]
    if not tables:
        return
    writer.heading(level, say("page-heading-channels-senders"))
    for table in tables:
        writer.table(table)


def _as_it_was(writer: PageWriter, today: Table | None, was: Table, summary: str) -> None:
    """The table of today's organisation with the table as it was folded under it, or only the
    table as it was when nothing was replaced."""
    if today is None:
        writer.table(was)
        return
    writer.table(today)
    writer.markdown(f"<details><summary>{say(summary)}</summary>")
    writer.table(was)
    writer.markdown("</details>")


def _group_section(writer: PageWriter, aggregates: Aggregates, group: GroupAggregates, *, level: int) -> None:
    """Everything of one group, headed at `level` (2 on a shared page, else sections at 2)."""
    if level == 2:
        writer.heading(2, group.label)
    sub = level + 1 if level == 2 else 2
    provisions_paragraph(writer, aggregates, group)
    writer.heading(sub, say("page-heading-counts"))
    _counts(writer, group, aggregates.as_of, aggregates.overview.records_start)
    _categories(writer, group.categories, group.categories_same_period, say("page-heading-categories"), sub)
    if group.causes is not None:
        writer.heading(sub, say("page-heading-causes"))
        writer.table(group.causes)
    writer.heading(sub, say("page-heading-units"))
    _as_it_was(writer, group.departments_today, group.departments, "page-departments-as-it-was")
    _as_it_was(writer, group.units_today, group.units, "page-units-as-it-was")
    if group.rates is not None:
        _rates(writer, group.rates, sub)
    writer.heading(sub, say("page-heading-status"))
    writer.table(group.status)
    writer.table(group.handling)
    for table in group.feedback:
        writer.table(table)
    _sources(writer, group, sub)
    by_law = law_table(group)
    specific = [table for table in group.specific if "-riskmatris-" not in table.id and table is not by_law]
    _risk(writer, aggregates, group, sub)
    law_section(writer, aggregates, group, sub)
    if specific:
        writer.heading(sub, say("page-heading-specific"))
        for table in specific:
            writer.table(table)
    if group.quarters:
        writer.heading(sub, say("page-heading-quarters"))
        writer.paragraph(say("page-quarters-lead", date=long_date(aggregates.as_of)))
        for table in group.quarters:
            writer.table(table)
    writer.heading(sub, say("page-heading-gender"))
    writer.table(group.gender)
    writer.heading(sub, say("page-heading-monthly"))
    writer.paragraph(group.monthly.verdict)
    writer.markdown(say("page-see-trends", link=writer.link("trender.md")))


def _lead(writer: PageWriter, aggregates: Aggregates, groups: Sequence[GroupAggregates]) -> None:
    overview = aggregates.overview
    start, end = overview.period
    previous_year = overview.previous_period[0].year
    for item in overview.items:
        if item.group in {group.group for group in groups}:
            fields = {
                "group": item.label,
                "start": long_date(start),
                "end": long_date(end),
                "count": item.year_to_date,
                "open": item.open,
                "date": long_date(aggregates.as_of),
            }
            if item.previous_to_date is None:
                lead = say("coverage-lead", missing=missing(previous_year, overview.records_start), **fields)
            else:
                lead = say("page-lead", previous=item.previous_to_date, previous_year=previous_year, **fields)
            writer.paragraph(lead, css="kv-lead")


def kind_pages(files: SiteFiles, aggregates: Aggregates) -> None:
    """Write the page of every kind into `files`."""
    for kind in KIND_PAGES:
        writer = PageWriter(files, kind.path, say(kind.title_code))
        groups = [aggregates.group(name) for name in kind.groups]
        _lead(writer, aggregates, groups)
        if len(groups) > 1:
            writer.heading(2, say("page-heading-combined"))
            _categories(
                writer,
                aggregates.combined_feedback,
                aggregates.combined_feedback_same_period,
                say("page-heading-categories"),
                3,
            )
            for group in groups:
                _group_section(writer, aggregates, group, level=2)
        else:
            _group_section(writer, aggregates, groups[0], level=1)
        writer.done()
