"""The control charts as Plotly figure dicts: values, centre line and limits per part, documented
changes, and the special-cause points coloured by what they mean (NHS "Making Data Count").

As in `kvalitet.render.charts`, pure functions whose labels must already be safe for plotly.js text.
Colour is never the only carrier: special causes are triangles pointing up or down, and every point's
signal is in its hover text and in the table under the chart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Final

from kvalitet.aggregate.model import Series
from kvalitet.aggregate.variation import Chart
from kvalitet.messages import say
from kvalitet.render import chartstyle
from kvalitet.swedish import long_date, month_name, number

SIGNAL_SIZE: Final = 14
REFERENCE_COLOR: Final = chartstyle.COLORWAY[4]
COMMON_COLOR: Final = "#5b7083"
"""Common-cause points: grey-blue, as in NHS Making Data Count (5.0:1 against white)."""
MEANING_COLORS: Final = {
    "concern": chartstyle.COLORWAY[5],  # orange: a change for the worse
    "improvement": chartstyle.COLORWAY[0],  # blue: a change for the better
    "neutral": "#7b3294",  # purple: a change that is neither (7.7:1)
}
"""Special-cause points by what they mean, as in Making Data Count."""
SIDE_SYMBOLS: Final = {"high": "triangle-up", "low": "triangle-down"}
POINT_RULES: Final = frozenset({"outside", "run"})
"""Rules that mark points; too few crossings marks the centre line of its part instead."""
FEW_CROSSINGS: Final = "#7b3294"
SMALL_COUNTS: Final = 8
"""Up to this count the axis steps by one."""
SPC_DECIMALS: Final = 3


def _month_dtick(months: int) -> str:
    for most, step in ((12, "M1"), (36, "M3"), (72, "M6")):
        if months <= most:
            return step
    return "M12"


def _x(series: Series) -> list[str]:
    """The points as dates for plotly: the first of each month, or the day of each case."""
    return [f"{point}-01" if series.by_month else point for point in series.points]


def _point_name(series: Series, day: str) -> str:
    date = dt.date.fromisoformat(day)
    return month_name(date) if series.by_month else long_date(date)


def _reference_lines(series: Series, chart: Chart, x: list[str]) -> list[dict[str, Any]]:
    """Centre line and limits, one trace per part (each part has its own), the first in the legend."""
    data: list[dict[str, Any]] = []
    shown: set[str] = set()
    lines = (
        ("centre", say("chart-mean"), chart.centre, "solid", 2),
        ("upper", say("chart-upper"), chart.upper, "dash", 3),
        ("lower", say("chart-lower"), chart.lower, "dash", 4),
    )
    for runs in chart.runs:
        span = range(runs.start, runs.stop)
        crossings = runs.n_crossings_min is not None and runs.n_crossings < runs.n_crossings_min
        for key, name, values, dash, rank in lines:
            color = REFERENCE_COLOR
            if key == "centre" and crossings:
                # qicharts2's way: the whole part crosses its centre line too seldom, so the line is
                # marked, not every point.
                key, name, dash, color = (
                    "few-crossings",
                    say("chart-mean-crossings"),
                    "dashdot",
                    FEW_CROSSINGS,
                )
            ys = [None if values[i] is None else round(values[i] or 0.0, SPC_DECIMALS) for i in span]
            if all(y is None for y in ys):
                continue
            data.append(
                {
                    "type": "scatter",
                    "mode": "lines",
                    "name": chartstyle.wrap(name),
                    "legendgroup": key,
                    "showlegend": key not in shown,
                    "x": [x[i] for i in span],
                    "y": ys,
                    "line": {"color": color, "width": 2, "dash": dash, "shape": "hv"},
                    "legendrank": rank,
                    "hovertemplate": f"{name}: %{{y:.1f}}<extra></extra>",
                }
            )
            shown.add(key)
    return data


def signal_words(series: Series, index: int) -> str:
    """What is special about a point, in words ("" for ordinary variation)."""
    chart = series.chart
    if chart is None:
        return ""
    rules = [signal for signal in chart.signals if signal.index == index and signal.rule in POINT_RULES]
    if not rules:
        return ""
    side = rules[0].side
    reasons = ", ".join(say(f"chart-signal-{signal.rule}") for signal in rules)
    return say(f"chart-signal-{series.meaning(side)}-{side}", reasons=reasons)


def _signal_traces(series: Series, chart: Chart, x: list[str], hover: list[str]) -> list[dict[str, Any]]:
    """The special-cause points: coloured by what they mean (MDC), shaped by their side."""
    data: list[dict[str, Any]] = []
    points = sorted({s.index: s.side for s in chart.signals if s.rule in POINT_RULES}.items())
    for meaning, color in MEANING_COLORS.items():
        for side, symbol in SIDE_SYMBOLS.items():
            chosen = [i for i, s in points if s == side and series.meaning(s) == meaning]
            if not chosen:
                continue
            data.append(
                {
                    "type": "scatter",
                    "mode": "markers",
                    "name": chartstyle.wrap(say(f"chart-legend-{meaning}-{side}")),
                    "x": [x[i] for i in chosen],
                    "y": [series.values[i] for i in chosen],
                    "marker": {
                        "color": color,
                        "symbol": symbol,
                        "size": SIGNAL_SIZE,
                        "line": {"color": chartstyle.WHITE, "width": 1.5},
                    },
                    "legendrank": 5,
                    "text": [f"{hover[i]}<br>{signal_words(series, i)}" for i in chosen],
                    "hovertemplate": "%{text}<extra></extra>",
                }
            )
    return data


def _change_lines(series: Series, x: list[str]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """A dotted vertical line at each documented change, with its number: the page lists the numbered
    changes in words under the chart (a text in the chart would not fit on a phone)."""
    shapes, notes = [], []
    for number_of, change in enumerate(series.changes, start=1):
        at = x[change.index]
        shapes.append(
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": at,
                "x1": at,
                "y0": 0,
                "y1": 1,
                "line": {"color": chartstyle.AXIS_COLOR, "width": 1.5, "dash": "dot"},
            }
        )
        notes.append(
            {
                "xref": "x",
                "yref": "paper",
                "x": at,
                "y": 1,
                "yanchor": "bottom",
                "xanchor": "center",
                "showarrow": False,
                "text": str(number_of),
                "bordercolor": chartstyle.AXIS_COLOR,
                "borderpad": 2,
                "font": {"size": 12, "color": chartstyle.TEXT_COLOR},
            }
        )
    return shapes, notes


def _trace_name(series: Series) -> str:
    if series.measure == "per-volym":
        return say("chart-rate", per=series.unit_label)
    return say("chart-counts" if series.measure == "antal-per-manad" else "chart-days")


def _axis_title(series: Series) -> str:
    if series.measure == "per-volym":
        return series.unit_label[:1].upper() + series.unit_label[1:]
    return say("chart-axis-antal" if series.measure == "antal-per-manad" else "chart-axis-dagar")


def _value_text(series: Series, value: float | None) -> str:
    if series.measure == "per-volym":
        return say("chart-hover-rate", per=series.unit_label, value=number(value, decimals=1))
    code = "chart-hover-count" if series.measure == "antal-per-manad" else "chart-hover-days"
    return say(code, count=number(value))


def control_chart(series: Series) -> dict[str, Any]:
    """A control chart (C, XmR or T): the values, centre line and limits per part, the documented
    changes as labelled vertical lines, and the special-cause points.

    Drawn first to last: centre line and limits (under the data), the values (common-cause points in
    the series colour), the special-cause points (a larger triangle pointing up for high and down for
    low, coloured as a concern, an improvement or neither, each with its own legend entry). Without a
    chart (too few points), the values only: markers there would claim signals that the verdict denies.
    """
    x = _x(series)
    hover = [
        f"{_point_name(series, day)}<br>{_value_text(series, value)}"
        for day, value in zip(x, series.values, strict=True)
    ]
    chart = series.chart
    data: list[dict[str, Any]] = _reference_lines(series, chart, x) if chart else []
    data.append(
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": chartstyle.wrap(_trace_name(series)),
            "x": x,
            "y": list(series.values),
            "line": {"color": COMMON_COLOR},
            "marker": {"color": COMMON_COLOR, "symbol": "circle", "size": 6},
            "legendrank": 1,
            "text": hover,
            "hovertemplate": "%{text}<extra></extra>",
        }
    )
    if chart is not None:
        data += _signal_traces(series, chart, x, hover)
    shapes, notes = _change_lines(series, x)
    # Ticks on the first of a month (January, April… for quarters), the month over its year, never
    # rotated; kvalitet-charts.js registers the Swedish month names ("jan.", "mars"). Where the chart
    # is narrow (a phone, 400 % zoom: layout.meta.kvNarrow) a tick at each January, with the year only.
    months = len(x) if series.by_month else 72
    ticks = {"dtick": _month_dtick(months), "tick0": "2000-01-01", "tickangle": 0}
    narrow = {
        "xaxis.dtick": "M12" if months > 12 else "M3",
        "xaxis.tickformat": "%Y" if months > 12 else "%b",
    }
    values = [value for value in series.values if value is not None]
    # Rates are decimals; counts and days are whole numbers.
    value_ticks = {"tickformat": ",.1f"} if series.measure == "per-volym" else _count_ticks(values)
    margin = dt.timedelta(days=15)
    first, last = (
        (dt.date.fromisoformat(x[0]) - margin, dt.date.fromisoformat(x[-1]) + margin) if x else (None, None)
    )
    span = {"range": [first.isoformat(), last.isoformat()]} if first and last else {}
    layout = {
        "showlegend": True,
        "xaxis": {"type": "date", "tickformat": "%b<br>%Y", **ticks, **span},
        "yaxis": {"title": {"text": _axis_title(series)}, "rangemode": "tozero", **value_ticks},
        "shapes": shapes,
        "annotations": notes,
        # The legend under the plot, below the axis and its labels (container coordinates: it never
        # runs into the tick labels, however many lines they take).
        "legend": {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "yref": "container",
            "y": 0,
            "yanchor": "bottom",
        },
        "margin": {"t": 28, "b": 120, "l": 8, "r": 8, "pad": 4},
        "height": 520,
        # kvalitet-charts.js: on a narrow screen fewer ticks and room for a legend of more lines; on
        # paper a shorter chart, so that two fit on an A4 page.
        "meta": {
            "kvNarrow": {**narrow, "height": 600, "margin.b": 190},
            "kvPrint": {"height": 340, "margin.b": 100},
        },
    }
    return chartstyle.figure(data, layout)


def _count_ticks(values: Sequence[float]) -> dict[str, Any]:
    """Whole numbers on the count axis: a step of 1 for small counts (plotly would write 0,2 0,4…)."""
    return {"dtick": 1, "tick0": 0} if max(values, default=0) <= SMALL_COUNTS else {"tickformat": ",d"}
