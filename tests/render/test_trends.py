"""The Trender page's words and tables: the numbered changes, and every point's signal in the table."""

from __future__ import annotations

from kvalitet.render.trends_page import changes_text, series_table
from tests.aggregate.spc_helpers import counts_series


def test_the_changes_are_listed_in_words_under_the_chart() -> None:
    parted = counts_series([10, 14] * 9 + [20, 24] * 6, changes=[(18, "Ny rutin <b>för</b> rapporter")])
    assert changes_text(parted) == (
        "Dokumenterade förändringar (numrerade i diagrammet): 1. Från 1 juli 2024: Ny rutin <b>för</b> "
        "rapporter."  # escaped by the page writer's paragraph, as every text from the records
    )


def test_the_table_carries_centre_line_limits_and_signals() -> None:
    rise = counts_series([14, 10] * 9 + [20] * 9, freeze=18)
    table = series_table(rise)
    assert table.columns == ("Antal", "Medellinje", "Nedre gräns", "Övre gräns")
    first, last = table.rows[0], table.rows[-1]
    assert first.label == "januari 2023" and first.values == (14.0, 12.0, 1.6, 22.4)
    assert last.label == (
        "mars 2025 (Högre än vanligt: del av en ovanligt lång serie på samma sida om medellinjen)"
    )
