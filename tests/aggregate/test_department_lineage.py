"""Avdelning series on today's organisation: old avdelningar mapped forward (`ersätter` under
`avdelningar`), by the same rules as units, with "–" for years an avdelning did not exist."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

from kvalitet.aggregate import department_lineage
from kvalitet.aggregate.cells import model
from kvalitet.aggregate.context import Context, slug
from kvalitet.aggregate.lineage import feed
from kvalitet.aggregate.secondary import cell, decide
from tests.aggregate.helpers import load, row_sums, run, values, write
from tests.aggregate.test_lineage import with_history
from tests.helpers import CASES

SPLIT = CASES / "records" / "valid" / "organisation-department-split" / "organisation.yaml"
TODAY = "avvikelse-sol-lss-avdelningar-idag-per-ar"


def with_split(records: Path) -> Path:
    """The base records with Avdelning individ och familj split into Avdelning barn och familj and
    Avdelning familjestöd, and a new Avdelning arbete (2024)."""
    shutil.copyfile(SPLIT, records / "organisation.yaml")
    return records


def test_a_renamed_avdelning_is_mapped_forward_with_a_note(records: Path) -> None:
    with_history(records)
    write(records, "avvikelse", 1, "2023-03-01", enhet="ekonomiskt-bistånd")
    write(records, "avvikelse", 2, "2023-04-01", enhet="arbete")
    write(records, "avvikelse", 2, "2024-04-01", enhet="stöd-och-försörjning")
    group = run(records, "2024-12-31").group("avvikelse-sol-lss")
    today = group.departments_today
    assert today is not None and today.id == TODAY
    assert today.title == "Avvikelser enligt SoL och LSS: per avdelning och år, i dagens organisation"
    assert today.row_heading == "Avdelning"
    row = today.row("avdelning-stod-och-arbete")
    assert (row.label, row.values, row.absent) == ("Avdelning stöd och arbete", (2, 1), ())
    # the avdelningar with a case, in the order of the table as it was (the base records have one
    # avvikelse at Barn och unga 1)
    assert [row.key for row in today.rows] == ["avdelning-barn-och-familj", "avdelning-stod-och-arbete"]
    assert [row.key for row in group.departments.rows] == [
        "avdelning-barn-och-familj",
        "avdelning-forsorjning",
        "avdelning-stod-och-arbete",
    ]
    assert today.notes[:2] == (
        "Tabellen visar dagens organisation: ärenden hos en avdelning som har ersatts räknas hos den "
        "avdelning som ersatte den.",
        "Raden Avdelning stöd och arbete räknar också ärendena hos Avdelning försörjning, som fanns till "
        "och med 31 december 2023 och ersattes av Avdelning stöd och arbete.",
    )
    assert today.total is not None and list(today.total.values) == row_sums(today)
    assert group.tables().index(today) == group.tables().index(group.departments) + 1
    # as it was: each avdelning its own row, the years it did not exist marked absent
    assert values(group.departments, "avdelning-forsorjning") == (2, 0)
    assert group.departments.row("avdelning-forsorjning").absent == (1,)
    assert group.departments.row("avdelning-stod-och-arbete").absent == (0,)


def test_a_split_avdelning_is_one_row_for_the_successors_never_shares(records: Path) -> None:
    with_split(records)
    write(records, "avvikelse", 1, "2023-05-02", enhet="barn-och-unga")
    write(records, "avvikelse", 2, "2023-06-02", enhet="familjerätt")
    write(records, "avvikelse", 2, "2024-05-02", enhet="familjestöd")
    write(records, "avvikelse", 3, "2024-06-02", enhet="arbete")
    group = run(records, "2024-12-31").group("avvikelse-sol-lss")
    today = group.departments_today
    assert today is not None
    row = today.row("avdelning-barn-och-familj_avdelning-familjestod")
    # the base records have one avvikelse at Barn och unga 1 (Avdelning barn och familj) in 2024
    assert (row.label, row.values, row.absent) == (
        "Avdelning barn och familj och Avdelning familjestöd",
        (2, 2),
        (),
    )
    assert (
        "Avdelning barn och familj och Avdelning familjestöd visas på en rad: till och med 31 december "
        "2023 var de Avdelning individ och familj, och de ärendena kan inte delas upp mellan dem. Tabellen "
        "per avdelning som organisationen var visar dem var för sig."
    ) in today.notes
    keys = {row.key for row in today.rows}
    assert not keys & {"avdelning-individ-och-familj", "avdelning-barn-och-familj", "avdelning-familjestod"}
    # a new avdelning that replaces none: its own row, "–" for the year before it existed, never 0
    assert (values(today, "avdelning-arbete"), today.row("avdelning-arbete").absent) == ((0, 1), (0,))
    assert today.notes[-1] == "– = avdelningen fanns inte det året."
    data: Any = today.to_json()
    assert {row["key"]: row["values"] for row in data["rows"]}["avdelning-arbete"] == [None, 1]
    # as it was, each on its own
    assert values(group.departments, "avdelning-individ-och-familj") == (2, 0)
    assert values(group.departments, "avdelning-barn-och-familj") == (0, 1)
    assert values(group.departments, "avdelning-familjestod") == (0, 1)


def test_without_replaced_avdelningar_there_is_no_table_of_today(records: Path) -> None:
    write(records, "avvikelse", 1, "2023-05-02", enhet="barn-och-unga")
    result = run(records, "2024-12-31")
    assert all(group.departments_today is None for group in result.groups)
    assert not any("-avdelningar-idag-" in table.id for group in result.groups for table in group.tables())


def test_kinds_that_count_people_are_shown_only_as_they_were(records: Path) -> None:
    with_history(records)
    write(records, "lex_sarah", 1, "2023-03-01", enhet="ekonomiskt-bistånd")
    write(records, "lex_sarah", 2, "2024-03-01", enhet="stöd-och-försörjning")
    result = run(records, "2024-12-31")
    assert result.group("lex_sarah").departments_today is None
    assert result.group("avvikelse-sol-lss").departments_today is not None
    data: Any = result.to_json()
    ids = {table["id"] for group in data["groups"] for table in group["tables"]}
    assert TODAY in ids
    assert "lex-sarah-avdelningar-idag-per-ar" not in ids


def test_a_cell_hidden_as_it_was_is_hidden_on_todays_organisation(records: Path) -> None:
    """The suppression, given the cells: today's avdelning is the sum of the avdelningar it maps, so
    a cell hidden elsewhere (here forced, as a ledger does) hides today's cell of that year too, when
    it alone makes it up (Avdelning stöd och arbete did not exist in 2023)."""
    with_history(records)
    write(records, "avvikelse", 1, "2023-03-01", enhet="ekonomiskt-bistånd")
    write(records, "avvikelse", 2, "2023-04-01", enhet="arbete")
    result = run(records, "2024-12-31")
    reference = load(records)[1]
    cells = model(result, frozenset(), lambda unit: slug(reference.units[unit].group))
    feed(cells, result, frozenset())
    context = Context(reference, reference.policy, dt.date(2024, 12, 31), result.years, {})
    lines = department_lineage.department_lineages(context)
    assert [(line.key, line.members) for line in lines] == [
        ("avdelning-stod-och-arbete", ("avdelning-forsorjning", "avdelning-stod-och-arbete"))
    ]
    department_lineage.feed(cells, result, frozenset(), lines)
    was = ("avvikelse-sol-lss-avdelningar-per-ar", "avdelning-forsorjning", "2023")
    now = (TODAY, "avdelning-stod-och-arbete", "2023")
    assert cells.values[now] == 2
    assert any(line.total == now and line.cells == (was,) for line in cells.lines)
    hidden = decide(cells, 5, {cell(cells, was)})
    assert now in hidden
    shown = department_lineage.hide(result, hidden).group("avvikelse-sol-lss").departments_today
    assert shown is not None and values(shown, "avdelning-stod-och-arbete")[0] is None
