"""Category × year tables, and klagomål and synpunkter merged into one table.

Rows are the categories used at least once, in the order of kategorier.yaml. The total row is the
number of cases, not the sum of the rows: a case may carry several categories, and when some do the
table says so, with the numbers of the latest year. A category that replaces older ones (`ersätter`)
keeps its own row, and a note names the replacement so that the trend can be followed across it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from kvalitet.aggregate.context import (
    Context,
    group_label,
    per_year,
    slug,
    tally,
    total_row,
    typ_of,
    year_table,
)
from kvalitet.aggregate.model import Row, Table
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.reference import Entry, Period
from kvalitet.swedish import long_date

COMBINED = ("klagomål", "synpunkt")


def _several_note(context: Context, cases: Sequence[Case]) -> tuple[str, ...]:
    """The note on cases with several categories, if any case has more than one."""
    if not any(len(case.categories) > 1 for case in cases):
        return ()
    year = context.years[-1]
    latest = [case for case in cases if case.registered.year == year]
    marks = sum(len(case.categories) for case in latest)
    return (say("note-several-categories", year=year, cases=len(latest), marks=marks),)


def _replacement_notes(kinds: Sequence[str], context: Context, shown: set[str]) -> tuple[str, ...]:
    """One note per shown category that replaces others, or is replaced by a shown one."""
    notes: list[str] = []
    seen: set[str] = set()
    for kind in kinds:
        entries = context.reference.categories.get(kind, {})
        for entry in entries.values():
            old = [entries[key] for key in entry.replaces if key in entries]
            if entry.id in seen or not old:
                continue
            if entry.id not in shown and not any(item.id in shown for item in old):
                continue
            seen.add(entry.id)
            notes.append(_replacement_note(entry, old))
    return tuple(notes)


def _replacement_note(entry: Entry, old: Sequence[Entry]) -> str:
    names = old[0].name
    if len(old) > 1:
        names = say("word-list-and", items=", ".join(item.name for item in old[:-1]), last=old[-1].name)
    if entry.period.start is None:
        return say("note-category-replaces", new=entry.name, old=names)
    return say(
        "note-category-replaces-from", new=entry.name, old=names, period=entry.period.describe(long_date)
    )


def category_table(context: Context, group: str, cases: Sequence[Case]) -> Table:
    """The categories of one group per year."""
    kind = typ_of(group)
    counts = tally(context, cases, lambda case: case.categories)
    rows = context.entry_rows(kind, counts)
    return year_table(
        context,
        id=f"{slug(group)}-kategorier-per-ar",
        title=say("title-categories", group=group_label(group)),
        row_heading=say("heading-category"),
        rows=rows,
        counts=counts,
        total=per_year(context, cases),
        notes=(*_several_note(context, cases), *_replacement_notes((kind,), context, set(counts))),
        absent=_periods(context, (kind,)),
        absent_note="note-absent-categories",
    )


def _periods(context: Context, kinds: Sequence[str]) -> dict[str, Period]:
    """Category id → the period it is in use, for the categories of `kinds` (the first kind's entry
    of an id shared by several)."""
    result: dict[str, Period] = {}
    for kind in kinds:
        for key, entry in context.reference.categories.get(kind, {}).items():
            result.setdefault(key, entry.period)
    return result


def _shifted(absent: Sequence[int], first: int) -> tuple[int, ...]:
    return tuple(index - first for index in absent if index >= first)


def same_period_table(context: Context, full: Table, cases: Sequence[Case], title: str) -> Table | None:
    """The categories of `full` (a table by year) in the incomplete last year and in the same part of
    the year before, so that a part-year is never set against a whole year; None when the last year
    is complete or is the only one."""
    if not context.partial or len(context.years) < 2:
        return None
    years = context.years[-2:]
    chosen = [case for case in cases if case.registered.year in years and context.same_period(case)]
    counts = {row.key: [0, 0] for row in full.rows}
    for case in chosen:
        for key in case.categories:
            counts[key][years.index(case.registered.year)] += 1
    totals = [sum(1 for case in chosen if case.registered.year == year) for year in years]
    first = len(context.years) - 2
    # the same period of the year before, when the records began after its start, is no data: "–"
    uncovered = () if context.covers(dt.date(years[0], 1, 1)) else (0,)
    rows = tuple(
        Row(
            row.key,
            row.label,
            tuple(counts[row.key]),
            absent=tuple(sorted({*uncovered, *(i - first for i in row.absent if i >= first)})),
        )
        for row in full.rows
    )
    absent = any(i >= first for row in full.rows for i in row.absent)
    marked = say("note-absent-categories")
    columns = tuple(context.period_heading(year) for year in years)
    missing = (
        (say("coverage-note-same-period", period=columns[0], date=long_date(context.records_start)),)
        if uncovered and context.records_start
        else ()
    )
    total = total_row(totals)
    return Table(
        id=full.id.removesuffix("-per-ar") + "-samma-period",
        title=title,
        row_heading=full.row_heading,
        columns=columns,
        rows=rows,
        total=replace(total, absent=uncovered),
        notes=(
            *_several_note(context, chosen),
            *(note for note in full.notes if absent and note == marked),
            *missing,
        ),
    )


def same_period_categories(context: Context, group: str, cases: Sequence[Case]) -> Table | None:
    """`same_period_table` of the group's categories."""
    years = context.years[-2:]
    first, last = (context.period_heading(year) for year in years) if len(years) == 2 else ("", "")
    title = say("title-categories-same-period", group=group_label(group), first=first, last=last)
    return same_period_table(context, category_table(context, group, cases), cases, title)


def same_period_feedback(context: Context, feedback: Sequence[Case]) -> Table | None:
    """`same_period_table` of klagomål and synpunkter together."""
    years = context.years[-2:]
    first, last = (context.period_heading(year) for year in years) if len(years) == 2 else ("", "")
    title = say("title-combined-feedback-same-period", first=first, last=last)
    return same_period_table(context, combined_feedback_table(context, feedback), feedback, title)


def combined_feedback_table(context: Context, feedback: Sequence[Case]) -> Table:
    """Klagomål and synpunkter in one table, categories merged by id (named as for klagomål, else as
    for synpunkter); the total row counts both kinds."""
    counts = tally(context, feedback, lambda case: case.categories)
    rows = [(key, _merged_name(context, key)) for key in _merged_order(context, counts)]
    return year_table(
        context,
        id="klagomal-och-synpunkter-kategorier-per-ar",
        title=say("title-combined-feedback"),
        row_heading=say("heading-category"),
        rows=rows,
        counts=counts,
        total=per_year(context, feedback),
        notes=(
            say("note-combined-feedback"),
            *_several_note(context, feedback),
            *_replacement_notes(COMBINED, context, set(counts)),
        ),
        absent=_periods(context, COMBINED),
        absent_note="note-absent-categories",
    )


def _merged_name(context: Context, key: str) -> str:
    for kind in COMBINED:
        entry = context.reference.categories.get(kind, {}).get(key)
        if entry is not None:
            return entry.name
    return key


def _merged_order(context: Context, used: dict[str, list[int]]) -> list[str]:
    """The used ids in the order of the klagomål list, then synpunkt ids not in it, then the rest."""
    order: list[str] = []
    for kind in COMBINED:
        order += [key for key in context.reference.categories.get(kind, {}) if key not in order]
    known = [key for key in order if key in used]
    return known + sorted(set(used) - set(known))
