"""When each action is to be followed up, and what the follow-ups showed.

An action's follow-up is due on its planned day: the date of the last entry in `flyttad` when it was
moved, else `uppföljning_planerad`. An action without a planned day is due the policy's
`uppföljning_dagar` after it was done (`klar`), the value in force on that day; one with neither has
no due day. Every date is judged at the cut-off date, never
the clock: a follow-up or a result dated after it has not yet happened.

For the kvalitetsberättelse, per year of registration: the actions with a planned follow-up, those
moved at least once, and those whose planned day had passed without a follow-up; and the results of
the follow-ups made by the cut-off date (hade effekt, hade inte effekt, för tidigt att säga, or no
result recorded).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from kvalitet.aggregate.context import Context, group_label, slug, year_table
from kvalitet.aggregate.model import Table
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.dated import Dated, DatedValue, describe
from kvalitet.records.dates import parse_date
from kvalitet.swedish import long_date

PLANNED, MOVED, PASSED = "planerad", "flyttad", "planerad_dag_passerad"
ACTIONS, FOLLOWED = "åtgärder", "uppföljda"
RESULTS = ("hade_effekt", "hade_inte_effekt", "för_tidigt_att_säga")
NO_RESULT = "inget_resultat"


def _date(value: object) -> dt.date | None:
    return parse_date(value) if isinstance(value, str) else None


def actions_of(case: Case) -> Iterator[Mapping[str, Any]]:
    for action in case.data.get("åtgärder") or ():
        if isinstance(action, Mapping):
            yield action


def moves(action: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The moves of the action's follow-up, in the record's order (the last is in force)."""
    moved = action.get("flyttad")
    return [step for step in moved if isinstance(step, Mapping)] if isinstance(moved, list) else []


def planned_day(action: Mapping[str, Any]) -> dt.date | None:
    """The planned follow-up day in force: the last move's date, else `uppföljning_planerad`."""
    steps = moves(action)
    if steps:
        return _date(steps[-1].get("datum"))
    return _date(action.get("uppföljning_planerad"))


def due_day(action: Mapping[str, Any], follow_up: Dated) -> dt.date | None:
    """The day the follow-up is due: the planned day, else the days of `follow_up` in force on `klar`
    after it, else None."""
    planned = planned_day(action)
    if planned is not None:
        return planned
    done = _date(action.get("klar"))
    return done + dt.timedelta(days=follow_up.on(done)) if done is not None else None


def days_in_force(follow_up: Dated, start: dt.date, end: dt.date) -> tuple[DatedValue, ...]:
    """The values of `uppföljning_dagar` in force on some day from `start` to `end` (never empty)."""
    return follow_up.between(start, end) or (DatedValue(follow_up.on(end)),)


def one_value(values: Sequence[DatedValue]) -> int | None:
    """The number of days when `values` all give the same, else None (a text must name each)."""
    return values[0].value if len({item.value for item in values}) == 1 else None


def describe_days(values: Sequence[DatedValue]) -> str:
    """ "90 dagar till och med 30 juni 2025 och 30 dagar från och med 1 juli 2025"."""
    return describe(values, long_date, lambda days: say("dated-days", days=days))


def followed_by(action: Mapping[str, Any], as_of: dt.date) -> bool:
    """True when the action was followed up on or before `as_of`."""
    followed = _date(action.get("uppföljd"))
    return followed is not None and followed <= as_of


def result_of(action: Mapping[str, Any]) -> str:
    """The result's bedömning, or NO_RESULT."""
    result = action.get("resultat")
    verdict = result.get("bedömning") if isinstance(result, Mapping) else None
    return verdict if isinstance(verdict, str) and verdict in RESULTS else NO_RESULT


def follow_up_tables(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    """The planned follow-ups and the results per year; () when no action of the group has a planned
    follow-up or a follow-up."""
    actions = [(case, action) for case in cases for action in actions_of(case)]
    if not any(planned_day(action) or "uppföljd" in action for _, action in actions):
        return ()
    size = len(context.years)
    plan: dict[str, list[int]] = {key: [0] * size for key in (PLANNED, MOVED, PASSED)}
    results: dict[str, list[int]] = {key: [0] * size for key in (*RESULTS, NO_RESULT)}
    totals = {ACTIONS: [0] * size, FOLLOWED: [0] * size}
    for case, action in actions:
        index = context.index(case)
        totals[ACTIONS][index] += 1
        planned = planned_day(action)
        followed = followed_by(action, context.as_of)
        if planned is not None:
            plan[PLANNED][index] += 1
            plan[MOVED][index] += 1 if moves(action) else 0
            plan[PASSED][index] += 1 if planned < context.as_of and not followed else 0
        if followed:
            totals[FOLLOWED][index] += 1
            results[result_of(action)][index] += 1
    base, label = f"{slug(group)}-atgarder", group_label(group)
    return (
        year_table(
            context,
            id=f"{base}-planerad-uppfoljning-per-ar",
            title=say("title-action-plan-follow-up", group=label),
            row_heading=say("heading-follow-up"),
            rows=[(key, say(f"action-plan-{slug(key)}")) for key in (PLANNED, MOVED, PASSED)],
            counts=plan,
            total=totals[ACTIONS],
            notes=(say("note-action-plan"),),
        ),
        year_table(
            context,
            id=f"{base}-resultat-per-ar",
            title=say("title-action-results", group=label),
            row_heading=say("heading-action-result"),
            rows=[(key, say(f"action-result-{slug(key)}")) for key in (*RESULTS, NO_RESULT)],
            counts=results,
            total=totals[FOLLOWED],
            notes=(say("note-action-results", date=long_date(context.as_of)),),
        ),
    )
