"""Control charts of monthly series as qicharts2 (Anhøj) computes them: 3-sigma limits and runs rules.

Every chart function returns a `Chart`: per point its value, centre line, limits and part, per part its
runs analysis (`kvalitet.aggregate.runs`), and the special-cause points with their side of the centre
line. A value of None is a month that is not plotted: it has no limits and no part in the analysis.

- `c_chart`: counts. CL = mean count; limits CL ± 3·√CL, the lower one floored at 0.
- `u_chart`: rates count / exposure (times `multiply`). A month whose exposure is None or 0 is not
  plotted, and its count is not in the centre line. CL = Σcounts / Σexposures; limits
  CL ± 3·√(CL / nᵢ), floored at 0. With `laney=True`, Laney's U′: zᵢ = (uᵢ − CL) / √(CL / nᵢ) over
  the baseline points, σz = mean moving range of z / 1.128, limits CL ± 3·σz·√(CL / nᵢ).
- `xmr_chart`: individuals. CL = mean; σ = mean moving range / 1.128 (d2), limits CL ± 3σ, i.e.
  3 / 1.128 ≈ 2.66 mean moving ranges. As in qicharts2 (after Nelson 1982), moving ranges of 3.267
  (D4) times their mean or more are left out and the mean recomputed, so that one jump does not widen
  the limits (`screen_ranges=False` keeps them all, as NHS "Making Data Count" does). Floored at 0
  only when `nonnegative`. With all moving ranges 0 the limits are the centre line (qicharts2: none).
- `t_chart`: days between events. The days are transformed to y = days^(1/3.6) (Nelson 1994), the
  transformed values get an individuals chart (with the screening above), and its centre line and
  limits are transformed back (·^3.6); a negative lower limit becomes 0.

The runs analysis of every chart is around its centre line (the mean; for the T chart the mean of y
transformed back), as qicharts2 does for all but its run chart, which uses the median.

Moving ranges are taken between neighbouring plotted points of the same part's baseline: never across
a part boundary or a month that is not plotted (R's `diff()` then `mean(na.rm = TRUE)` in qicharts2).

Parts and baseline, as qicharts2's `part` and `freeze`:

- `parts` are the indexes (from 0) of the first point of each new part, after a documented change of
  the process. They are qicharts2's `part` exactly: its `part = 12` (the last point before a
  recalculation, counted from 1) is `parts=(12,)` here. Each part gets its own centre line, limits and
  runs analysis.
- `freeze` is the number of points at the start of the first part (the whole series when there are no
  parts) from which its centre line and limits are computed and then extended over the rest of that
  part: the points after the baseline are judged against it. The runs analysis of that part covers all
  of its points, baseline or not, against the frozen centre line (as qicharts2's `runs.analysis()`).
  Other parts are computed from all their points. qicharts2 does not combine the two (its `freeze` is
  "ignored if part argument is given"); here it applies to the first part and must not exceed it.

Signals: a point strictly above the upper or below the lower limit (rule "outside", Shewhart), and
the points marked by the runs analysis of its part (rules "run" and "crossings"). A point may carry
more than one; they are ordered by index, then rule.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from itertools import pairwise
from typing import Literal

from kvalitet.aggregate.runs import Runs, Signal, analyse

Kind = Literal["c", "u", "u_prime", "xmr", "t"]
Limits = tuple[float | None, float | None, float | None]
"""Centre line, lower and upper limit of one point."""

SIGMA = 3.0
D2 = 1.128
"""The mean range of two normal observations, in standard deviations."""
D4 = 3.267
"""The upper limit of a moving range, in mean moving ranges."""
T_POWER = 3.6
_RULE_ORDER = {"outside": 0, "run": 1, "crossings": 2}
_NONE: Limits = (None, None, None)


@dataclass(frozen=True)
class Chart:
    """A control chart: one entry per point in the tuples of points, one `Runs` per part."""

    kind: Kind
    values: tuple[float | None, ...]
    centre: tuple[float | None, ...]
    lower: tuple[float | None, ...]
    upper: tuple[float | None, ...]
    part: tuple[int, ...]
    """The part (from 0) each point belongs to."""
    baseline: tuple[bool, ...]
    """Whether the point's part computes its centre line and limits from it (False after a freeze)."""
    runs: tuple[Runs, ...]
    signals: tuple[Signal, ...]

    def to_json(self) -> dict[str, object]:
        """Plain JSON-able data: the fields above, the points as columns, floats rounded to 4 decimals."""
        return {
            "kind": self.kind,
            **{
                name: [_round(number) for number in getattr(self, name)]
                for name in ("values", "centre", "lower", "upper")
            },
            "part": list(self.part),
            "baseline": list(self.baseline),
            "runs": [asdict(runs) for runs in self.runs],
            "signals": [asdict(signal) for signal in self.signals],
        }


def c_chart(counts: Sequence[float | None], parts: Sequence[int] = (), freeze: int | None = None) -> Chart:
    """A C chart of counts per month (None: a month that is not plotted)."""
    values = _checked("counts", counts)

    def limits(base: list[int], part: range) -> list[Limits]:
        if not base:
            return [_NONE] * len(part)
        centre = math.fsum(_plotted(values, base).values()) / len(base)
        width = SIGMA * math.sqrt(centre)
        return [(centre, max(0.0, centre - width), centre + width)] * len(part)

    return _chart("c", values, parts, freeze, limits)


def u_chart(
    counts: Sequence[float | None],
    exposures: Sequence[float | None],
    parts: Sequence[int] = (),
    freeze: int | None = None,
    *,
    laney: bool = False,
    multiply: float = 1.0,
) -> Chart:
    """A U chart of count / exposure, times `multiply` (e.g. 1000: per 1000 days); U′ with `laney`."""
    if len(counts) != len(exposures):
        raise ValueError(f"u_chart needs as many exposures as counts, not {len(exposures)} and {len(counts)}")
    events, sizes = _checked("counts", counts), _checked("exposures", exposures)
    points = {
        index: (count, size)
        for index, (count, size) in enumerate(zip(events, sizes, strict=True))
        if count is not None and size
    }

    def limits(base: list[int], part: range) -> list[Limits]:
        if not base:
            return [_NONE] * len(part)
        centre = math.fsum(points[index][0] for index in base) / math.fsum(points[index][1] for index in base)
        sigma_z: float | None = 1.0
        if laney:
            mean_range = _mean_moving_range({index: _z(*points[index], centre) for index in base})
            sigma_z = None if mean_range is None else mean_range / D2
        return [
            (centre * multiply, None, None)
            if index not in points or sigma_z is None
            else (
                centre * multiply,
                max(0.0, centre - SIGMA * sigma_z * math.sqrt(centre / points[index][1])) * multiply,
                (centre + SIGMA * sigma_z * math.sqrt(centre / points[index][1])) * multiply,
            )
            for index in part
        ]

    values = tuple(
        points[index][0] / points[index][1] * multiply if index in points else None
        for index in range(len(events))
    )
    return _chart("u_prime" if laney else "u", values, parts, freeze, limits)


def xmr_chart(
    values: Sequence[float | None],
    parts: Sequence[int] = (),
    freeze: int | None = None,
    *,
    nonnegative: bool = False,
    screen_ranges: bool = True,
) -> Chart:
    """An individuals (XmR) chart; `nonnegative` floors the lower limit at 0 (counts, days)."""
    points = tuple(None if value is None else float(value) for value in values)

    def limits(base: list[int], part: range) -> list[Limits]:
        centre, sigma = _individuals(points, base, screen_ranges=screen_ranges)
        if centre is None or sigma is None:
            return [(centre, None, None)] * len(part)
        lower = centre - SIGMA * sigma
        return [(centre, max(0.0, lower) if nonnegative else lower, centre + SIGMA * sigma)] * len(part)

    return _chart("xmr", points, parts, freeze, limits)


def t_chart(
    days_between: Sequence[float | None], parts: Sequence[int] = (), freeze: int | None = None
) -> Chart:
    """A T chart of the days between consecutive rare events (one point per event)."""
    days = _checked("days_between", days_between)
    transformed = tuple(None if day is None else day ** (1 / T_POWER) for day in days)

    def limits(base: list[int], part: range) -> list[Limits]:
        centre, sigma = _individuals(transformed, base, screen_ranges=True)
        if centre is None:
            return [_NONE] * len(part)
        if sigma is None:
            return [(centre**T_POWER, None, None)] * len(part)
        lower, upper = max(0.0, centre - SIGMA * sigma), centre + SIGMA * sigma
        return [(centre**T_POWER, lower**T_POWER, upper**T_POWER)] * len(part)

    return _chart("t", days, parts, freeze, limits)


def _chart(
    kind: Kind,
    values: tuple[float | None, ...],
    parts: Sequence[int],
    freeze: int | None,
    limits: Callable[[list[int], range], list[Limits]],
) -> Chart:
    """The chart of `values`: `limits(baseline points, part)` gives each point of a part its limits."""
    centre: list[float | None] = []
    lower: list[float | None] = []
    upper: list[float | None] = []
    numbers: list[int] = []
    baseline: list[bool] = []
    runs: list[Runs] = []
    signals: list[Signal] = []
    for number, (part, base) in enumerate(_spans(len(values), parts, freeze)):
        plotted = [index for index in base if values[index] is not None]
        for line, low, high in limits(plotted, part):
            centre.append(line)
            lower.append(low)
            upper.append(high)
        numbers += [number] * len(part)
        baseline += [index in base for index in part]
        result, marks = analyse(values, centre, part.start, part.stop)
        runs.append(result)
        signals += marks
    for index, value in enumerate(values):
        high, low = upper[index], lower[index]
        if value is not None and high is not None and value > high:
            signals.append(Signal(index, "outside", "high"))
        elif value is not None and low is not None and value < low:
            signals.append(Signal(index, "outside", "low"))
    signals.sort(key=lambda signal: (signal.index, _RULE_ORDER[signal.rule]))
    return Chart(
        kind,
        values,
        tuple(centre),
        tuple(lower),
        tuple(upper),
        tuple(numbers),
        tuple(baseline),
        tuple(runs),
        tuple(signals),
    )


def _spans(length: int, parts: Sequence[int], freeze: int | None) -> list[tuple[range, range]]:
    """Each part of a series of `length` points, with the points its limits are computed from."""
    starts = [0, *parts]
    if any(after <= before for before, after in pairwise(starts)) or (parts and parts[-1] >= length):
        raise ValueError(f"parts must be increasing indexes between 1 and {length - 1}, not {list(parts)}")
    spans = [range(start, stop) for start, stop in pairwise([*starts, length])]
    if freeze is None:
        return [(span, span) for span in spans]
    if not 1 <= freeze <= len(spans[0]):
        raise ValueError(f"freeze must be between 1 and {len(spans[0])} (the first part), not {freeze}")
    return [(spans[0], range(freeze)), *((span, span) for span in spans[1:])]


def _individuals(
    values: Sequence[float | None], base: list[int], *, screen_ranges: bool
) -> tuple[float | None, float | None]:
    """The mean of the baseline points and their sigma from the moving ranges (None if no range)."""
    points = _plotted(values, base)
    if not points:
        return None, None
    centre = math.fsum(points.values()) / len(points)
    ranges = _moving_ranges(points)
    if not ranges:
        return centre, None
    average = math.fsum(ranges) / len(ranges)
    if screen_ranges:
        kept = [value for value in ranges if value < D4 * average]
        average = math.fsum(kept) / len(kept) if kept else 0.0
    return centre, average / D2


def _moving_ranges(points: dict[int, float]) -> list[float]:
    """|x[i] - x[i-1]| for each pair of neighbouring indexes among the points (in index order)."""
    return [abs(points[after] - points[before]) for before, after in pairwise(points) if after == before + 1]


def _mean_moving_range(points: dict[int, float]) -> float | None:
    ranges = _moving_ranges(points)
    return math.fsum(ranges) / len(ranges) if ranges else None


def _z(count: float, size: float, centre: float) -> float:
    """Laney's z-score of a point's rate; 0 when the centre line is 0 (all baseline counts 0)."""
    return (count / size - centre) / math.sqrt(centre / size) if centre else 0.0


def _plotted(values: Sequence[float | None], indexes: list[int]) -> dict[int, float]:
    return {index: value for index in indexes if (value := values[index]) is not None}


def _checked(name: str, numbers: Sequence[float | None]) -> tuple[float | None, ...]:
    """`numbers` as floats; none may be negative."""
    if any(number is not None and number < 0 for number in numbers):
        raise ValueError(f"{name} cannot be negative: {list(numbers)}")
    return tuple(None if number is None else float(number) for number in numbers)


def _round(number: float | None) -> float | None:
    return None if number is None else round(number, 4) + 0.0  # + 0.0: no "-0.0" in the JSON
