"""Secondary suppression: which other cells to hide so that no hidden small count can be computed.

A cell is named across aggregations by `Cell`: its key, the period its column counts
(`cells.Model.period`) and its value. Two aggregations that publish the same cell with the same value
publish one number; with another value, or for another period, they publish two (an attacker who
guesses which cells did not change between versions guesses right, and no more).

- `decide` (per aggregation): the small counts, the cells hidden elsewhere (`forced`), and then, while
  a published sum (`cells.Line`) has exactly one unknown, the *cheapest* other cell of that sum: one not
  shown elsewhere with its value, then the smallest count, then one that also closes another sum with
  one unknown, then a residual category (annat, okänt, ej angivet). Hiding it leaves every sum of the
  small count with two unknowns or more.
- `audit` (everything published together): every published sum of every aggregation is an equation
  over its hidden cells, a cell shown anywhere is known, and no hidden small count may be determined by
  them (`solve.determined`). For one that is, the cheapest cell of its sums (or of the sums of their
  hidden cells, a few steps out) is hidden too, and the build decides again.
"""

from __future__ import annotations

from collections.abc import Iterable

from kvalitet.aggregate.cells import Key, Line, Model
from kvalitet.aggregate.gender import OTHER
from kvalitet.aggregate.solve import determined

Cell = tuple[Key, str, int | None]
"""(key, period, value) of a published cell; value None: hidden in an archived report, any value."""
OPENING = 5
"""What a sum left with one unknown costs, in counts hidden: it needs one more cell (a count of
`OPENING` or more is what the smallest hidden count of such a sum usually costs)."""
DEPTH = 4
"""How many sums away from a cell that can be computed the audit looks for one more cell to hide."""


def cell(model: Model, key: Key) -> Cell:
    return key, model.period(key), None if key in model.unknown else model.values[key]


def shown(seen: Iterable[tuple[Model, frozenset[Key], bool]]) -> frozenset[Cell]:
    """The cells shown somewhere (hiding one elsewhere hides nothing from who guesses it)."""
    return frozenset(
        cell(model, key)
        for model, hidden, _ in seen
        for key in model.values
        if key not in hidden and key not in model.unknown and key not in model.unpublished
    )


def is_forced(model: Model, key: Key, forced: set[Cell]) -> bool:
    item = cell(model, key)
    return item in forced or (item[0], item[1], None) in forced


def small(model: Model, key: Key, min_cell: int) -> bool:
    """Whether `key` is a small count to protect: sensitive, from 1 to `min_cell` − 1."""
    return key in model.sensitive and 0 < model.values[key] < min_cell


def _unknowns(line: Line, hidden: set[Key]) -> int:
    return sum(key in hidden for key in line.cells) + (line.total is not None and line.total in hidden)


def _cheapest(
    model: Model,
    line: Line,
    hidden: set[Key],
    known: set[Key],
    exposed: frozenset[Cell],
    open_lines: set[int],
) -> Key | None:
    """The cell of `line` to hide that costs least (see the module docstring); `open_lines` are the
    indexes of the sums with one unknown."""
    members: list[Key] = [*line.cells, *((line.total,) if line.total is not None else ())]
    free = [key for key in members if key not in hidden and key not in known]
    if not free:
        return None

    def closes(key: Key) -> int:
        return sum(index in open_lines for index in model.lines_of(key))

    def opens(key: Key) -> int:
        """The sums with no unknown yet that hiding `key` leaves with one: each needs one more."""
        return sum(not _unknowns(model.lines[index], hidden) for index in model.lines_of(key))

    def cost(key: Key) -> tuple[bool, int, int, bool, bool, Key]:
        return (
            cell(model, key) in exposed,
            model.values[key] + OPENING * opens(key),
            -closes(key),
            key[1] != OTHER,
            key == line.total,
            key,
        )

    return min(free, key=cost)


def decide(
    model: Model, min_cell: int, forced: set[Cell], exposed: frozenset[Cell] = frozenset()
) -> set[Key]:
    """The cells of `model` to hide: the small counts, those hidden elsewhere, and the cheapest
    complementary cells (see the module docstring)."""
    known = model.known()
    hidden = {key for key in model.sensitive if 0 < model.values[key] < min_cell}
    if forced:
        hidden |= {key for key in model.values if is_forced(model, key, forced)}
    hidden -= known | model.unpublished
    unknown = hidden | model.unpublished
    # An unpublished cell that a sum gives is no harm unless it is a small count to protect.
    guarded = hidden | {key for key in model.unpublished if small(model, key, min_cell)}

    def exposing(line: Line) -> bool:
        if _unknowns(line, unknown) != 1:
            return False
        return any(key in guarded for key in (*line.cells, line.total) if key is not None)

    while True:
        open_lines = {index for index, line in enumerate(model.lines) if exposing(line)}
        changed = False
        for index in sorted(open_lines):
            line = model.lines[index]
            if not exposing(line):
                continue
            target = _cheapest(model, line, unknown, known, exposed, open_lines)
            if target is not None:
                hidden.add(target)
                unknown.add(target)
                guarded.add(target)
                open_lines = {i for i in open_lines if exposing(model.lines[i])}
                changed = True
        if not changed:
            return hidden


def _around(model: Model, key: Key, hidden: set[Key], exposed: frozenset[Cell]) -> Key | None:
    """A cell to hide near `key`: in one of its sums, or else in a sum of a hidden cell of those, and
    so on (a few steps): hiding it leaves `key` one more unknown to be computed from."""
    known = model.known()
    frontier, reached = [key], {key}
    for _ in range(DEPTH):
        following = []
        for item in frontier:
            for index in model.lines_of(item):
                line = model.lines[index]
                target = _cheapest(model, line, hidden, known, exposed, set())
                if target is not None:
                    return target
                for other in (*line.cells, line.total):
                    if other is not None and other in hidden and other not in reached:
                        reached.add(other)
                        following.append(other)
        frontier = following
    return None


def audit(seen: list[tuple[Model, frozenset[Key], bool]], min_cell: int) -> tuple[set[Cell], set[Cell]]:
    """The cells to hide more so that no small count (1 to `min_cell` − 1) of a sensitive cell hidden
    in any aggregation is determined by all the published sums together, and the small counts that
    are (both empty when none is). A cell hidden only to protect another may be determined: a count
    of a kind that does not count people, or one that is 0 or at least `min_cell`; the small counts it
    protects stay unknown, or the audit would find them. A sensitive cell hidden in an archived
    report, whose value is not known here, counts as small and is one unknown of its own."""
    variables: dict[tuple[Key, str, int], int] = {}
    protected: set[int] = set()

    def variable(number: int, model: Model, key: Key) -> int:
        value = -1 - number if key in model.unknown else model.values[key]
        index = variables.setdefault((key, model.period(key), value), len(variables))
        if key in model.sensitive and (key in model.unknown or 0 < value < min_cell):
            protected.add(index)
        return index

    equations: list[dict[int, int]] = []
    for number, (model, hidden, _) in enumerate(seen):
        for line in model.lines:
            unknown = hidden | model.unpublished
            keys = [key for key in line.cells if key in unknown]
            if line.total is not None and line.total in unknown:
                keys.append(line.total)
            equation: dict[int, int] = {}
            for key in keys:
                index = variable(number, model, key)
                equation[index] = equation.get(index, 0) + (-1 if key == line.total else 1)
            if equation:
                equations.append(equation)
    exposed = shown(seen)
    for key, period, shown_value in exposed:  # shown somewhere with the value it has where hidden
        position = variables.get((key, period, shown_value)) if shown_value is not None else None
        if position is not None:
            equations.append({position: 1})
    names = {index: name for name, index in variables.items()}
    found = determined(equations) & protected
    more: set[Cell] = set()
    computable: set[Cell] = set()
    for index in sorted(found):
        key, period, value = names[index]
        computable.add((key, period, value if value >= 0 else None))
        for model, hidden, fixed in seen:
            if fixed or key not in model.values or model.period(key) != period:
                continue
            closed = set(hidden) | model.unpublished | {c[0] for c in more}
            target = _around(model, key, closed, exposed)
            if target is not None:
                more.add(cell(model, target))
    return more, computable
