"""Counts per month with an XmR control chart and a one-sentence verdict in plain Swedish.

The months run from the first month with a case (in any group, so that every group has the same axis)
to the last complete month on or before the cut-off date (the cut-off day itself counts as done: a
cut-off on the last day of a month includes that month). Months without cases are 0.

The verdict looks at the latest `RECENT` months: a signal there is a real change worth looking into,
"since" the first month of the signal's unbroken stretch, high or low by where its latest point lies;
signals only before that are reported as earlier; none at all means ordinary variation (noise). With
fewer than `MIN_POINTS` months, or fewer than `RARE_MEAN` cases a month on average, the chart is drawn
but not judged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kvalitet.aggregate.context import group_label, slug
from kvalitet.aggregate.model import ControlChart, Series
from kvalitet.aggregate.spc import xmr
from kvalitet.messages import say
from kvalitet.records.cases import Case

RECENT = 6
MIN_POINTS = 12
RARE_MEAN = 2.0
"""Below this many cases per month on average, runs of empty months are common by chance: the chart is
still drawn, but the verdict says that the cases are too few to judge month by month."""


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


def month_words(month: str) -> str:
    """The month in words: 2025-03 → mars 2025."""
    year, number = month.split("-")
    return f"{say(f'month-{int(number)}')} {year}"


def _since(values: Sequence[int], chart: ControlChart, last: int) -> int:
    """The first point of the stretch of signal that ends at `last`: flagged points in a row on the
    same side of the mean as `last` (or in the same trend)."""
    flagged, trend = set(chart.signals), set(chart.trend)
    side = _side(values[last], chart.mean)
    start = last
    while start - 1 in flagged:
        same_side = side == 0 or _side(values[start - 1], chart.mean) in (side, 0)
        if not same_side and not (start - 1 in trend and start in trend):
            break
        start -= 1
    return start


def _side(value: float, mean: float) -> int:
    return (value > mean) - (value < mean)


def verdict(months: Sequence[str], values: Sequence[int], chart: ControlChart | None) -> tuple[str, str]:
    """(code, sentence) judging the latest months of the chart."""
    if chart is None or len(values) < MIN_POINTS:
        return "spc-too-few", say("spc-too-few", months=len(values), needed=MIN_POINTS)
    if chart.mean < RARE_MEAN:
        return "spc-rare", say("spc-rare", limit=int(RARE_MEAN))
    signals = chart.signals
    if not signals:
        return "spc-no-signal", say("spc-no-signal")
    last = signals[-1]
    if last < len(values) - RECENT:
        return "spc-earlier-signal", say("spc-earlier-signal", recent=RECENT, month=month_words(months[last]))
    start = _since(values, chart, last)
    code = "spc-signal-change"
    if values[last] > chart.mean:
        code = "spc-signal-high"
    elif values[last] < chart.mean:
        code = "spc-signal-low"
    return code, say(code, month=month_words(months[start]))


def monthly_series(group: str, cases: Sequence[Case], months: Sequence[str]) -> Series:
    """The monthly counts of one group over `months`, with control chart and verdict."""
    position = {month: index for index, month in enumerate(months)}
    values = [0] * len(months)
    for case in cases:
        index = position.get(case.month)
        if index is not None:
            values[index] += 1
    chart = xmr(values)
    code, sentence = verdict(months, values, chart)
    return Series(
        id=f"{slug(group)}-per-manad",
        title=say("title-monthly", group=group_label(group)),
        months=tuple(months),
        values=tuple(values),
        chart=chart,
        verdict_code=code,
        verdict=sentence,
    )
