"""What every aggregation shares: the cut-off date, the years, the reference, and table building.

A case belongs to the year (and month) it was registered. Cases registered after the cut-off date
`as_of` are left out of everything, and dated events after it (closed, återkoppling, anmäld…) count as
not yet happened, so figures for a past date can be recomputed from today's records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from kvalitet.aggregate.coverage import covered
from kvalitet.aggregate.model import Row, Table, Value
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.reference import Entry, Period, Policy, Reference
from kvalitet.swedish import long_date, part_year

TOTAL = "totalt"
ASCII = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "_": "-"})


def slug(text: str) -> str:
    """A lowercase ascii id part: `klagomål` → `klagomal`, `lex_sarah` → `lex-sarah`."""
    lowered = text.lower().translate(ASCII)
    cleaned = "".join(char if char.isascii() and char.isalnum() else "-" for char in lowered)
    return "-".join(part for part in cleaned.split("-") if part)


def typ_of(group: str) -> str:
    """The record typ of a group: the three avvikelse groups are all typ avvikelse."""
    return "avvikelse" if group.startswith("avvikelse") else group


def group_label(group: str) -> str:
    """The Swedish name of a group, e.g. "Avvikelser enligt SoL och LSS"."""
    return say("group-" + slug(group))


@dataclass(frozen=True, slots=True)
class Context:
    """The parameters of one aggregation, and the statuses at the cut-off date (computed once)."""

    reference: Reference
    policy: Policy
    as_of: dt.date
    years: tuple[int, ...]
    statuses: Mapping[str, str]
    """Case id → status at `as_of`."""
    records_start: dt.date | None = None
    """The first day the records cover (kvalitet.aggregate.coverage); None without any case."""

    def covers(self, period_start: dt.date) -> bool:
        """Whether a period beginning on `period_start` lies wholly within the records."""
        return covered(self.records_start, period_start)

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(str(year) for year in self.years)

    def index(self, case: Case) -> int:
        return case.registered.year - self.years[0]

    def done(self, day: dt.date | None) -> bool:
        """Whether a dated event had happened by the cut-off date."""
        return day is not None and day <= self.as_of

    def is_open(self, case: Case) -> bool:
        return self.statuses[case.id] != "avslutad"

    @property
    def partial(self) -> str:
        """The heading of the last year when it is not complete ("jan–okt 2026"), else empty."""
        last = self.years[-1]
        if last == self.as_of.year and self.as_of < dt.date(last, 12, 31):
            return part_year(self.as_of)
        return ""

    def period_heading(self, year: int) -> str:
        """The part of `year` that matches the cut-off's part of its own year: "jan–okt 2025"."""
        day = self.as_of
        if (day.month, day.day) == (2, 29) and year % 4:
            return part_year(dt.date(year, 2, 28))
        return part_year(day.replace(year=year))

    def same_period(self, case: Case) -> bool:
        """Whether `case` was registered in its year's part up to the cut-off's day of the year."""
        registered = case.registered
        return (registered.month, registered.day) <= (self.as_of.month, self.as_of.day)

    def year_notes(self) -> tuple[str, ...]:
        """The note every table by year gets when the last year is not complete."""
        if self.partial:
            return (say("note-partial-year", year=self.years[-1], date=long_date(self.as_of)),)
        return ()

    def unit_name(self, unit: str | None) -> str:
        if unit is None:
            return say("label-no-unit")
        entry = self.reference.units.get(unit)
        return entry.name if entry else unit

    def entry_rows(self, kind: str, used: Iterable[str]) -> list[tuple[str, str]]:
        """(id, name) of the entries of a reference list that are used, in the list's order; ids
        missing from the list (not possible after validation) come last, sorted."""
        entries: Mapping[str, Entry] = self.reference.categories.get(kind, {})
        wanted = set(used)
        rows = [(key, entry.name) for key, entry in entries.items() if key in wanted]
        rows += [(key, key) for key in sorted(wanted - set(entries))]
        return rows


def tally(
    context: Context, cases: Iterable[Case], keys: Callable[[Case], Iterable[str]]
) -> dict[str, list[int]]:
    """Key → count per year; a case counts once for every key it yields."""
    counts: dict[str, list[int]] = {}
    size = len(context.years)
    for case in cases:
        index = context.index(case)
        for key in keys(case):
            counts.setdefault(key, [0] * size)[index] += 1
    return counts


def per_year(context: Context, cases: Iterable[Case]) -> list[int]:
    counts = [0] * len(context.years)
    for case in cases:
        counts[context.index(case)] += 1
    return counts


SAME_PERIOD = "samma_period"
"""The key of the row that counts each year's same part as the incomplete last year."""


def same_period_per_year(context: Context, cases: Iterable[Case]) -> list[int]:
    """Per year, the cases registered from 1 January to the cut-off's day and month of that year."""
    return per_year(context, (case for case in cases if context.same_period(case)))


def total_row(values: Sequence[Value]) -> Row:
    return Row(TOTAL, say("label-total"), tuple(values))


def year_table(
    context: Context,
    *,
    id: str,
    title: str,
    row_heading: str,
    rows: Sequence[tuple[str, str]],
    counts: Mapping[str, Sequence[Value]],
    total: Sequence[Value] | None,
    notes: Sequence[str] = (),
    unit: str = "antal",
    sections: Mapping[str, str] | None = None,
    absent: Mapping[str, Period] | None = None,
    absent_note: str = "",
) -> Table:
    """A table with one column per year: `rows` are (key, label), `counts` key → values (missing
    keys are all zero). `absent` gives the period of the rows whose subject did not always exist: the
    years wholly outside it are marked absent (shown "–"), and `absent_note` (a message code) says so."""
    zeros: tuple[Value, ...] = (0,) * len(context.years)
    periods = absent or {}
    built = tuple(
        Row(
            key,
            label,
            tuple(counts.get(key, zeros)),
            (sections or {}).get(key, ""),
            _absent(context.years, periods.get(key), counts.get(key, zeros)),
        )
        for key, label in rows
    )
    if absent_note and any(row.absent for row in built):
        notes = (*notes, say(absent_note))
    return Table(
        id=id,
        title=title,
        row_heading=row_heading,
        columns=context.columns,
        rows=built,
        total=total_row(total) if total is not None else None,
        notes=(*notes, *context.year_notes()),
        unit=unit,
        partial=context.partial,
    )


def _absent(years: Sequence[int], period: Period | None, values: Sequence[Value]) -> tuple[int, ...]:
    """The years outside `period` without a case: a count is never hidden behind "–"."""
    if period is None:
        return ()
    return tuple(index for index in absent_years(years, period) if not values[index])


def absent_years(years: Sequence[int], period: Period) -> tuple[int, ...]:
    """The indexes of `years` wholly before `period` began or after it ended."""
    start, end = period.start, period.end
    return tuple(
        index
        for index, year in enumerate(years)
        if (start is not None and year < start.year) or (end is not None and year > end.year)
    )


def percent(part: int, whole: int) -> float | None:
    """part / whole in percent, one decimal; None when whole is 0."""
    return round(100 * part / whole, 1) if whole else None
