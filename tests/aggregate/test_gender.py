"""Kön per group and year: annat, okänt and ej angivet merged, small counts and the counts that would
reveal them hidden."""

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
        ("annat_okant_ej_angivet", "Annat, okänt eller ej angivet"),
    ]
    # kvinna 1 is hidden; no other non-zero cell, so a zero goes too (the first by key).
    assert [row.values for row in table.rows] == [(None,), (0,), (None,)]
    assert table.total is not None and table.total.values == (1,)
    assert "under 5" in table.notes[0]


def test_counts_from_min_cell_are_shown(records: Path) -> None:
    for number in range(2, 7):
        write(records, "avvikelse", number, "2024-05-02", kön="kvinna")
    for number in range(7, 13):
        write(records, "avvikelse", number, "2024-05-02", kön="man")
    write(records, "avvikelse", 13, "2024-05-02", kön="annat")
    table = run(records, "2024-12-31").group("avvikelse-sol-lss").gender
    # kvinna 6, man 6, the rest 1 (hidden): it takes the first of the sixes with it.
    assert [row.values[0] for row in table.rows] == [None, 6, None]


def test_annat_okant_and_ej_angivet_are_one_row(records: Path) -> None:
    for number, gender in enumerate(("kvinna",) * 5 + ("man",) * 6 + ("annat", "okänt"), start=2):
        write(records, "avvikelse", number, "2024-05-02", kön=gender)
    write(records, "avvikelse", 20, "2024-05-02", kön=None)
    table = run(records, "2024-12-31").group("avvikelse-sol-lss").gender
    # kvinna 6, man 6, annat 1 + okänt 1 + ej angivet 1 = 3: still under 5, so hidden with a six.
    assert [row.values[0] for row in table.rows] == [None, 6, None]
    write(records, "avvikelse", 21, "2024-05-03", kön="okänt")
    write(records, "avvikelse", 22, "2024-05-03", kön=None)
    table = run(records, "2024-12-31").group("avvikelse-sol-lss").gender
    assert [row.values[0] for row in table.rows] == [6, 6, 5]


def test_the_policy_sets_the_smallest_shown_count(records: Path) -> None:
    table = run(records, "2024-12-31", Policy(min_cell=1)).group("avvikelse-sol-lss").gender
    assert values(table, "kvinna") == (1,)
    assert "under 1" in table.notes[0]
