"""The three-month date and the IVO quarters of an ej verkställt beslut."""

from __future__ import annotations

import datetime as dt

import pytest

from kvalitet.records.decision_dates import Quarter, add_months, decision_dates, reported_quarters


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2024, 1, 15), dt.date(2024, 4, 15)),
        (dt.date(2023, 11, 30), dt.date(2024, 2, 29)),  # a leap year's February
        (dt.date(2022, 11, 30), dt.date(2023, 2, 28)),
        (dt.date(2024, 10, 31), dt.date(2025, 1, 31)),
        (dt.date(2024, 3, 31), dt.date(2024, 6, 30)),
    ],
)
def test_three_months_is_the_same_day_or_the_end_of_a_shorter_month(day: dt.date, expected: dt.date) -> None:
    assert add_months(day, 3) == expected


def test_quarter_reads_and_writes_the_record_form() -> None:
    quarter = Quarter.parse("2024-Q4")
    assert quarter == Quarter(2024, 4)
    assert (quarter.start, quarter.end, str(quarter.next())) == (
        dt.date(2024, 10, 1),
        dt.date(2024, 12, 31),
        "2025-Q1",
    )
    assert Quarter.parse("2024-Q5") is None
    assert Quarter.of(dt.date(2024, 5, 2)) == Quarter(2024, 2)


def test_an_open_decision_is_due_every_closed_quarter_from_its_three_months() -> None:
    dates = decision_dates({"beslutsdatum": "2024-01-15", "status": "åtgärder_pågår"})
    assert dates is not None
    assert dates.three_months == dt.date(2024, 4, 15)
    assert [str(q) for q in dates.due_quarters(dt.date(2024, 12, 31))] == ["2024-Q2", "2024-Q3"]
    assert [str(q) for q in dates.due_quarters(dt.date(2025, 1, 1))] == ["2024-Q2", "2024-Q3", "2024-Q4"]


def test_a_decision_is_due_until_the_quarter_it_is_verkstallt_in() -> None:
    dates = decision_dates({"beslutsdatum": "2024-02-01", "verkställd": "2024-08-10"})
    assert dates is not None and dates.end == dt.date(2024, 8, 10)
    assert [str(q) for q in dates.due_quarters(dt.date(2026, 1, 1))] == ["2024-Q2", "2024-Q3"]
    assert not dates.due(Quarter(2024, 4))


def test_closed_without_verkstallighet_is_due_until_it_was_closed() -> None:
    dates = decision_dates({"beslutsdatum": "2024-02-01", "status": "avslutad", "avslutad": "2024-10-02"})
    assert dates is not None
    assert [str(q) for q in dates.due_quarters(dt.date(2026, 1, 1))] == ["2024-Q2", "2024-Q3", "2024-Q4"]


def test_an_interruption_counts_three_months_from_the_interruption() -> None:
    data = {"beslutsdatum": "2023-10-02", "avbrott": "2024-02-15", "återupptagen": "2024-07-01"}
    dates = decision_dates(data)
    assert dates is not None and dates.interrupted
    assert (dates.start, dates.three_months, dates.end) == (
        dt.date(2024, 2, 15),
        dt.date(2024, 5, 15),
        dt.date(2024, 7, 1),
    )
    assert [str(q) for q in dates.due_quarters(dt.date(2026, 1, 1))] == ["2024-Q2", "2024-Q3"]


def test_no_dates_without_a_readable_decision_date() -> None:
    assert decision_dates({"beslutsdatum": "2024-13-01"}) is None
    assert reported_quarters({"rapporterad_ivo": ["2024-Q1", "2024-Q9", 3]}) == [Quarter(2024, 1)]
