"""The follow-up of a kind's actions and the causes of its cases in a report, read from the group's
tables (`follow_up` and `causes` in kvalitet.aggregate), so the prose states what the tables show.

Every sentence sets parts against a whole, so its numbers are figures (see `words.style`). Where a
count of causes is hidden (kinds that count people), the report says so and names no ranking: a
hidden count may be larger than a shown one.
"""

from __future__ import annotations

from kvalitet.aggregate import GroupAggregates, Table
from kvalitet.aggregate.causes import NOT_GIVEN
from kvalitet.aggregate.follow_up import MOVED, NO_RESULT, PASSED, PLANNED, RESULTS
from kvalitet.annual.model import ReportData, count_of, pick, value
from kvalitet.annual.words import listing
from kvalitet.messages import say
from kvalitet.swedish import number

Analysis = tuple[list[str], list[Table]]
"""Paragraphs and tables."""


def _table(group: GroupAggregates, marker: str) -> Table | None:
    return next((table for table in group.analysis if table.id.endswith(marker)), None)


def _total(table: Table, column: str) -> int:
    assert table.total is not None, "the follow-up tables have a total"
    return int(table.total.values[table.columns.index(column)] or 0)


def follow_ups(data: ReportData, group: GroupAggregates, key: str) -> Analysis:
    """How many of the period's actions had a planned follow-up, moved or passed, and what the
    follow-ups made by the uppföljningsdatum showed."""
    plan = _table(group, "-atgarder-planerad-uppfoljning-per-ar")
    results = _table(group, "-atgarder-resultat-per-ar")
    year = str(data.period.year)
    if plan is None or results is None or not _total(plan, year):
        return [], []
    text: list[str] = []
    planned, moved, passed = (count_of(plan, row, year) for row in (PLANNED, MOVED, PASSED))
    if planned:
        total = _total(plan, year)
        code = "analysis-follow-up-planned-1" if total == 1 else "analysis-follow-up-planned"
        sentence = say(code, total=number(total), planned=number(planned))
        if moved:
            code = "analysis-follow-up-moved-1" if planned == 1 else "analysis-follow-up-moved"
            sentence += " " + say(code, count=number(moved))
        if passed:
            sentence += " " + say("analysis-follow-up-passed", count=number(passed))
        text.append(sentence)
    followed = _total(results, year)
    if followed:
        items = [
            say("analysis-follow-up-result", label=row.label[:1].lower() + row.label[1:], count=number(n))
            for row in results.rows
            if row.key in (*RESULTS, NO_RESULT) and (n := count_of(results, row.key, year))
        ]
        code = "analysis-follow-up-results-1" if followed == 1 else "analysis-follow-up-results"
        text.append(say(code, followed=number(followed), items=listing(items)))
    if not text:
        return [], []
    tables = [
        pick(plan, [year], data, suffix=f"{key}-atgarder-planerad-uppfoljning"),
        pick(results, [year], data, suffix=f"{key}-atgarder-resultat"),
    ]
    return text, tables


def causes(data: ReportData, group: GroupAggregates, key: str) -> Analysis:
    """Whether the period's cases name a cause, and the most common ones."""
    table = group.causes
    year = str(data.period.year)
    if table is None or table.total is None:
        return [], []
    cases = int(table.total.values[table.columns.index(year)] or 0)
    if not cases:
        return [], []
    shown = pick(table, data.columns(), data, suffix=f"{key}-orsaker", rows=False)
    if any(value(table, row.key, year) is None for row in table.rows):
        return [say("analysis-causes-hidden", min_cell=data.aggregates.min_cell)], [shown]
    named = cases - count_of(table, NOT_GIVEN, year)
    one = "-1" if cases == 1 else ""
    if not named:
        return [say("analysis-causes-none" + one, cases=number(cases))], []
    order = {row.key: index for index, row in enumerate(table.rows)}
    ranked = sorted(
        ((count_of(table, row.key, year), row.key, row.label) for row in table.rows),
        key=lambda item: (-item[0], order[item[1]]),
    )
    named_items = [
        f"{label[:1].lower() + label[1:]} ({number(n)})" for n, row, label in ranked if n and row != NOT_GIVEN
    ]
    items = listing(named_items[:3])
    text = say("analysis-causes" + one, named=number(named), cases=number(cases), items=items)
    return [text], [shown]
