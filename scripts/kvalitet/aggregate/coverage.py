"""When the records begin, and whether an earlier period can be compared with.

Records kept from 3 March 2026 say nothing about 2025: no case in 2025 is no data, not a count of 0.
The records begin on the earliest `registrerad` of any case (a municipality that migrated older cases
begins with the oldest of them), or on kvalitet.yaml's `uppgifter_från` when that is earlier (records
kept from 1 January whose first case came weeks later). A period can be compared with only if it lies
wholly within the records: one that began before they did is not compared, however much of it they
cover, and the text says so instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.swedish import long_date


def records_start(cases: Iterable[Case], declared: dt.date | None = None) -> dt.date | None:
    """The first day the records cover: the earliest of the cases' `registrerad` and `declared`;
    None without either."""
    days = [case.registered for case in cases]
    if declared is not None:
        days.append(declared)
    return min(days, default=None)


def covered(start: dt.date | None, period_start: dt.date) -> bool:
    """Whether a period beginning on `period_start` lies wholly within records that begin on `start`."""
    return start is not None and start <= period_start


def missing(year: int | str, start: dt.date | None) -> str:
    """The sentence said instead of a comparison with `year`: "Jämförelse med 2025 saknas: uppgifterna
    börjar 3 mars 2026." (without records at all, only that the comparison is missing)."""
    if start is None:
        return say("coverage-missing-empty", year=year)
    return say("coverage-missing", year=year, date=long_date(start))
