"""A generated section of a report: prose, tables and a chart, cut from the aggregates for one period."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kvalitet.aggregate import Aggregates, Row, Table, Value
from kvalitet.annual.periods import YEAR, ReportPeriod


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


def _note_applies(note: str, columns: Sequence[str]) -> bool:
    """Notes about a single year ("År 2026: …") only with that year. The note that the year so far is
    not complete is left out: a report's columns are whole periods, named in the column heading."""
    if note.startswith("Siffrorna för "):
        return False
    if note.startswith("År "):
        return note.removeprefix("År ")[:4] in columns
    return True


def pick(table: Table, columns: Sequence[str], data: ReportData, *, suffix: str, rows: bool = True) -> Table:
    """`table` with only `columns` (relabelled for the period), under an id unique to the report."""
    indexes = [table.columns.index(column) for column in columns]

    def cut(row: Row) -> Row:
        return dataclasses.replace(row, values=tuple(row.values[i] for i in indexes))

    kept = tuple(cut(row) for row in table.rows)
    if not rows:
        kept = tuple(row for row in kept if any(row.values))
    # A period's own labels already say which part of each year it covers; a whole-year report keeps
    # the mark of a year not yet complete.
    partial = table.partial if data.period.kind == YEAR and columns[-1:] == table.columns[-1:] else ""
    return dataclasses.replace(
        table,
        id=f"berattelse-{data.period.id}-{suffix}",
        columns=tuple(data.label(column) for column in columns),
        partial=partial,
        rows=kept,
        total=cut(table.total) if table.total else None,
        notes=tuple(note for note in table.notes if _note_applies(note, columns)),
    )
