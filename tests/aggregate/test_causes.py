"""The causes (orsaker) of each group's cases per year, with the year's cases as denominator, and
suppressed like the unit tables for the kinds that count people."""

from __future__ import annotations

from pathlib import Path

from tests.aggregate.helpers import run, values, write


def test_causes_per_year_with_the_cases_as_total(records: Path) -> None:
    write(records, "avvikelse", 2, "2024-05-02", orsaker=["stress", "mänskliga-faktorn"])
    write(records, "avvikelse", 3, "2024-06-02", orsaker=["stress"])
    write(records, "avvikelse", 1, "2023-06-02", orsaker=["verksamhetssystemet"])
    group = run(records, "2024-12-31").group("avvikelse-sol-lss")
    table = group.causes
    assert table is not None and table.id == "avvikelse-sol-lss-orsaker-per-ar"
    assert table.title == "Avvikelser enligt SoL och LSS: orsaker"
    # In the list's order, only the causes used, then the cases without a cause (the base case).
    assert [(row.key, row.label, row.values) for row in table.rows] == [
        ("mänskliga-faktorn", "Mänskliga faktorn", (0, 1)),
        ("stress", "Stress och hög arbetsbelastning", (0, 2)),
        ("verksamhetssystemet", "Fel i verksamhetssystemet", (1, 0)),
        ("ej_angiven", "Ingen orsak angiven", (0, 1)),
    ]
    assert table.total is not None and table.total.values == (1, 3)
    assert table.notes[1] == (
        "Ett ärende kan ha mer än en orsak. Därför kan raderna tillsammans bli fler än antalet ärenden."
    )
    assert table in group.tables()


def test_no_cause_table_when_no_case_names_one(records: Path) -> None:
    result = run(records, "2024-12-31")
    assert all(group.causes is None for group in result.groups)


def test_causes_of_a_kind_that_counts_people_are_suppressed(records: Path) -> None:
    for number in range(2, 9):
        write(records, "personuppgiftsincident", number, "2024-05-02", orsaker=["mänskliga-faktorn"])
    write(records, "personuppgiftsincident", 9, "2024-05-03", orsaker=["stress"])
    write(records, "avvikelse", 2, "2024-05-02", orsaker=["stress"])
    result = run(records, "2024-12-31")
    table = result.group("personuppgiftsincident").causes
    assert table is not None
    # 7 + 1 + 1 (the base case without a cause) = 9: the two cells of 1 are hidden; neither can be
    # computed from the total, since two are unknown.
    assert values(table, "mänskliga-faktorn") == (7,)
    assert values(table, "stress") == (None,) and values(table, "ej_angiven") == (None,)
    assert table.total is not None and table.total.values == (9,)
    # Avvikelser count no people: a cause of 1 is shown.
    shown = result.group("avvikelse-sol-lss").causes
    assert shown is not None and values(shown, "stress") == (1,)
