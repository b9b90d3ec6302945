"""The chart figures: traces, Swedish texts, contrast, and valid plotly properties."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any

import plotly.graph_objects as go  # type: ignore[import-untyped]
import pytest

from kvalitet.aggregate.model import ControlChart, Row, Series, Table
from kvalitet.render import charts, chartstyle

MONTHS = tuple(f"2024-{month:02d}" for month in range(1, 13))
VALUES = (3, 4, 5, 2, 3, 4, 14, 3, 4, 5, 6, 7)
SIGNALS = (6, 7, 8, 9, 10, 11)


def series(chart: ControlChart | None = None, *, lower: float = -0.8) -> Series:
    if chart is None:
        chart = ControlChart(4.5, 2.0, 9.8, lower, outside=(6,), shift=(), trend=(7, 8, 9, 10, 11))
    return Series("serie", "Serie", MONTHS, VALUES, chart, "spc-signal-high", "Signal.")


def year_table(rows: int = 2, unit: str = "antal") -> Table:
    values: list[tuple[int | float | None, ...]] = [(1, None, 3), (2.5, 0, 1234)]
    return Table(
        id="exempel",
        title="Exempel",
        row_heading="Kategori",
        columns=("2023", "2024", "2025"),
        rows=tuple(Row(f"k{i}", f"Kategori {i}", values[i % 2]) for i in range(rows)),
        total=Row("totalt", "Totalt", (3, 0, 1237)),
        unit=unit,
    )


def matrix() -> Table:
    chances = (1, 2, 3, 4)
    return Table(
        id="riskmatris",
        title="Riskmatris",
        row_heading="Allvarlighetsgrad",
        columns=tuple(f"Sannolikhet {chance}" for chance in chances),
        rows=tuple(
            Row(str(level), f"Allvarlighetsgrad {level}", tuple(level * chance * 3 for chance in chances))
            for level in (4, 3, 2, 1)
        ),
        total=Row("totalt", "Totalt", (30, 60, 90, 120)),
    )


def trace(figure: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(item for item in figure["data"] if item["name"] == name)
    return found


FIGURES: dict[str, Callable[[], dict[str, Any]]] = {
    "control_chart": lambda: charts.control_chart(series()),
    "control_chart_without_chart": lambda: charts.control_chart(
        Series("s", "S", MONTHS[:1], VALUES[:1], None, "spc-too-few", "För få.")
    ),
    "bar_chart_stacked": lambda: charts.bar_chart(
        ["2024", "2025"], [("A", [1, None]), ("B", [2, 3])], value_title="Antal", stacked=True
    ),
    "year_bars": lambda: charts.year_bars(year_table()),
    "latest_years_bars": lambda: charts.latest_years_bars(year_table(13, unit="procent")),
    "heatmap": lambda: charts.heatmap(matrix()),
}


@pytest.mark.parametrize("name", list(FIGURES))
def test_every_figure_is_valid_plotly_json_and_deterministic(name: str) -> None:
    figure = FIGURES[name]()
    go.Figure(figure)  # raises ValueError on any unknown property
    assert json.loads(json.dumps(figure, allow_nan=False)) == figure
    assert FIGURES[name]() == figure
    assert figure["layout"]["template"] == chartstyle.template()


def test_plotly_validation_catches_a_misspelt_property() -> None:
    figure = charts.bar_chart(["a"], [("A", [1])], value_title="Antal")
    figure["data"][0]["marker"]["patern"] = {"shape": "/"}
    with pytest.raises(ValueError):
        go.Figure(figure)


def test_control_chart_traces_in_swedish() -> None:
    figure = charts.control_chart(series())
    names = [item["name"] for item in figure["data"]]
    assert names == ["Medelvärde", "Övre processgräns", "Nedre processgräns", "Antal per månad", "Signal"]
    ranked = sorted(figure["data"], key=lambda item: item["legendrank"])
    assert ranked[0]["name"] == "Antal per månad"
    counts = trace(figure, "Antal per månad")
    assert counts["x"][0] == "2024-01-01" and counts["x"][-1] == "2024-12-01"
    assert counts["y"] == list(VALUES)
    assert counts["mode"] == "lines+markers"
    assert counts["text"][2] == "mars 2024<br>Antal: 5"
    layout = figure["layout"]
    assert layout["xaxis"]["type"] == "date" and layout["xaxis"]["tickformat"] == "%b %Y"
    assert layout["yaxis"]["title"]["text"] == "Antal" and layout["yaxis"]["rangemode"] == "tozero"
    assert trace(figure, "Medelvärde")["y"] == [4.5] * 12
    assert trace(figure, "Övre processgräns")["y"] == [9.8] * 12
    assert trace(figure, "Övre processgräns")["line"]["dash"] == "dash"
    assert trace(figure, "Nedre processgräns")["line"]["dash"] == "dash"


def test_signal_trace_holds_exactly_the_signal_points_with_another_shape() -> None:
    figure = charts.control_chart(series())
    signal = trace(figure, "Signal")
    assert signal["x"] == [f"{MONTHS[i]}-01" for i in SIGNALS]
    assert signal["y"] == [VALUES[i] for i in SIGNALS]
    counts = trace(figure, "Antal per månad")
    assert signal["marker"]["symbol"] != counts["marker"]["symbol"]
    assert signal["marker"]["size"] > chartstyle.template()["data"]["scatter"][0]["marker"]["size"]
    assert signal["text"][0] == "juli 2024<br>Antal: 14<br>Utanför processgränserna"
    assert "ökningar eller minskningar" in signal["text"][1]


def test_lower_limit_is_never_below_zero() -> None:
    assert trace(charts.control_chart(series(lower=-3.2)), "Nedre processgräns")["y"] == [0.0] * 12
    assert trace(charts.control_chart(series(lower=1.25)), "Nedre processgräns")["y"] == [1.25] * 12


def test_control_chart_without_signals_or_chart() -> None:
    quiet = ControlChart(4.5, 2.0, 9.8, 0.0, outside=(), shift=(), trend=())
    names = [item["name"] for item in charts.control_chart(series(quiet))["data"]]
    assert "Signal" not in names and len(names) == 4
    only = charts.control_chart(Series("s", "S", MONTHS, VALUES, None, "spc-too-few", "För få."))
    assert [item["name"] for item in only["data"]] == ["Antal per månad"]


def test_a_rare_series_shows_no_limits_and_no_signals() -> None:
    """The verdict says that so few cases cannot tell a signal from chance: the chart must not say more."""
    small = (0, 1, 0, 2, 1, 0, 0, 1, 0, 0, 3, 1)
    rare = dataclasses.replace(series(), values=small, verdict_code="spc-rare", verdict="Få ärenden.")
    figure = charts.control_chart(rare)
    assert [item["name"] for item in figure["data"]] == ["Antal per månad"]
    assert figure["layout"]["yaxis"]["dtick"] == 1


def test_bar_chart_gaps_text_and_category_axis() -> None:
    figure = charts.bar_chart(["2024", "2025"], [("A", [1234, None]), ("B", [2.5, 0])], value_title="Antal")
    first, second = figure["data"]
    assert first["y"] == [1234, None]
    assert first["text"] == ["1\u00a0234", ""]
    assert second["text"] == ["2,5", "0"]
    assert figure["layout"]["xaxis"]["type"] == "category"
    assert figure["layout"]["yaxis"]["title"]["text"] == "Antal"
    assert figure["layout"]["barmode"] == "group"


def test_bar_patterns_differ_between_series() -> None:
    six = [(f"S{i}", [i]) for i in range(6)]
    data = charts.bar_chart(["a"], six, value_title="Antal")["data"]
    shapes = [item["marker"].get("pattern", {}).get("shape", "") for item in data]
    assert shapes[0] == ""
    assert len(set(shapes)) == 6
    assert len({item["marker"]["color"] for item in data}) == 6


def test_more_than_six_series_is_an_error() -> None:
    seven = [(f"S{i}", [i]) for i in range(7)]
    with pytest.raises(ValueError):
        charts.bar_chart(["a"], seven, value_title="Antal")
    with pytest.raises(ValueError):
        charts.year_bars(year_table(7))


def test_values_must_match_categories() -> None:
    with pytest.raises(ValueError):
        charts.bar_chart(["a", "b"], [("A", [1])], value_title="Antal")


def test_stacked_inside_text_contrasts_with_its_bar() -> None:
    six = [(f"S{i}", [i]) for i in range(6)]
    figure = charts.bar_chart(["a"], six, value_title="Antal", stacked=True)
    assert figure["layout"]["barmode"] == "stack"
    for item in figure["data"]:
        assert item["textposition"] == "inside"
        ratio = chartstyle.contrast_ratio(item["insidetextfont"]["color"], item["marker"]["color"])
        assert ratio >= 4.5


def test_horizontal_bars_list_categories_top_down() -> None:
    figure = charts.bar_chart(["Ett", "Två"], [("A", [1, 2])], value_title="Dagar", horizontal=True)
    bar = figure["data"][0]
    assert bar["orientation"] == "h" and bar["y"] == ["Ett", "Två"] and bar["x"] == [1, 2]
    assert figure["layout"]["yaxis"] == {"type": "category", "automargin": True, "autorange": "reversed"}
    assert figure["layout"]["xaxis"]["title"]["text"] == "Dagar"


def test_year_bars_names_rows_and_unit() -> None:
    figure = charts.year_bars(year_table(unit="dagar"), rows=["k1", "totalt"])
    assert [item["name"] for item in figure["data"]] == ["Kategori 1", "Totalt"]
    assert figure["data"][1]["y"] == [3, 0, 1237]
    assert figure["data"][0]["x"] == ["2023", "2024", "2025"]
    assert figure["layout"]["yaxis"]["title"]["text"] == "Dagar"
    percent = charts.year_bars(year_table(unit="procent"))
    assert percent["layout"]["yaxis"]["title"]["text"] == "Procent"
    assert percent["data"][0]["text"] == ["1,0", "", "3,0"]


def test_latest_years_bars_one_trace_per_year_for_every_row() -> None:
    table = year_table(13)
    figure = charts.latest_years_bars(table)
    assert [item["name"] for item in figure["data"]] == ["2024", "2025"]
    for item in figure["data"]:
        assert item["orientation"] == "h"
        assert item["y"] == [row.label for row in table.rows]
    assert figure["data"][1]["x"] == [row.values[2] for row in table.rows]
    assert "Totalt" not in figure["data"][0]["y"]
    assert [item["name"] for item in charts.latest_years_bars(table, years=5)["data"]] == list(table.columns)
    with pytest.raises(ValueError):
        charts.latest_years_bars(table, years=0)


def test_heatmap_cells_show_counts_in_contrasting_colours() -> None:
    table = matrix()
    figure = charts.heatmap(table)
    (heat,) = figure["data"]
    assert heat["type"] == "heatmap" and heat["showscale"] is False
    assert heat["y"] == [f"Allvarlighetsgrad {level}" for level in (4, 3, 2, 1)]
    assert heat["z"] == [list(row.values) for row in table.rows]
    layout = figure["layout"]
    assert layout["yaxis"]["autorange"] == "reversed"
    assert layout["xaxis"]["title"]["text"] == "Sannolikhet"
    assert layout["yaxis"]["title"]["text"] == "Allvarlighetsgrad"
    annotations = layout["annotations"]
    assert len(annotations) == 16
    colors = set()
    for note, (row, column) in zip(annotations, [(r, c) for r in range(4) for c in range(4)], strict=True):
        value = table.rows[row].values[column]
        assert value is not None
        assert (note["y"], note["x"]) == (table.rows[row].label, table.columns[column])
        assert note["text"] == str(value)
        cell = charts.scale_color(value / heat["zmax"])
        assert chartstyle.contrast_ratio(note["font"]["color"], cell) >= 4.5
        colors.add(note["font"]["color"])
    assert colors == {"#000000", "#ffffff"}


def test_scale_color_follows_the_template_scale() -> None:
    assert charts.scale_color(0) == chartstyle.SEQUENTIAL[0][1]
    assert charts.scale_color(1) == chartstyle.SEQUENTIAL[-1][1].lower()
    assert charts.scale_color(0.5) == chartstyle.SEQUENTIAL[2][1]
    assert charts.scale_color(0.125) == "#d4e5f3"


def test_text_colour_reaches_aa_on_every_shade() -> None:
    for step in range(101):
        cell = charts.scale_color(step / 100)
        assert chartstyle.contrast_ratio(charts.text_color_on(cell), cell) >= 4.5
