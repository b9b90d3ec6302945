"""Unit series on today's organisation (old units mapped forward) and "–" for years in which a unit,
avdelning or category did not exist."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from kvalitet.aggregate.cells import model
from kvalitet.aggregate.context import slug
from kvalitet.aggregate.lineage import feed, hide, today_id
from kvalitet.aggregate.secondary import cell, decide
from tests.aggregate.helpers import load, row_sums, run, values, write
from tests.helpers import CASES

HISTORY = CASES / "records" / "valid" / "organisation-history" / "organisation.yaml"


def with_history(records: Path) -> Path:
    """The base records with the organisation of the valid history case: Barn och unga split into
    Barn och unga 1 and 2, Ekonomiskt bistånd and Arbete merged into Stöd och försörjning (2024)."""
    shutil.copyfile(HISTORY, records / "organisation.yaml")
    return records


def test_a_merger_is_mapped_forward_onto_the_unit_that_replaced_them(records: Path) -> None:
    with_history(records)
    write(records, "avvikelse", 1, "2023-03-01", enhet="ekonomiskt-bistånd")
    write(records, "avvikelse", 2, "2023-04-01", enhet="arbete")
    write(records, "avvikelse", 2, "2024-04-01", enhet="stöd-och-försörjning")
    group = run(records, "2024-12-31").group("avvikelse-sol-lss")
    today = group.units_today
    assert today is not None and today.id == "avvikelse-sol-lss-enheter-idag-per-ar"
    assert today.title == "Avvikelser enligt SoL och LSS: per enhet och år, i dagens organisation"
    row = today.row("stöd-och-försörjning")
    assert (row.label, row.values, row.section, row.absent) == (
        "Stöd och försörjning",
        (2, 1),
        "Avdelning stöd och arbete",
        (),
    )
    assert (
        "Raden Stöd och försörjning räknar också ärendena hos Ekonomiskt bistånd och Arbete, som fanns "
        "till och med 31 december 2023 och ersattes av Stöd och försörjning."
    ) in today.notes
    assert today.total is not None and list(today.total.values) == row_sums(today)
    # as it was: each unit its own row, a year it did not exist marked absent
    assert values(group.units, "ekonomiskt-bistånd") == (1, 0)
    assert group.units.row("ekonomiskt-bistånd").absent == (1,)
    assert group.units.row("stöd-och-försörjning").absent == (0,)
    assert "– = enheten fanns inte det året." in group.units.notes


def test_a_split_is_one_row_for_the_successors_together_never_shares(records: Path) -> None:
    with_history(records)
    write(records, "avvikelse", 1, "2023-05-02", enhet="barn-och-unga")
    write(records, "avvikelse", 2, "2024-05-02", enhet="barn-och-unga-2")
    result = run(records, "2024-12-31")
    today = result.group("avvikelse-sol-lss").units_today
    assert today is not None
    row = today.row("barn-och-unga-1_barn-och-unga-2")
    # the base records have one avvikelse at barn-och-unga-1 in 2024
    assert (row.label, row.values) == ("Barn och unga 1 och Barn och unga 2", (1, 2))
    assert (
        "Barn och unga 1 och Barn och unga 2 visas på en rad: till och med 31 december 2023 var de Barn "
        "och unga, och de ärendena kan inte delas upp mellan dem. Tabellen per enhet som organisationen "
        "var visar dem var för sig."
    ) in today.notes
    assert all(row.key not in ("barn-och-unga", "barn-och-unga-1", "barn-och-unga-2") for row in today.rows)
    units = {unit.id: unit for unit in result.units}
    assert units["barn-och-unga"].replaced_by == ("barn-och-unga-1", "barn-och-unga-2")
    assert units["barn-och-unga"].today is None
    assert units["barn-och-unga-1"].replaces == ("barn-och-unga",)
    own = units["barn-och-unga-2"].today
    assert own is not None and own.id == "enhet-barn-och-unga-2-idag-per-ar"
    assert values(own, "avvikelse-sol-lss") == (1, 2)
    assert units["barn-och-unga-2"].line == units["barn-och-unga"].line == row.key


def test_without_replacements_there_is_no_table_of_today(records: Path) -> None:
    result = run(records, "2024-12-31")
    assert all(group.units_today is None for group in result.groups)
    assert all(unit.today is None and unit.line == "" for unit in result.units)


def test_kinds_that_count_people_are_shown_only_as_they_were(records: Path) -> None:
    with_history(records)
    write(records, "lex_sarah", 1, "2023-03-01", enhet="ekonomiskt-bistånd")
    write(records, "lex_sarah", 2, "2024-03-01", enhet="stöd-och-försörjning")
    result = run(records, "2024-12-31")
    assert result.group("lex_sarah").units_today is None
    assert values(result.group("lex_sarah").units, "ekonomiskt-bistånd")[0] is None  # 1 is hidden
    unit = next(unit for unit in result.units if unit.id == "stöd-och-försörjning")
    assert unit.today is not None and unit.today.total is None
    assert "lex_sarah" not in {row.key for row in unit.today.rows}
    assert (
        "Ärendetyper som gäller enskilda personer visas bara som organisationen var, för att skydda "
        "små tal. Därför har tabellen ingen summarad."
    ) in unit.today.notes


def test_a_cell_hidden_as_it_was_is_hidden_on_todays_organisation(records: Path) -> None:
    """The suppression, given the cells: a mapped-forward cell is the sum of the cells it maps, so a
    cell hidden elsewhere (here forced, as a ledger does) hides the line's cell of that year too, when
    it alone makes it up (Arbete, the other unit merged, has no case)."""
    with_history(records)
    write(records, "avvikelse", 1, "2023-03-01", enhet="ekonomiskt-bistånd")
    write(records, "avvikelse", 2, "2023-04-01", enhet="ekonomiskt-bistånd")
    result = run(records, "2024-12-31")
    reference = load(records)[1]
    cells = model(result, frozenset(), lambda unit: slug(reference.units[unit].group))
    feed(cells, result, frozenset())
    was = ("avvikelse-sol-lss-enheter-per-ar", "ekonomiskt-bistånd", "2023")
    now = (today_id("avvikelse-sol-lss"), "stöd-och-försörjning", "2023")
    assert cells.values[now] == 2
    assert any(line.total == now and was in line.cells for line in cells.lines)
    assert ("avvikelse-sol-lss-enheter-per-ar", "ekonomiskt-bistånd", "2024") not in cells.values  # absent
    hidden = decide(cells, 5, {cell(cells, was)})
    assert now in hidden
    shown = hide(result, hidden).group("avvikelse-sol-lss").units_today
    assert shown is not None and values(shown, "stöd-och-försörjning")[0] is None


def test_absent_years_are_null_in_json_and_known_to_the_reader(records: Path) -> None:
    write(records, "avvikelse", 1, "2023-05-02", enhet="barn-och-unga")
    result = run(records, "2024-12-31")
    table = result.group("avvikelse-sol-lss").units
    data: Any = table.to_json()
    rows = {row["key"]: row for row in data["rows"]}
    assert rows["barn-och-unga"]["values"] == [1, None]
    assert rows["barn-och-unga"]["absent"] == [1]
    assert rows["barn-och-unga-1"]["values"] == [None, 1]
    ended = next(unit for unit in result.units if unit.id == "barn-och-unga")
    assert ended.table.total is not None and ended.table.total.absent == (1,)


def test_a_department_that_did_not_exist_is_absent(records: Path) -> None:
    with_history(records)
    write(records, "avvikelse", 1, "2023-03-01", enhet="ekonomiskt-bistånd")
    write(records, "avvikelse", 2, "2024-03-01", enhet="stöd-och-försörjning")
    table = run(records, "2024-12-31").group("avvikelse-sol-lss").departments
    assert table.row("avdelning-forsorjning").absent == (1,)
    assert table.row("avdelning-stod-och-arbete").absent == (0,)
    assert table.row("avdelning-barn-och-familj").absent == ()
    assert "– = avdelningen fanns inte det året." in table.notes
