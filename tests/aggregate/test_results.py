"""The containers: a group's tables in page order, lookups, the overview item, the JSON's top level."""

from __future__ import annotations

from pathlib import Path

import pytest

from kvalitet.aggregate.results import OverviewItem
from kvalitet.records.cases import GROUPS
from tests.aggregate.helpers import run


def test_a_group_lists_its_tables_in_page_order(records: Path) -> None:
    group = run(records, "2024-12-31").group("klagomål")
    assert [table.id for table in group.tables()] == [
        "klagomal-antal-per-ar",
        "klagomal-kategorier-per-ar",
        "klagomal-enheter-per-ar",
        "klagomal-avdelningar-per-ar",
        "klagomal-status-per-ar",
        "klagomal-handlaggningstid-per-ar",
        "klagomal-aterkoppling-per-ar",
        "klagomal-aterkoppling-andel-per-ar",
        "klagomal-kon-per-ar",
    ]
    assert group.table("klagomal-kon-per-ar") is group.gender
    with pytest.raises(KeyError):
        group.table("okand")


NONE: dict[str, object] = {"provisions": {}}


def test_everything_together(records: Path) -> None:
    result = run(records, "2024-12-31")
    assert [group.group for group in result.groups] == list(GROUPS)
    with pytest.raises(KeyError):
        result.group("avvikelse")
    tables = result.tables()
    assert tables[:3] == result.overview.tables
    assert tables[-1] is result.units[-1].table
    assert result.combined_feedback in tables
    data = result.to_json()
    assert list(data) == [
        "format_version",
        "municipality",
        "board",
        "administration",
        "as_of",
        "years",
        "policy",
        "overview",
        "groups",
        "combined_feedback",
        "combined_feedback_same_period",
        "units",
    ]
    assert data["as_of"] == "2024-12-31"
    assert data["municipality"] == "Provby kommun"
    assert data["policy"] == {
        "risk_limit": 8,
        "min_cell": 5,
        "follow_up_days": 90,
        "chart": "c",
        "baseline_months": 24,
        "risk_limits": [{"value": 8, "start": None, "end": None}],
        "follow_up_periods": [{"value": 90, "start": None, "end": None}],
        "laws": {
            "SoL": [
                {
                    "name": "Socialtjänstlagen (2001:453)",
                    "start": None,
                    "end": "2025-06-30",
                    "provisions": {},
                },
                {
                    "name": "Socialtjänstlagen (2025:400)",
                    "start": "2025-07-01",
                    "end": None,
                    "provisions": {},
                },
            ]
        },
    }


def test_overview_item_difference() -> None:
    item = OverviewItem("lex_maja", "Lex Maja", 2, 5, 1, 0, 0)
    assert item.difference == -3
    assert item.to_json()["difference"] == -3
