"""One suppression decision per cell for everything published together.

A build publishes several aggregations side by side: today's figures, every report (each counted as
of its own uppföljningsdatum, delårsrapporter for parts of a year), and in a versioned site every
approved version. Were each suppressed on its own, a cell hidden in one could be read from another, or
computed from two (a total of 69 here and 67 there). So:

1. In each aggregation, a sensitive cell (see `cells`) from 1 to `min_cell` − 1 is hidden, and so is
   every cell hidden anywhere else in what is published together (the `Ledger`).
2. Complementary: while a published sum (`cells.Line`) has exactly one unknown, one more of its cells
   is hidden: a sensitive one before another, the smallest non-zero before a zero.
3. The build repeats the aggregations until no aggregation hides a cell the others show (`settle`),
   and then checks the whole as an attacker would (`audit`): every published sum of every aggregation
   is an equation, a hidden cell is one unknown per distinct true value (an attacker who guesses which
   cells did not change between versions guesses right), and no hidden cell may be determined by the
   equations. (Cells of a delårsrapport, which counts part of each year, are unknowns apart from the
   whole years' even where their values agree: a count of the months so far is no count of the year.)
   One that is gets a cell of its lines hidden, or of the lines of their hidden cells, and the round
   is repeated; when no such cell is left, the ledger counts it (`unprotected`) and the build warns.

Outside a build (no ledger) each aggregation is suppressed on its own, by steps 1 and 2.
"""

from __future__ import annotations

import contextvars
import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TypeVar

from kvalitet.aggregate.cells import Key, Line, Model, gender_tables, units_table_id
from kvalitet.aggregate.model import Table
from kvalitet.aggregate.rates import RATE_GROUPS
from kvalitet.aggregate.results import Aggregates, GroupAggregates, UnitAggregates
from kvalitet.aggregate.solve import determined

T = TypeVar("T")
ROUNDS = 200
"""More rounds than any published tree needs (each round only hides more)."""
DEPTH = 4
"""How many sums away from a cell that can be computed the audit looks for one more cell to hide."""


Exposed = frozenset[tuple[Key, str, int]]
"""Cells shown somewhere, with their window and value: hiding one hides nothing from who guesses it."""


Seen = tuple[Model, frozenset[Key], bool]
"""An aggregation's cells, those it hides, and whether it is fixed (an archived report)."""


@dataclass(slots=True)
class Ledger:
    """The cells hidden in what is published together, and this round's aggregations."""

    hidden: set[Key] = field(default_factory=set)
    found: set[Key] = field(default_factory=set)
    seen: list[Seen] = field(default_factory=list)
    min_cell: int = 1
    exposed: Exposed = frozenset()
    unprotected: int = 0
    """Small counts the audit found computable with no cell left to hide (the build warns)."""

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

    def _more(self, seen: list[Seen]) -> set[Key]:
        found = set().union(*(hidden for _, hidden, _ in seen))
        if found - self.hidden:
            return found - self.hidden
        more, count = audit(seen, self.min_cell)
        self.unprotected = count if not more - self.hidden else 0
        return more - self.hidden

    def _settle_recorded(self) -> None:
        recorded = self.seen
        seen = recorded
        for _ in range(ROUNDS):
            self.exposed = frozenset(
                (key, model.window, value)
                for model, hidden, _ in seen
                for key, value in model.values.items()
                if key not in hidden and key not in model.unknown
            )
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
        self.found |= hidden
        self.seen.append((model, frozenset(hidden), fixed))


_ACTIVE: contextvars.ContextVar[Ledger | None] = contextvars.ContextVar("kvalitet_ledger", default=None)


@contextmanager
def unpublished() -> Iterator[None]:
    """Aggregations in this block are not published as such (no ledger)."""
    token = _ACTIVE.set(None)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def _unknowns(line: Line, hidden: set[Key]) -> int:
    return sum(key in hidden for key in line.cells) + (line.total is not None and line.total in hidden)


def _candidate(
    model: Model, line: Line, hidden: set[Key], known: set[Key], exposed: Exposed = frozenset()
) -> Key | None:
    shown = [key for key in line.cells if key not in hidden and key not in known]
    if shown:
        return min(
            shown,
            key=lambda key: (
                (key, model.window, model.values[key]) in exposed,
                key not in model.sensitive,
                model.values[key] == 0,
                model.values[key],
                key,
            ),
        )
    total = line.total
    return total if total is not None and total not in hidden and total not in known else None


def _around(model: Model, key: Key, hidden: set[Key], known: set[Key], exposed: Exposed) -> Key | None:
    """A cell to hide near `key`: in one of its sums, or else in a sum of a hidden cell of those, and
    so on (a few steps): hiding it leaves `key` one more unknown to be computed from."""
    frontier, reached = [key], {key}
    for _ in range(DEPTH):
        following = []
        for item in frontier:
            for line in model.lines:
                if item not in line.cells and item != line.total:
                    continue
                target = _candidate(model, line, hidden, known, exposed)
                if target is not None:
                    return target
                for other in (*line.cells, line.total):
                    if other is not None and other in hidden and other not in reached:
                        reached.add(other)
                        following.append(other)
        frontier = following
    return None


def decide(model: Model, min_cell: int, forced: set[Key], exposed: Exposed = frozenset()) -> set[Key]:
    """The cells of `model` to hide: primary, forced, and complementary (steps 1 and 2)."""
    hidden = {key for key in model.sensitive if 0 < model.values[key] < min_cell}
    known = model.known()
    hidden |= (forced & model.values.keys()) - known
    changed = True
    while changed:
        changed = False
        for line in model.lines:
            if _unknowns(line, hidden) == 1:
                target = _candidate(model, line, hidden, known, exposed)
                if target is not None:
                    hidden.add(target)
                    changed = True
    return hidden


def audit(seen: list[Seen], min_cell: int) -> tuple[set[Key], int]:
    """Cells to hide so that no small count (1 to `min_cell` − 1) hidden in any aggregation is
    determined by all the published sums together (step 3), and how many are; empty and 0 when none
    is. (A cell hidden only
    to protect another may be determined: it is 0 or at least `min_cell`, and the small counts it
    protects stay unknown, or the audit would find them.) A cell hidden in an archived report, whose
    value is not known here, counts as small and is one unknown of its own."""
    variables: dict[tuple[Key, str, int], int] = {}
    protected: set[int] = set()

    def variable(number: int, model: Model, key: Key) -> int:
        value = -1 - number if key in model.unknown else model.values[key]
        index = variables.setdefault((key, model.window, value), len(variables))
        if key in model.unknown or 0 < value < min_cell:
            protected.add(index)
        return index

    equations: list[dict[int, int]] = []
    for number, (model, hidden, _) in enumerate(seen):
        for line in model.lines:
            keys = [key for key in line.cells if key in hidden]
            if line.total is not None and line.total in hidden:
                keys.append(line.total)
            if not keys:
                continue
            equation: dict[int, int] = {}
            for key in keys:
                index = variable(number, model, key)
                equation[index] = equation.get(index, 0) + (-1 if key == line.total else 1)
            equations.append(equation)
    for model, hidden, _ in seen:  # a cell shown somewhere with the value it has where it is hidden
        for key, value in model.values.items():
            shown = variables.get((key, model.window, value))
            if key not in hidden and key not in model.unknown and shown is not None:
                equations.append({shown: 1})
    exposed = frozenset(
        (key, model.window, value)
        for model, hidden, _ in seen
        for key, value in model.values.items()
        if key not in hidden and key not in model.unknown
    )
    names = {index: name for name, index in variables.items()}
    found = determined(equations) & protected
    more: set[Key] = set()
    for index in sorted(found):
        key = names[index][0]
        for model, hidden, fixed in seen:
            if not fixed and key in model.values:
                target = _around(model, key, set(hidden) | more, model.known(), exposed)
                if target is not None:
                    more.add(target)
    return more, len(found)


def _hide(table: Table, hidden: set[Key]) -> Table:
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
            gender=_hide(item.gender, hidden),
            units=_hide(item.units, hidden),
            departments=_hide(item.departments, hidden),
            causes=_hide(item.causes, hidden) if item.causes is not None else None,
            rates=None if item.group in people else item.rates,
            monthly_rate=None if item.group in people else item.monthly_rate,
            analysis=tuple(_hide(table, hidden) if table.id in genders else table for table in item.analysis),
        )

    return dataclasses.replace(
        aggregates,
        groups=tuple(group(item) for item in aggregates.groups),
        units=tuple(_hide_unit(unit, hidden, people) for unit in aggregates.units),
    )


_WINDOW: contextvars.ContextVar[str] = contextvars.ContextVar("kvalitet_window", default="")


@contextmanager
def counting_part(window: str) -> Iterator[None]:
    """Aggregations in this block count part of each year (`window`: a delårsrapport's id)."""
    token = _WINDOW.set(window)
    try:
        yield
    finally:
        _WINDOW.reset(token)


def protect(model: Model, min_cell: int) -> set[Key]:
    """The cells of one aggregation to hide, agreeing with the active ledger (if any), which records them."""
    model.window = _WINDOW.get()
    ledger = _ACTIVE.get()
    hidden = (
        decide(model, min_cell, ledger.hidden, ledger.exposed) if ledger else decide(model, min_cell, set())
    )
    if ledger is not None:
        ledger.record(model, hidden, min_cell)
    return hidden


def published(model: Model, hidden: set[Key], min_cell: int) -> None:
    """Tell the active ledger (if any) of cells published as they are: an archived report."""
    model.window = _WINDOW.get()
    ledger = _ACTIVE.get()
    if ledger is not None:
        ledger.record(model, hidden, min_cell, fixed=True)
