"""Åtgärder per year: the cases with actions, the actions per level, and where each stood at the
cut-off date (followed up, waiting, overdue, not done)."""

from __future__ import annotations

from pathlib import Path

from kvalitet.aggregate import Table
from kvalitet.records.reference import Policy
from tests.aggregate.helpers import run, values, write


def _tables(records: Path, as_of: str, policy: Policy | None = None) -> dict[str, Table]:
    group = run(records, as_of, policy).group("avvikelse-sol-lss")
    return {table.id.removeprefix("avvikelse-sol-lss-"): table for table in group.analysis}


def test_actions_are_counted_by_level_and_state(records: Path) -> None:
    # The base avvikelse (March 2024) has one enhet action done 2 April 2024, never followed up.
    actions = [
        {
            "beskrivning": "Samtal med Brukare A.",
            "nivå": "individ",
            "klar": "2024-05-10",
            "uppföljd": "2024-06-01",
        },
        {"beskrivning": "Rutinen ses över.", "nivå": "förvaltning", "klar": "2024-11-20"},
        {"beskrivning": "Utbildning för gruppen.", "nivå": "grupp"},
    ]
    write(records, "avvikelse", 2, "2024-05-02", åtgärder=actions)
    write(records, "avvikelse", 3, "2024-06-02")
    tables = _tables(records, "2024-12-31")
    assert list(tables) == [
        "atgarder-per-ar",
        "atgarder-niva-per-ar",
        "atgarder-uppfoljning-per-ar",
        "atgarder-planerad-uppfoljning-per-ar",
        "atgarder-resultat-per-ar",
    ]
    overview = tables["atgarder-per-ar"]
    assert [(row.key, row.values) for row in overview.rows] == [
        ("ärenden", (3,)),
        ("med_åtgärder", (2,)),
        ("åtgärder", (4,)),
    ]
    levels = tables["atgarder-niva-per-ar"]
    assert [row.values[0] for row in levels.rows] == [1, 1, 1, 1]
    # Done 2 April, 272 days before the cut-off and never followed up: overdue (90 days). Done 20
    # November: 41 days, its follow-up not yet due. One without a klar date: not done.
    states = tables["atgarder-uppfoljning-per-ar"]
    assert [(row.key, row.values) for row in states.rows] == [
        ("uppföljd", (1,)),
        ("väntar", (1,)),
        ("försenad", (1,)),
        ("ej_genomförd", (1,)),
    ]
    assert states.total is not None and states.total.values == (4,)
    assert "inom 90 dagar efter att den genomfördes" in states.notes[0]


def test_dates_after_the_cut_off_have_not_happened(records: Path) -> None:
    actions = [{"beskrivning": "Samtal.", "nivå": "individ", "klar": "2024-05-10", "uppföljd": "2024-12-01"}]
    write(records, "avvikelse", 2, "2024-05-02", åtgärder=actions)
    states = _tables(records, "2024-11-30")["atgarder-uppfoljning-per-ar"]
    # Followed up only on 1 December: on 30 November it was done 204 days before, so overdue.
    assert values(states, "uppföljd") == (0,) and values(states, "försenad") == (2,)
    states = _tables(records, "2024-11-30", Policy(follow_up_days=365))["atgarder-uppfoljning-per-ar"]
    assert values(states, "väntar") == (2,) and values(states, "försenad") == (0,)


def test_a_group_without_actions_has_no_action_tables(records: Path) -> None:
    assert run(records, "2024-12-31").group("lex_maja").analysis == ()
