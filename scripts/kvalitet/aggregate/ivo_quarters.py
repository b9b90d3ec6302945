"""Ej verkställda beslut per quarter, as IVO publishes them: SoL or LSS, insats, waiting time, and
where the decision stood at the quarter's end.

A decision is counted in every quarter it must be reported to IVO for (kvalitet.records.decision_dates):
from the quarter its three months ran out until the quarter it was verkställd, resumed or closed in.
The columns are the last `SHOWN` quarters that ended before the cut-off date (none before the
first year counted). Waiting time is counted
in calendar months from the decision (or the avbrott) to the quarter's end, or to the day it was
verkställd when that came first. Each table's rows add up to the quarter's count; for a kind that
counts people the cells are protected like a unit's counts (`add_cells`, `hide`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from kvalitet.aggregate.cells import Key, Line, Model
from kvalitet.aggregate.context import Context, group_label, slug, total_row
from kvalitet.aggregate.decisions import insats_label
from kvalitet.aggregate.disclosure import hide_table
from kvalitet.aggregate.model import Row, Table
from kvalitet.aggregate.results import Aggregates, GroupAggregates
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.decision_dates import DecisionDates, Quarter, add_months, decision_dates

GROUP = "ej_verkställt_beslut"
SHOWN = 4
"""How many quarters the tables show: the last year of closed quarters."""
LAWS = ("SoL", "LSS")
BANDS = (("3_6_månader", 6), ("6_12_månader", 12), ("över_12_månader", None))
"""(key, months up to which the band reaches); None: no upper limit."""
STATES = ("väntar", "verkställt", "avslutat_utan_verkställighet")


def quarters_shown(as_of: dt.date) -> tuple[Quarter, ...]:
    """The last `SHOWN` quarters that ended before `as_of`, oldest first."""
    last = Quarter.of(as_of)
    found: list[Quarter] = []
    quarter = Quarter(last.year - 2, 1)
    while quarter < last:
        if quarter.end < as_of:
            found.append(quarter)
        quarter = quarter.next()
    return tuple(found[-SHOWN:])


def column(quarter: Quarter) -> str:
    return say("quarter-column", number=quarter.number, year=quarter.year)


def band(dates: DecisionDates, quarter: Quarter) -> str:
    """The waiting-time band of a decision in `quarter`."""
    until = dates.waited_until(quarter.end)
    for key, months in BANDS:
        if months is None or until <= add_months(dates.start, months):
            return key
    raise AssertionError("the last band is open")


def state(dates: DecisionDates, case: Case, quarter: Quarter) -> str:
    """Where the decision stood at the end of `quarter`."""
    if dates.end is None or dates.end > quarter.end:
        return "väntar"
    stopped = "återupptagen" if dates.interrupted else "verkställd"
    return "verkställt" if case.date(stopped) is not None else "avslutat_utan_verkställighet"


def _due(cases: Sequence[Case]) -> list[tuple[Case, DecisionDates]]:
    found = []
    for case in cases:
        dates = decision_dates(case.data)
        if dates is not None:
            found.append((case, dates))
    return found


def _table(
    id: str,
    title: str,
    heading: str,
    rows: Sequence[tuple[str, str]],
    quarters: Sequence[Quarter],
    due: Sequence[tuple[Case, DecisionDates]],
    key: Callable[[Case, DecisionDates, Quarter], str],
    notes: Sequence[str],
) -> Table:
    counts = {row: [0] * len(quarters) for row, _ in rows}
    totals = [0] * len(quarters)
    for index, quarter in enumerate(quarters):
        for case, dates in due:
            if dates.due(quarter):
                counts.setdefault(key(case, dates, quarter), [0] * len(quarters))[index] += 1
                totals[index] += 1
    return Table(
        id=id,
        title=title,
        row_heading=heading,
        columns=tuple(column(quarter) for quarter in quarters),
        rows=tuple(Row(row, label, tuple(counts[row])) for row, label in rows),
        total=total_row(totals),
        notes=tuple(notes),
    )


def quarter_tables(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    """The tables per quarter of the ej verkställda beslut; none for other groups, or without a quarter
    that ended before the cut-off date in the years counted."""
    quarters = [quarter for quarter in quarters_shown(context.as_of) if quarter.year >= context.years[0]]
    if group != GROUP or not quarters:
        return ()
    base, label = slug(group), group_label(group)
    due = [(case, dates) for case, dates in _due(cases) if any(dates.due(q) for q in quarters)]
    used = {str(case.data["insats"]) for case, _ in due}
    notes = (say("note-quarter-count"),)
    return (
        _table(
            f"{base}-lagrum-per-kvartal",
            say("title-quarter-law", group=label),
            say("heading-law"),
            [(law, law) for law in LAWS],
            quarters,
            due,
            lambda case, dates, quarter: str(case.data["lagrum"]),
            notes,
        ),
        _table(
            f"{base}-insats-per-kvartal",
            say("title-quarter-insats", group=label),
            say("heading-insats"),
            [(key, insats_label(context, key)) for key, _ in context.entry_rows("insats", used)],
            quarters,
            due,
            lambda case, dates, quarter: str(case.data["insats"]),
            notes,
        ),
        _table(
            f"{base}-vantetid-per-kvartal",
            say("title-quarter-waiting", group=label),
            say("heading-waiting"),
            [(key, say("band-" + slug(key))) for key, _ in BANDS],
            quarters,
            due,
            lambda case, dates, quarter: band(dates, quarter),
            (say("note-quarter-waiting"), *notes),
        ),
        _table(
            f"{base}-lage-per-kvartal",
            say("title-quarter-state", group=label),
            say("heading-quarter-state"),
            [(key, say("quarter-state-" + slug(key))) for key in STATES],
            quarters,
            due,
            lambda case, dates, quarter: state(dates, case, quarter),
            notes,
        ),
    )


def add_cells(cells: Model, aggregates: Aggregates, people: frozenset[str]) -> None:
    """The quarter tables' cells and sums, sensitive where the kind counts people."""
    for group in aggregates.groups:
        for table in group.quarters:
            assert table.total is not None, "a quarter table has a total row"
            for index, name in enumerate(table.columns):
                keys: list[Key] = []
                for row in table.rows:
                    key = (table.id, row.key, name)
                    value = row.values[index]
                    cells.add(key, value if isinstance(value, int) else 0, group.group in people)
                    keys.append(key)
                total = table.total.values[index]
                cells.lines.append(Line(tuple(keys), None, total if isinstance(total, int) else 0))


def hide(aggregates: Aggregates, hidden: set[Key]) -> Aggregates:
    """`aggregates` with the hidden cells of the quarter tables set to None."""

    def group(item: GroupAggregates) -> GroupAggregates:
        if not item.quarters:
            return item
        return dataclasses.replace(item, quarters=tuple(hide_table(table, hidden) for table in item.quarters))

    return dataclasses.replace(aggregates, groups=tuple(group(item) for item in aggregates.groups))
