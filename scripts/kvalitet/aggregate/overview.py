"""The Översikt page: this year so far against the same period last year, open and overdue cases.

"So far" is 1 January to the cut-off date; the same period last year ends on the same day and month
(28 February when the cut-off is 29 February). Open: not avslutad at the cut-off date. Overdue: open
longer than the policy's `uppföljning_dagar` in force on its registrerad date. Actions not followed
up: actions of any case whose follow-up was due before the cut-off date, and at most a year before it,
and that have no `uppföljd` on or before it. The follow-up is due on the planned day in force
(`follow_up.planned_day`), or, for an action without one, the `uppföljning_dagar` in force on its
`klar` date after it. When the days changed in what the table counts, its headings and note say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from kvalitet.aggregate.context import TOTAL, Context, group_label, per_year, year_table
from kvalitet.aggregate.coverage import missing
from kvalitet.aggregate.follow_up import actions_of, days_in_force, describe_days, one_value, planned_day
from kvalitet.aggregate.model import Row, Table
from kvalitet.aggregate.results import Overview, OverviewItem
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.dated import Dated
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


def actions_due(case: Case, as_of: dt.date, follow_up: Dated) -> list[Mapping[str, Any]]:
    """The case's actions whose follow-up was due before `as_of`, within the last year: the planned
    day in force, or without one the days of `follow_up` in force on `klar` after it (done within the
    last year)."""
    due = []
    for action in actions_of(case):
        planned = planned_day(action)
        if planned is not None:
            if 0 < (as_of - planned).days <= RECENT_DAYS:
                due.append(action)
            continue
        done = _date(action.get("klar"))
        if done is not None and follow_up.on(done) < (as_of - done).days <= RECENT_DAYS:
            due.append(action)
    return due


def overdue_actions(case: Case, as_of: dt.date, follow_up: Dated) -> list[Mapping[str, Any]]:
    """The actions due for follow-up (`actions_due`) that were not followed up by `as_of`."""
    return [
        action
        for action in actions_due(case, as_of, follow_up)
        if not ((followed := _date(action.get("uppföljd"))) is not None and followed <= as_of)
    ]


def actions_not_followed_up(context: Context, case: Case) -> int:
    """Actions whose follow-up was due (`actions_due`) and not made by the cut-off date."""
    return len(overdue_actions(case, context.as_of, context.policy.dated_follow_up_days))


def overdue_case(follow_up: Dated, case: Case, as_of: dt.date) -> bool:
    """Whether a case open on `as_of` had been open longer than the days in force on its registrerad."""
    return (as_of - case.registered).days > follow_up.on(case.registered)


def _item(context: Context, group: str, cases: Sequence[Case]) -> OverviewItem:
    start = dt.date(context.as_of.year, 1, 1)
    previous_start, previous_end = dt.date(start.year - 1, 1, 1), same_day_year_before(context.as_of)
    follow_up = context.policy.dated_follow_up_days
    open_cases = [case for case in cases if context.is_open(case)]
    previous = sum(1 for case in cases if previous_start <= case.registered <= previous_end)
    return OverviewItem(
        group=group,
        label=group_label(group),
        year_to_date=sum(1 for case in cases if start <= case.registered <= context.as_of),
        previous_to_date=previous if context.covers(previous_start) else None,
        open=len(open_cases),
        overdue=sum(1 for case in open_cases if overdue_case(follow_up, case, context.as_of)),
        actions_not_followed_up=sum(actions_not_followed_up(context, case) for case in cases),
        actions_due=sum(len(actions_due(case, context.as_of, follow_up)) for case in cases),
    )


UNCOVERED = (0, 2)
"""The columns of the year-so-far table (the same period, the difference) that are "–" when the
records do not cover the same period of the year before."""


def _so_far_row(item: OverviewItem) -> Row:
    if item.previous_to_date is None or item.difference is None:
        return Row(item.group, item.label, (0, item.year_to_date, 0), absent=UNCOVERED)
    return Row(item.group, item.label, (item.previous_to_date, item.year_to_date, item.difference))


def _open_texts(context: Context, by_group: Mapping[str, Sequence[Case]]) -> tuple[tuple[str, str], str]:
    """The headings of the overdue columns and the note, naming every `uppföljning_dagar` in force on
    a day that counts: the registrerad date of an open case, or the last year of `klar` dates."""
    as_of = context.as_of
    open_since = [case.registered for cases in by_group.values() for case in cases if context.is_open(case)]
    start = min([*open_since, as_of - dt.timedelta(days=RECENT_DAYS)])
    values = days_in_force(context.policy.dated_follow_up_days, start, as_of)
    date = long_date(as_of)
    days = one_value(values)
    if days is not None:
        columns = (say("column-overdue", days=days), say("column-actions", days=days))
        return columns, say("note-overdue", days=days, date=date)
    columns = (say("column-overdue-dated"), say("column-actions-dated"))
    return columns, say("note-overdue-dated", limits=describe_days(values), date=date)


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
    open_rows = tuple(
        Row(item.group, item.label, (item.open, item.overdue, item.actions_not_followed_up)) for item in items
    )
    columns, note = _open_texts(context, by_group)
    open_table = Table(
        id="oversikt-oppna-arenden",
        title=say("title-overview-open", date=long_date(context.as_of)),
        row_heading=say("heading-group"),
        columns=(say("column-open"), *columns),
        rows=open_rows,
        total=_sum_row(open_rows),
        notes=(note,),
    )
    return Overview(
        period=period,
        previous_period=previous,
        items=items,
        tables=(counts, so_far, open_table),
        records_start=context.records_start,
    )
