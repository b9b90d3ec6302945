"""A year not yet complete: marked in every table by year, and compared only with the same part of
earlier years, never with a whole year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kvalitet.aggregate.context import SAME_PERIOD
from kvalitet.render import charts
from kvalitet.render.findings import category_finding, count_finding
from kvalitet.render.tables import table_csv, table_html
from kvalitet.swedish import months_so_far, part_year
from tests.aggregate.helpers import run, values, write


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2026-10-31", "jan–okt 2026"),
        ("2026-01-31", "jan 2026"),
        ("2026-02-28", "jan–feb 2026"),
        ("2026-10-15", "1 jan–15 okt 2026"),
        ("2026-12-31", "2026"),
    ],
)
def test_the_part_of_a_year_is_named_by_its_months(day: str, expected: str) -> None:
    assert part_year(dt.date.fromisoformat(day)) == expected


def test_months_so_far_leave_the_year_out() -> None:
    assert months_so_far(dt.date(2026, 10, 31)) == "jan–okt"
    assert months_so_far(dt.date(2026, 3, 9)) == "1 jan–9 mars"


def _two_years(records: Path) -> None:
    # 2024 (tests/cases/base has an avvikelse of 18 March): two more before the end of October, one after.
    write(records, "avvikelse", 2, "2024-10-31", kategorier=["tidsbrist"])
    write(records, "avvikelse", 3, "2024-11-01", kategorier=["tidsbrist"])
    write(records, "avvikelse", 4, "2024-12-30", kategorier=["informationsöverföring"])
    # 2025 to the cut-off of 31 October: three.
    write(records, "avvikelse", 1, "2025-01-02", kategorier=["tidsbrist"])
    write(records, "avvikelse", 2, "2025-06-30", kategorier=["tidsbrist"])
    write(records, "avvikelse", 3, "2025-10-31", kategorier=["informationsöverföring"])


def test_the_counts_of_an_incomplete_year_carry_the_same_period_of_every_year(records: Path) -> None:
    _two_years(records)
    table = run(records, "2025-10-31").group("avvikelse-sol-lss").counts
    assert table.columns == ("2024", "2025")
    assert table.partial == "jan–okt 2025"
    assert table.headings == ("2024", "jan–okt 2025")
    assert values(table, "antal") == (4, 3)
    assert values(table, SAME_PERIOD) == (2, 3)
    assert [row.label for row in table.rows] == ["Hela året", "jan–okt varje år"]
    assert count_finding(table, dt.date(2025, 10, 31), dt.date(2024, 1, 1)) == (
        "Jan–okt 2025: 3. Samma period 2024: 2 (hela 2024: 4)."
    )


def test_a_whole_year_has_no_mark_and_no_same_period_row(records: Path) -> None:
    _two_years(records)
    table = run(records, "2025-12-31").group("avvikelse-sol-lss").counts
    assert table.partial == ""
    assert table.headings == table.columns == ("2024", "2025")
    assert [row.key for row in table.rows] == ["antal"]
    assert table.to_json()["partial"] is None


def test_the_part_year_heading_reaches_html_csv_and_the_chart(records: Path) -> None:
    _two_years(records)
    table = run(records, "2025-10-31").group("avvikelse-sol-lss").counts
    assert '<th scope="col" role="columnheader">jan–okt 2025</th>' in table_html(table)
    assert table_csv(table).decode("utf-8-sig").splitlines()[0].endswith(";2024;jan–okt 2025")
    figure = charts.year_bars(table)
    whole, same = figure["data"]
    assert whole["x"] == ["2024", "jan–okt 2025"]
    assert whole["marker"]["opacity"] == [1.0, charts.PARTIAL_OPACITY]
    assert whole["marker"]["pattern"]["shape"] == ["", charts.PARTIAL_PATTERN]
    assert "opacity" not in same["marker"]  # the same period of each year is comparable as it is


def test_categories_of_a_part_year_are_compared_with_the_same_part_of_the_year_before(records: Path) -> None:
    _two_years(records)
    group = run(records, "2025-10-31").group("avvikelse-sol-lss")
    full, same = group.categories, group.categories_same_period
    assert full is not None and same is not None
    assert same.id == "avvikelse-sol-lss-kategorier-samma-period"
    assert same.columns == ("jan–okt 2024", "jan–okt 2025")
    assert same.title == "Avvikelser enligt SoL och LSS: kategorier jan–okt 2024 och jan–okt 2025"
    assert values(same, "tidsbrist") == (1, 2)
    assert values(same, "informationsöverföring") == (1, 1)  # the base case of 18 March 2024
    assert same.total is not None and same.total.values == (2, 3)
    assert category_finding(same) == "Vanligast jan–okt 2025: Tidsbrist (2)."
    assert [row.key for row in same.rows] == [row.key for row in full.rows]
    with pytest.raises(ValueError, match="part-year"):
        charts.latest_years_bars(full)
    assert [trace["name"] for trace in charts.latest_years_bars(same)["data"]] == list(same.columns)


def test_a_whole_year_has_no_same_period_categories(records: Path) -> None:
    _two_years(records)
    result = run(records, "2025-12-31")
    assert result.group("avvikelse-sol-lss").categories_same_period is None
    assert result.combined_feedback_same_period is None


def test_unit_pages_get_the_same_period_per_year(records: Path) -> None:
    _two_years(records)
    units = {unit.id: unit for unit in run(records, "2025-10-31").units}
    adults = units["vuxna"]
    assert adults.table.total is not None
    whole_2024, part_2025 = adults.table.total.values[-2:]
    # The avvikelser of 1 November and 30 December 2024 fall outside jan–okt.
    assert adults.same_period[-2:] == (int(whole_2024 or 0) - 2, part_2025)
    assert adults.table.partial == "jan–okt 2025"
    assert all(not unit.same_period for unit in run(records, "2025-12-31").units)
