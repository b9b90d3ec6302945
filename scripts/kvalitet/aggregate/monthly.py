"""Each group's control chart and its verdict: counts per month, or the days between cases of a rare kind.

The months run from the first month with a case (in any group, so that every group has the same axis)
to the last complete month on or before the cut-off date (the cut-off day itself counts as done: a
cut-off on the last day of a month includes that month). Months without cases are 0.

- Counts per month get a C chart (the policy's `chart: c`, the default) or an XmR chart (`xmr`).
  Every documented change of the policy that applies to the group starts a new part from the month of
  its date, with its own centre line and limits; the first part's centre line and limits come from its
  first `baseline_months` months (`kvalitet.aggregate.variation`).
- A group with fewer than `RARE_MEAN` cases a month on average gets a T chart of the days between its
  cases instead (a month-by-month chart of so few cases is mostly zeros and ones); with fewer than
  `MIN_POINTS` such intervals, no chart at all.
- The verdict (`verdict.py`) judges the current part, the one after the latest change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import pairwise

from kvalitet.aggregate.context import group_label, slug
from kvalitet.aggregate.model import Marker, Series
from kvalitet.aggregate.variation import Chart, c_chart, t_chart, xmr_chart
from kvalitet.aggregate.verdict import MIN_POINTS, judge
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.reference import Change, Policy

RARE_MEAN = 2.0
"""Below this many cases per month on average, counts per month are mostly zeros and ones."""

DIRECTIONS: dict[str, str] = {
    "ej_verkställt_beslut": "hogre-samre",
}
"""Which way is better, per group (`ingen` for the rest). More reported avvikelser, lex Sarah,
incidents, klagomål or synpunkter can mean a better reporting culture as well as worse care, so a
change in them is neither good nor bad by itself; more decisions not carried out in time is worse."""


_BETWEEN = {"hogre-samre": "hogre-battre", "hogre-battre": "hogre-samre"}
"""More days between cases means fewer cases: the direction turns round."""


def month_range(first: dt.date | None, as_of: dt.date) -> tuple[str, ...]:
    """ÅÅÅÅ-MM from the month of `first` to the last complete month on or before `as_of`."""
    if (as_of + dt.timedelta(days=1)).month != as_of.month:
        end = (as_of.year, as_of.month)
    elif as_of.month == 1:
        end = (as_of.year - 1, 12)
    else:
        end = (as_of.year, as_of.month - 1)
    if first is None:
        return ()
    months: list[str] = []
    year, month = first.year, first.month
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def month_markers(changes: Sequence[Change], months: Sequence[str]) -> tuple[Marker, ...]:
    """The changes that start a new part within `months` (never at the first one)."""
    position = {month: index for index, month in enumerate(months)}
    markers: dict[int, Marker] = {}
    for change in changes:
        index = position.get(f"{change.day.year:04d}-{change.day.month:02d}")
        if index:
            markers.setdefault(index, Marker(index, change.day, change.text))
    return tuple(markers[index] for index in sorted(markers))


def _day_markers(changes: Sequence[Change], days: Sequence[dt.date]) -> tuple[Marker, ...]:
    """The changes that start a new part of a chart of `days` (the first case on or after each)."""
    markers: dict[int, Marker] = {}
    for change in changes:
        index = next((i for i, day in enumerate(days) if day >= change.day), None)
        if index:
            markers.setdefault(index, Marker(index, change.day, change.text))
    return tuple(markers[index] for index in sorted(markers))


def freeze_for(policy: Policy, length: int, markers: Sequence[Marker]) -> int | None:
    first_part = markers[0].index if markers else length
    if policy.baseline_months <= 0 or first_part < 2:
        return None
    return min(policy.baseline_months, first_part)


def _counts_chart(policy: Policy, values: Sequence[int], markers: Sequence[Marker]) -> Chart | None:
    if len(values) < MIN_POINTS:
        return None
    parts = [marker.index for marker in markers]
    freeze = freeze_for(policy, len(values), markers)
    if policy.chart == "xmr":
        return xmr_chart(values, parts=parts, freeze=freeze, nonnegative=True)
    return c_chart(values, parts=parts, freeze=freeze)


def count_by_month(cases: Iterable[Case], months: Sequence[str]) -> list[int]:
    """The cases registered in each of `months` (cases of other months are not counted)."""
    position = {month: index for index, month in enumerate(months)}
    counts = [0] * len(months)
    for case in cases:
        index = position.get(case.month)
        if index is not None:
            counts[index] += 1
    return counts


def monthly_series(group: str, cases: Sequence[Case], months: Sequence[str], policy: Policy) -> Series:
    """The control chart of one group over `months`, with its verdict."""
    counts = count_by_month(cases, months)
    changes = [change for change in policy.changes if change.applies_to(group)]
    direction = DIRECTIONS.get(group, "ingen")
    if months and sum(counts) / len(months) < RARE_MEAN:
        return _between_series(group, cases, months, counts, changes, _BETWEEN.get(direction, direction))
    markers = month_markers(changes, months)
    chart = _counts_chart(policy, counts, markers)
    values = [float(count) for count in counts]
    series = series_of(group, "antal-per-manad", direction, months, values, chart, markers)
    return _with_verdict(series, *judge(series), months, counts)


def series_of(
    group: str,
    measure: str,
    direction: str,
    points: Sequence[str],
    values: Sequence[float | None],
    chart: Chart | None,
    markers: tuple[Marker, ...],
    *,
    unit_label: str = "",
) -> Series:
    """A series not yet judged; `unit_label` names the volume of a `per-volym` series."""
    if measure == "per-volym":
        id = f"{slug(group)}-per-volym-per-manad"
        title = say("title-monthly-rate", group=group_label(group), per=unit_label)
    else:
        id = f"{slug(group)}-per-manad"
        title = say(
            "title-monthly" if measure == "antal-per-manad" else "title-between", group=group_label(group)
        )
    return Series(
        id=id,
        title=title,
        group=group,
        measure=measure,
        direction=direction,
        points=tuple(points),
        values=tuple(values),
        chart=chart,
        changes=markers,
        verdict_code="",
        verdict="",
        unit_label=unit_label,
    )


def _between_series(
    group: str,
    cases: Sequence[Case],
    months: Sequence[str],
    counts: Sequence[int],
    changes: Sequence[Change],
    direction: str,
) -> Series:
    """A T chart: for each case after the first, the days since the case before (in the months shown)."""
    shown = set(months)
    days = sorted(case.registered for case in cases if case.month in shown)
    between = [float((after - before).days) for before, after in pairwise(days)]
    points = tuple(day.isoformat() for day in days[1:])
    markers = _day_markers(changes, days[1:])
    chart = None
    if len(between) >= MIN_POINTS:
        chart = t_chart(between, parts=[marker.index for marker in markers], freeze=None)
    series = series_of(group, "dagar-mellan", direction, points, between, chart, markers)
    return _with_verdict(series, *judge(series, cases=len(days), months=len(months)), months, counts)


def _with_verdict(
    series: Series, code: str, sentence: str, side: str, months: Sequence[str], counts: Sequence[int]
) -> Series:
    last = (months[-1], counts[-1]) if months else ("", 0)
    return replace(
        series, verdict_code=code, verdict=sentence, verdict_side=side, last_month=last[0], last_count=last[1]
    )
