"""The periods a report covers: a year (kvalitetsberättelse) or part of one (delårsrapport).

A delårsrapport covers the half-year (januari–juni), a tertial counted from the start of the year
(januari–april, januari–augusti) or a quarter of its own (januari–mars, april–juni …). Which of them a
municipality makes is set in kvalitet.yaml (`delårsrapporter`). A report compares its period with the
same period of the years before: cases are picked by the window of the period within any year
(January–June for a half-year), so that aggregating them by year gives "the same period" of each year
in the year columns.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from kvalitet.messages import say

YEAR, HALF, TERTIAL, QUARTER = "år", "halvår", "tertial", "kvartal"
INTERIM_KINDS = (HALF, TERTIAL, QUARTER)
"""The kinds of delårsrapport, as kvalitet.yaml names them."""
PARTS = {YEAR: 1, HALF: 1, TERTIAL: 2, QUARTER: 4}
"""How many reports of each kind a year has (the third tertial is the whole year)."""
_SLUGS = {HALF: "halvar", TERTIAL: "tertial", QUARTER: "kvartal"}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    year: int
    kind: str
    """`år`, `halvår` (januari–juni), `tertial` (januari–april, januari–augusti) or `kvartal`."""
    part: int = 0
    """The tertial (1–2) or quarter (1–4); 1 for the half-year; 0 for a year."""

    @property
    def months(self) -> tuple[int, int]:
        """First and last month of the period."""
        if self.kind == HALF:
            return 1, 6
        if self.kind == TERTIAL:
            return 1, 4 * self.part
        if self.kind == QUARTER:
            return 3 * self.part - 2, 3 * self.part
        return 1, 12

    @property
    def id(self) -> str:
        """The page name: `2024`, `2024-halvar`, `2024-tertial-2`, `2024-kvartal-2`."""
        if self.kind == YEAR:
            return str(self.year)
        if self.kind == HALF:
            return f"{self.year}-halvar"
        return f"{self.year}-{_SLUGS[self.kind]}-{self.part}"

    @classmethod
    def from_id(cls, text: str) -> ReportPeriod:
        """The period of a page name (`2024`, `2024-halvar`, `2024-tertial-1`, `2024-kvartal-2`);
        ValueError if none."""
        year, dash, rest = text.partition("-")
        if not year.isdigit() or len(year) != 4 or (dash and not rest):
            raise ValueError(text)
        if not rest:
            return cls(int(year), YEAR)
        if rest == "halvar":
            return cls(int(year), HALF, 1)
        slug, _, part = rest.partition("-")
        kind = next((kind for kind, name in _SLUGS.items() if name == slug and kind != HALF), None)
        if kind is None or len(part) != 1 or not "1" <= part <= str(PARTS[kind]):
            raise ValueError(text)
        return cls(int(year), kind, int(part))

    def start(self, year: int | None = None) -> dt.date:
        return dt.date(year or self.year, self.months[0], 1)

    def end(self, year: int | None = None) -> dt.date:
        return _month_end(year or self.year, self.months[1])

    def in_window(self, day: dt.date) -> bool:
        """Whether `day` falls in the period's months, in any year."""
        first, last = self.months
        return first <= day.month <= last

    def contains(self, day: dt.date) -> bool:
        """Whether `day` falls in the period itself (its months of its year)."""
        return day.year == self.year and self.in_window(day)

    def window(self) -> str:
        """The period's months in words, without a year: "januari–augusti"; "" for a year."""
        if self.kind == YEAR:
            return ""
        first, last = self.months
        return say("period-months", first=say(f"month-{first}"), last=say(f"month-{last}"))

    def label(self, year: int | None = None) -> str:
        """ "2024", "januari–juni 2024", "april–juni 2024": a part of a year is named by its months."""
        year = year or self.year
        if self.kind == YEAR:
            return str(year)
        return say("period-window-year", window=self.window(), year=year)

    def title(self) -> str:
        if self.kind == YEAR:
            return say("report-title-year", year=self.year)
        return say("report-title-interim", period=self.label())

    def default_follow_up(self, as_of: dt.date) -> dt.date:
        """The uppföljningsdatum when none is given: the last day of the month after the period, but
        never after the build's cut-off date."""
        year, month = (self.year + 1, 1) if self.months[1] == 12 else (self.year, self.months[1] + 1)
        return min(_month_end(year, month), as_of)


def newest_first(period: ReportPeriod) -> tuple[int, int]:
    """The order of the list of reports: by the day the period ends, newest first; of two that end on
    the same day the longer first (the kvalitetsberättelse before the fourth quarter, januari–juni
    before april–juni)."""
    return -period.end().toordinal(), period.start().toordinal()


def report_periods(
    first_year: int,
    as_of: dt.date,
    approved: Iterable[str] = (),
    kinds: Collection[str] = (HALF,),
) -> list[ReportPeriod]:
    """Every period with a report, ordered by `newest_first`: each year from `first_year` that has
    ended by `as_of`, each delårsrapport of `kinds` (`halvår`, `tertial`, `kvartal`) whose period has
    ended by then, in every one of those years, and every approved report whatever its kind."""
    periods = {
        ReportPeriod(year, kind, part if kind != YEAR else 0)
        for year in range(first_year, as_of.year + 1)
        for kind in (YEAR, *kinds)
        for part in range(1, PARTS[kind] + 1)
    }
    done = {period for period in periods if period.end() <= as_of}
    done |= {ReportPeriod.from_id(report) for report in approved}
    return sorted(done, key=newest_first)
