"""The risk matrix as a Plotly figure: cells coloured by risk, the counts as labels, the cells above the
riskgräns outlined, and a title with the period.

The colour of a cell is its riskvärde band (kvalitet.aggregate.risk.risk_band: allvarlighetsgrad ×
sannolikhet against the riskgräns), never its count: the darkest cell is where the risk is highest,
however many cases it holds. The count stands in every cell in black or white, whichever contrasts
more with the cell; the outline and the legend say the same as the colour (colour is never alone).

As in kvalitet.render.charts, labels must already be safe for plotly.js text (page.chart_text).
"""

from __future__ import annotations

from typing import Any, Final

from kvalitet.aggregate.model import Table
from kvalitet.aggregate.risk import BANDS, band_range, risk_band
from kvalitet.messages import say
from kvalitet.render import chartstyle
from kvalitet.render.charts import text_color_on
from kvalitet.swedish import SUPPRESSED, number

BAND_COLORS: Final = {"låg": "#fdebd3", "måttlig": "#f5a25d", "hög": "#b93a00"}
"""Light to dark orange (ColorBrewer Oranges, one hue: it reads in grey and for colour-blind readers)."""
OUTLINE: Final = chartstyle.TEXT_COLOR
OUTLINE_WIDTH: Final = 3
EDGE: Final = 0.03
CELL_PX: Final = 64


def _cell_value(row_key: str, column: int) -> int:
    """The riskvärde of a cell: the row is the allvarlighetsgrad (its key), the column the sannolikhet."""
    return int(row_key) * (column + 1)


def risk_heatmap(table: Table, limit: int) -> dict[str, Any]:
    """A risk matrix (`kvalitet.aggregate.risk.risk_matrices`): allvarlighetsgrad top-down × sannolikhet."""
    labels = [row.label for row in table.rows]
    columns = list(table.columns)
    z: list[list[int]] = []
    hover: list[list[str]] = []
    annotations: list[dict[str, Any]] = []
    shapes: list[dict[str, Any]] = []
    for row_index, row in enumerate(table.rows):
        z_row, hover_row = [], []
        for column_index, value in enumerate(row.values):
            risk = _cell_value(row.key, column_index)
            band = risk_band(risk, limit)
            z_row.append(BANDS.index(band))
            hover_row.append(
                say(
                    "chart-hover-risk-cell",
                    row=row.label,
                    column=columns[column_index],
                    count=number(value),
                    value=risk,
                )
            )
            annotations.append(
                {
                    "x": columns[column_index],
                    "y": row.label,
                    "xref": "x",
                    "yref": "y",
                    "text": number(value) if value is not None else SUPPRESSED,
                    "showarrow": False,
                    "font": {"color": text_color_on(BAND_COLORS[band]), "size": chartstyle.FONT_SIZE + 2},
                }
            )
            if risk > limit:
                shapes.append(_outline(column_index, row_index))
        z.append(z_row)
        hover.append(hover_row)
    scale = [[index / (len(BANDS) - 1), BAND_COLORS[band]] for index, band in enumerate(BANDS)]
    trace = {
        "type": "heatmap",
        "x": columns,
        "y": labels,
        "z": z,
        "zmin": 0,
        "zmax": len(BANDS) - 1,
        "colorscale": scale,
        "showscale": False,
        "text": hover,
        "hovertemplate": "%{text}<extra></extra>",
        "showlegend": False,
    }
    grid = {"showgrid": False, "ticks": "", "showline": False, "type": "category", "automargin": True}
    layout = {
        "title": {
            "text": chartstyle.wrap(table.title),
            "x": 0,
            "xanchor": "left",
            "xref": "paper",
            "font": {"size": chartstyle.FONT_SIZE + 2},
        },
        # The levels alone at the ticks (the axis titles name them): four labels fit a phone.
        "xaxis": {
            **grid,
            "side": "bottom",
            "title": {"text": say("chart-axis-probability")},
            "tickvals": columns,
            "ticktext": [str(level) for level in range(1, len(columns) + 1)],
            # A little beyond the cells, so the outline of an edge cell is not cut in half.
            "range": [-0.5 - EDGE, len(columns) - 0.5 + EDGE],
        },
        "yaxis": {
            **grid,
            "range": [len(labels) - 0.5 + EDGE, -0.5 - EDGE],
            "title": {"text": say("chart-axis-severity")},
            "tickvals": labels,
            "ticktext": [row.key for row in table.rows],
        },
        "annotations": annotations,
        "shapes": shapes,
        "showlegend": True,
        "legend": {
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "yref": "container",
            "y": 0,
            "yanchor": "bottom",
        },
        "margin": {"t": 80, "b": 130, "l": 8, "r": 8, "pad": 4},
        "height": 300 + CELL_PX * len(labels),
    }
    return chartstyle.figure([trace, *_legend(limit)], layout)


def _outline(column: int, row: int) -> dict[str, Any]:
    """A frame around one cell (category axes: cell `i` spans i − 0,5 to i + 0,5)."""
    return {
        "type": "rect",
        "xref": "x",
        "yref": "y",
        "x0": column - 0.5,
        "x1": column + 0.5,
        "y0": row - 0.5,
        "y1": row + 0.5,
        "line": {"color": OUTLINE, "width": OUTLINE_WIDTH},
        "layer": "above",
    }


def _legend(limit: int) -> list[dict[str, Any]]:
    """One legend entry per band (square markers in the band's colour; the band above the riskgräns
    framed, as its cells are). The traces have no points of their own."""
    entries = []
    for band in BANDS:
        low, high = band_range(band, limit)
        line = {"color": OUTLINE, "width": OUTLINE_WIDTH} if band == BANDS[-1] else {"width": 0}
        entries.append(
            {
                "type": "scatter",
                "mode": "markers",
                "x": [None],
                "y": [None],
                "name": chartstyle.wrap(say(f"chart-risk-band-{band}", low=low, high=high)),
                "marker": {"symbol": "square", "size": 16, "color": BAND_COLORS[band], "line": line},
                "hoverinfo": "skip",
            }
        )
    return entries
