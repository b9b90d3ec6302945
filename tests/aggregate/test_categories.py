"""Category × year tables: one row per category, totals that count cases, notes on several categories
and on replaced categories, and klagomål and synpunkter merged."""

from __future__ import annotations

from pathlib import Path

from tests.aggregate.helpers import row_sums, run, values, write


def test_a_case_with_two_categories_counts_in_both_rows_and_once_in_the_total(records: Path) -> None:
    table = run(records, "2024-12-31").group("avvikelse-sol-lss").categories
    assert table is not None
    assert table.id == "avvikelse-sol-lss-kategorier-per-ar"
    assert [row.key for row in table.rows] == ["informationsöverföring", "rättssäkerhet"]
    assert table.total is not None and table.total.values == (1,)
    assert row_sums(table) == [2]
    assert "År 2024: antal ärenden 1, antal kategorier sammanlagt 2." in table.notes[0]


def test_a_replaced_category_keeps_its_row_and_the_note_names_the_replacement(records: Path) -> None:
    write(records, "avvikelse", 1, "2023-05-02", kategorier=["handläggning"])
    write(records, "avvikelse", 2, "2024-05-02", kategorier=["tidsbrist"])
    table = run(records, "2024-12-31").group("avvikelse-sol-lss").categories
    assert table is not None
    assert table.columns == ("2023", "2024")
    assert values(table, "handläggning") == (1, 0)
    assert values(table, "rättssäkerhet") == (0, 1)
    assert table.row("handläggning").label == "Brist i handläggning"
    note = next(note for note in table.notes if "ersätter" in note)
    assert "Rättssäkerhet vid handläggning" in note and "Brist i handläggning" in note
    assert "från och med 1 januari 2024" in note


def test_rows_follow_the_reference_order_and_sum_to_the_total_with_one_category_each(records: Path) -> None:
    write(records, "klagomål", 2, "2024-03-01", kategorier=["information"])
    write(records, "klagomål", 3, "2024-04-01", kategorier=["bemötande"])
    table = run(records, "2024-12-31").group("klagomål").categories
    assert table is not None
    assert [(row.key, row.label, row.values) for row in table.rows] == [
        ("bemötande", "Bemötande", (2,)),
        ("information", "Information", (1,)),
    ]
    assert table.total is not None and list(table.total.values) == row_sums(table) == [3]
    assert not any("mer än en kategori" in note for note in table.notes)


def test_klagomal_and_synpunkter_are_merged_by_category_id(records: Path) -> None:
    write(records, "synpunkt", 2, "2024-03-01", kategorier=["bemötande"])
    write(records, "synpunkt", 3, "2023-03-01", kategorier=["bemötande", "beröm"])
    result = run(records, "2024-12-31")
    table = result.combined_feedback
    assert table.id == "klagomal-och-synpunkter-kategorier-per-ar"
    assert [(row.key, row.values) for row in table.rows] == [("bemötande", (1, 2)), ("beröm", (1, 1))]
    assert table.total is not None and table.total.values == (1, 3)
    assert any("2024: antal ärenden 3, antal kategorier sammanlagt 3" in note for note in table.notes)


def test_groups_without_categories_have_no_category_table(records: Path) -> None:
    result = run(records, "2024-12-31")
    assert result.group("lex_maja").categories is None
    assert result.group("ej_verkställt_beslut").categories is None
    assert result.group("lex_sarah").categories is not None
