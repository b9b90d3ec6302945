"""Which unknowns a set of linear equations determines: what an attacker can compute exactly.

The equations are sums of unknowns with small integer coefficients (the right-hand sides do not
matter for *whether* an unknown is determined). An unknown is determined when its unit vector lies in
the span of the equations, that is when the reduced row echelon form has a row with that unknown
alone. The reduction is exact, in arithmetic modulo a large prime: with coefficients of −1, 0 and 1
and a few thousand unknowns, a rank that differs from the rational one would need the prime to divide
a minor, which it is far too large to do in practice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

PRIME = (1 << 61) - 1


def determined(equations: Iterable[Mapping[int, int]]) -> set[int]:
    """The unknowns (by index) that the equations (index → coefficient) fix to one value."""
    pivots: dict[int, dict[int, int]] = {}
    holders: dict[int, set[int]] = {}
    """Column → the pivots whose rows hold it besides their own."""
    for equation in equations:
        row = {column: value % PRIME for column, value in equation.items() if value % PRIME}
        for column in [column for column in row if column in pivots]:
            factor = row.pop(column)
            for other, value in pivots[column].items():
                if other != column:
                    row[other] = (row.get(other, 0) - factor * value) % PRIME
            row = {key: value for key, value in row.items() if value}
        if not row:
            continue
        pivot = min(row)
        inverse = pow(row[pivot], PRIME - 2, PRIME)
        row = {column: value * inverse % PRIME for column, value in row.items()}
        for holder in list(holders.get(pivot, ())):
            target = pivots[holder]
            factor = target.pop(pivot)
            for column, value in row.items():
                if column != pivot:
                    new = (target.get(column, 0) - factor * value) % PRIME
                    if new:
                        target[column] = new
                        holders.setdefault(column, set()).add(holder)
                    else:
                        target.pop(column, None)
                        holders.get(column, set()).discard(holder)
        holders.pop(pivot, None)
        pivots[pivot] = row
        for column in row:
            if column != pivot:
                holders.setdefault(column, set()).add(pivot)
    return {pivot for pivot, row in pivots.items() if len(row) == 1}
