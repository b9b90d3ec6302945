"""The Översikt page: the year so far against the same period last year, open and overdue cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kvalitet.aggregate.overview import same_day_year_before
from tests.aggregate.helpers import run, values, write


def test_same_day_a_year_before() -> None:
    assert same_day_year_before(dt.date(2024, 2, 29)) == dt.date(2023, 2, 28)
    assert same_day_year_before(dt.date(2024, 10, 31)) == dt.date(2023, 10, 31)


def test_the_year_so_far_against_the_same_period_last_year(records: Path) -> None:
    write(records, "avvikelse", 1, "2023-01-01")
    write(records, "avvikelse", 2, "2023-11-01")
    write(records, "avvikelse", 3, "2023-06-30")
    result = run(records, "2024-06-30")
    item = next(item for item in result.overview.items if item.group == "avvikelse-sol-lss")
    assert (item.year_to_date, item.previous_to_date, item.difference) == (1, 2, -1)
    assert result.overview.period == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    assert result.overview.previous_period == (dt.date(2023, 1, 1), dt.date(2023, 6, 30))
    table = next(table for table in result.overview.tables if table.id == "oversikt-hittills-i-ar")
    assert table.columns == ("2023, samma period", "2024", "Skillnad")
    assert values(table, "avvikelse-sol-lss") == (2, 1, -1)
    assert table.total is not None and table.total.values == (2, 6, 4)


def test_a_full_year_equals_the_counts_per_year(records: Path) -> None:
    write(records, "avvikelse", 1, "2023-01-01")
    result = run(records, "2024-12-31")
    for item in result.overview.items:
        counts = result.group(item.group).counts.rows[0].values
        assert (item.previous_to_date, item.year_to_date) == counts


def test_open_and_overdue_cases(records: Path) -> None:
    write(records, "synpunkt", 2, "2024-12-01")
    result = run(records, "2024-12-31")
    table = next(table for table in result.overview.tables if table.id == "oversikt-oppna-arenden")
    assert table.columns == ("Öppna", "Öppna mer än 90 dagar", "Åtgärder inte uppföljda inom 90 dagar")
    # SYN-2024-0001 (06-11) is overdue, SYN-2024-0002 (12-01) is not.
    assert values(table, "synpunkt") == (2, 1, 0)
    assert values(table, "personuppgiftsincident") == (1, 1, 0)
    # AVV-2024-0001: the action done 04-02 is not followed up.
    assert values(table, "avvikelse-sol-lss") == (0, 0, 1)


def test_actions_are_overdue_only_after_the_follow_up_days(records: Path) -> None:
    def actions(as_of: str) -> int:
        item = next(item for item in run(records, as_of).overview.items if item.group == "avvikelse-sol-lss")
        return item.actions_not_followed_up

    assert actions("2024-07-01") == 0  # 90 days after klar 04-02
    assert actions("2024-07-02") == 1
    write(
        records,
        "avvikelse",
        2,
        "2024-01-10",
        avslutad="2024-02-01",
        åtgärder=[
            {
                "beskrivning": "Rutinen gicks igenom.",
                "nivå": "enhet",
                "klar": "2024-01-20",
                "uppföljd": "2024-08-01",
            }
        ],
    )
    assert actions("2024-07-02") == 2  # followed up only after the cut-off
    assert actions("2024-08-01") == 1


def test_actions_done_more_than_a_year_ago_are_no_longer_overdue(records: Path) -> None:
    def actions(as_of: str) -> int:
        item = next(item for item in run(records, as_of).overview.items if item.group == "avvikelse-sol-lss")
        return item.actions_not_followed_up

    # AVV-2024-0001: the action done 2024-04-02 is not followed up.
    assert actions("2025-04-02") == 1  # 365 days after klar: still counted
    assert actions("2025-04-03") == 0  # older than a year: a backlog, not a to-do
