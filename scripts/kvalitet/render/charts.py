"""The site's charts as Plotly figure dicts (`{data, layout}`), drawn in the browser by plotly.js.

Pure functions: the same input gives the same dict. Labels must already be safe for plotly.js text
(kvalitet.render.page.chart_text escapes them). The page writes caption, aria-label and data table.

- colour is never the only carrier: bars show their number and, from the second series on, a pattern;
  control chart signals have their own marker shape and size (the risk matrix, render/risk_matrix, shows
  its counts in the cells);
- every text drawn on a colour is black or white, whichever contrasts more (always at least 4.5:1);
- category axes are always `type: category`, so years such as "2024" are not read as numbers.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any, Final

from kvalitet.aggregate.context import SAME_PERIOD
from kvalitet.aggregate.model import Table
from kvalitet.messages import say
from kvalitet.render import chartstyle
from kvalitet.swedish import number

BLACK: Final = "#000000"
PATTERNS: Final[tuple[str, ...]] = ("/", ".", "x", "\\", "+")
"""Fill patterns of the second to the sixth series of a bar chart (the first is plain)."""
MAX_SERIES: Final = len(chartstyle.COLORWAY)
UNIT_TITLES: Final = {
    "antal": "chart-axis-antal",
    "dagar": "chart-axis-dagar",
    "procent": "chart-axis-procent",
}
BAR_PX: Final = 18
"""The thickness of one horizontal bar, in pixels (one series)."""
LABEL_LINE_PX: Final = 19
"""The height of one line of a horizontal bar's label, in pixels (the label stands above its bars)."""
GROUP_GAP_PX: Final = 14
LABEL_WRAP: Final = 34
"""A horizontal bar's label is wrapped at this many characters: one line fits 280 px at 14 px."""
TICK_WRAP: Final = 8
"""A category label under a vertical bar is wrapped at this many characters (never rotated)."""
FRAME_PX: Final = 150
"""Height around the plot area of a horizontal bar chart: legend, value axis, margins."""
VALUE_ROOM: Final = 1.25
"""The value axis reaches this far beyond the longest bar, so that its number is never cut off."""
SMALL_COUNTS: Final = 8
"""Up to this count a whole-number axis steps by one (plotly.js would write 0,5 and 1,5)."""
PARTIAL_OPACITY: Final = 0.6
PARTIAL_PATTERN: Final = "/"
"""How the bars of a year not yet complete are told apart (its label says it too)."""


def text_color_on(background: str) -> str:
    """Black or white, whichever contrasts more with `background`.

    One of the two always reaches 4.58:1: their contrasts multiply to 21, so the larger is at least
    √21 ≈ 4.58.
    """
    return max((BLACK, chartstyle.WHITE), key=lambda color: chartstyle.contrast_ratio(background, color))


def _other(color: str) -> str:
    return chartstyle.WHITE if color == BLACK else BLACK


def _title(text: str) -> dict[str, Any]:
    return {"title": {"text": text}}


def _category_axis() -> dict[str, Any]:
    return {"type": "category", "automargin": True}


def bar_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int | float | None]]],
    *,
    value_title: str,
    horizontal: bool = False,
    stacked: bool = False,
    decimals: int | None = None,
    partial_last: Sequence[bool] = (),
) -> dict[str, Any]:
    """Bars: one trace per (name, values), values in the order of `categories`; None is a gap.

    Each bar shows its number (Swedish format; `decimals` as in kvalitet.swedish.number): above
    or beside the bar, or inside it when stacked. Horizontal bars list the categories top-down.
    Where `partial_last` is true for a series, its bar of the last category (a year not yet complete,
    whose label says so) is lighter and hatched: not to be read as a whole year.
    """
    if len(series) > MAX_SERIES:
        raise ValueError(f"a bar chart shows at most {MAX_SERIES} series, got {len(series)}")
    data: list[dict[str, Any]] = []
    category_key, value_key = ("y", "x") if horizontal else ("x", "y")
    for index, (name, values) in enumerate(series):
        if len(values) != len(categories):
            raise ValueError(f"series {name!r} has {len(values)} values for {len(categories)} categories")
        color = chartstyle.COLORWAY[index]
        text_color = text_color_on(color)
        marker: dict[str, Any] = {"color": color}
        partial = index < len(partial_last) and partial_last[index] and bool(values)
        if partial:
            marker["opacity"] = [1.0] * (len(values) - 1) + [PARTIAL_OPACITY]
        if partial and index == 0:
            marker["pattern"] = {
                "shape": [""] * (len(values) - 1) + [PARTIAL_PATTERN],
                "fgcolor": chartstyle.TEXT_COLOR,
                "fillmode": "overlay",
            }
        elif index > 0:
            # The pattern lines take the colour the text does not use, so text inside a stacked bar
            # never crosses lines of its own colour.
            # "overlay" keeps the bar's colour under the lines ("replace", the default, drops it).
            marker["pattern"] = {
                "shape": PATTERNS[index - 1],
                "fgcolor": _other(text_color),
                "fillmode": "overlay",
            }
        data.append(
            {
                "type": "bar",
                "name": name,
                "orientation": "h" if horizontal else "v",
                category_key: list(categories),
                value_key: list(values),
                "marker": marker,
                "text": ["" if value is None else number(value, decimals=decimals) for value in values],
                "textposition": "inside" if stacked else "outside",
                "insidetextanchor": "middle",
                "insidetextfont": {"color": text_color},
                "outsidetextfont": {"color": chartstyle.TEXT_COLOR},
                "cliponaxis": False,
                "hovertemplate": f"%{{fullData.name}}<br>%{{{category_key}}}: %{{text}}<extra></extra>",
            }
        )
    present = [float(value) for _, values in series for value in values if value is not None]
    value_axis = {**_title(value_title), **_value_range(series, stacked, horizontal), **_whole_ticks(present)}
    if horizontal:
        return chartstyle.figure(*_labels_above(categories, data, value_axis, stacked=stacked))
    layout: dict[str, Any] = {
        "barmode": "stack" if stacked else "group",
        "xaxis": {
            **_category_axis(),
            "tickangle": 0,
            "ticktext": _wrapped(categories),
            "tickvals": list(categories),
        },
        "yaxis": value_axis,
        # Text that would have to shrink below 10 px to fit its bar is hidden (all bar texts of a chart
        # have one size); the hover label and the table beside the chart still give the number.
        "uniformtext": {"mode": "hide", "minsize": 10},
        "meta": {"kvNarrow": {"xaxis.tickfont.size": chartstyle.NARROW_FONT_SIZE}},
    }
    return chartstyle.figure(data, layout)


def _wrapped(categories: Sequence[str]) -> list[str]:
    """Category labels that are never rotated and never touch their neighbours: a label longer than
    TICK_WRAP characters gets its year on a line of its own, and what comes before the year is broken
    after its dash ("1 jan–" / "1 dec" / "2026", "jan–" / "okt" / "2026")."""
    result = []
    for label in categories:
        head, _, year = label.rpartition(" ")
        if len(label) <= TICK_WRAP or not (year.isdigit() and head):
            result.append(label)
            continue
        parts = head.replace("–", "–\n").split("\n")
        result.append("<br>".join([*(part.strip() for part in parts if part.strip()), year]))
    return result


def _whole_ticks(values: Sequence[float]) -> dict[str, Any]:
    """Whole numbers only on an axis of whole numbers: a step of one for small counts."""
    if not all(value.is_integer() for value in values):
        return {}
    if max(values, default=0) <= SMALL_COUNTS:
        return {"dtick": 1, "tick0": 0, "tickformat": ",d"}
    return {"tickformat": ",d"}


def _value_range(
    series: Sequence[tuple[str, Sequence[int | float | None]]], stacked: bool, horizontal: bool
) -> dict[str, Any]:
    """A value axis from zero with room beyond the longest bar for its number (never cut off)."""
    if stacked:
        sums = [
            sum(float(v) for v in column if v is not None)
            for column in zip(*(v for _, v in series), strict=True)
        ]
        top = max(sums, default=0.0)
    else:
        top = max((float(v) for _, values in series for v in values if v is not None), default=0.0)
    room = VALUE_ROOM if horizontal else 1.12
    return {"range": [0, top * room if top > 0 else 1], "autorange": False}


def _labels_above(
    categories: Sequence[str], data: list[dict[str, Any]], value_axis: dict[str, Any], *, stacked: bool
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Horizontal bars with each category's label on its own lines above its bars, left-aligned:
    the labels never take width from the bars, at 320 px as on a desktop.

    The category axis is numeric and counts pixels from the top (the chart's height is the sum), so the
    bars and the labels (annotations) stay in place at every width.
    """
    lines = [textwrap.wrap(label, LABEL_WRAP, break_long_words=False) or [label] for label in categories]
    count = 1 if stacked else len(data)
    positions: list[list[float]] = [[] for _ in data]
    annotations: list[dict[str, Any]] = []
    top = 0.0
    for label_lines in lines:
        annotations.append(
            {
                "x": 0,
                "xref": "paper",
                "xanchor": "left",
                "y": top + 4,
                "yref": "y",
                "yanchor": "top",
                "align": "left",
                "showarrow": False,
                "text": "<br>".join(label_lines),
                "font": {"color": chartstyle.TEXT_COLOR, "size": chartstyle.FONT_SIZE},
            }
        )
        bars = top + 6 + LABEL_LINE_PX * len(label_lines)
        for index in range(len(data)):
            positions[index].append(bars + BAR_PX * ((0 if stacked else index) + 0.5))
        top = bars + BAR_PX * count + GROUP_GAP_PX
    for trace, ys in zip(data, positions, strict=True):
        trace["hovertext"] = [" ".join(label_lines) for label_lines in lines]
        trace["y"] = ys
        trace["width"] = BAR_PX * 0.86
        trace["hovertemplate"] = "%{fullData.name}<br>%{hovertext}: %{text}<extra></extra>"
    layout: dict[str, Any] = {
        "barmode": "stack" if stacked else "overlay",
        "height": round(top) + FRAME_PX,
        "xaxis": value_axis,
        "yaxis": {
            "type": "linear",
            "range": [top, 0],
            "autorange": False,
            "showticklabels": False,
            "showgrid": False,
            "zeroline": False,
            "ticks": "",
        },
        "annotations": annotations,
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "y": 1, "yanchor": "bottom"},
        "margin": {"t": 40, "b": 8, "l": 8, "r": 8, "pad": 4},
        "uniformtext": {"mode": "hide", "minsize": 10},
    }
    return data, layout


def _unit(table: Table) -> tuple[str, int | None]:
    """The value axis title and the decimals of the table's unit."""
    if table.unit not in UNIT_TITLES:
        raise ValueError(f"unknown unit {table.unit!r} of table {table.id}")
    return say(UNIT_TITLES[table.unit]), 1 if table.unit == "procent" else None


def year_bars(table: Table, *, rows: Sequence[str] | None = None) -> dict[str, Any]:
    """Vertical bars per year (the table's columns), one series per row key in `rows` (the total row
    too); by default every row, which must then be at most six."""
    chosen = [table.row(key) for key in rows] if rows is not None else list(table.rows)
    if len(chosen) > MAX_SERIES:
        raise ValueError(f"table {table.id} has {len(chosen)} rows; choose at most {MAX_SERIES}")
    title, decimals = _unit(table)
    return bar_chart(
        table.headings,
        [(row.label, row.values) for row in chosen],
        value_title=title,
        decimals=decimals,
        partial_last=[bool(table.partial) and row.key != SAME_PERIOD for row in chosen],
    )


def latest_years_bars(table: Table, *, years: int = 2) -> dict[str, Any]:
    """Horizontal bars of every row (not the total) for the last `years` columns, one series per year.

    Never a year not yet complete against whole years: give the table of the same periods instead.
    (A table of one part-year alone, the first year of a new records repository, compares nothing.)
    """
    if table.partial and years > 1 and len(table.columns) > 1:
        raise ValueError(f"table {table.id} ends with a part-year: compare the same periods instead")
    if not 1 <= years <= MAX_SERIES:
        raise ValueError(f"years must be 1 to {MAX_SERIES}, got {years}")
    last = range(max(0, len(table.columns) - years), len(table.columns))
    series = [(table.headings[i], [row.values[i] for row in table.rows]) for i in last]
    title, decimals = _unit(table)
    labels = [row.label for row in table.rows]
    return bar_chart(labels, series, value_title=title, horizontal=True, decimals=decimals)
