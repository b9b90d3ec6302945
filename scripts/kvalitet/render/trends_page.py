"""Trender: monthly counts per kind as XmR control charts (NHS "Making Data Count"), with a legend in
plain Swedish that says when a change is a signal and when it is ordinary variation."""

from __future__ import annotations

from kvalitet.aggregate import Aggregates, Row, Series, Table
from kvalitet.messages import say
from kvalitet.render import charts
from kvalitet.render.page import PageWriter, SiteFiles

PATH = "trender.md"


def series_table(series: Series) -> Table:
    """The months of a series as a table (month × antal), for "Visa tabellen" and CSV."""
    rows = tuple(
        Row(month, month, (value,)) for month, value in zip(series.months, series.values, strict=True)
    )
    return Table(
        id=series.id,
        title=series.title,
        row_heading=say("page-column-month"),
        columns=(say("page-column-count"),),
        rows=rows,
        total=None,
    )


def trends_page(files: SiteFiles, aggregates: Aggregates) -> None:
    writer = PageWriter(files, PATH, say("page-title-trends"))
    writer.markdown(say("page-trends-legend"))
    for group in aggregates.groups:
        series = group.monthly
        writer.heading(2, group.label)
        writer.chart(
            series.id,
            charts.control_chart(series),
            label=say("page-chart-monthly", group=group.label),
            caption=series.verdict,
            table=series_table(series),
        )
    writer.done()
