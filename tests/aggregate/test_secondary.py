"""Cheapest-cell secondary suppression, and the audit that proves nothing hidden can be computed."""

from __future__ import annotations

from kvalitet.aggregate.cells import Key, Line, Model
from kvalitet.aggregate.secondary import audit, decide

UNITS = "lex-sarah-enheter-per-ar"
DEPARTMENTS = "lex-sarah-avdelningar-per-ar"


def _units(values: dict[str, int], column: str = "2025") -> Model:
    """Units of one avdelning: their cells add up to the avdelning's cell, and to the year's count."""
    model = Model()
    keys = []
    for unit, value in values.items():
        key = (UNITS, unit, column)
        model.add(key, value, True)
        keys.append(key)
    department = (DEPARTMENTS, "vard", column)
    model.add(department, sum(values.values()), True)
    model.lines.append(Line(tuple(keys), department, sum(values.values())))
    model.lines.append(Line(tuple(keys), None, sum(values.values()), UNITS))
    return model


def test_the_cheapest_other_cell_is_hidden() -> None:
    # 2 is small; of 0, 7 and 30 the 0 costs least, and hiding it leaves 2 one of two unknowns.
    hidden = decide(_units({"a": 2, "b": 30, "c": 7, "d": 0}), 5, set())
    assert sorted(hidden) == [(UNITS, "a", "2025"), (UNITS, "d", "2025")]


def test_of_two_cells_that_cost_alike_the_one_that_closes_two_sums_is_hidden() -> None:
    # x + s + t and y + s + u, with x and y small and s, t, u all 10: s closes both sums at once.
    model = Model()
    cells = {name: ("t", name, "2025") for name in "xystu"}
    for name, value in {"x": 2, "y": 3, "s": 10, "t": 10, "u": 10}.items():
        model.add(cells[name], value, True)
    model.lines.append(Line((cells["x"], cells["s"], cells["t"]), None, 22, "t"))
    model.lines.append(Line((cells["y"], cells["s"], cells["u"]), None, 23, "t"))
    assert sorted(name for _, name, _ in decide(model, 5, set())) == ["s", "x", "y"]


def test_a_hidden_cell_shown_elsewhere_with_its_value_is_found() -> None:
    # Two publications of the same year: the one hides a and d, the other shows d with the same
    # value (0), so a = 2 can be computed. With another value for d, it cannot.
    first = _units({"a": 2, "b": 30, "c": 7, "d": 0})
    second = _units({"a": 2, "b": 30, "c": 7, "d": 0})
    shown = (first, frozenset(decide(first, 5, set())), False)
    more, computable = audit([shown, (second, frozenset({(UNITS, "a", "2025")}), False)], 5)
    assert computable == {((UNITS, "a", "2025"), "", 2)}
    assert more  # a cell to hide more near it
    changed = _units({"a": 2, "b": 30, "c": 6, "d": 1})
    _, computable = audit([shown, (changed, frozenset(decide(changed, 5, set())), False)], 5)
    assert computable == set()


def test_a_year_not_complete_is_another_number_than_the_whole_year() -> None:
    # The whole year 2026 hides a = 2 and d = 0; January to March of 2026 hides a = 2 and c = 7 but
    # shows d = 0. Were they the same period, d would be known and a computed; they are not.
    whole = _units({"a": 2, "b": 30, "c": 7, "d": 0}, "2026")
    part = _units({"a": 2, "b": 30, "c": 7, "d": 0}, "2026")
    part.partial["2026"] = "1-3"
    seen = [
        (whole, frozenset(decide(whole, 5, set())), False),
        (part, frozenset({(UNITS, "a", "2026"), (UNITS, "c", "2026")}), False),
    ]
    assert audit(seen, 5)[1] == set()
    part.partial.clear()
    assert audit(seen, 5)[1] == {((UNITS, "a", "2026"), "", 2)}


def test_a_cell_not_published_is_an_unknown_but_no_decision() -> None:
    # A report that does not publish the avdelning: its cell is not hidden (no * to write), but it is
    # an unknown, so the units still need a second hidden cell.
    model = _units({"a": 2, "b": 30, "c": 7, "d": 0})
    model.restrict(lambda table, column: table == UNITS)
    hidden: set[Key] = decide(model, 5, set())
    assert sorted(hidden) == [(UNITS, "a", "2025"), (UNITS, "d", "2025")]
    assert (DEPARTMENTS, "vard", "2025") in model.unpublished


def test_a_sum_of_cells_none_of_which_is_published_is_left_out() -> None:
    model = _units({"a": 2, "b": 30})
    model.restrict(lambda table, column: False)
    assert model.lines == []
    assert decide(model, 5, set()) == set()
