"""A changed `uppföljning_dagar`: an action is judged by the days in force on its klar date, an open
case by those on its registrerad date, and every text that names the days names each value."""

from __future__ import annotations

from pathlib import Path

from kvalitet.aggregate import Aggregates, Table
from tests.aggregate.helpers import run, values, write

DATED = "uppföljning_dagar:\n  - värde: 90\n    till: 2024-06-30\n  - värde: 30\n    från: 2024-07-01\n"
LIMITS = "90 dagar till och med 30 juni 2024 och 30 dagar från och med 1 juli 2024"
AS_OF = "2024-09-01"


def _policy(records: Path, text: str) -> None:
    policy = records / "kvalitet.yaml"
    policy.write_text(policy.read_text(encoding="utf-8") + text, encoding="utf-8")


def _with_actions(records: Path) -> None:
    """Done 30 June (63 days before 1 September) and 15 July (48 days): under 90 days the first is
    not yet due, under 30 days the second is overdue. The base avvikelse's action, done 2 April (152
    days), is overdue under either."""
    actions = [
        {"beskrivning": "Samtal med Brukare A.", "nivå": "individ", "klar": "2024-06-30"},
        {"beskrivning": "Rutinen ses över.", "nivå": "enhet", "klar": "2024-07-15"},
    ]
    write(records, "avvikelse", 2, "2024-06-20", åtgärder=actions)


def _states(result: Aggregates) -> Table:
    group = result.group("avvikelse-sol-lss")
    return next(table for table in group.analysis if table.id.endswith("-atgarder-uppfoljning-per-ar"))


def _open(result: Aggregates) -> Table:
    return next(table for table in result.overview.tables if table.id == "oversikt-oppna-arenden")


def test_an_action_is_judged_by_the_days_in_force_when_it_was_done(records: Path) -> None:
    _with_actions(records)
    _policy(records, DATED)
    states = _states(run(records, AS_OF))
    assert values(states, "väntar") == (1,)  # done 30 June: 90 days
    assert values(states, "försenad") == (2,)  # done 15 July: 30 days; and 2 April
    assert states.notes[0] == (
        "En uppföljning är försenad när den planerade dagen för uppföljningen har passerat utan att "
        "åtgärden följts upp (har uppföljningen flyttats gäller det senaste datumet). En åtgärd utan "
        f"planerad dag ska följas upp inom den tid som gällde den dag den genomfördes: {LIMITS}."
    )


def test_without_dates_one_value_judges_every_action(records: Path) -> None:
    _with_actions(records)
    _policy(records, "uppföljning_dagar: 30\n")
    states = _states(run(records, AS_OF))
    assert (values(states, "väntar"), values(states, "försenad")) == ((0,), (3,))
    assert states.notes[0].endswith(
        "En åtgärd utan planerad dag ska följas upp inom 30 dagar efter att den genomfördes."
    )


def test_the_overview_counts_each_case_and_action_by_the_days_in_force(records: Path) -> None:
    _with_actions(records)
    # SYN-2024-0001 (11 June, 82 days open) is within 90 days; this one (10 July, 53 days) is past 30.
    write(records, "synpunkt", 2, "2024-07-10")
    _policy(records, DATED)
    table = _open(run(records, AS_OF))
    assert table.columns == ("Öppna", "Öppna längre än den tid som gällde", "Åtgärder inte uppföljda i tid")
    assert values(table, "synpunkt") == (2, 1, 0)
    assert values(table, "avvikelse-sol-lss") == (1, 0, 2)
    assert table.notes == (
        "Öppna ärenden är de som inte var avslutade den 1 september 2024. Tiden för uppföljning har "
        f"ändrats: den var {LIMITS}. Ett öppet ärende jämförs med den tid som gällde den dag det "
        "registrerades. Åtgärder räknas när de blev klara för längre sedan än den tid som gällde den dag "
        "de blev klara, men under det senaste året, och inte har följts upp.",
    )


def test_a_change_outside_what_the_overview_counts_leaves_one_number(records: Path) -> None:
    # On 30 June 2024 no day counted is after the change: the table names 90 days as before.
    _policy(records, DATED)
    result = run(records, "2024-06-30")
    assert _open(result).columns[1:] == ("Öppna mer än 90 dagar", "Åtgärder inte uppföljda inom 90 dagar")
    assert result.follow_up_days == 90
    policy = result.to_json()["policy"]
    assert isinstance(policy, dict)
    assert policy["follow_up_periods"] == [
        {"value": 90, "start": None, "end": "2024-06-30"},
        {"value": 30, "start": "2024-07-01", "end": None},
    ]
