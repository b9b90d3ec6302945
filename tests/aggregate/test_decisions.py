"""Ej verkställda beslut: lagrum, insats, skäl (several per decision) and IVO's waiting-time bands."""

from __future__ import annotations

from pathlib import Path

import pytest

from kvalitet.aggregate.decisions import band
from tests.aggregate.helpers import run, values, write


@pytest.mark.parametrize(
    ("days", "key"),
    [
        (0, "under_3_månader"),
        (90, "under_3_månader"),
        (91, "3_6_månader"),
        (182, "3_6_månader"),
        (183, "6_12_månader"),
        (365, "6_12_månader"),
        (366, "över_12_månader"),
        (5000, "över_12_månader"),
    ],
)
def test_bands(days: int, key: str) -> None:
    assert band(days) == key


def test_waiting_runs_to_verkstalld_or_to_the_cut_off(records: Path) -> None:
    # EVB-2024-0001: beslut 2023-12-20, verkställd 2024-09-15: 270 days.
    def waiting(as_of: str) -> tuple[int | float | None, ...]:
        table = (
            run(records, as_of).group("ej_verkställt_beslut").table("ej-verkstallt-beslut-vantetid-per-ar")
        )
        return tuple(row.values[0] for row in table.rows)

    assert waiting("2024-12-31") == (0, 0, 1, 0)  # 270 days
    assert waiting("2024-05-01") == (0, 1, 0, 0)  # 133 days, not yet verkställd
    assert waiting("2024-06-19") == (0, 1, 0, 0)  # 182 days
    assert waiting("2024-06-20") == (0, 0, 1, 0)  # 183 days


def test_a_decision_closed_without_verkstallighet_waits_until_closed(records: Path) -> None:
    write(records, "ej_verkställt_beslut", 2, "2024-04-01", beslutsdatum="2024-01-02", avslutad="2024-04-15")
    table = (
        run(records, "2026-01-01").group("ej_verkställt_beslut").table("ej-verkstallt-beslut-vantetid-per-ar")
    )
    assert values(table, "3_6_månader") == (1, 0, 0)  # 104 days, not 730
    assert table.row("över_12_månader").label == "Mer än 12 månader"


def test_law_insats_and_several_reasons(records: Path) -> None:
    write(
        records,
        "ej_verkställt_beslut",
        2,
        "2024-04-01",
        skäl=["brist-på-uppdragstagare", "den-enskilde-tackat-nej"],
    )
    group = run(records, "2024-12-31").group("ej_verkställt_beslut")
    law = group.table("ej-verkstallt-beslut-lagrum-per-ar")
    assert values(law, "SoL") == (1,) and values(law, "LSS") == (1,)
    insats = group.table("ej-verkstallt-beslut-insats-per-ar")
    assert [(row.key, row.label, row.values) for row in insats.rows] == [
        ("kontaktfamilj", "Kontaktfamilj (SoL)", (1,)),
        ("daglig-verksamhet", "Daglig verksamhet (LSS)", (1,)),
    ]
    reasons = group.table("ej-verkstallt-beslut-skal-per-ar")
    assert values(reasons, "brist-på-uppdragstagare") == (2,)
    assert values(reasons, "den-enskilde-tackat-nej") == (1,)
    assert reasons.total is not None and reasons.total.values == (2,)
    assert "År 2024: antal beslut 2, antal skäl sammanlagt 3." in reasons.notes[0]
