"""The chart figures: traces, Swedish texts, contrast, and valid plotly properties."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import plotly.graph_objects as go  # type: ignore[import-untyped]
import pytest

from kvalitet.aggregate.model import Row, Series, Table
from kvalitet.render import charts, chartstyle, control_charts, risk_matrix
from tests.aggregate.spc_helpers import counts_series, days_series


def series(*, direction: str = "ingen") -> Series:
    """Nine ordinary months around 12, then nine at 20: a run far above the frozen centre line."""
    return counts_series([10, 14, 14, 10, 14, 10, 10, 14, 10] + [20] * 9, freeze=9, direction=direction)


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
    found: dict[str, Any] = next(item for item in figure["data"] if item["name"].replace("<br>", " ") == name)
    return found


FIGURES: dict[str, Callable[[], dict[str, Any]]] = {
    "control_chart": lambda: control_charts.control_chart(series()),
    "control_chart_without_chart": lambda: control_charts.control_chart(counts_series([3, 4, 5])),
    "control_chart_parts": lambda: control_charts.control_chart(
        counts_series([10, 14] * 9 + [20, 24] * 6, changes=[(18, "Ny rutin")])
    ),
    "control_chart_days": lambda: control_charts.control_chart(days_series([20, 30] * 8 + [90] * 10)),
    "bar_chart_stacked": lambda: charts.bar_chart(
        ["2024", "2025"], [("A", [1, None]), ("B", [2, 3])], value_title="Antal", stacked=True
    ),
    "year_bars": lambda: charts.year_bars(year_table()),
    "latest_years_bars": lambda: charts.latest_years_bars(year_table(13, unit="procent")),
    "risk_heatmap": lambda: risk_matrix.risk_heatmap(matrix(), 8),
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
    figure = control_charts.control_chart(series())
    names = [item["name"].replace("<br>", " ") for item in figure["data"]]
    assert names == [
        "Medellinje",
        "Övre gräns för vanlig variation",
        "Nedre gräns för vanlig variation",
        "Antal per månad",
        "Högre än vanligt",
    ]
    ranked = sorted(figure["data"], key=lambda item: item["legendrank"])
    assert ranked[0]["name"] == "Antal per månad"
    counts = trace(figure, "Antal per månad")
    assert counts["x"][0] == "2023-01-01" and counts["x"][-1] == "2024-06-01"
    assert counts["mode"] == "lines+markers"
    assert counts["text"][2] == "mars 2023<br>Antal: 14"
    layout = figure["layout"]
    assert layout["xaxis"]["type"] == "date" and layout["xaxis"]["tickformat"] == "%b<br>%Y"
    assert layout["yaxis"]["title"]["text"] == "Antal" and layout["yaxis"]["rangemode"] == "tozero"
    assert trace(figure, "Medellinje")["y"] == [round(106 / 9, 3)] * 18
    assert trace(figure, "Övre gräns för vanlig variation")["line"]["dash"] == "dash"


def test_special_causes_have_their_meaning_in_colour_and_their_side_in_shape() -> None:
    worse = series(direction="hogre-samre")
    figure = control_charts.control_chart(worse)
    signal = trace(figure, "Försämring: högre än vanligt")
    assert signal["marker"]["symbol"] == "triangle-up"
    assert signal["marker"]["color"] == control_charts.MEANING_COLORS["concern"]
    assert signal["x"] == [f"{worse.points[i]}-01" for i in range(9, 18)]
    assert signal["text"][0] == (
        "oktober 2023<br>Antal: 20<br>Försämring, högre än vanligt: del av en ovanligt lång serie på "
        "samma sida om medellinjen"
    )
    counts = trace(figure, "Antal per månad")
    assert counts["marker"]["color"] == control_charts.COMMON_COLOR
    for color in (*control_charts.MEANING_COLORS.values(), control_charts.COMMON_COLOR):
        assert chartstyle.contrast_ratio(color) >= 3


def test_parts_have_their_own_lines_and_changes_are_drawn_with_their_text() -> None:
    parted = counts_series([10, 14] * 9 + [20, 24] * 6, changes=[(18, "Ny rutin")])
    figure = control_charts.control_chart(parted)
    centres = [item for item in figure["data"] if item.get("legendgroup") == "centre"]
    assert [item["y"][0] for item in centres] == [12.0, 22.0]
    assert [item["showlegend"] for item in centres] == [True, False]
    (line,) = figure["layout"]["shapes"]
    assert line["x0"] == "2024-07-01" and line["line"]["dash"] == "dot"
    assert figure["layout"]["annotations"][0]["text"] == "1"  # the page lists the change in words


def test_too_few_crossings_mark_the_centre_line_not_every_point() -> None:
    level = counts_series([8] * 12 + [16] * 12)
    runs = level.chart.runs[0] if level.chart else None
    assert runs is not None and runs.n_crossings_min is not None and runs.n_crossings < runs.n_crossings_min
    figure = control_charts.control_chart(level)
    names = [item["name"].replace("<br>", " ") for item in figure["data"]]
    assert "Medellinje, för få korsningar (signal)" in names
    assert (
        control_charts.signal_words(level, 0)
        == "Lägre än vanligt: del av en ovanligt lång serie på samma sida om medellinjen"
    )


def test_control_chart_without_chart_shows_the_values_only() -> None:
    short = counts_series([3, 4, 5])
    only = control_charts.control_chart(short)
    assert [item["name"] for item in only["data"]] == ["Antal per månad"]
    assert only["layout"]["yaxis"]["dtick"] == 1


def test_days_between_cases_are_drawn_on_their_days() -> None:
    between = days_series([20, 30] * 8)
    figure = control_charts.control_chart(between)
    days = trace(figure, "Dagar sedan ärendet före")
    assert days["x"][0] == "2023-01-22"
    assert days["text"][0] == "22 januari 2023<br>Dagar sedan ärendet före: 20"
    assert figure["layout"]["yaxis"]["title"]["text"] == "Dagar"


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


def test_horizontal_bars_list_categories_top_down_with_labels_above() -> None:
    """Each label is an annotation above its bars (the axis counts pixels from the top), so labels
    never take width from the bars; the value axis has room beyond the longest bar for its number."""
    figure = charts.bar_chart(["Ett", "Två"], [("A", [1, 2])], value_title="Dagar", horizontal=True)
    bar = figure["data"][0]
    layout = figure["layout"]
    assert bar["orientation"] == "h" and bar["x"] == [1, 2] and bar["hovertext"] == ["Ett", "Två"]
    labels = [(item["text"], item["y"]) for item in layout["annotations"]]
    assert [text for text, _ in labels] == ["Ett", "Två"]
    assert labels[0][1] < bar["y"][0] < labels[1][1] < bar["y"][1]
    assert layout["yaxis"]["range"][0] > layout["yaxis"]["range"][1] == 0
    assert layout["yaxis"]["showticklabels"] is False
    assert layout["xaxis"]["title"]["text"] == "Dagar"
    assert layout["xaxis"]["range"] == [0, 2 * charts.VALUE_ROOM]


def test_long_labels_wrap_and_small_counts_get_whole_ticks() -> None:
    label = "Rättssäkerhet i handläggning och genomförande"
    figure = charts.bar_chart([label], [("A", [3])], value_title="Antal", horizontal=True)
    assert figure["layout"]["annotations"][0]["text"] == "Rättssäkerhet i handläggning och<br>genomförande"
    assert figure["layout"]["xaxis"]["dtick"] == 1 and figure["layout"]["xaxis"]["tickformat"] == ",d"
    vertical = charts.bar_chart(
        ["2025", "1 jan–1 dec 2026", "jan–okt 2026"], [("A", [1, 2, 3])], value_title="Antal"
    )
    assert vertical["layout"]["xaxis"]["ticktext"] == [
        "2025",
        "1 jan–<br>1 dec<br>2026",
        "jan–<br>okt<br>2026",
    ]
    assert vertical["layout"]["xaxis"]["tickangle"] == 0


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
        assert item["hovertext"] == [row.label for row in table.rows]
    assert figure["data"][1]["x"] == [row.values[2] for row in table.rows]
    assert "Totalt" not in [item["text"] for item in figure["layout"]["annotations"]]
    assert [item["name"] for item in charts.latest_years_bars(table, years=5)["data"]] == list(table.columns)
    with pytest.raises(ValueError):
        charts.latest_years_bars(table, years=0)


def test_text_colour_reaches_aa_on_every_shade() -> None:
    for step in range(256):
        cell = f"#{step:02x}{step:02x}{step:02x}"
        assert chartstyle.contrast_ratio(charts.text_color_on(cell), cell) >= 4.5
