"""The Översikt page: this year so far against the same period last year, open and overdue cases.

"So far" is 1 January to the cut-off date; the same period last year ends on the same day and month
(28 February when the cut-off is 29 February). Open: not avslutad at the cut-off date. Overdue: open
longer than the policy's `follow_up_days`. Actions not followed up: actions of any case whose
follow-up was due before the cut-off date, and at most a year before it, and that have no `uppföljd` on
or before it. The follow-up is due on the planned day in force (`follow_up.planned_day`), or, for an
action without one, `follow_up_days` days after its `klar` date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from kvalitet.aggregate.context import TOTAL, Context, group_label, per_year, year_table
from kvalitet.aggregate.coverage import missing
from kvalitet.aggregate.follow_up import actions_of, planned_day
from kvalitet.aggregate.model import Row, Table
from kvalitet.aggregate.results import Overview, OverviewItem
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.dates import parse_date
from kvalitet.swedish import long_date


def same_day_year_before(day: dt.date) -> dt.date:
    """The same date a year earlier; 29 February becomes 28 February."""
    if day.month == 2 and day.day == 29:
        return dt.date(day.year - 1, 2, 28)
    return day.replace(year=day.year - 1)


def _date(value: object) -> dt.date | None:
    return parse_date(value) if isinstance(value, str) else None


RECENT_DAYS = 365
"""Actions done longer ago than this are no longer counted as overdue follow-ups: the Översikt is
about what still needs doing, not a backlog from years back."""


def actions_due(case: Case, as_of: dt.date, follow_up_days: int) -> list[Mapping[str, Any]]:
    """The case's actions whose follow-up was due before `as_of`, within the last year: the planned
    day in force, or without one `follow_up_days` days after `klar` (done within the last year)."""
    due = []
    for action in actions_of(case):
        planned = planned_day(action)
        if planned is not None:
            if 0 < (as_of - planned).days <= RECENT_DAYS:
                due.append(action)
            continue
        done = _date(action.get("klar"))
        if done is not None and follow_up_days < (as_of - done).days <= RECENT_DAYS:
            due.append(action)
    return due


def overdue_actions(case: Case, as_of: dt.date, follow_up_days: int) -> list[Mapping[str, Any]]:
    """The actions due for follow-up (`actions_due`) that were not followed up by `as_of`."""
    return [
        action
        for action in actions_due(case, as_of, follow_up_days)
        if not ((followed := _date(action.get("uppföljd"))) is not None and followed <= as_of)
    ]


def actions_not_followed_up(context: Context, case: Case) -> int:
    """Actions done more than `follow_up_days` ago (but within the last year) and not followed up by
    the cut-off date."""
    return len(overdue_actions(case, context.as_of, context.policy.follow_up_days))


def _item(context: Context, group: str, cases: Sequence[Case]) -> OverviewItem:
    start = dt.date(context.as_of.year, 1, 1)
    previous_start, previous_end = dt.date(start.year - 1, 1, 1), same_day_year_before(context.as_of)
    limit = context.policy.follow_up_days
    open_cases = [case for case in cases if context.is_open(case)]
    previous = sum(1 for case in cases if previous_start <= case.registered <= previous_end)
    return OverviewItem(
        group=group,
        label=group_label(group),
        year_to_date=sum(1 for case in cases if start <= case.registered <= context.as_of),
        previous_to_date=previous if context.covers(previous_start) else None,
        open=len(open_cases),
        overdue=sum(1 for case in open_cases if (context.as_of - case.registered).days > limit),
        actions_not_followed_up=sum(actions_not_followed_up(context, case) for case in cases),
        actions_due=sum(len(actions_due(case, context.as_of, limit)) for case in cases),
    )


UNCOVERED = (0, 2)
"""The columns of the year-so-far table (the same period, the difference) that are "–" when the
records do not cover the same period of the year before."""


def _so_far_row(item: OverviewItem) -> Row:
    if item.previous_to_date is None or item.difference is None:
        return Row(item.group, item.label, (0, item.year_to_date, 0), absent=UNCOVERED)
    return Row(item.group, item.label, (item.previous_to_date, item.year_to_date, item.difference))


def _sum_row(rows: Sequence[Row]) -> Row:
    width = len(rows[0].values) if rows else 0
    absent = rows[0].absent if rows and all(row.absent == rows[0].absent for row in rows) else ()
    values = tuple(sum(int(row.values[i] or 0) for row in rows) for i in range(width))
    return Row(TOTAL, say("label-total"), values, absent=absent)


def overview(context: Context, by_group: Mapping[str, Sequence[Case]]) -> Overview:
    """The overview of every group in `by_group` (in its order)."""
    items = tuple(_item(context, group, cases) for group, cases in by_group.items())
    period = (dt.date(context.as_of.year, 1, 1), context.as_of)
    previous = (dt.date(context.as_of.year - 1, 1, 1), same_day_year_before(context.as_of))
    counts = year_table(
        context,
        id="oversikt-antal-per-ar",
        title=say("title-overview-counts"),
        row_heading=say("heading-group"),
        rows=[(item.group, item.label) for item in items],
        counts={group: per_year(context, cases) for group, cases in by_group.items()},
        total=per_year(context, [case for cases in by_group.values() for case in cases]),
    )
    so_far_rows = tuple(_so_far_row(item) for item in items)
    compared = context.covers(previous[0])
    dates = {
        "start": long_date(period[0]),
        "end": long_date(period[1]),
        "previous_start": long_date(previous[0]),
        "previous_end": long_date(previous[1]),
    }
    if compared:
        note = say("note-so-far", **dates)
    elif context.records_start is None:
        note = missing(previous[0].year, None)
    else:
        note = say("coverage-note-so-far", date=long_date(context.records_start), **dates)
    so_far = Table(
        id="oversikt-hittills-i-ar",
        title=say("title-overview-so-far", year=period[0].year),
        row_heading=say("heading-group"),
        columns=(
            say("column-same-period", year=previous[0].year),
            str(period[0].year),
            say("column-difference"),
        ),
        rows=so_far_rows,
        total=_sum_row(so_far_rows),
        notes=(note,),
    )
    limit = context.policy.follow_up_days
    open_rows = tuple(
        Row(item.group, item.label, (item.open, item.overdue, item.actions_not_followed_up)) for item in items
    )
    open_table = Table(
        id="oversikt-oppna-arenden",
        title=say("title-overview-open", date=long_date(context.as_of)),
        row_heading=say("heading-group"),
        columns=(say("column-open"), say("column-overdue", days=limit), say("column-actions", days=limit)),
        rows=open_rows,
        total=_sum_row(open_rows),
        notes=(say("note-overdue", days=limit, date=long_date(context.as_of)),),
    )
    return Overview(
        period=period,
        previous_period=previous,
        items=items,
        tables=(counts, so_far, open_table),
        records_start=context.records_start,
    )
