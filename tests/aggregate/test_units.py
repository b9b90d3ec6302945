"""Counts per enhet and avdelning, "Ej riktat till specifik enhet", ended units, the per-unit page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kvalitet.aggregate.units import unique_slugs
from tests.aggregate.helpers import row_sums, run, values, write


def test_units_are_grouped_by_department_and_ended_units_keep_their_years(records: Path) -> None:
    write(records, "avvikelse", 1, "2023-05-02", enhet="barn-och-unga")
    write(records, "avvikelse", 2, "2023-06-02", enhet="gruppbostad-linden")
    table = run(records, "2024-12-31").group("avvikelse-sol-lss").units
    assert table.id == "avvikelse-sol-lss-enheter-per-ar"
    assert [(row.key, row.values, row.section) for row in table.rows] == [
        ("barn-och-unga", (1, 0), "Avdelning barn och familj"),
        ("barn-och-unga-1", (0, 1), "Avdelning barn och familj"),
        ("gruppbostad-linden", (1, 0), "Avdelning funktionsstöd"),
    ]
    assert table.total is not None and list(table.total.values) == row_sums(table) == [2, 1]
    assert "Barn och unga (till och med 31 december 2023)" in table.notes[0]
    assert "Barn och unga 1 (från och med 1 januari 2024)" in table.notes[0]


def test_departments_sum_their_units(records: Path) -> None:
    write(records, "avvikelse", 2, "2024-05-02", enhet="stöd-och-försörjning")
    table = run(records, "2024-12-31").group("avvikelse-sol-lss").departments
    assert [(row.key, row.label, row.values) for row in table.rows] == [
        ("avdelning-barn-och-familj", "Avdelning barn och familj", (1,)),
        ("avdelning-vuxen", "Avdelning vuxen", (1,)),
    ]


def test_feedback_without_a_unit_gets_its_own_row(records: Path) -> None:
    result = run(records, "2024-12-31")
    synpunkt = result.group("synpunkt")
    assert values(synpunkt.units, "ej_riktat") == (1,)
    assert synpunkt.units.row("ej_riktat").label == "Ej riktat till specifik enhet"
    assert values(synpunkt.departments, "ej_riktat") == (1,)
    klagomal = result.group("klagomål")
    assert values(klagomal.units, "ej_riktat") == (0,)
    assert values(klagomal.units, "vuxna") == (1,)
    assert all(row.key != "ej_riktat" for row in result.group("lex_maja").units.rows)


def test_every_unit_gets_a_page_with_every_group(records: Path) -> None:
    write(records, "avvikelse", 1, "2023-05-02", enhet="barn-och-unga")
    result = run(records, "2024-12-31")
    assert [unit.id for unit in result.units] == [
        "barn-och-unga",
        "barn-och-unga-1",
        "vuxna",
        "stöd-och-försörjning",
        "gruppbostad-linden",
    ]
    ended = result.units[0]
    assert (ended.name, ended.department, ended.start) == ("Barn och unga", "Avdelning barn och familj", None)
    assert ended.end == dt.date(2023, 12, 31)
    assert ended.table.id == "enhet-barn-och-unga-per-ar"
    assert values(ended.table, "avvikelse-sol-lss") == (1, 0)
    assert len(ended.table.rows) == 9
    vuxna = next(unit for unit in result.units if unit.id == "vuxna")
    assert vuxna.table.id == "enhet-vuxna-per-ar"
    assert values(vuxna.table, "klagomål") == (0, 1)
    assert values(vuxna.table, "lex_maja") == (0, None)  # a kind that counts people: 1 is hidden
    assert vuxna.table.total is not None and vuxna.table.total.values == (0, 2)
    stod = next(unit for unit in result.units if unit.id == "stöd-och-försörjning")
    assert stod.table.id == "enhet-stod-och-forsorjning-per-ar"


def test_unit_slugs_are_unique() -> None:
    assert unique_slugs(["öst", "ost", "ost-2", "Ö"]) == {
        "öst": "ost",
        "ost": "ost-2",
        "ost-2": "ost-2-2",
        "Ö": "o",
    }
