"""A generated section of a report: prose, tables and a chart, cut from the aggregates for one period."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kvalitet.aggregate import Aggregates, Row, Table, Value
from kvalitet.annual.periods import YEAR, ReportPeriod
from kvalitet.messages import MESSAGES, say

INTERIM_TEXTS = (
    "title-counts",
    "title-categories",
    "title-combined-feedback",
    "title-units",
    "title-departments",
    "title-status",
    "title-risk-level",
    "title-harm",
    "title-direction",
    "title-assessment",
    "title-ivo",
    "title-imy",
    "title-action-plan",
    "title-reported-to",
    "title-law",
    "title-insats",
    "note-several-categories",
    "note-several-reasons",
    "note-ivo-decision",
    "title-imy-assessment",
    "note-imy-assessment",
    "note-ivo-completion",
)
"""Table titles and notes that speak of years; a delårsrapport says `interim-<code>` instead, which
names the period ("kategorier, januari–augusti 2024–2026")."""


@dataclass(frozen=True, slots=True)
class Chart:
    id: str
    figure: dict[str, Any]
    label: str
    caption: str
    table: Table


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    """The marker name: `{{ avvikelser-sol-lss }}`."""
    title: str
    paragraphs: tuple[str, ...]
    tables: tuple[Table, ...] = ()
    chart: Chart | None = None


@dataclass(frozen=True, slots=True)
class ReportData:
    """The aggregates of one report: the cases of the period's window in every year, counted as of
    the uppföljningsdatum."""

    period: ReportPeriod
    aggregates: Aggregates
    follow_up: dt.date

    def columns(self, count: int = 3) -> list[str]:
        """The last `count` year columns up to the report's year."""
        known = [str(year) for year in self.aggregates.years if year <= self.period.year]
        return known[-count:]

    def label(self, column: str) -> str:
        """A column as the report names it: "2024", or "januari–juni 2024" for a half-year."""
        return column if self.period.kind == YEAR else self.period.label(int(column))


def value(table: Table, key: str, column: str) -> Value:
    return table.row(key).values[table.columns.index(column)]


def count_of(table: Table, key: str, column: str) -> int:
    return int(value(table, key, column) or 0)


@functools.cache
def _pattern(code: str) -> re.Pattern[str]:
    """A pattern that matches what `say(code, ...)` writes, with a group for each field."""
    parts, seen = [], set()
    for literal, field, _, _ in string.Formatter().parse(MESSAGES[code]):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(f"(?P={field})" if field in seen else f"(?P<{field}>.+?)")
            seen.add(field)
    return re.compile("".join(parts))


def said(code: str, text: str) -> dict[str, str] | None:
    """The fields of `text` if it is message `code` (`say(code, **fields) == text`), else None."""
    match = _pattern(code).fullmatch(text)
    return match.groupdict() if match else None


def interim_text(text: str, columns: Sequence[str], period: ReportPeriod) -> str:
    """A table's title or note as a delårsrapport says it: of the period, not of years. `columns` are
    the table's year columns in the report; a text that does not speak of years is kept."""
    if period.kind == YEAR or not columns:
        return text
    first, last = columns[0], columns[-1]
    years = last if first == last else say("interim-years", first=first, last=last)
    for code in INTERIM_TEXTS:
        fields = said(code, text)
        if fields is not None:
            fields |= {
                "period": say("interim-period", window=period.window(), years=years),
                "period_year": capitalize_first(period.label(int(fields.get("year", last)))),
            }
            return say(f"interim-{code}", **fields)
    return text


def capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def categories_chart_label(data: ReportData, title: str) -> str:
    """The alt text of the bar chart of categories in the two latest columns: "de två senaste åren" in a
    kvalitetsberättelse, the two periods by name in a delårsrapport."""
    columns = data.columns(2)
    if data.period.kind == YEAR or len(columns) < 2:
        return say("page-chart-categories", title=title)
    earlier, latest = (data.label(column) for column in columns)
    return say("interim-chart-categories", title=title, earlier=earlier, latest=latest)


ABSENT_NOTES = ("note-absent-units", "note-absent-departments", "note-absent-categories")
"""The notes that explain "–": only with a column in which a row did not exist."""


def _note_applies(note: str, columns: Sequence[str]) -> bool:
    """Notes about a single year ("År 2026: …") only with that year. The note that the year so far is
    not complete is left out: a report's columns are whole periods, named in the column heading."""
    if said("note-partial-year", note) is not None:
        return False
    if note.startswith("År "):
        return note.removeprefix("År ")[:4] in columns
    return True


def pick(table: Table, columns: Sequence[str], data: ReportData, *, suffix: str, rows: bool = True) -> Table:
    """`table` with only `columns` (relabelled for the period), under an id unique to the report; in a
    delårsrapport its title and notes name the period (`interim_text`). With `rows` False, the rows
    without a case in `columns` are left out; a row with a hidden count (None) is no such row."""
    indexes = [table.columns.index(column) for column in columns]

    def cut(row: Row) -> Row:
        # the years the row's unit or category did not exist, as indexes of the columns kept
        absent = tuple(number for number, i in enumerate(indexes) if i in row.absent)
        return dataclasses.replace(row, values=tuple(row.values[i] for i in indexes), absent=absent)

    kept = tuple(cut(row) for row in table.rows)
    if not rows:
        kept = tuple(row for row in kept if any(value != 0 for value in row.values))  # * is kept
    # A period's own labels already say which part of each year it covers; a whole-year report keeps
    # the mark of a year not yet complete.
    partial = table.partial if data.period.kind == YEAR and columns[-1:] == table.columns[-1:] else ""
    marked = any(row.absent for row in kept)
    notes = (
        note
        for note in table.notes
        if _note_applies(note, columns) and (marked or all(said(code, note) is None for code in ABSENT_NOTES))
    )
    return dataclasses.replace(
        table,
        id=f"berattelse-{data.period.id}-{suffix}",
        title=interim_text(table.title, columns, data.period),
        columns=tuple(data.label(column) for column in columns),
        partial=partial,
        rows=kept,
        total=cut(table.total) if table.total else None,
        notes=tuple(interim_text(note, columns, data.period) for note in notes),
    )
