"""The follow-up of actions: the planned day in force (the last move), when the follow-up is due,
the planned follow-ups and results per year, and the Översikt's count of actions due."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kvalitet.aggregate.follow_up import due_day, planned_day
from kvalitet.aggregate.overview import actions_due, overdue_actions
from kvalitet.records.cases import Case
from kvalitet.records.dated import Dated
from tests.aggregate.helpers import load, run, values, write

NINETY = Dated.plain(90)

ACTIONS = """åtgärder:
  - beskrivning: Rutinen ses över.
    nivå: enhet
    klar: 2024-03-01
    uppföljning_planerad: 2024-04-01
    flyttad:
      - datum: 2024-06-01
        skäl: Rutinen dröjer.
      - datum: 2024-05-15
        skäl: Tiden tidigarelades.
  - beskrivning: Utbildning för gruppen.
    nivå: grupp
    klar: 2024-03-10
    uppföljning_planerad: 2024-05-01
    uppföljd: 2024-05-02
    resultat:
      bedömning: hade_effekt
  - beskrivning: Samtal med Handläggare A.
    nivå: individ
    klar: 2024-03-10
    uppföljd: 2024-04-20
  - beskrivning: Schemat ses över.
    nivå: enhet
    uppföljning_planerad: 2024-09-01
"""


def _with_actions(records: Path) -> str:
    id = write(records, "avvikelse", 2, "2024-02-20", postformat=2)
    path = records / "2024" / f"{id}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + ACTIONS, encoding="utf-8")
    return id


def _case(records: Path, id: str) -> Case:
    cases, _ = load(records)
    return next(case for case in cases if case.id == id)


def test_the_last_move_is_in_force(records: Path) -> None:
    case = _case(records, _with_actions(records))
    moved, planned, plain, unplanned = case.data["åtgärder"]
    # Moved to 1 June, then brought forward to 15 May: the last entry is in force, not the latest date.
    assert planned_day(moved) == dt.date(2024, 5, 15)
    assert planned_day(planned) == dt.date(2024, 5, 1)
    assert planned_day(plain) is None and due_day(plain, NINETY) == dt.date(2024, 6, 8)
    assert due_day(unplanned, NINETY) == dt.date(2024, 9, 1)


def test_due_and_overdue_by_the_planned_day(records: Path) -> None:
    case = _case(records, _with_actions(records))
    moved, planned, plain, unplanned = case.data["åtgärder"]
    # On 15 May the moved action's day has come but not passed; the planned one passed on 1 May.
    assert actions_due(case, dt.date(2024, 5, 15), NINETY) == [planned]
    assert overdue_actions(case, dt.date(2024, 5, 15), NINETY) == []
    on_1_july = dt.date(2024, 7, 1)
    # Without a planned day the 90 days after klar (8 June) count, as before.
    assert actions_due(case, on_1_july, NINETY) == [moved, planned, plain]
    assert overdue_actions(case, on_1_july, NINETY) == [moved]
    assert overdue_actions(case, dt.date(2024, 9, 2), NINETY) == [moved, unplanned]


def test_planned_follow_ups_and_results_per_year(records: Path) -> None:
    _with_actions(records)
    group = run(records, "2024-07-01").group("avvikelse-sol-lss")
    tables = {table.id.removeprefix("avvikelse-sol-lss-"): table for table in group.analysis}
    plan = tables["atgarder-planerad-uppfoljning-per-ar"]
    # Four actions of this case and the base case's one (no planned day).
    assert plan.total is not None and plan.total.values == (5,)
    assert values(plan, "planerad") == (3,)
    assert values(plan, "flyttad") == (1,)
    assert values(plan, "planerad_dag_passerad") == (1,)
    results = tables["atgarder-resultat-per-ar"]
    assert results.total is not None and results.total.values == (2,)
    assert [(row.key, row.values) for row in results.rows] == [
        ("hade_effekt", (1,)),
        ("hade_inte_effekt", (0,)),
        ("för_tidigt_att_säga", (0,)),
        ("inget_resultat", (1,)),
    ]
    assert results.notes[0] == "Totalt är antalet åtgärder som hade följts upp den 1 juli 2024."
    states = tables["atgarder-uppfoljning-per-ar"]
    # The base case's action (klar 2 April, no planned day) is due 1 July: not yet overdue.
    assert values(states, "försenad") == (1,) and values(states, "väntar") == (1,)


def test_a_result_after_the_cut_off_has_not_happened(records: Path) -> None:
    _with_actions(records)
    group = run(records, "2024-05-01").group("avvikelse-sol-lss")
    results = next(table for table in group.analysis if table.id.endswith("-resultat-per-ar"))
    assert results.total is not None and results.total.values == (1,)
    assert values(results, "hade_effekt") == (0,) and values(results, "inget_resultat") == (1,)


def test_no_follow_up_tables_without_planned_or_made_follow_ups(records: Path) -> None:
    group = run(records, "2024-12-31").group("avvikelse-sol-lss")
    assert [table.id for table in group.analysis if "resultat" in table.id or "planerad" in table.id] == []
