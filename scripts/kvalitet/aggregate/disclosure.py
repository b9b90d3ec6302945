"""One suppression decision per cell for everything published together.

A build publishes several aggregations side by side: today's figures, every report (each counted as
of its own uppföljningsdatum, delårsrapporter for parts of a year), and in a versioned site every
approved version. Were each suppressed on its own, a cell hidden in one could be read from another, or
computed from two (a total of 69 here and 67 there). So:

1. In each aggregation, a sensitive cell (see `cells`) from 1 to `min_cell` − 1 is hidden, and so is
   every cell hidden anywhere else in what is published together with the same value for the same
   period (the `Ledger`; `secondary.Cell`). The same count of another period, or of another value, is
   another number: showing it gives nothing away, so it is not hidden for that.
2. Complementary: while a published sum (`cells.Line`) has exactly one unknown, the cheapest other
   cell of it is hidden (`secondary.decide`).
3. The build repeats the aggregations until no aggregation hides a cell the others show (`settle`),
   and then checks the whole as an attacker would (`secondary.audit`): no hidden small count may be
   determined by all the published sums together. One that is gets a cell near it hidden and the
   round is repeated; when no such cell is left, the ledger keeps it (`unprotected`) and the build
   warns.

Outside a build (no ledger) each aggregation is suppressed on its own, by steps 1 and 2.
"""

from __future__ import annotations

import contextvars
import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from kvalitet.aggregate.cells import Key, Model, gender_tables, units_table_id
from kvalitet.aggregate.model import Table
from kvalitet.aggregate.rates import RATE_GROUPS
from kvalitet.aggregate.results import Aggregates, GroupAggregates, UnitAggregates
from kvalitet.aggregate.secondary import Cell, audit, cell, decide, shown, small
from kvalitet.messages import say

T = TypeVar("T")
ROUNDS = 200
"""More rounds than any published tree needs (each round only hides more)."""

Seen = tuple[Model, frozenset[Key], bool]
"""An aggregation's cells, those it hides, and whether it is fixed (an archived report)."""


@dataclass(slots=True)
class Ledger:
    """The cells hidden in what is published together, and this round's aggregations."""

    hidden: set[Cell] = field(default_factory=set)
    found: set[Cell] = field(default_factory=set)
    seen: list[Seen] = field(default_factory=list)
    min_cell: int = 1
    exposed: frozenset[Cell] = frozenset()
    unprotected_cells: set[Cell] = field(default_factory=set)
    """Small counts the audit found computable with no cell left to hide (the build warns)."""

    @property
    def unprotected(self) -> int:
        return len(self.unprotected_cells)

    def warning(self) -> str:
        """The build's warning of the `unprotected_cells`: where they are, never their values."""
        places = sorted({_place(key, period) for key, period, _ in self.unprotected_cells})
        return say("suppression-unprotectable", count=self.unprotected, places="; ".join(places))

    def settle(self, publish: Callable[[], T]) -> T:
        """Run `publish` (which aggregates everything published together) until its decisions agree
        and pass the audit; its last result. Between two runs the decisions are settled on the cells
        the first run recorded, so `publish` runs once when nothing is hidden and twice otherwise.
        Inside another `settle` of this ledger, `publish` runs once, as part of the outer round."""
        if _ACTIVE.get() is self:
            return publish()
        for _ in range(ROUNDS):
            self.found, self.seen = set(), []
            token = _ACTIVE.set(self)
            try:
                result = publish()
            finally:
                _ACTIVE.reset(token)
            if not self._more(self.seen):
                return result
            self._settle_recorded()
        raise RuntimeError("suppression did not settle")  # pragma: no cover - each round hides more

    def _more(self, seen: list[Seen]) -> set[Cell]:
        found = {cell(model, key) for model, hidden, _ in seen for key in hidden}
        if found - self.hidden:
            return found - self.hidden
        more, computable = audit(seen, self.min_cell)
        self.unprotected_cells = computable if not more - self.hidden else set()
        return more - self.hidden

    def _settle_recorded(self) -> None:
        recorded = self.seen
        seen = recorded
        for _ in range(ROUNDS):
            self.exposed = shown(seen)
            seen = [
                (
                    model,
                    hidden if fixed else frozenset(decide(model, self.min_cell, self.hidden, self.exposed)),
                    fixed,
                )
                for model, hidden, fixed in recorded
            ]
            more = self._more(seen)
            if not more:
                return
            self.hidden |= more

    def record(self, model: Model, hidden: set[Key], min_cell: int, *, fixed: bool = False) -> None:
        self.min_cell = max(self.min_cell, min_cell)
        self.found |= {cell(model, key) for key in hidden}
        self.seen.append((model, frozenset(hidden), fixed))


def _place(key: Key, period: str) -> str:
    table, row, column = key
    if not period:
        return say("suppression-place", table=table, row=row, column=column)
    return say("suppression-place-part", table=table, row=row, column=column, months=period)


_ACTIVE: contextvars.ContextVar[Ledger | None] = contextvars.ContextVar("kvalitet_ledger", default=None)


@contextmanager
def unpublished() -> Iterator[None]:
    """Aggregations in this block are not published as such (no ledger)."""
    token = _ACTIVE.set(None)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def hide_table(table: Table, hidden: set[Key]) -> Table:
    """`table` with its cells in `hidden` set to None."""
    rows = tuple(
        dataclasses.replace(
            row,
            values=tuple(
                None if (table.id, row.key, column) in hidden else value
                for column, value in zip(table.columns, row.values, strict=True)
            ),
        )
        for row in table.rows
    )
    return dataclasses.replace(table, rows=rows)


def _hide_unit(unit: UnitAggregates, hidden: set[Key], people: frozenset[str]) -> UnitAggregates:
    table = unit.table
    rows = tuple(
        dataclasses.replace(
            row,
            values=tuple(
                None if (units_table_id(row.key), unit.id, column) in hidden else value
                for column, value in zip(table.columns, row.values, strict=True)
            ),
        )
        for row in table.rows
    )
    rates = None if people & set(RATE_GROUPS) else unit.rates
    return dataclasses.replace(unit, table=dataclasses.replace(table, rows=rows), rates=rates)


def apply(aggregates: Aggregates, hidden: set[Key], people: frozenset[str]) -> Aggregates:
    """`aggregates` with the `hidden` cells set to None, and without rates for kinds that count people
    (a rate and a volume give the count)."""
    genders = {table.id for table in gender_tables(aggregates)}

    def group(item: GroupAggregates) -> GroupAggregates:
        return dataclasses.replace(
            item,
            gender=hide_table(item.gender, hidden),
            units=hide_table(item.units, hidden),
            departments=hide_table(item.departments, hidden),
            causes=hide_table(item.causes, hidden) if item.causes is not None else None,
            rates=None if item.group in people else item.rates,
            monthly_rate=None if item.group in people else item.monthly_rate,
            analysis=tuple(
                hide_table(table, hidden) if table.id in genders else table for table in item.analysis
            ),
        )

    return dataclasses.replace(
        aggregates,
        groups=tuple(group(item) for item in aggregates.groups),
        units=tuple(_hide_unit(unit, hidden, people) for unit in aggregates.units),
    )


Publishes = Callable[[str, str], bool]
"""(table id, column) → whether an aggregation publishes that column of that table."""
_WINDOW: contextvars.ContextVar[str] = contextvars.ContextVar("kvalitet_window", default="")
_PUBLISHES: contextvars.ContextVar[Publishes | None] = contextvars.ContextVar(
    "kvalitet_publishes", default=None
)


@contextmanager
def publishing(publishes: Publishes) -> Iterator[None]:
    """Aggregations in this block publish only some of their cells (a report: some tables, its last
    years); the others are no decision of theirs (`cells.Model.restrict`)."""
    token = _PUBLISHES.set(publishes)
    try:
        yield
    finally:
        _PUBLISHES.reset(token)


@contextmanager
def counting_part(window: str) -> Iterator[None]:
    """Aggregations in this block count part of each year (`window`: its months, "1-8" for January
    to August; see `cells.Model.window`)."""
    token = _WINDOW.set(window)
    try:
        yield
    finally:
        _WINDOW.reset(token)


def protect(model: Model, min_cell: int) -> set[Key]:
    """The cells of one aggregation to hide, agreeing with the active ledger (if any), which records them."""
    model.window = _WINDOW.get()
    publishes = _PUBLISHES.get()
    if publishes is not None:
        model.restrict(publishes)
    ledger = _ACTIVE.get()
    hidden = (
        decide(model, min_cell, ledger.hidden, ledger.exposed) if ledger else decide(model, min_cell, set())
    )
    if ledger is not None:
        ledger.record(model, hidden, min_cell)
    # Not published here, but hidden in the figures too, in case something shows them after all.
    return hidden | {key for key in model.unpublished if small(model, key, min_cell)}


def published(model: Model, hidden: set[Key], min_cell: int) -> None:
    """Tell the active ledger (if any) of cells published as they are: an archived report."""
    model.window = _WINDOW.get()
    ledger = _ACTIVE.get()
    if ledger is not None:
        ledger.record(model, hidden, min_cell, fixed=True)
