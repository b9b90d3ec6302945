"""The Översikt (the site's start page): this year so far against the same period last year, open
cases and overdue follow-ups, and where every figure comes from."""

from __future__ import annotations

import datetime as dt

from kvalitet.aggregate import Aggregates
from kvalitet.aggregate.coverage import missing
from kvalitet.aggregate.follow_up import describe_days, one_value
from kvalitet.aggregate.overview import RECENT_DAYS
from kvalitet.history.dataversion import DataVersion
from kvalitet.messages import say
from kvalitet.render import charts
from kvalitet.render.findings import so_far_finding
from kvalitet.render.kind_pages import page_of
from kvalitet.render.page import PageWriter, SiteFiles, chart_text, text
from kvalitet.render.variation_summary import variation_table
from kvalitet.swedish import long_date, number, share

PATH = "index.md"
DATA_FILE = "data/aggregat.json"


def overview_page(files: SiteFiles, aggregates: Aggregates, version: DataVersion) -> None:
    overview = aggregates.overview
    counts, so_far, open_cases = overview.tables
    writer = PageWriter(files, PATH, say("page-title-overview"))
    start, end = overview.period
    writer.paragraph(
        say(
            "page-overview-lead",
            municipality=aggregates.municipality,
            board=aggregates.board,
            date=long_date(aggregates.as_of),
        ),
        css="kv-lead",
    )

    writer.heading(2, say("page-heading-so-far", start=long_date(start), end=long_date(end)))
    safe = chart_text(so_far)
    compared = overview.previous_covered
    # without records of the year before, only this year is drawn: no bar of 0 for no data
    shown = (0, 1) if compared else (1,)
    figure = charts.bar_chart(
        [row.label for row in safe.rows],
        [(safe.columns[index], [row.values[index] for row in safe.rows]) for index in shown],
        value_title=say("page-axis-count"),
        horizontal=True,
    )
    previous_year = start.year - 1
    if compared:
        increased = sum(1 for item in overview.items if (item.difference or 0) > 0)
        decreased = sum(1 for item in overview.items if (item.difference or 0) < 0)
        caption = so_far_finding(increased, decreased, previous_year)
        label = say("page-chart-so-far", year=start.year)
    else:
        caption = missing(previous_year, overview.records_start)
        label = say("coverage-chart-so-far", year=start.year)
    writer.chart(so_far.id, figure, label=label, caption=caption, table=so_far)
    items = [
        say(
            "page-overview-item" if compared else "coverage-overview-item",
            label=text(item.label),
            link=writer.link(page_of(item.group)),
            count=number(item.year_to_date),
            previous=number(item.previous_to_date or 0),
            year=previous_year,
        )
        for item in overview.items
    ]
    writer.markdown("\n".join(items))

    writer.heading(2, say("page-heading-variation"))
    writer.markdown(variation_table(aggregates, writer.link("")))

    writer.heading(2, say("page-heading-open"))
    writer.table(open_cases)
    not_followed = sum(item.actions_not_followed_up for item in overview.items)
    due = sum(item.actions_due for item in overview.items)
    writer.paragraph(_actions_text(aggregates, share(not_followed, due)))
    writer.heading(2, say("page-heading-all-years"))
    writer.table(counts)

    writer.heading(2, say("page-heading-sources"))
    writer.markdown(
        say(
            "page-overview-sources",
            records=number(version.records),
            commit=version.short_commit,
            statistics=writer.link("om-statistiken.md"),
            trends=writer.link("trender.md"),
            data=writer.link(DATA_FILE),
        )
    )
    writer.done()


def _actions_text(aggregates: Aggregates, part: str) -> str:
    """The line on actions not followed up, with each `uppföljning_dagar` in force on a klar date of
    the last year when it changed."""
    as_of = aggregates.as_of
    values = aggregates.follow_up_values(as_of - dt.timedelta(days=RECENT_DAYS), as_of)
    days = one_value(values)
    if days is None:
        limits = describe_days(values)
        return say("followup-overview-actions-dated", share=part, limits=limits, date=long_date(as_of))
    return say("followup-overview-actions", share=part, days=days, date=long_date(as_of))
