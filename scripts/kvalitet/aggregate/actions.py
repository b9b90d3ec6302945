"""Åtgärder: how many were decided in each year's cases, at which level, and how far they had come at
the cut-off date.

An action counts for the year its case was registered. At the cut-off date an action is `uppföljd`
(followed up on or before it), `försenad` (done, not followed up, and its follow-up due before the
cut-off date: the planned day in force, or without one the policy's `uppföljning_dagar` in force on
the `klar` date after it; see `follow_up`), `väntar` (done, its follow-up not yet due) or
`ej_genomförd` (no `klar` date on or before it). Unlike the Översikt, which counts only the last
year's overdue follow-ups, every year's actions are counted here: a report states what became of the
actions of its own year.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from kvalitet.aggregate.context import Context, group_label, per_year, slug, year_table
from kvalitet.aggregate.follow_up import days_in_force, describe_days, due_day, one_value
from kvalitet.aggregate.model import Table
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.dates import parse_date

LEVELS = ("individ", "grupp", "enhet", "förvaltning")
STATES = ("uppföljd", "väntar", "försenad", "ej_genomförd")
WITH_ACTIONS = "med_åtgärder"
ACTIONS = "åtgärder"
CASES = "ärenden"


def _actions(case: Case) -> Iterator[Mapping[str, Any]]:
    for action in case.data.get("åtgärder") or ():
        if isinstance(action, Mapping):
            yield action


def state(context: Context, action: Mapping[str, Any]) -> str:
    """Where one action stood at the cut-off date (see the module docstring)."""
    done_value, followed_value = action.get("klar"), action.get("uppföljd")
    done = parse_date(done_value) if isinstance(done_value, str) else None
    followed = parse_date(followed_value) if isinstance(followed_value, str) else None
    if not context.done(done):
        return "ej_genomförd"
    assert done is not None
    if context.done(followed):
        return "uppföljd"
    due = due_day(action, context.policy.dated_follow_up_days)
    return "försenad" if due is not None and due < context.as_of else "väntar"


def follow_up_note(context: Context) -> str:
    """When a follow-up is late: with each `uppföljning_dagar` in force when it changed in the years
    counted."""
    start = dt.date(context.years[0], 1, 1)
    values = days_in_force(context.policy.dated_follow_up_days, start, context.as_of)
    days = one_value(values)
    if days is not None:
        return say("note-actions-follow-up", days=days)
    return say("note-actions-follow-up-dated", limits=describe_days(values))


def action_tables(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    """Cases with actions and actions (per year), actions per level, and their state; () when no case
    of the group has an action."""
    if not any(case.data.get("åtgärder") for case in cases):
        return ()
    size = len(context.years)
    levels: dict[str, list[int]] = {key: [0] * size for key in LEVELS}
    states: dict[str, list[int]] = {key: [0] * size for key in STATES}
    overview: dict[str, list[int]] = {WITH_ACTIONS: [0] * size, ACTIONS: [0] * size}
    for case in cases:
        index = context.index(case)
        actions = list(_actions(case))
        if actions:
            overview[WITH_ACTIONS][index] += 1
        for action in actions:
            overview[ACTIONS][index] += 1
            levels[str(action["nivå"])][index] += 1
            states[state(context, action)][index] += 1
    base, label = f"{slug(group)}-atgarder", group_label(group)
    follow_up = follow_up_note(context)
    return (
        year_table(
            context,
            id=f"{base}-per-ar",
            title=say("title-actions", group=label),
            row_heading=say("heading-measure"),
            rows=[
                (CASES, say("label-cases")),
                (WITH_ACTIONS, say("label-cases-with-actions")),
                (ACTIONS, say("label-actions")),
            ],
            counts={**overview, CASES: per_year(context, cases)},
            total=None,
        ),
        year_table(
            context,
            id=f"{base}-niva-per-ar",
            title=say("title-action-levels", group=label),
            row_heading=say("heading-action-level"),
            rows=[(key, say(f"action-level-{slug(key)}")) for key in LEVELS],
            counts=levels,
            total=overview[ACTIONS],
        ),
        year_table(
            context,
            id=f"{base}-uppfoljning-per-ar",
            title=say("title-action-states", group=label),
            row_heading=say("heading-action-state"),
            rows=[(key, say(f"action-state-{slug(key)}")) for key in STATES],
            counts=states,
            total=overview[ACTIONS],
            notes=(follow_up,),
        ),
    )
