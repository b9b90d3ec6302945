from __future__ import annotations

from kvalitet.aggregate.model import Row, Table
from kvalitet.aggregate.risk import band_range, risk_band
from kvalitet.render import chartstyle, risk_matrix
from kvalitet.render.charts import text_color_on


def matrix() -> Table:
    levels = (1, 2, 3, 4)
    return Table(
        id="x-riskmatris-2026",
        title="Avvikelser: riskmatris, 2026",
        row_heading="Allvarlighetsgrad",
        columns=tuple(f"Sannolikhet {c}" for c in levels),
        rows=tuple(
            Row(str(s), f"Allvarlighetsgrad {s}", (9 if s == 2 else 0, 0, 1, 2)) for s in reversed(levels)
        ),
        total=None,
    )


def test_bands_follow_the_risk_limit() -> None:
    assert [risk_band(value, 8) for value in (1, 4, 5, 8, 9, 16)] == [
        "låg",
        "låg",
        "måttlig",
        "måttlig",
        "hög",
        "hög",
    ]
    assert [band_range(band, 8) for band in ("låg", "måttlig", "hög")] == [(1, 4), (5, 8), (9, 16)]


def test_cells_are_coloured_by_risk_not_by_count() -> None:
    """The cell with most cases (2 × 1, riskvärde 2) is light; 4 × 4 is dark, with one case or none."""
    figure = risk_matrix.risk_heatmap(matrix(), 8)
    z = figure["data"][0]["z"]
    assert z[0] == [0, 1, 2, 2]  # allvarlighetsgrad 4: riskvärde 4, 8, 12, 16
    assert z[2] == [0, 0, 1, 1]  # allvarlighetsgrad 2: 2, 4, 6, 8 (8 is within the limit)
    assert matrix().rows[2].values[0] == 9  # the most cases, in a light cell


def test_cells_above_the_limit_are_outlined_and_counts_contrast() -> None:
    figure = risk_matrix.risk_heatmap(matrix(), 8)
    above = sum(1 for s in (1, 2, 3, 4) for c in (1, 2, 3, 4) if s * c > 8)
    assert len(figure["layout"]["shapes"]) == above == 4
    assert all(shape["line"]["width"] == risk_matrix.OUTLINE_WIDTH for shape in figure["layout"]["shapes"])
    for note in figure["layout"]["annotations"]:
        assert any(
            chartstyle.contrast_ratio(note["font"]["color"], color) >= 4.5
            and note["font"]["color"] == text_color_on(color)
            for color in risk_matrix.BAND_COLORS.values()
        )


def test_the_matrix_has_a_visible_title_with_its_period_and_a_legend() -> None:
    figure = risk_matrix.risk_heatmap(matrix(), 8)
    assert figure["layout"]["title"]["text"] == "Avvikelser: riskmatris, 2026"
    names = [trace["name"].replace("<br>", " ") for trace in figure["data"][1:]]
    assert names == [
        "Låg risk (riskvärde 1–4)",
        "Måttlig risk (5–8)",
        "Över riskgränsen (9–16): ska utredas",
    ]
