"""Cases per law in force on their registrerad date (aggregate/laws.py)."""

from __future__ import annotations

from pathlib import Path

from tests.aggregate.helpers import run, write


def test_a_year_with_a_new_law_splits_its_cases_before_and_after(records: Path) -> None:
    write(records, "avvikelse", 1, "2025-06-30")
    write(records, "avvikelse", 2, "2025-07-01")
    write(records, "avvikelse", 3, "2025-08-01", lagrum="LSS")
    group = run(records, "2025-12-31").group("avvikelse-sol-lss")
    table = group.table("avvikelse-sol-lss-lag-per-ar")
    assert table.title == "Avvikelser enligt SoL och LSS: efter lagen som gällde när ärendet registrerades"
    assert [(row.key, row.label, row.values) for row in table.rows] == [
        ("socialtjanstlagen-2001-453", "Socialtjänstlagen (2001:453)", (1, 1)),  # AVV-2024-0001 in base
        ("socialtjanstlagen-2025-400", "Socialtjänstlagen (2025:400)", (0, 1)),
        ("lss", "LSS", (0, 1)),  # LSS has no name in tests/cases/base/kvalitet.yaml
    ]
    assert table.total is not None and table.total.values == (1, 3)


def test_lex_sarah_is_split_by_the_socialtjanstlag_in_force_without_claiming_it(records: Path) -> None:
    write(records, "lex_sarah", 2, "2025-09-01")
    table = run(records, "2025-12-31").group("lex_sarah").table("lex-sarah-lag-per-ar")
    assert [(row.label, row.values) for row in table.rows] == [
        ("Registrerade medan Socialtjänstlagen (2001:453) gällde", (1, 0)),
        ("Registrerade medan Socialtjänstlagen (2025:400) gällde", (0, 1)),
    ]
    assert "inget eget lagrum" in table.notes[1]


def test_kinds_without_a_law_have_no_law_table(records: Path) -> None:
    result = run(records, "2024-12-31")
    assert not any(table.id.endswith("-lag-per-ar") for table in result.group("klagomål").specific)
    assert not any(
        table.id.endswith("-lag-per-ar") for table in result.group("personuppgiftsincident").specific
    )
