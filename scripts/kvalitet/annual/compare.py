"""The period against the two before it: the clause that compares the counts, and whether the change
from the period before is more than ordinary variation.

The clause reads as a person would write it: ", 23 fler än 2024 (234) och 89 fler än 2023 (168)",
", oförändrat jämfört med 2024 och 4 fler än 2023 (18)", ", oförändrat jämfört med 2024 och 2023".
A sentence with it compares, so all its numbers are figures (see `words.style`).

Ordinary variation: two counts of a kind in periods of the same length are, without a change in what
produces them, two draws of about the same Poisson process; their difference then has the standard
deviation √(a + b). A difference of more than three such deviations (the width of the control
charts' limits) is more than ordinary variation; anything smaller is not a finding in itself, however
large it looks.
"""

from __future__ import annotations

import math

from kvalitet.aggregate.coverage import covered, missing
from kvalitet.annual.model import ReportData
from kvalitet.annual.periods import YEAR
from kvalitet.annual.words import listing
from kvalitet.messages import say
from kvalitet.swedish import number

SIGMAS = 3.0
"""Standard deviations beyond which a change is more than ordinary variation."""


def earlier(data: ReportData) -> list[str]:
    """The columns before the report's own that the records wholly cover, the latest first: a period
    that began before the records did is no count to compare with (kvalitet.aggregate.coverage)."""
    start = data.aggregates.overview.records_start
    return [
        column
        for column in reversed(data.columns())
        if column != str(data.period.year) and covered(start, data.period.start(int(column)))
    ]


def missing_comparison(data: ReportData) -> str:
    """The sentence saying that the period cannot be compared with the same period of the year before
    because the records began later; "" when they cover it."""
    start = data.aggregates.overview.records_start
    before = data.period.year - 1
    if covered(start, data.period.start(before)):
        return ""
    return missing(data.period.label(before), start)


def period_name(data: ReportData, column: str) -> str:
    """ "2024", or "samma period 2024" in a report on part of a year."""
    return column if data.period.kind == YEAR else say("analysis-same-period", year=column)


def _at(data: ReportData, column: str) -> str:
    """ "år 2024" after a count, or "samma period 2024"."""
    return say("analysis-in-year", year=column) if data.period.kind == YEAR else period_name(data, column)


def comparison(data: ReportData, values: dict[str, int]) -> str:
    """The clause after the period's count (with its leading comma), or "" without earlier periods."""
    columns = earlier(data)
    if not columns:
        return ""
    now = values[str(data.period.year)]
    if all(values[column] == now for column in columns):
        return say("analysis-unchanged", when=listing([period_name(data, column) for column in columns]))
    if all(values[column] == 0 for column in columns):
        rest = [period_name(data, column) for column in columns[1:]]
        return say("analysis-against-none", when=listing([_at(data, columns[0]), *rest]))
    if now == 0:
        counts = [
            f"{number(values[column])} {_at(data, column)}"
            if values[column]
            else say("analysis-none-in", when=_at(data, column))
            for column in columns
        ]
        return say("analysis-against", counts=listing(counts))
    parts = []
    for position, column in enumerate(columns):
        then, when = values[column], period_name(data, column)
        if then == now:
            code = "analysis-unchanged" if position == 0 else "analysis-as-many"
            parts.append(say(code, when=when).removeprefix(", "))
        elif then == 0:
            parts.append(say("analysis-none-in", when=_at(data, column)))
        else:
            code = "analysis-more" if now > then else "analysis-fewer"
            parts.append(say(code, difference=number(abs(now - then)), when=when, count=number(then)))
    return ", " + listing(parts)


def beyond_variation(now: int, then: int) -> bool:
    """Whether the change from `then` to `now` is more than ordinary variation (module docstring)."""
    if now == then:
        return False
    return abs(now - then) > SIGMAS * math.sqrt(now + then)


def change(data: ReportData, values: dict[str, int]) -> str:
    """Whether the change from the period before is more than ordinary variation; "" when there is no
    period before or no change (the comparison has said "oförändrat")."""
    columns = earlier(data)
    if not columns:
        return ""
    now, then = values[str(data.period.year)], values[columns[0]]
    if now == then:
        return ""
    direction = "increase" if now > then else "decrease"
    verdict = "beyond" if beyond_variation(now, then) else "within"
    return say(f"analysis-{direction}-{verdict}", when=period_name(data, columns[0]))
