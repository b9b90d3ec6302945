"""Small-count suppression: primary below min_cell, complementary until no cell follows from a total."""

from __future__ import annotations

import random

import pytest

from kvalitet.aggregate.suppress import suppress


def column(*counts: int) -> list[list[int]]:
    return [[count] for count in counts]


def flat(cells: list[list[int | None]]) -> list[int | None]:
    return [value for row in cells for value in row]


def test_a_single_small_cell_takes_the_next_smallest_with_it() -> None:
    assert flat(suppress(column(3, 10, 12), 5)) == [None, None, 12]


def test_two_small_cells_protect_each_other() -> None:
    assert flat(suppress(column(3, 2, 12), 5)) == [None, None, 12]


def test_zeros_are_shown_and_not_taken_while_a_non_zero_cell_is_left() -> None:
    assert flat(suppress(column(0, 4, 0, 9, 20), 5)) == [0, None, 0, None, 20]


def test_a_lone_small_cell_among_zeros_takes_a_zero_with_it() -> None:
    assert flat(suppress(column(3, 0, 0), 5)) == [None, None, 0]


def test_nothing_small_nothing_hidden() -> None:
    assert flat(suppress(column(5, 0, 7), 5)) == [5, 0, 7]


def test_without_totals_only_small_cells_are_hidden() -> None:
    assert suppress([[3, 10, 12]], 5, row_totals=False, column_totals=False) == [[None, 10, 12]]


def test_equal_candidates_take_the_first() -> None:
    assert flat(suppress(column(3, 8, 8), 5)) == [None, None, 8]


def test_hiding_cascades_across_rows_and_columns() -> None:
    matrix = [[3, 10, 20], [10, 10, 10], [20, 10, 30]]
    cells = suppress(matrix, 5, row_totals=True, column_totals=True)
    assert cells[0][0] is None and cells[0][1] is None and cells[1][0] is None
    _assert_safe(matrix, cells, 5, row_totals=True, column_totals=True)


def _assert_safe(
    matrix: list[list[int]],
    cells: list[list[int | None]],
    min_cell: int,
    *,
    row_totals: bool,
    column_totals: bool,
) -> None:
    lines: list[list[int | None]] = []
    if row_totals:
        lines += cells
    if column_totals:
        lines += [list(column) for column in zip(*cells, strict=True)]
    assert all(sum(value is None for value in line) != 1 for line in lines)
    for row, original in zip(cells, matrix, strict=True):
        for value, count in zip(row, original, strict=True):
            assert value is None or value == count
            assert not 0 < count < min_cell or value is None


@pytest.mark.parametrize("seed", range(40))
def test_random_tables_leave_no_cell_derivable_from_one_line(seed: int) -> None:
    generator = random.Random(seed)
    both = generator.random() < 0.5
    rows, columns = generator.randint(2, 6), generator.randint(2 if both else 1, 6)
    matrix = [[generator.choice([0, 0, 1, 2, 4, 5, 9, 30]) for _ in range(columns)] for _ in range(rows)]
    cells = suppress(matrix, 5, row_totals=both, column_totals=True)
    _assert_safe(matrix, cells, 5, row_totals=both, column_totals=True)
