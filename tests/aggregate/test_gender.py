"""Kön per group and year, with small counts and the counts that would reveal them hidden."""

from __future__ import annotations

from pathlib import Path

from kvalitet.records.reference import Policy
from tests.aggregate.helpers import run, values, write


def test_a_single_person_is_hidden_with_a_complement(records: Path) -> None:
    table = run(records, "2024-12-31").group("avvikelse-sol-lss").gender
    assert table.id == "avvikelse-sol-lss-kon-per-ar"
    assert [(row.key, row.label) for row in table.rows] == [
        ("kvinna", "Kvinnor"),
        ("man", "Män"),
        ("annat", "Annat"),
        ("okänt", "Okänt"),
        ("ej_angivet", "Ej angivet"),
    ]
    # kvinna 1 is hidden; no other non-zero cell, so the first zero goes too.
    assert [row.values for row in table.rows] == [(None,), (None,), (0,), (0,), (0,)]
    assert table.total is not None and table.total.values == (1,)
    assert "under 5" in table.notes[0]


def test_counts_from_min_cell_are_shown(records: Path) -> None:
    for number in range(2, 7):
        write(records, "avvikelse", number, "2024-05-02", kön="kvinna")
    for number in range(7, 13):
        write(records, "avvikelse", number, "2024-05-02", kön="man")
    write(records, "avvikelse", 13, "2024-05-02", kön="annat")
    table = run(records, "2024-12-31").group("avvikelse-sol-lss").gender
    # kvinna 6, man 6, annat 1 (hidden), okänt 0, ej angivet 0: annat takes the smaller of the sixes.
    assert [row.values[0] for row in table.rows] == [None, 6, None, 0, 0]


def test_the_policy_sets_the_smallest_shown_count(records: Path) -> None:
    table = run(records, "2024-12-31", Policy(min_cell=1)).group("avvikelse-sol-lss").gender
    assert values(table, "kvinna") == (1,)
    assert "under 1" in table.notes[0]
