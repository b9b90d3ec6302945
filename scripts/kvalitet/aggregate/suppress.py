"""Small-count suppression for breakdowns by a person attribute (kön).

The rule, in two steps:

1. Primary: a count from 1 to `min_cell` - 1 is hidden (None). Zeros are shown.
2. Complementary: in every line (row or column) whose total is published, a single hidden cell could be
   computed as the total minus the shown cells. So while some such line has exactly one hidden cell,
   hide one more cell in it: the smallest shown non-zero cell (the first of equals), or, when the line
   has no shown non-zero cell, the smallest shown cell (a zero). Hiding a cell can leave a crossing
   line with one hidden cell; the loop goes on until no line with a total has exactly one.

Example: (3, 10, 12 | 25) with `min_cell` 5 becomes (–, –, 12 | 25).
"""

from __future__ import annotations

from collections.abc import Sequence

Cells = list[list[int | None]]


def _lines(rows: int, columns: int, row_totals: bool, column_totals: bool) -> list[list[tuple[int, int]]]:
    lines: list[list[tuple[int, int]]] = []
    if row_totals:
        lines += [[(r, c) for c in range(columns)] for r in range(rows)]
    if column_totals:
        lines += [[(r, c) for r in range(rows)] for c in range(columns)]
    return lines


def _next_to_hide(
    matrix: Sequence[Sequence[int]], cells: Cells, line: list[tuple[int, int]]
) -> tuple[int, int] | None:
    shown = [(matrix[r][c], index, (r, c)) for index, (r, c) in enumerate(line) if cells[r][c] is not None]
    candidates = [item for item in shown if item[0] > 0] or shown
    return min(candidates)[2] if candidates else None


def suppress(
    matrix: Sequence[Sequence[int]],
    min_cell: int,
    *,
    row_totals: bool = False,
    column_totals: bool = True,
) -> Cells:
    """`matrix` (rows of counts) with small counts and the counts that would reveal them set to None.

    `row_totals` / `column_totals` tell which lines have a published total (see the module docstring).
    """
    cells: Cells = [[None if 0 < value < min_cell else value for value in row] for row in matrix]
    columns = len(matrix[0]) if matrix else 0
    lines = _lines(len(matrix), columns, row_totals, column_totals)
    changed = True
    while changed:
        changed = False
        for line in lines:
            if sum(cells[r][c] is None for r, c in line) != 1:
                continue
            target = _next_to_hide(matrix, cells, line)
            if target is not None:
                cells[target[0]][target[1]] = None
                changed = True
    return cells
