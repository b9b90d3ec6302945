"""The periods a report covers: a year, the first half-year (delårsrapport), a quarter.

A report compares its period with the same period of the two years before. Cases are picked by the
window of the period within any year (January–June for a half-year), so that aggregating them by year
gives "the same period" of each year in the year columns.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from kvalitet.messages import say

YEAR, HALF, QUARTER = "år", "halvår", "kvartal"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, slots=True, order=True)
class ReportPeriod:
    year: int
    kind: str
    """`år`, `halvår` (January–June) or `kvartal`."""
    part: int = 0
    """The quarter (1–4); 1 for the half-year; 0 for a year."""

    @property
    def months(self) -> tuple[int, int]:
        """First and last month of the period."""
        if self.kind == HALF:
            return 1, 6
        if self.kind == QUARTER:
            return 3 * self.part - 2, 3 * self.part
        return 1, 12

    @property
    def id(self) -> str:
        """The page name: `2024`, `2024-halvar`, `2024-kvartal-2`."""
        if self.kind == HALF:
            return f"{self.year}-halvar"
        if self.kind == QUARTER:
            return f"{self.year}-kvartal-{self.part}"
        return str(self.year)

    @classmethod
    def from_id(cls, text: str) -> ReportPeriod:
        """The period of a page name (`2024`, `2024-halvar`, `2024-kvartal-2`); ValueError if none."""
        year, _, rest = text.partition("-")
        if not year.isdigit() or len(year) != 4:
            raise ValueError(text)
        if not rest:
            return cls(int(year), YEAR)
        if rest == "halvar":
            return cls(int(year), HALF, 1)
        if rest.startswith("kvartal-") and rest[-1:] in "1234" and len(rest) == len("kvartal-1"):
            return cls(int(year), QUARTER, int(rest[-1]))
        raise ValueError(text)

    def start(self, year: int | None = None) -> dt.date:
        return dt.date(year or self.year, self.months[0], 1)

    def end(self, year: int | None = None) -> dt.date:
        return _month_end(year or self.year, self.months[1])

    def in_window(self, day: dt.date) -> bool:
        """Whether `day` falls in the period's months, in any year."""
        first, last = self.months
        return first <= day.month <= last

    def label(self, year: int | None = None) -> str:
        """ "2024", "januari–juni 2024", "andra kvartalet 2024"."""
        year = year or self.year
        if self.kind == HALF:
            return say("period-half", year=year)
        if self.kind == QUARTER:
            return say(f"period-quarter-{self.part}", year=year)
        return str(year)

    def title(self) -> str:
        if self.kind == YEAR:
            return say("report-title-year", year=self.year)
        return say("report-title-interim", period=self.label())

    def default_follow_up(self, as_of: dt.date) -> dt.date:
        """The uppföljningsdatum when none is given: the last day of the month after the period, but
        never after the build's cut-off date."""
        year, month = (self.year + 1, 1) if self.months[1] == 12 else (self.year, self.months[1] + 1)
        return min(_month_end(year, month), as_of)


def report_periods(first_year: int, as_of: dt.date, approved: Iterable[str] = ()) -> list[ReportPeriod]:
    """Every period with a report: each year that has ended by `as_of`, for the year of `as_of` the
    half-year and the quarters that have ended, and every approved report. Newest first."""
    periods = {ReportPeriod(year, YEAR) for year in range(first_year, as_of.year + 1)}
    periods |= {ReportPeriod(as_of.year, HALF, 1)}
    periods |= {ReportPeriod(as_of.year, QUARTER, part) for part in range(1, 5)}
    done = {period for period in periods if period.end() <= as_of}
    done |= {ReportPeriod.from_id(report) for report in approved}
    return sorted(done, key=lambda period: (-period.year, period.kind != YEAR, period.kind, period.part))
