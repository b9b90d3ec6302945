"""Plan every case before building it: stream, registration date, id and lex Sarah links."""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

from .streams import KIND, PREFIX, Stream
from .volumes import MONTHS, dates, month_counts
from .writer import Value

# Share of lex Sarah reports that started as a deviation report.
SARAH_FROM_DEVIATION = 0.7
# A deviation turns into a lex Sarah report within this many days (same year).
_MAX_CONVERSION_DAYS = 14


@dataclass(eq=False)
class Case:
    stream: Stream
    registrerad: datetime.date
    seq: int
    id: str = ""
    # A deviation and the lex Sarah report it became point at each other.
    link: Case | None = None
    record: dict[str, Value] | None = None

    @property
    def kind(self) -> str:
        return KIND[self.stream]


def _sarah_cases(
    rng: random.Random,
    days: list[datetime.date],
    deviations: list[Case],
    end: datetime.date,
    seq: int,
) -> list[Case]:
    linked = rng.sample(deviations, min(round(SARAH_FROM_DEVIATION * len(days)), len(deviations)))
    cases: list[Case] = []
    for deviation in linked:
        delay = datetime.timedelta(days=int(rng.triangular(0, _MAX_CONVERSION_DAYS, 2)))
        case = Case(Stream.LEX_SARAH, min(deviation.registrerad + delay, end), seq, link=deviation)
        deviation.link = case
        cases.append(case)
        seq += 1
    for day in sorted(rng.sample(days, len(days) - len(linked))):
        cases.append(Case(Stream.LEX_SARAH, day, seq))
        seq += 1
    return cases


def plan(seed: int, first_year: int, last_day: datetime.date, per_year: int | None) -> list[Case]:
    """All cases from 1 January ``first_year`` to ``last_day``, sorted by date, with ids.

    Each year has its own random source and is planned in full, then cut at ``last_day``: a later
    ``last_day`` adds cases to the last year and leaves the cases before it as they were.
    """
    cases: list[Case] = []
    for year in range(first_year, last_day.year + 1):
        rng = random.Random(f"plan:{seed}:{year}")
        per_month = month_counts(rng, year, per_year)
        deviations: list[Case] = []
        for stream in Stream:
            days = [
                day
                for month in MONTHS
                for day in dates(rng, stream, year, month, per_month[stream][month - 1])
            ]
            if stream is Stream.LEX_SARAH:
                new = _sarah_cases(rng, days, deviations, datetime.date(year, 12, 31), len(cases))
            else:
                new = [Case(stream, day, len(cases) + i) for i, day in enumerate(days)]
            if stream is Stream.DEVIATION_SOCIAL:
                deviations = new
            cases.extend(new)
    cases = [case for case in cases if case.registrerad <= last_day]
    for case in cases:
        # A deviation whose lex Sarah report comes after the last day has not become one yet.
        if case.link is not None and case.link.registrerad > last_day:
            case.link = None
    cases.sort(key=lambda case: (case.registrerad, case.seq))
    counters: dict[tuple[str, int], int] = {}
    for case in cases:
        key = (PREFIX[case.kind], case.registrerad.year)
        counters[key] = counters.get(key, 0) + 1
        case.id = f"{key[0]}-{key[1]}-{counters[key]:04d}"
    return cases
