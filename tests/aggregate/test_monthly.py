"""Monthly series: the months, the counts, and the verdict in words."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kvalitet.aggregate.model import ControlChart
from kvalitet.aggregate.monthly import month_range, month_words, verdict
from kvalitet.aggregate.spc import xmr
from tests.aggregate.helpers import run


def months(count: int, first: str = "2023-01") -> list[str]:
    start = dt.date.fromisoformat(first + "-01")
    return list(month_range(start, dt.date(2040, 1, 1)))[:count]


def judge(values: list[int]) -> tuple[str, str]:
    return verdict(months(len(values)), values, xmr(values))


def test_months_run_to_the_last_complete_month() -> None:
    first = dt.date(2023, 11, 20)
    assert month_range(first, dt.date(2024, 2, 29)) == ("2023-11", "2023-12", "2024-01", "2024-02")
    assert month_range(first, dt.date(2024, 2, 28)) == ("2023-11", "2023-12", "2024-01")
    assert month_range(first, dt.date(2024, 1, 15)) == ("2023-11", "2023-12")
    assert month_range(first, dt.date(2023, 11, 30)) == ("2023-11",)
    assert month_range(first, dt.date(2023, 11, 29)) == ()
    assert month_range(None, dt.date(2024, 1, 1)) == ()


def test_month_words() -> None:
    assert month_words("2025-03") == "mars 2025"
    assert month_words("2024-12") == "december 2024"


def test_ordinary_variation_is_noise() -> None:
    code, sentence = judge([10, 14] * 12)
    assert code == "spc-no-signal"
    assert "slumpmässig" in sentence


def test_a_recent_rise_is_a_signal_since_its_first_month() -> None:
    # Mean 12.8: the 18 first months lie below it (a shift too), the last 7 above.
    code, sentence = judge([8, 12] * 9 + [20] * 7)
    assert code == "spc-signal-high"
    assert sentence.startswith("Signal sedan juli 2024:")  # month 18 of a series from January 2023


def test_a_recent_fall_is_a_low_signal() -> None:
    code, sentence = judge([18, 22] * 9 + [10] * 7)
    assert code == "spc-signal-low"
    assert "juli 2024" in sentence and "lägre" in sentence


def test_an_old_signal_is_reported_as_earlier() -> None:
    values = [10, 14] * 12
    values[5] = 40  # above the upper limit: 314 / 24 + 2.66 × 144 / 23 ≈ 29.7
    code, sentence = judge(values)
    assert code == "spc-earlier-signal"
    assert "juni 2023" in sentence


def test_a_signal_at_the_mean_is_a_change() -> None:
    values = [5, 3] * 6
    chart = ControlChart(
        mean=5, average_moving_range=2, upper=10.32, lower=0, outside=(), shift=(), trend=(11,)
    )
    values[11] = 5
    code, _ = verdict(months(12), values, chart)
    assert code == "spc-signal-change"


def test_too_few_months_or_too_few_cases_are_not_judged() -> None:
    assert judge([10, 14] * 5)[0] == "spc-too-few"
    assert judge([])[0] == "spc-too-few"
    assert judge([0, 1, 0, 3] * 6)[0] == "spc-rare"


def test_the_series_of_a_group(records: Path) -> None:
    series = run(records, "2024-12-31").group("avvikelse-sol-lss").monthly
    assert series.id == "avvikelse-sol-lss-per-manad"
    assert series.months[0] == "2024-02" and series.months[-1] == "2024-12"
    assert series.values == (0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    assert series.verdict_code == "spc-too-few"
    assert series.chart is not None and series.chart.mean == 1 / 11
    assert series.to_json()["chart"] == series.chart.to_json()
