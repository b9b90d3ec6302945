"""How many cases of each stream arrive per month, and on which days.

Every stream has an expected monthly count: a level that changes slowly (a few per cent a year,
or not at all), a mild seasonal profile, and the documented changes of `changes.py`, which move a
level from a given month on. The count of a month is a Poisson draw around that mean, as counts of
independent events are, so a control chart of the demo shows ordinary variation around levels
that move only where a change is documented. Years outside 2021-2026 keep the level of the
nearest of those years.
"""

from __future__ import annotations

import calendar
import datetime
import itertools
import math
import random
from dataclasses import dataclass
from functools import lru_cache

from .changes import factor
from .poisson import poisson
from .streams import Stream
from .weighted import Weighted

_FIRST_YEAR = 2021
_LAST_YEAR = 2026


@dataclass(frozen=True)
class Level:
    """Expected cases in a full year at the start of 2021, and their relative growth per year."""

    per_year: float
    growth: float = 0.0


LEVELS: dict[Stream, Level] = {
    # Flat apart from the new reporting routine of 2024 (changes.py).
    Stream.DEVIATION_SOCIAL: Level(190),
    # Health care deviations grow slowly with the number of people in care.
    Stream.DEVIATION_HEALTH: Level(92, 0.06),
    Stream.DEVIATION_REGION: Level(20, 0.02),
    # No change at all: only ordinary variation around the seasonal profile.
    Stream.COMPLAINT: Level(45),
    Stream.FEEDBACK: Level(58, 0.04),
    Stream.LEX_SARAH: Level(10, 0.1),
    Stream.DATA_BREACH: Level(10, 0.03),
    # Lex Maja reports are rare: about two a year.
    Stream.LEX_MAJA: Level(2),
    # Flat apart from the contracted contact families of 2023 (changes.py).
    Stream.UNEXECUTED: Level(64),
}

# Relative intake per month, January to December (mild: the level matters more than the season).
_FLAT = (1.0,) * 12
SEASON: dict[Stream, tuple[float, ...]] = {
    # Summer substitutes: more deviations in July and August, fewer around Christmas.
    Stream.DEVIATION_SOCIAL: (1.0, 1.0, 1.0, 0.97, 1.0, 1.05, 1.12, 1.08, 1.0, 1.0, 1.0, 0.92),
    Stream.DEVIATION_HEALTH: (1.02, 1.0, 1.0, 0.97, 0.97, 1.02, 1.1, 1.08, 1.0, 1.0, 1.0, 1.02),
    Stream.DEVIATION_REGION: (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.9, 0.95, 1.0, 1.05, 1.05, 1.0),
    # Complaints dip in the holidays; praise peaks before Christmas.
    Stream.COMPLAINT: (1.0, 1.05, 1.05, 1.0, 1.0, 0.95, 0.8, 0.9, 1.05, 1.05, 1.05, 0.95),
    Stream.FEEDBACK: (1.0, 1.0, 1.0, 1.0, 1.0, 0.95, 0.85, 0.9, 1.0, 1.0, 1.05, 1.2),
    Stream.LEX_SARAH: _FLAT,
    Stream.DATA_BREACH: (1.0, 1.0, 1.0, 1.0, 1.0, 1.05, 1.1, 1.05, 1.0, 1.0, 1.0, 0.95),
    Stream.LEX_MAJA: (0.9, 0.9, 0.95, 1.0, 1.05, 1.1, 1.15, 1.1, 1.0, 0.95, 0.9, 0.9),
    Stream.UNEXECUTED: (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.1, 1.1, 1.0, 1.0, 1.0, 0.95),
}

# Cases are registered mostly on weekdays; health deviations are reported by the staff on duty.
_WEEKEND: dict[Stream, float] = {Stream.DEVIATION_HEALTH: 0.8, Stream.DEVIATION_SOCIAL: 0.4}
_WEEKEND_DEFAULT = 0.15

MONTHS = range(1, 13)


def level(stream: Stream, month: datetime.date) -> float:
    """Expected cases of ``stream`` per full year at the level of ``month``, before the season."""
    base = LEVELS[stream]
    years = min(max(month.year + (month.month - 1) / 12, _FIRST_YEAR), _LAST_YEAR + 11 / 12)
    return base.per_year * math.pow(1 + base.growth, years - _FIRST_YEAR) * factor(stream, month)


def expected(stream: Stream, year: int, month: int) -> float:
    """Expected cases of ``stream`` registered in ``month`` of ``year``."""
    season = SEASON[stream]
    return level(stream, datetime.date(year, month, 1)) * season[month - 1] / sum(season)


def month_counts(rng: random.Random, year: int, per_year: int | None) -> dict[Stream, list[int]]:
    """Cases per stream in each month of ``year``.

    Each count is a Poisson draw around its expected value. With ``per_year`` the expected values
    are scaled to that total and exactly ``per_year`` cases are spread over the months and streams
    in proportion to them (the Poisson counts given their total).
    """
    means = {stream: [expected(stream, year, month) for month in MONTHS] for stream in Stream}
    if per_year is None:
        return {stream: [poisson(rng, mean) for mean in means[stream]] for stream in Stream}
    cells = Weighted({(stream, month): means[stream][month - 1] for stream in Stream for month in MONTHS})
    counts = {stream: [0] * 12 for stream in Stream}
    for _ in range(per_year):
        stream, month = cells.draw(rng)
        counts[stream][month - 1] += 1
    return counts


@lru_cache(maxsize=1024)
def _days(year: int, month: int, weekend: float) -> tuple[tuple[datetime.date, ...], tuple[float, ...]]:
    """The days of a month and their cumulative weights."""
    days = tuple(datetime.date(year, month, day) for day in range(1, calendar.monthrange(year, month)[1] + 1))
    weights = (weekend if day.weekday() >= 5 else 1.0 for day in days)
    return days, tuple(itertools.accumulate(weights))


def dates(rng: random.Random, stream: Stream, year: int, month: int, count: int) -> list[datetime.date]:
    """``count`` registration dates in ``month`` of ``year``, in order."""
    if count == 0:
        return []
    days, cumulative = _days(year, month, _WEEKEND.get(stream, _WEEKEND_DEFAULT))
    return sorted(rng.choices(days, cum_weights=cumulative, k=count))
