"""The units in a report: those that stand out by rate or by change, those that reported no
avvikelser (possible under-reporting), and the cases open longest.

- By rate: the units outside the outer limits of the funnel plot (`render.funnel.outside`, the same
  test as the site's), for the report's year only (the rates are of the last complete year).
- By change: a unit whose count changed from the period before by more than ordinary variation
  (`compare.beyond_variation`), among the units that existed through both periods.
- Under-reporting: a unit that existed the whole period, reported avvikelser (of any kind) in one of
  the two periods before, and none in this one. A unit that never reports avvikelser does other work.
- Longest open: how many of the kind's cases (of any year up to the report's) were open at the
  uppföljningsdatum, and the longest-open ones by unit, month registered, days and status; never a
  case's text or id. For the kinds that count people (kvalitet.yaml `räknar_personer`) the public
  report gives the count alone (`without_single_cases`): a case of them by unit and month is a person.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from kvalitet.aggregate import GroupAggregates, Row, Table, UnitAggregates
from kvalitet.annual.analysis import Analysis
from kvalitet.annual.compare import beyond_variation, earlier, period_name
from kvalitet.annual.model import ReportData, count_of, value
from kvalitet.annual.states import OPEN, WORDING
from kvalitet.annual.words import NOUNS, listing
from kvalitet.messages import say
from kvalitet.render.funnel import outside
from kvalitet.swedish import month_name, number

DEVIATIONS = ("avvikelse-sol-lss", "avvikelse-hsl", "avvikelse-samverkan")
SHOWN_OPEN = 5
"""The longest-open cases listed per kind."""


def _rates(data: ReportData, group: GroupAggregates) -> list[str]:
    rates = group.rates
    if rates is None or not rates.table.id.endswith(f"-{data.period.year}") or rates.centre is None:
        return []
    high, low = outside(rates)
    per = rates.table.columns[-1].lower()
    centre = number(round(rates.centre, 1), decimals=1)
    if not high and not low:
        return [say("analysis-rates-none", per=per, centre=centre)]
    if not high:
        return [say("analysis-rates-low", per=per, centre=centre, units=listing(low))]
    rest = say("analysis-rates-and-low", units=listing(low)) if low else ""
    return [
        say("analysis-rates-high", per=per, centre=centre, units=listing(high), low=rest),
        say("analysis-rates-caveat"),
    ]


def _changes(data: ReportData, group: GroupAggregates) -> list[str]:
    before = earlier(data)
    if not before:
        return []
    year, then_column = str(data.period.year), before[0]
    units = group.units
    existed = {unit.id for unit in data.aggregates.units if _existed(data, unit, int(then_column))}
    up: list[str] = []
    down: list[str] = []
    for row in units.rows:
        hidden = value(units, row.key, year) is None or value(units, row.key, then_column) is None
        if row.key not in existed or hidden:  # a hidden count is not compared
            continue
        now, then = count_of(units, row.key, year), count_of(units, row.key, then_column)
        if beyond_variation(now, then):
            item = say("analysis-unit-change", unit=row.label, then=number(then), now=number(now))
            (up if now > then else down).append(item)
    when = period_name(data, then_column)
    if not up and not down:
        return [say("analysis-units-unchanged", when=when)]
    parts = []
    if up:
        parts.append(say("analysis-units-up", units=listing(up)))
    if down:
        parts.append(say("analysis-units-down", units=listing(down)))
    return [say("analysis-units-changed", when=when, parts=listing(parts))]


def _active(data: ReportData, unit: UnitAggregates) -> bool:
    """Whether `unit` existed the whole of the report's period."""
    start, end = data.period.start(), data.period.end()
    return (unit.start is None or unit.start <= start) and (unit.end is None or unit.end >= end)


def _existed(data: ReportData, unit: UnitAggregates, earlier_year: int) -> bool:
    """Whether `unit` existed the whole of the report's period and of the same period of
    `earlier_year`: a unit begun or ended in between has no change to compare."""
    start, end = data.period.start(earlier_year), data.period.end()
    return (unit.start is None or unit.start <= start) and (unit.end is None or unit.end >= end)


def _deviations(unit: UnitAggregates, column: str) -> int | None:
    """The unit's avvikelser in `column`; None when one of the counts is hidden."""
    table = unit.table
    if column not in table.columns:
        return 0
    counts = [value(table, group, column) for group in DEVIATIONS]
    return None if None in counts else sum(int(count or 0) for count in counts)


def silent_units(data: ReportData) -> list[str]:
    """The units that may under-report: see the module docstring."""
    year, before = str(data.period.year), earlier(data)
    return [
        unit.name
        for unit in data.aggregates.units
        if _active(data, unit)
        and _deviations(unit, year) == 0
        and any((_deviations(unit, column) or 0) > 0 for column in before)
    ]


def units(data: ReportData, group: GroupAggregates, key: str) -> Analysis:
    """The units that stand out, in plain sentences, with the table of rates when the report's year
    has one; for avvikelser enligt SoL och LSS also the units that reported none."""
    year = str(data.period.year)
    if not count_of(group.counts, "antal", year):
        return [], []
    rates = _rates(data, group)
    text = [*rates, *_changes(data, group)]
    if group.group == DEVIATIONS[0]:
        silent = silent_units(data)
        if silent:
            text.append(say("analysis-silent-units", period=data.period.label(), units=listing(silent)))
    tables = []
    if rates and group.rates is not None:
        tables.append(
            dataclasses.replace(group.rates.table, id=f"berattelse-{data.period.id}-{key}-per-volym")
        )
    return text, tables


def _open_count(status: Table) -> int:
    """The cases of every year that were open at the cut-off date."""
    return sum(int(value or 0) for key in OPEN for value in status.row(key).values)


def longest_open(data: ReportData, group: GroupAggregates, key: str) -> Analysis:
    """How many cases were open at the uppföljningsdatum, and the longest open."""
    total = _open_count(group.status)
    cases = group.longest_open
    if not total:
        return [], []
    wording = WORDING.get(group.group, "investigated")
    noun = NOUNS["avvikelse" if group.group in DEVIATIONS else group.group]
    text = []
    in_year = sum(count_of(group.status, key, str(data.period.year)) for key in OPEN)
    if total != in_year:
        plural = noun.singular if total == 1 else noun.plural
        text.append(say("analysis-open-earlier", count=number(total), noun=plural))
    if not cases:  # a kind that counts people, in the public report
        return [*text, say("analysis-open-not-listed")], []
    first = cases[0]
    text.append(
        say(
            "analysis-open",
            unit=first.unit_name,
            month=month_name(first.registered),
            days=number(first.days_open),
            status=say(f"analysis-open-{wording}-{first.status.replace('_', '-')}"),
        )
    )
    rows = tuple(
        Row(
            f"fall-{index}",
            say(
                "analysis-open-row",
                unit=case.unit_name,
                month=month_name(case.registered),
                status=say(f"analysis-open-short-{wording}-{case.status.replace('_', '-')}"),
            ),
            (case.days_open,),
        )
        for index, case in enumerate(cases[:SHOWN_OPEN], start=1)
    )
    table = Table(
        id=f"berattelse-{data.period.id}-{key}-langst-oppna",
        title=say("analysis-title-longest-open", group=group.label),
        row_heading=say("analysis-heading-open-case"),
        columns=(say("analysis-column-days-open"),),
        rows=rows,
        total=None,
        notes=(say("analysis-note-longest-open", shown=SHOWN_OPEN),),
        unit="dagar",
    )
    return text, [table]


def without_single_cases(data: ReportData, people: Iterable[str]) -> ReportData:
    """`data` without the longest-open cases of the kinds that count people, for the public report."""
    kinds = set(people)
    groups = tuple(
        dataclasses.replace(group, longest_open=()) if group.group in kinds else group
        for group in data.aggregates.groups
    )
    return dataclasses.replace(data, aggregates=dataclasses.replace(data.aggregates, groups=groups))
