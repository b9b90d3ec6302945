"""How many cases of each stream arrive per year, and on which days.

Default volumes follow the seed reports: deviations under SoL/LSS rise after 2023 as the
reporting culture improves, health care deviations grow slowly, decisions not carried out in
time peak after the pandemic. Years outside the table use the nearest year in it.
"""

from __future__ import annotations

import calendar
import datetime
import random
from collections.abc import Sequence

from .streams import Stream

_FIRST_YEAR = 2021
# Expected cases per full year, 2021 to 2026.
BASE: dict[Stream, tuple[float, ...]] = {
    Stream.DEVIATION_SOCIAL: (165, 175, 195, 245, 272, 280),
    Stream.DEVIATION_HEALTH: (90, 98, 104, 115, 124, 130),
    Stream.DEVIATION_REGION: (18, 20, 19, 22, 21, 23),
    Stream.COMPLAINT: (36, 44, 41, 49, 46, 50),
    Stream.FEEDBACK: (55, 62, 58, 70, 74, 72),
    Stream.LEX_SARAH: (9, 10, 12, 16, 18, 17),
    Stream.DATA_BREACH: (6, 8, 12, 9, 11, 10),
    Stream.LEX_MAJA: (2, 2, 2, 2, 2, 2),
    Stream.UNEXECUTED: (70, 55, 45, 50, 58, 62),
}
# Lex Maja reports are rare: 0 to 4 a year.
_LEX_MAJA_COUNTS = (0, 1, 2, 3, 4)
_LEX_MAJA_WEIGHTS = (25, 30, 25, 13, 7)
_NOISE = 0.06

# Relative intake per month, January to December.
_FLAT = (1.0,) * 12
SEASON: dict[Stream, tuple[float, ...]] = {
    # Summer substitutes: more deviations in July and August, fewer around Christmas.
    Stream.DEVIATION_SOCIAL: (1.0, 1.0, 1.0, 0.95, 1.0, 1.1, 1.25, 1.15, 1.0, 1.0, 1.0, 0.85),
    Stream.DEVIATION_HEALTH: (1.05, 1.0, 1.0, 0.95, 0.95, 1.05, 1.2, 1.15, 1.0, 1.0, 1.0, 1.05),
    Stream.DEVIATION_REGION: (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.8, 0.9, 1.0, 1.1, 1.1, 1.0),
    # Complaints dip in the holidays; praise peaks before Christmas.
    Stream.COMPLAINT: (1.0, 1.1, 1.1, 1.0, 1.0, 0.9, 0.6, 0.8, 1.1, 1.1, 1.1, 0.9),
    Stream.FEEDBACK: (1.0, 1.0, 1.0, 1.0, 1.0, 0.9, 0.7, 0.8, 1.0, 1.0, 1.1, 1.4),
    Stream.LEX_SARAH: _FLAT,
    Stream.DATA_BREACH: (1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.1, 1.0, 1.0, 1.0, 0.9),
    Stream.LEX_MAJA: (0.8, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.2, 1.0, 0.9, 0.8, 0.8),
    Stream.UNEXECUTED: (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.2, 1.2, 1.0, 1.0, 1.0, 0.9),
}

# Cases are registered mostly on weekdays; health deviations are reported by the staff on duty.
_WEEKEND: dict[Stream, float] = {Stream.DEVIATION_HEALTH: 0.8, Stream.DEVIATION_SOCIAL: 0.4}
_WEEKEND_DEFAULT = 0.15


def annual(rng: random.Random, year: int, per_year: int | None) -> dict[Stream, float]:
    """Expected cases per stream for a full ``year``, scaled to ``per_year`` in total if given."""
    index = min(max(year - _FIRST_YEAR, 0), len(BASE[Stream.COMPLAINT]) - 1)
    volumes: dict[Stream, float] = {}
    for stream in Stream:
        if stream is Stream.LEX_MAJA:
            volumes[stream] = float(rng.choices(_LEX_MAJA_COUNTS, _LEX_MAJA_WEIGHTS)[0])
        else:
            volumes[stream] = BASE[stream][index] * rng.uniform(1 - _NOISE, 1 + _NOISE)
    if per_year is not None:
        factor = per_year / sum(volumes.values())
        volumes = {stream: volume * factor for stream, volume in volumes.items()}
    return volumes


def largest_remainder(weights: Sequence[float], total: int) -> list[int]:
    """Split ``total`` in proportion to ``weights`` into integers that add up to ``total``."""
    weight_sum = sum(weights)
    if total == 0 or weight_sum == 0:
        return [0] * len(weights)
    quotas = [total * weight / weight_sum for weight in weights]
    counts = [int(quota) for quota in quotas]
    by_remainder = sorted(range(len(quotas)), key=lambda i: (counts[i] - quotas[i], i))
    for i in by_remainder[: total - sum(counts)]:
        counts[i] += 1
    return counts


def _months(stream: Stream, start: datetime.date, end: datetime.date) -> list[tuple[int, int, int, float]]:
    """(month, first day, last day, share of a full year's cases) for the months in the period."""
    season = SEASON[stream]
    season_sum = sum(season)
    months: list[tuple[int, int, int, float]] = []
    for month in range(start.month, end.month + 1):
        length = calendar.monthrange(start.year, month)[1]
        first = start.day if month == start.month else 1
        last = end.day if month == end.month else length
        months.append((month, first, last, season[month - 1] / season_sum * (last - first + 1) / length))
    return months


def counts(volumes: dict[Stream, float], start: datetime.date, end: datetime.date) -> dict[Stream, int]:
    """Cases per stream between ``start`` and ``end``; the total is the rounded expected total."""
    expected = [volumes[stream] * sum(m[3] for m in _months(stream, start, end)) for stream in Stream]
    return dict(zip(Stream, largest_remainder(expected, round(sum(expected))), strict=True))


def dates(
    rng: random.Random, stream: Stream, count: int, start: datetime.date, end: datetime.date
) -> list[datetime.date]:
    """``count`` registration dates between ``start`` and ``end`` (same year), in order."""
    weekend = _WEEKEND.get(stream, _WEEKEND_DEFAULT)
    months = _months(stream, start, end)
    result: list[datetime.date] = []
    per_month = largest_remainder([share for *_, share in months], count)
    for (month, first, last, _), in_month in zip(months, per_month, strict=True):
        if in_month:
            days = [datetime.date(start.year, month, day) for day in range(first, last + 1)]
            weights = [weekend if day.weekday() >= 5 else 1.0 for day in days]
            result.extend(sorted(rng.choices(days, weights, k=in_month)))
    return result
