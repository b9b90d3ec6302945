"""Which unknowns a set of sums determines."""

from __future__ import annotations

from kvalitet.aggregate.solve import determined


def test_two_unknowns_in_one_sum_stay_unknown() -> None:
    assert determined([{0: 1, 1: 1}, {0: 1, 1: 1}]) == set()


def test_three_pairwise_sums_give_every_unknown() -> None:
    # x + y, y + z, x + z: x = (first − second + third) / 2, which takes a division.
    assert determined([{0: 1, 1: 1}, {1: 1, 2: 1}, {0: 1, 2: 1}]) == {0, 1, 2}


def test_a_difference_of_two_sums_gives_the_cell_they_do_not_share() -> None:
    # A total and its parts in two versions: a + b + c and a + b.
    assert determined([{0: 1, 1: 1, 2: 1}, {0: 1, 1: 1}]) == {2}


def test_a_total_that_is_itself_unknown() -> None:
    # Units a + b = avdelning d (hidden), and d + e = the year (e hidden): nothing is fixed...
    sums = [{0: 1, 1: 1, 2: -1}, {2: 1, 3: 1}]
    assert determined(sums) == set()
    # ...until e is shown somewhere: then d is known, and a and b stay unknown.
    assert determined([*sums, {3: 1}]) == {2, 3}
