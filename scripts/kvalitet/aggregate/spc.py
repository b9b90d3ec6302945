"""XmR control charts as in NHS England's "Making Data Count".

- Centre line: the mean of the points. Moving range: |x[i] - x[i-1]|; its average over the n - 1 ranges.
- Process limits: mean ± 2.66 × average moving range; the lower limit is never below 0 (counts).
- Signals (each a tuple of point indexes):
  - outside: a point above the upper or below the lower limit (strictly);
  - shift: a run of 7 or more consecutive points on the same side of the mean, every point of the run
    (a point exactly on the mean ends a run);
  - trend: 6 or more consecutive increases, or decreases (7 or more points), every point of the run
    (two equal points in a row end a run).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from kvalitet.aggregate.model import ControlChart

LIMIT_FACTOR = 2.66
SHIFT_POINTS = 7
TREND_STEPS = 6


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)


def runs(signs: Sequence[int], minimum: int) -> list[int]:
    """Indexes of every element in a run of at least `minimum` equal non-zero signs."""
    flagged: list[int] = []
    start = 0
    for index in range(1, len(signs) + 1):
        if index == len(signs) or signs[index] != signs[start]:
            if signs[start] != 0 and index - start >= minimum:
                flagged += range(start, index)
            start = index
    return flagged


def shift_points(values: Sequence[float], mean: float) -> tuple[int, ...]:
    """Points in runs of `SHIFT_POINTS` or more on one side of the mean."""
    return tuple(runs([_sign(value - mean) for value in values], SHIFT_POINTS))


def trend_points(values: Sequence[float]) -> tuple[int, ...]:
    """Points in runs of `TREND_STEPS` or more increases (or decreases) in a row."""
    steps = [_sign(after - before) for before, after in pairwise(values)]
    flagged: set[int] = set()
    for step in runs(steps, TREND_STEPS):
        flagged.update((step, step + 1))  # step i goes from point i to point i + 1
    return tuple(sorted(flagged))


def xmr(values: Sequence[float]) -> ControlChart | None:
    """The control chart of `values`, or None with fewer than two points."""
    if len(values) < 2:
        return None
    mean = sum(values) / len(values)
    ranges = [abs(after - before) for before, after in pairwise(values)]
    average_range = sum(ranges) / len(ranges)
    upper = mean + LIMIT_FACTOR * average_range
    lower = max(0.0, mean - LIMIT_FACTOR * average_range)
    outside = tuple(index for index, value in enumerate(values) if value > upper or value < lower)
    return ControlChart(
        mean=mean,
        average_moving_range=average_range,
        upper=upper,
        lower=lower,
        outside=outside,
        shift=shift_points(values, mean),
        trend=trend_points(values),
    )
