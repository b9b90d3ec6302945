"""XmR statistics against small series computed by hand."""

from __future__ import annotations

import pytest

from kvalitet.aggregate.spc import runs, shift_points, trend_points, xmr


def test_mean_moving_range_and_limits() -> None:
    chart = xmr([5, 7, 6, 8, 4])
    assert chart is not None
    # mean 30 / 5 = 6; moving ranges 2, 1, 2, 4: average 2.25; 2.66 × 2.25 = 5.985.
    assert chart.mean == pytest.approx(6)
    assert chart.average_moving_range == pytest.approx(2.25)
    assert chart.upper == pytest.approx(11.985)
    assert chart.lower == pytest.approx(0.015)
    assert chart.signals == ()


def test_a_point_outside_the_limits_and_a_shift_below_the_mean() -> None:
    chart = xmr([10] * 9 + [30])
    assert chart is not None
    # mean 12; moving ranges eight 0 and one 20: average 20 / 9; limits 12 ± 5.911.
    assert chart.average_moving_range == pytest.approx(20 / 9)
    assert chart.upper == pytest.approx(12 + 2.66 * 20 / 9)
    assert chart.lower == pytest.approx(12 - 2.66 * 20 / 9)
    assert chart.outside == (9,)
    assert chart.shift == tuple(range(9))
    assert chart.trend == ()
    assert chart.signals == tuple(range(10))


def test_the_lower_limit_is_never_below_zero() -> None:
    chart = xmr([0, 10, 0, 10])
    assert chart is not None
    assert chart.lower == 0
    assert chart.upper == pytest.approx(5 + 26.6)


def test_fewer_than_two_points_have_no_chart() -> None:
    assert xmr([]) is None
    assert xmr([4]) is None


def test_a_constant_series_has_no_signal() -> None:
    chart = xmr([3] * 12)
    assert chart is not None
    assert (chart.upper, chart.lower, chart.signals) == (3, 3, ())


def test_a_shift_needs_seven_points_on_one_side() -> None:
    assert shift_points([1, 1, 1, 1, 1, 1, 5], 2) == ()
    assert shift_points([1, 1, 1, 1, 1, 1, 1, 5], 2) == (0, 1, 2, 3, 4, 5, 6)
    # A point on the mean ends the run.
    assert shift_points([1, 1, 1, 2, 1, 1, 1, 1], 2) == ()
    assert shift_points([3, 3, 3, 3, 3, 3, 3, 3, 1], 2) == tuple(range(8))


def test_a_trend_needs_six_increases_or_decreases_in_a_row() -> None:
    assert trend_points([1, 2, 3, 4, 5, 6]) == ()
    assert trend_points([1, 2, 3, 4, 5, 6, 7]) == tuple(range(7))
    assert trend_points([9, 7, 6, 5, 4, 3, 1, 2]) == tuple(range(7))
    # Two equal points end a run.
    assert trend_points([1, 2, 3, 3, 4, 5, 6, 7]) == ()
    assert trend_points([5, 1, 2, 3, 4, 5, 6, 7, 7]) == (1, 2, 3, 4, 5, 6, 7)


def test_runs() -> None:
    assert runs([1, 1, 1, 0, 0, 0, -1, -1], 2) == [0, 1, 2, 6, 7]
    assert runs([], 2) == []
    assert runs([1], 1) == [0]
