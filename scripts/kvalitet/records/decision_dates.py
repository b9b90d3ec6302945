"""The dates of an ej verkställt beslut as IVO counts them: the three-month date and the quarters.

A gynnande beslut becomes a case when it is not verkställt within three months of the decision
(16 kap. 6 f § SoL, 28 f § LSS), or when a decision being carried out is interrupted (`avbrott`) and
not resumed within three months of the interruption. The three-month date is derived, never typed:
the same day number three months later, or the last day of that month when it is shorter (as the law
on computing statutory periods counts months). It must be reported to IVO for every quarter from the
one the three-month date falls in until the quarter it was verkställd, resumed or closed in.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kvalitet.records.dates import parse_date, plausible

QUARTER = re.compile(r"^([0-9]{4})-Q([1-4])$")
MONTHS = 3


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the last day of that month when it is shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    """A calendar quarter, written `2024-Q3` in records."""

    year: int
    number: int

    @classmethod
    def of(cls, day: dt.date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, text: object) -> Quarter | None:
        match = QUARTER.match(text) if isinstance(text, str) else None
        return cls(int(match.group(1)), int(match.group(2))) if match else None

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.number * 3 - 2, 1)

    @property
    def end(self) -> dt.date:
        return add_months(self.start, 3) - dt.timedelta(days=1)

    def next(self) -> Quarter:
        return Quarter.of(self.end + dt.timedelta(days=1))

    def __str__(self) -> str:
        return f"{self.year}-Q{self.number}"


def _date(data: Mapping[str, Any], name: str) -> dt.date | None:
    value = data.get(name)
    day = parse_date(value) if isinstance(value, str) else None
    return day if day is not None and plausible(day) else None


@dataclass(frozen=True, slots=True)
class DecisionDates:
    """The dates that decide when an ej verkställt beslut must be reported."""

    decided: dt.date
    """beslutsdatum."""
    start: dt.date
    """The day the three months run from: the decision, or the interruption (`avbrott`)."""
    three_months: dt.date
    """The last day of the three months; the case exists from the day after."""
    end: dt.date | None
    """The day it stopped being a case: verkställd, återupptagen, or else avslutad; None while open."""
    interrupted: bool

    def due(self, quarter: Quarter) -> bool:
        """Whether the decision must be reported to IVO for `quarter`."""
        return self.three_months <= quarter.end and (self.end is None or self.end >= quarter.start)

    def due_quarters(self, before: dt.date) -> list[Quarter]:
        """The quarters it must be reported for that ended before `before` (closed quarters)."""
        found: list[Quarter] = []
        quarter = Quarter.of(self.three_months)
        while quarter.end < before and (self.end is None or quarter.start <= self.end):
            found.append(quarter)
            quarter = quarter.next()
        return found

    def waited_until(self, day: dt.date) -> dt.date:
        """The day the waiting counts to, seen at `day`: the end when it came before, else `day`."""
        return self.end if self.end is not None and self.end <= day else day


def decision_dates(data: Mapping[str, Any]) -> DecisionDates | None:
    """The dates of a record of typ ej_verkställt_beslut; None without a readable beslutsdatum."""
    decided = _date(data, "beslutsdatum")
    if decided is None:
        return None
    interrupted = _date(data, "avbrott")
    start = interrupted or decided
    end = _date(data, "återupptagen") if interrupted else _date(data, "verkställd")
    if end is None and data.get("status") == "avslutad":
        end = _date(data, "avslutad")
    return DecisionDates(decided, start, add_months(start, MONTHS), end, interrupted is not None)


def reported_quarters(data: Mapping[str, Any]) -> list[Quarter]:
    """The quarters in `rapporterad_ivo` that can be read."""
    value = data.get("rapporterad_ivo")
    items = value if isinstance(value, list) else []
    return [quarter for item in items if (quarter := Quarter.parse(item)) is not None]
