"""Control-chart series built by hand for the verdict and chart tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kvalitet.aggregate.model import Marker, Series
from kvalitet.aggregate.monthly import month_range
from kvalitet.aggregate.variation import c_chart, t_chart
from kvalitet.aggregate.verdict import judge


def months(count: int, first: str = "2023-01") -> tuple[str, ...]:
    start = dt.date.fromisoformat(first + "-01")
    return month_range(start, dt.date(2040, 1, 1))[:count]


def counts_series(
    values: Sequence[int],
    *,
    changes: Sequence[tuple[int, str]] = (),
    freeze: int | None = None,
    direction: str = "ingen",
) -> Series:
    """A judged series of monthly counts from January 2023, with a C chart (none under 12 months)."""
    points = months(len(values))
    markers = tuple(
        Marker(index, dt.date.fromisoformat(points[index] + "-01"), text) for index, text in changes
    )
    chart = (
        c_chart(values, parts=[marker.index for marker in markers], freeze=freeze)
        if len(values) >= 12
        else None
    )
    series = Series(
        "x-per-manad", "X", "x", "antal-per-manad", direction, points,
        tuple(float(value) for value in values), chart, markers, "", "",
    )  # fmt: skip
    code, sentence, side = judge(series)
    return Series(
        "x-per-manad", "X", "x", "antal-per-manad", direction, points,
        tuple(float(value) for value in values), chart, markers, code, sentence, side,
    )  # fmt: skip


def days_series(days: Sequence[int], first: dt.date = dt.date(2023, 1, 2)) -> Series:
    """A judged T chart of the days between cases, the first case on `first`."""
    dates = [first]
    for step in days:
        dates.append(dates[-1] + dt.timedelta(days=step))
    points = tuple(day.isoformat() for day in dates[1:])
    chart = t_chart([float(day) for day in days]) if len(days) >= 12 else None
    series = Series(
        "x-per-manad",
        "X",
        "x",
        "dagar-mellan",
        "ingen",
        points,
        tuple(float(d) for d in days),
        chart,
        (),
        "",
        "",
    )
    code, sentence, side = judge(series, cases=len(dates), months=24)
    return Series(
        "x-per-manad", "X", "x", "dagar-mellan", "ingen", points,
        tuple(float(d) for d in days), chart, (), code, sentence, side,
    )  # fmt: skip
