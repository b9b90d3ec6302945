"""The one-sentence finding under each chart (its figcaption), in plain Swedish, from the table itself."""

from __future__ import annotations

import datetime as dt

from kvalitet.aggregate import Table
from kvalitet.aggregate.context import SAME_PERIOD
from kvalitet.aggregate.coverage import covered, missing
from kvalitet.messages import say
from kvalitet.swedish import long_date, number


def _complete(year: str, as_of: dt.date) -> bool:
    return int(year) < as_of.year or (as_of.month, as_of.day) == (12, 31)


def count_finding(table: Table, as_of: dt.date, records_start: dt.date | None) -> str:
    """The last year against the year before, for a table with a row of counts per year. A year not
    yet complete is set against the same period of the year before (the table's `samma_period` row),
    never against a whole year. A year before that the records (beginning on `records_start`) do not
    wholly cover is not compared with: the finding says so."""
    row = table.rows[0]
    last, count = table.columns[-1], row.values[-1]
    if len(table.columns) < 2:
        return say("finding-count-one", year=last, count=number(count), date=long_date(as_of))
    previous = row.values[-2]
    complete = _complete(last, as_of)
    if not covered(records_start, dt.date(int(table.columns[-2]), 1, 1)):
        if table.partial:
            period = table.partial[:1].upper() + table.partial[1:]
        elif complete:
            period = say("coverage-year", year=last)
        else:
            period = say("coverage-year-so-far", year=last, date=long_date(as_of))
        return say(
            "coverage-finding-count",
            period=period,
            count=number(count),
            missing=missing(table.columns[-2], records_start),
        )
    if table.partial:
        same = table.row(SAME_PERIOD)
        return say(
            "finding-count-same-period",
            period=table.partial[:1].upper() + table.partial[1:],
            count=number(count),
            previous=number(same.values[-2]),
            previous_year=table.columns[-2],
            whole=number(previous),
        )
    code = "finding-count" if complete else "finding-count-so-far"
    return say(
        code,
        year=last,
        count=number(count),
        date=long_date(as_of),
        previous_year=table.columns[-2],
        previous=number(previous),
    )


def category_finding(table: Table) -> str:
    """The most common category of the last column (a year, or a part of one: "jan–okt 2026")."""
    period = table.columns[-1]
    counted = [(row.values[-1] or 0, -index, row.label) for index, row in enumerate(table.rows)]
    top, _, label = max(counted)
    year = period if period.isdigit() else ""
    if top == 0:
        code = "finding-category-none" if year else "finding-category-none-in"
        return say(code, year=year, period=period)
    if not year:
        return say("finding-category-in", period=period, label=label, count=number(top))
    return say("finding-category", year=year, label=label, count=number(top))


def risk_finding(table: Table, limit: int, above_dated: int | None = None) -> str:
    """How many of the risk-assessed cases of a risk matrix are above the risk limit; `above_dated`,
    when the limit changed within the matrix's period, is how many were above the limit in force on
    their registrerad date (the matrix's cells cannot tell)."""
    assessed = 0
    above = 0
    for row in table.rows:
        for probability, value in enumerate(row.values, start=1):
            count = int(value or 0)
            assessed += count
            if int(row.key) * probability > limit:
                above += count
    if assessed == 0:
        return say("finding-risk-none")
    if above_dated is not None:
        return say("finding-risk-dated", above=number(above_dated), assessed=number(assessed))
    return say("finding-risk", above=number(above), assessed=number(assessed), limit=limit)


def so_far_finding(increased: int, decreased: int, year: int) -> str:
    """The Översikt chart: how many kinds rose and fell against the same period the year before."""
    return say("finding-so-far", increased=increased, decreased=decreased, year=year)
