"""Anhøj's runs analysis of one part of a control chart, as qicharts2 does it.

Anhøj J, Olesen AV (2014), "Run charts revisited", PLOS ONE 9(11): e113825; Anhøj J (2015),
"Diagnostic value of run chart analysis", PLOS ONE 10(3): e0121349; qicharts2's `runs.analysis()`.

- The useful observations are the points of the part that are plotted (not None) and not exactly on
  the centre line. A point on the centre line neither breaks nor extends a run: it is left out of the
  sequence, so the points on either side of it may belong to the same run.
- A run is a sequence of useful points on the same side of the centre line; a crossing is a change of
  side between two consecutive useful points (crossings = runs - 1).
- With n useful observations, the part signals non-random variation when the longest run is longer
  than `longest_run_max(n)` = round(log2(n)) + 3, or when there are fewer crossings than
  `crossings_min(n)`, the lower 5 % quantile of Binomial(n - 1, 1/2) (R's `qbinom(0.05, n - 1, 0.5)`).
  qicharts2 applies the rules at any n, so does this module; with no useful observation there are no
  limits and no signal.
- The points marked (the renderer colours them): for the longest-run rule, every useful point of every
  run longer than the limit (not only the longest run); for the crossings rule, every useful point of
  the part, since it is the whole sequence of runs that crosses too seldom (qicharts2 marks the part's
  centre line). Each mark says on which side of the centre line its point lies.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import Literal

Rule = Literal["outside", "run", "crossings"]
Side = Literal["high", "low"]

CROSSINGS_QUANTILE = 0.05


@dataclass(frozen=True)
class Signal:
    """A special-cause point: its index in the series, the rule that marks it, its side of the centre."""

    index: int
    rule: Rule
    side: Side


@dataclass(frozen=True)
class Runs:
    """The runs analysis of the part of the series from index `start` up to (not including) `stop`."""

    start: int
    stop: int
    n_useful: int
    longest_run: int
    longest_run_max: int | None
    n_crossings: int
    n_crossings_min: int | None
    runs_signal: bool


@cache
def binomial_quantile(p: float, size: int) -> int:
    """R's `qbinom(p, size, 0.5)`: the smallest k with P(X <= k) >= p for X ~ Binomial(size, 1/2).

    Exact: the sums of binomial coefficients are compared with p as a fraction (R compares in floating
    point with a fuzz of 64 ulps, which gives the same k unless P(X <= k) lies within that fuzz below p;
    for p = 0.05 it never does, since 2**size / 20 is never an integer).
    """
    if size < 0 or not 0 <= p <= 1:
        raise ValueError(f"binomial_quantile needs size >= 0 and 0 <= p <= 1, not size={size}, p={p}")
    target = Fraction(p) * 2**size
    cumulative = 0
    for k in range(size + 1):
        cumulative += math.comb(size, k)
        if cumulative >= target:
            return k
    return size


def longest_run_max(n_useful: int) -> int:
    """The longest run that is still random among `n_useful` observations (a longer one signals)."""
    return round(math.log2(n_useful)) + 3


def crossings_min(n_useful: int) -> int:
    """The fewest crossings that are still random among `n_useful` observations (fewer signal)."""
    return binomial_quantile(CROSSINGS_QUANTILE, max(n_useful - 1, 0))


def analyse(
    values: Sequence[float | None], centre: Sequence[float | None], start: int, stop: int
) -> tuple[Runs, list[Signal]]:
    """The runs analysis of `values[start:stop]` around `centre` (one centre value per point)."""
    useful: list[tuple[int, Side]] = [
        (index, "high" if value > line else "low")
        for index in range(start, stop)
        if (value := values[index]) is not None and (line := centre[index]) is not None and value != line
    ]
    runs: list[list[tuple[int, Side]]] = []
    for point in useful:
        if runs and runs[-1][-1][1] == point[1]:
            runs[-1].append(point)
        else:
            runs.append([point])
    n_useful = len(useful)
    if not n_useful:
        return Runs(start, stop, 0, 0, None, 0, None, runs_signal=False), []
    longest, longest_max = max(len(run) for run in runs), longest_run_max(n_useful)
    crossings, fewest = len(runs) - 1, crossings_min(n_useful)
    signals: list[Signal] = []
    if longest > longest_max:
        signals += [
            Signal(index, "run", side) for run in runs if len(run) > longest_max for index, side in run
        ]
    if crossings < fewest:
        signals += [Signal(index, "crossings", side) for index, side in useful]
    result = Runs(start, stop, n_useful, longest, longest_max, crossings, fewest, runs_signal=bool(signals))
    return result, signals
