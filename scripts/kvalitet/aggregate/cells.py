"""The published counts that must be protected, as cells and the sums that tie them together.

A cell is named by `(table id, row key, column)`, the same name wherever it is published: a unit's
count of a kind is one cell in `<g>-enheter-per-ar` and in the unit's own `enhet-<u>-per-ar`. A `Line`
is a published sum: its cells add up to its total, which is either a number shown anyway (a year's
count of a kind) or a cell of its own (an avdelning's count, the sum of its units).

The lines of one aggregation (`model`):

- every kön table, the sender's kön too, and the channel and sender tables of klagomål and synpunkter:
  per year, its rows add up to the year's count;
- every kind's counts per avdelning: per year, they add up to the year's count;
- every kind's counts per unit: per year and avdelning, the avdelning's units add up to its cell, and
  all units (with the cases aimed at no unit) add up to the year's count;
- every unit's counts per kind (`enhet-<u>-per-ar`): per year, they add up to the unit's total;
- every kind's counts per orsak: per year, they add up to the year's count. (A case may name several
  orsaker, and then they add up to more; the line is kept all the same, since an attacker who knows
  that few cases do is almost as well off, and a line only ever hides more.)

A cell is *sensitive* (hidden when it is from 1 to `min_cell` − 1) in a kön table (and a channel or
sender table), and in the unit, avdelning and orsak tables of the kinds that count people
(kvalitet.yaml `räknar_personer`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kvalitet.aggregate.context import slug
from kvalitet.aggregate.model import Table
from kvalitet.aggregate.results import Aggregates
from kvalitet.aggregate.units import NO_UNIT

Key = tuple[str, str, str]
"""(table id, row key, column)."""
SENDER_GENDER = "-avsandarens-kon-per-ar"
SOURCES = ("-kanal-per-ar", "-avsandare-per-ar")
"""The channel and sender tables of klagomål and synpunkter (`aggregate.sources`)."""
SMALL_COUNTS_HIDDEN = (SENDER_GENDER, *SOURCES)


@dataclass(frozen=True, slots=True)
class Line:
    cells: tuple[Key, ...]
    total: Key | None
    """The cell that is the sum; None: the sum is a number published anyway."""
    value: int
    """The sum."""
    source: str = ""
    """The table whose total row publishes the sum, when `total` is None."""


@dataclass(slots=True)
class Model:
    values: dict[Key, int] = field(default_factory=dict)
    sensitive: set[Key] = field(default_factory=set)
    lines: list[Line] = field(default_factory=list)
    unknown: set[Key] = field(default_factory=set)
    """Cells whose value is not known here (hidden in an archived report); their `values` are 0."""
    window: str = ""
    """The months of each year the columns count: "" for whole years, "1-8" for a delårsrapport of
    January to August (two reports of the same months count the same numbers)."""
    partial: dict[str, str] = field(default_factory=dict)
    """Column → what it counts, for a year not complete at the cut-off ("2026" → "1-10" up to the end
    of October, "1-10-15" up to 15 October): a count of January to October is another number than a
    count of January to March, or of the whole year."""

    unpublished: set[Key] = field(default_factory=set)
    """Cells this aggregation counts but does not publish (a report shows some tables and its last
    three years): unknowns like hidden cells, but no decision to hide them (see `restrict`)."""
    lines_by_key: dict[Key, list[int]] = field(default_factory=dict)
    """Cell → the indexes of its `lines` (see `lines_of`), for the first `indexed` lines."""
    indexed: int = 0

    def lines_of(self, key: Key) -> list[int]:
        """The indexes of the sums `key` is a cell or the total of."""
        for index in range(self.indexed, len(self.lines)):
            line = self.lines[index]
            for member in (*line.cells, *((line.total,) if line.total is not None else ())):
                self.lines_by_key.setdefault(member, []).append(index)
        self.indexed = len(self.lines)
        return self.lines_by_key.get(key, [])

    def known(self) -> set[Key]:
        """The cells of a sum shown as 0: they are 0 for anyone to see, so hiding them hides nothing."""
        return {key for line in self.lines if line.total is None and line.value == 0 for key in line.cells}

    def period(self, key: Key) -> str:
        """What `key`'s column counts: the window, or else the part of a year not yet complete ("" for
        a whole year)."""
        return self.window or self.partial.get(key[2], "")

    def restrict(self, publishes: Callable[[str, str], bool]) -> None:
        """Only the cells whose (table id, column) `publishes` are published. A sum is left out when
        none of its cells is published, or when it is the total row of a table not published (a
        unit's own table in a report): it tells nobody anything."""
        self.unpublished = {key for key in self.values if not publishes(key[0], key[2])}

        def told(line: Line) -> bool:
            members = (*line.cells, *((line.total,) if line.total is not None else ()))
            if not members or (line.total is None and not publishes(line.source, members[0][2])):
                return False
            return any(key not in self.unpublished for key in members)

        self.lines = [line for line in self.lines if told(line)]
        self.lines_by_key, self.indexed = {}, 0

    def add(self, key: Key, value: int, sensitive: bool) -> None:
        self.values[key] = value
        if sensitive:
            self.sensitive.add(key)


def _count(value: object) -> int:
    return int(value) if isinstance(value, int | float) else 0


def gender_tables(aggregates: Aggregates) -> Iterable[Table]:
    """The tables every small count of which is hidden: each kind's kön table, the sender's kön, and
    the channel and sender of klagomål and synpunkter (shown on their page and in the report)."""
    for group in aggregates.groups:
        yield group.gender
        yield from (table for table in group.analysis if table.id.endswith(SMALL_COUNTS_HIDDEN))


def _by_columns(model: Model, table: Table, sensitive: bool) -> None:
    """A table whose rows add up to a total published anyway, column by column."""
    if table.total is None:
        return
    for index, column in enumerate(table.columns):
        keys = []
        for row in table.rows:
            if index in row.absent:
                continue  # a year the row did not exist: 0 for anyone to see, nothing to hide
            key = (table.id, row.key, column)
            model.add(key, _count(row.values[index]), sensitive)
            keys.append(key)
        model.lines.append(Line(tuple(keys), None, _count(table.total.values[index]), table.id))


def units_table_id(group: str) -> str:
    return f"{slug(group)}-enheter-per-ar"


def model(aggregates: Aggregates, people: frozenset[str], department_of: Callable[[str], str]) -> Model:
    """The protected cells and lines of `aggregates` (see the module docstring); `department_of` gives
    a unit's avdelning key."""
    result = Model()
    as_of = aggregates.as_of
    if aggregates.years and aggregates.years[-1] == as_of.year and (as_of.month, as_of.day) != (12, 31):
        ends_month = (as_of + dt.timedelta(days=1)).day == 1
        result.partial[str(as_of.year)] = f"1-{as_of.month}" + ("" if ends_month else f"-{as_of.day}")
    for table in gender_tables(aggregates):
        _by_columns(result, table, True)
    for group in aggregates.groups:
        sensitive = group.group in people
        _by_columns(result, group.departments, sensitive)
        if group.causes is not None:
            _by_columns(result, group.causes, sensitive)
        units = group.units
        for index, column in enumerate(units.columns):
            members: dict[str, list[Key]] = {}
            for row in units.rows:
                if index in row.absent:
                    continue
                key = (units.id, row.key, column)
                result.add(key, _count(row.values[index]), sensitive)
                department = NO_UNIT if row.key == NO_UNIT else department_of(row.key)
                members.setdefault(department, []).append(key)
            for row in group.departments.rows:
                if index in row.absent:
                    continue
                total = (group.departments.id, row.key, column)
                cells = tuple(members.get(row.key, ()))
                result.lines.append(Line(cells, total, _count(row.values[index])))
            if units.total is not None:
                every = tuple(key for keys in members.values() for key in keys)
                result.lines.append(Line(every, None, _count(units.total.values[index]), units.id))
    for unit in aggregates.units:
        table = unit.table
        if table.total is None:
            continue
        for index, column in enumerate(table.columns):
            if index in table.total.absent:
                continue
            keys = []
            for row in table.rows:
                key = (units_table_id(row.key), unit.id, column)
                result.add(key, _count(row.values[index]), row.key in people)
                keys.append(key)
            result.lines.append(Line(tuple(keys), None, _count(table.total.values[index]), table.id))
    return result
