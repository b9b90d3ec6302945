"""Status at the cut-off date, handling times, återkoppling, and the longest-open cases.

Status is `Case.status_on(as_of)` for the cases registered in each year. Handling time is the median
number of days from registrerad to avslutad of the cases closed on or before the cut-off date, by the
year they were registered; for klagomål and synpunkter also the median days to återkoppling, and how
many have a documented återkoppling (dated on or before the cut-off date).
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from kvalitet.aggregate.context import Context, group_label, per_year, percent, slug, tally, year_table
from kvalitet.aggregate.model import OpenCase, Table, Value
from kvalitet.aggregate.units import WITHOUT_UNIT
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.swedish import long_date

STATUSES = ("avslutad", "åtgärder_pågår", "under_utredning", "registrerad")
LONGEST_OPEN = 10


def status_label(status: str) -> str:
    return say("status-" + slug(status))


def status_table(context: Context, group: str, cases: Sequence[Case]) -> Table:
    """How many of each year's cases had each status at the cut-off date."""
    counts = tally(context, cases, lambda case: (context.statuses[case.id],))
    return year_table(
        context,
        id=f"{slug(group)}-status-per-ar",
        title=say("title-status", group=group_label(group), date=long_date(context.as_of)),
        row_heading=say("heading-status"),
        rows=[(status, status_label(status)) for status in STATUSES],
        counts=counts,
        total=per_year(context, cases),
    )


def _medians(context: Context, days: Sequence[tuple[int, int]]) -> tuple[Value, ...]:
    """(year index, days) → the median per year, one decimal; None for a year without any."""
    per: list[list[int]] = [[] for _ in context.years]
    for index, value in days:
        per[index].append(value)
    return tuple(round(float(statistics.median(values)), 1) if values else None for values in per)


def handling_table(context: Context, group: str, cases: Sequence[Case]) -> Table:
    """Median days registrerad → avslutad (and → återkoppling for klagomål and synpunkter)."""
    closed = [
        (context.index(case), (case.closed - case.registered).days)
        for case in cases
        if case.closed is not None and context.done(case.closed)
    ]
    counts = {"avslutad": _medians(context, closed)}
    rows = [("avslutad", say("label-days-to-closed"))]
    if group in WITHOUT_UNIT:
        answered = []
        for case in cases:
            day = case.date("återkoppling")
            if day is not None and context.done(day):
                answered.append((context.index(case), (day - case.registered).days))
        counts["återkoppling"] = _medians(context, answered)
        rows.append(("återkoppling", say("label-days-to-feedback")))
    return year_table(
        context,
        id=f"{slug(group)}-handlaggningstid-per-ar",
        title=say("title-handling", group=group_label(group)),
        row_heading=say("heading-measure"),
        rows=rows,
        counts=counts,
        total=None,
        notes=(say("note-handling", date=long_date(context.as_of)),),
        unit="dagar",
    )


def feedback_tables(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    """Klagomål and synpunkter: with and without documented återkoppling (counts), and the share."""
    if group not in WITHOUT_UNIT:
        return ()

    def answered(case: Case) -> tuple[str]:
        return ("med" if context.done(case.date("återkoppling")) else "utan",)

    counts = tally(context, cases, answered)
    totals = per_year(context, cases)
    zeros = [0] * len(context.years)
    with_answer = counts.get("med", zeros)
    base = f"{slug(group)}-aterkoppling"
    title = group_label(group)
    return (
        year_table(
            context,
            id=f"{base}-per-ar",
            title=say("title-feedback", group=title),
            row_heading=say("heading-feedback"),
            rows=[("med", say("label-feedback-yes")), ("utan", say("label-feedback-no"))],
            counts=counts,
            total=totals,
            notes=(say("note-feedback", date=long_date(context.as_of)),),
        ),
        year_table(
            context,
            id=f"{base}-andel-per-ar",
            title=say("title-feedback-share", group=title),
            row_heading=say("heading-measure"),
            rows=[("andel", say("label-feedback-share"))],
            counts={"andel": [percent(part, whole) for part, whole in zip(with_answer, totals, strict=True)]},
            total=None,
            unit="procent",
        ),
    )


def longest_open_cases(
    context: Context, cases: Sequence[Case], limit: int = LONGEST_OPEN
) -> tuple[OpenCase, ...]:
    """INTERNAL. The cases open longest at the cut-off date: most days first, then by id."""
    open_cases = [case for case in cases if context.is_open(case)]
    open_cases.sort(key=lambda case: (case.registered, case.id))
    return tuple(
        OpenCase(
            id=case.id,
            registered=case.registered,
            days_open=(context.as_of - case.registered).days,
            status=context.statuses[case.id],
            unit=case.unit,
            unit_name=context.unit_name(case.unit),
        )
        for case in open_cases[:limit]
    )
