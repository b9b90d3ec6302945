"""Trender: each kind's control chart (`kvalitet.aggregate.monthly`), with a legend in plain Swedish
that says how the lines are computed and when a change is a signal rather than ordinary variation."""

from __future__ import annotations

from kvalitet.aggregate import Aggregates, Row, Series, Table
from kvalitet.aggregate.verdict import point_words
from kvalitet.messages import say
from kvalitet.render import charts, control_charts
from kvalitet.render.page import PageWriter, SiteFiles, chart_text
from kvalitet.swedish import long_date

PATH = "trender.md"


def series_table(series: Series) -> Table:
    """The points of a series as a table: value, centre line, limits, and the signal of a point in its
    label, so that "Visa tabellen" and the CSV say all that the chart shows."""
    chart = series.chart
    rows = []
    for index, (point, value) in enumerate(zip(series.points, series.values, strict=True)):
        name = point_words(series, index)
        signal = control_charts.signal_words(series, index)
        label = say("page-row-signal", point=name, signal=signal) if signal else name
        lines = (chart.centre[index], chart.lower[index], chart.upper[index]) if chart else ()
        rows.append(
            Row(point, label, (value, *(round(line, 1) if line is not None else None for line in lines)))
        )
    months = series.by_month
    first = {
        "antal-per-manad": say("page-column-count"),
        "per-volym": series.unit_label[:1].upper() + series.unit_label[1:],
        "dagar-mellan": say("page-column-days"),
    }[series.measure]
    columns: tuple[str, ...] = (first,)
    if chart:
        columns += (say("page-column-centre"), say("page-column-lower"), say("page-column-upper"))
    return Table(
        id=series.id,
        title=series.title,
        row_heading=say("page-column-month" if months else "page-column-day"),
        columns=columns,
        rows=tuple(rows),
        total=None,
        unit={"antal-per-manad": "antal", "per-volym": "per-volym", "dagar-mellan": "dagar"}[series.measure],
    )


def legend(aggregates: Aggregates) -> str:
    """How the charts are computed, for the chart type and baseline of the policy."""
    limits = say(f"page-trends-limits-{aggregates.chart}")
    baseline = (
        say("page-trends-baseline", months=aggregates.baseline_months)
        if aggregates.baseline_months
        else say("page-trends-baseline-all")
    )
    return say("page-trends-legend", limits=limits, baseline=baseline)


def trends_page(files: SiteFiles, aggregates: Aggregates) -> None:
    writer = PageWriter(files, PATH, say("page-title-trends"))
    writer.markdown(legend(aggregates))
    for group in aggregates.groups:
        series = group.monthly
        writer.heading(2, group.label)
        if series.chart is None and series.measure == "dagar-mellan":
            writer.paragraph(series.verdict)
            writer.chart(
                group.counts.id + "-trender",
                charts.year_bars(chart_text(group.counts)),
                label=say("page-chart-counts", group=group.label),
                caption=say("page-trends-no-chart", group=group.label),
                table=group.counts,
            )
            continue
        writer.chart(
            series.id,
            control_charts.control_chart(series),
            label=say("page-chart-monthly", group=group.label),
            caption=series.verdict,
            table=series_table(series),
        )
        if series.changes:
            writer.paragraph(changes_text(series))
        rate = group.monthly_rate
        if rate is not None:
            writer.chart(
                rate.id,
                control_charts.control_chart(rate),
                label=say("page-chart-monthly-rate", title=rate.title),
                caption=rate.verdict,
                table=series_table(rate),
            )
    writer.done()


def changes_text(series: Series) -> str:
    """The numbered documented changes of a chart, in words (the chart shows their numbers)."""
    items = [
        say("page-trends-change", number=number, date=long_date(change.day), text=change.text)
        for number, change in enumerate(series.changes, start=1)
    ]
    return say("page-trends-changes", items=" ".join(items))
