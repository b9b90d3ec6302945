"""How every chart on the site looks: colours, fonts, numbers, as a Plotly template in plain dicts.

Put `template()` in every figure's layout (`figure(data, layout)` does it) so the figure's JSON file is
complete by itself; the browser adds nothing but the Plotly config (see kvalitet.site.browsercheck for the
element contract).

Colours: the Okabe–Ito palette (designed to stay distinct for the common kinds of colour blindness),
keeping the four colours that reach 3:1 against white (WCAG 2.1, 1.4.11, graphical objects) and
darkening the two others so they do too; yellow and sky blue are left out because no darker version
of them stays distinct. A chart needs more than six series only rarely: split it, or show a table.
Bars get a white outline so neighbouring segments stay apart. Heat maps use one blue scale from light
to dark (ordered by lightness, so it reads in grey too) and must show their numbers in the cells.

Numbers: decimal comma and a no-break space between thousands (`1 234,5`), as kvalitet.swedish
writes them in the tables. Fonts: the reader's system fonts only; nothing is downloaded.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from typing import Any, Final

WHITE: Final = "#ffffff"
TEXT_COLOR: Final = "#1f1f1f"
"""Titles, axis labels and tick labels (16:1 against white)."""
AXIS_COLOR: Final = "#595959"
"""Axis lines and ticks (7:1)."""
GRID_COLOR: Final = "#d9d9d9"
"""Grid lines are a reading aid, not information: lighter than 3:1 on purpose."""

COLORWAY: Final[tuple[str, ...]] = (
    "#0072B2",  # blue (Okabe–Ito), 5.2:1
    "#D55E00",  # vermillion (Okabe–Ito), 3.9:1
    "#009E73",  # bluish green (Okabe–Ito), 3.4:1
    "#CC79A7",  # reddish purple (Okabe–Ito), 3.1:1
    "#4D4D4D",  # dark grey (for Okabe–Ito's black), 8.5:1
    "#A86B00",  # dark orange (Okabe–Ito's orange darkened), 4.4:1
)
"""Series colours in order of use; each at least 3:1 against white."""

SEQUENTIAL: Final[tuple[tuple[float, str], ...]] = (
    (0.0, "#eff5fb"),
    (0.25, "#b9d4ea"),
    (0.5, "#6aaed6"),
    (0.75, "#2171b5"),
    (1.0, "#08306b"),
)
"""Heat map scale, light to dark blue (colour-blind safe: it varies in lightness, one hue)."""

FONT_FAMILY: Final = (
    'system-ui, -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", '
    '"Noto Sans", "Liberation Sans", Arial, sans-serif'
)
"""The reader's own system fonts: no web fonts are ever loaded."""

SEPARATORS: Final = ",\u00a0"
"""Plotly's `separators`: decimal comma, then a no-break space between thousands."""

FONT_SIZE: Final = 14
NARROW_FONT_SIZE: Final = 12
"""Tick labels where a chart is narrow (layout.meta.kvNarrow, applied by kvalitet-charts.js)."""
LINE_CHARS: Final = 28
"""A text drawn in a chart (title, legend entry) is wrapped at this many characters: a line of 28
characters at 14 px fits the 250 px a chart has at 320 px (a phone at 400 % zoom)."""


def wrap(text: str, width: int = LINE_CHARS) -> str:
    """`text` on lines of at most `width` characters for plotly.js (`<br>` between them); a word longer
    than a line stays whole."""
    return "<br>".join(textwrap.wrap(text, width, break_long_words=False)) or text


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(color: str) -> float:
    """WCAG 2.1 relative luminance of a `#rrggbb` colour."""
    text = color.removeprefix("#")
    if len(text) != 6:
        raise ValueError(f"expected #rrggbb, got {color!r}")
    red, green, blue = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str = WHITE) -> float:
    """WCAG 2.1 contrast ratio of two `#rrggbb` colours (1 to 21)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _axis() -> dict[str, Any]:
    return {
        "automargin": True,
        "color": TEXT_COLOR,
        "linecolor": AXIS_COLOR,
        "showline": True,
        "ticks": "outside",
        "tickcolor": AXIS_COLOR,
        "gridcolor": GRID_COLOR,
        "zerolinecolor": AXIS_COLOR,
        "fixedrange": True,
        "title": {"standoff": 12},
    }


def layout_defaults() -> dict[str, Any]:
    """Layout settings for every chart: Swedish numbers, system fonts, palette, no drag-to-zoom.

    Zoom by dragging is off (`dragmode: false`, fixed axes) so that a finger on a tablet scrolls the page
    instead of zooming the chart.
    """
    return {
        "separators": SEPARATORS,
        "font": {"family": FONT_FAMILY, "size": FONT_SIZE, "color": TEXT_COLOR},
        "colorway": list(COLORWAY),
        "colorscale": {"sequential": [list(stop) for stop in SEQUENTIAL]},
        "paper_bgcolor": WHITE,
        "plot_bgcolor": WHITE,
        "hoverlabel": {"font": {"family": FONT_FAMILY, "size": FONT_SIZE}, "namelength": -1},
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.2, "x": 0, "font": {"color": TEXT_COLOR}},
        "margin": {"l": 8, "r": 8, "t": 16, "b": 8, "pad": 4},
        "dragmode": False,
        "hovermode": "closest",
        "xaxis": _axis(),
        "yaxis": _axis(),
    }


def template() -> dict[str, Any]:
    """The Plotly template (`layout.template`) of every chart on the site."""
    return {
        "layout": layout_defaults(),
        "data": {
            "bar": [{"marker": {"line": {"color": WHITE, "width": 1}}, "textfont": {"color": TEXT_COLOR}}],
            "heatmap": [
                {
                    "colorscale": [list(stop) for stop in SEQUENTIAL],
                    "xgap": 2,
                    "ygap": 2,
                    "colorbar": {"outlinewidth": 0, "tickfont": {"color": TEXT_COLOR}},
                }
            ],
            "scatter": [{"line": {"width": 3}, "marker": {"size": 8}}],
        },
    }


def figure(data: Sequence[Mapping[str, Any]], layout: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A figure `{data, layout}` ready to write as the chart's JSON file, with the site's template."""
    return {"data": [dict(trace) for trace in data], "layout": {"template": template(), **(layout or {})}}
