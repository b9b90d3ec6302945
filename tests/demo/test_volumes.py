"""Monthly volumes of the demo: Poisson counts around slowly moving levels, and the documented changes.

The properties of the generator are checked over many seeds, on the planned cases (stream and date,
no records written), so that they hold for the model and not only for the committed realisation;
`test_demo.py` checks the committed realisation itself.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import statistics
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
import yaml

from kvalitet.demo.catalogue import policy_document
from kvalitet.demo.changes import CHANGES, Change
from kvalitet.demo.plan import plan
from kvalitet.demo.poisson import poisson
from kvalitet.demo.streams import Stream
from kvalitet.demo.volumes import level
from kvalitet.demo.writer import write
from kvalitet.records.cases import GROUPS

SEEDS = range(1, 41)
LAST_DAY = dt.date(2026, 10, 31)
MonthCounts = Counter[tuple[Stream, dt.date]]


def add_months(month: dt.date, months: int) -> dt.date:
    year, index = divmod(month.year * 12 + month.month - 1 + months, 12)
    return dt.date(year, index + 1, 1)


def months(first: dt.date, stop: dt.date) -> list[dt.date]:
    """The first days of the months from ``first`` up to, not including, ``stop``."""
    result = [first]
    while (following := add_months(result[-1], 1)) < stop:
        result.append(following)
    return result


@cache
def planned(seed: int) -> MonthCounts:
    return Counter(
        (case.stream, case.registrerad.replace(day=1)) for case in plan(seed, 2021, LAST_DAY, None)
    )


def dispersion(counts: list[list[int]]) -> float:
    """Variance over mean of counts given per calendar month (one list per month, one count per year).

    The season is removed by comparing each count with the mean of its calendar month.
    """
    squares = sum((count - statistics.fmean(month)) ** 2 for month in counts for count in month)
    freedom = sum(len(month) - 1 for month in counts)
    return squares / freedom / statistics.fmean(count for month in counts for count in month)


def seasonal(counts: MonthCounts, stream: Stream, years: range) -> list[list[int]]:
    return [[counts[stream, dt.date(year, month, 1)] for year in years] for month in range(1, 13)]


def step(counts: MonthCounts, stream: Stream, start: dt.date, span: int = 24) -> tuple[int, int]:
    """Cases of ``stream`` in the ``span`` months before ``start`` and in the ``span`` months from it."""
    before = sum(counts[stream, month] for month in months(add_months(start, -span), start))
    after = sum(counts[stream, month] for month in months(start, add_months(start, span)))
    return before, after


def pooled_step(stream: Stream, start: dt.date) -> tuple[int, int]:
    """``step`` summed over all the seeds."""
    steps = [step(planned(seed), stream, start) for seed in SEEDS]
    return sum(before for before, _ in steps), sum(after for _, after in steps)


@pytest.mark.parametrize("mean", [0.0, 0.2, 3.5, 9.99, 10.0, 21.5, 400.0])
def test_poisson_draws_have_the_mean_and_variance_of_the_poisson_distribution(mean: float) -> None:
    rng = random.Random(f"poisson:{mean}")
    n = 20_000
    draws = [poisson(rng, mean) for _ in range(n)]
    assert all(isinstance(draw, int) and draw >= 0 for draw in draws)
    if mean == 0:
        assert set(draws) == {0}
        return
    assert abs(statistics.fmean(draws) - mean) < 4 * math.sqrt(mean / n)
    # The sample variance of Poisson counts has a relative spread of about sqrt((2 + 1/mean) / n).
    assert abs(statistics.variance(draws) / mean - 1) < 4 * math.sqrt((2 + 1 / mean) / n)


@pytest.mark.parametrize("mean", [4.0, 25.0])
def test_poisson_draws_follow_the_probabilities_of_each_count(mean: float) -> None:
    rng = random.Random(f"pmf:{mean}")
    n = 40_000
    seen = Counter(poisson(rng, mean) for _ in range(n))
    exact = {k: math.exp(-mean + k * math.log(mean) - math.lgamma(k + 1)) for k in range(int(mean * 4) + 20)}
    total_variation = sum(abs(seen[k] / n - p) for k, p in exact.items()) / 2
    assert total_variation < 0.02
    assert sum(seen.values()) == sum(seen[k] for k in exact)


def test_poisson_draws_repeat_with_the_seed_and_refuse_a_negative_mean() -> None:
    def draws(seed: int) -> list[int]:
        rng = random.Random(seed)
        return [poisson(rng, mean) for mean in (0.5, 4.0, 12.0, 150.0) * 50]

    assert draws(3) == draws(3) != draws(4)
    with pytest.raises(ValueError, match="minst 0"):
        poisson(random.Random(1), -1.0)


def test_same_seed_plans_the_same_cases() -> None:
    def planned_cases(seed: int) -> list[tuple[str, Stream, dt.date]]:
        return [
            (case.id, case.stream, case.registrerad) for case in plan(seed, 2023, dt.date(2024, 5, 31), None)
        ]

    assert planned_cases(5) == planned_cases(5) != planned_cases(6)


def test_a_later_last_day_keeps_the_earlier_cases_of_the_year() -> None:
    def planned_cases(last_day: dt.date) -> list[tuple[str, Stream, dt.date, str | None]]:
        return [
            (case.id, case.stream, case.registrerad, case.link.id if case.link else None)
            for case in plan(1, 2024, last_day, None)
        ]

    short, long = planned_cases(dt.date(2024, 3, 31)), planned_cases(dt.date(2024, 9, 30))
    kept = [case for case in long if case[2] <= dt.date(2024, 3, 31)]
    # Only a link to a lex Sarah report registered after the shorter last day differs.
    assert [case[:3] for case in short] == [case[:3] for case in kept]
    assert sum(a != b for a, b in zip(short, kept, strict=True)) <= 3


def test_a_stream_without_change_varies_as_poisson_counts_do() -> None:
    years = range(2021, 2026)
    ratios = [dispersion(seasonal(planned(seed), Stream.COMPLAINT, years)) for seed in SEEDS]
    assert 0.9 < statistics.fmean(ratios) < 1.1
    assert sum(0.6 < ratio < 1.6 for ratio in ratios) >= 0.9 * len(ratios)


def test_a_stream_without_change_keeps_its_level() -> None:
    for change in CHANGES:
        before, after = pooled_step(Stream.COMPLAINT, change.datum)
        assert after / before == pytest.approx(1.0, abs=0.05), change.datum


@pytest.mark.parametrize("change", CHANGES, ids=lambda change: str(change.datum))
def test_each_documented_change_shifts_the_level_by_its_size(change: Change) -> None:
    for stream in change.streams:
        before, after = pooled_step(stream, change.datum)
        assert after / before == pytest.approx(change.factor, abs=0.05)


def test_the_policy_lists_exactly_the_steps_in_the_levels(tmp_path: Path) -> None:
    """Every month in which a level jumps is in kvalitet.yaml with its group, and nothing else is."""
    jumps: dict[dt.date, list[str]] = {}
    for month in months(dt.date(2017, 2, 1), dt.date(2031, 1, 1)):
        for stream in Stream:
            ratio = level(stream, month) / level(stream, add_months(month, -1))
            if abs(ratio - 1) > 0.02:
                jumps.setdefault(month, []).append(stream.value)
    write(tmp_path / "kvalitet.yaml", policy_document())
    listed = yaml.safe_load((tmp_path / "kvalitet.yaml").read_text(encoding="utf-8"))["styrdiagram"][
        "förändringar"
    ]
    assert {entry["datum"]: entry["grupper"] for entry in listed} == jumps
    for entry in listed:
        assert set(entry) == {"datum", "text", "grupper"}
        assert type(entry["datum"]) is dt.date and entry["datum"].day == 1
        assert 0 < len(entry["text"]) <= 120 and entry["text"].strip() == entry["text"]
        assert set(entry["grupper"]) <= set(GROUPS)
    assert len(listed) == len(CHANGES) and [entry["datum"] for entry in listed] == sorted(jumps)
