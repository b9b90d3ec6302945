"""Control charts against worked examples, R's binomial quantile, Anhøj's table and pyqicharts.

The worked examples are `tests/cases/spc/*.json`, each computed by hand (its description shows the
arithmetic): adding a case is adding a file. The oracle is pyqicharts, run in its own venv
(`.venv-oracle`, pinned in `requirements-oracle.lock`) by `oracle_qic.py`, never imported here.
"""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kvalitet.aggregate.runs import analyse, binomial_quantile, crossings_min, longest_run_max
from kvalitet.aggregate.variation import Chart, c_chart, t_chart, u_chart, xmr_chart
from kvalitet.demo.poisson import poisson
from tests.helpers import CASES, REPO, case_ids

SPC_CASES = sorted((CASES / "spc").glob("*.json"))
CHARTS: dict[str, Callable[..., Chart]] = {
    "c_chart": c_chart,
    "u_chart": u_chart,
    "xmr_chart": xmr_chart,
    "t_chart": t_chart,
}
ORACLE_PYTHON = REPO / ".venv-oracle" / "bin" / "python"
ORACLE_SCRIPT = Path(__file__).with_name("oracle_qic.py")
ORACLE_SETUP = (
    "python3 -m venv .venv-oracle && .venv-oracle/bin/pip install --no-deps -r requirements-oracle.lock"
)


def as_json(chart: Chart) -> Any:
    """`chart.to_json()` through a real JSON round trip, the signals as [index, rule, side]."""
    data = json.loads(json.dumps(chart.to_json(), allow_nan=False))
    data["signals"] = [[signal["index"], signal["rule"], signal["side"]] for signal in data["signals"]]
    return data


@pytest.mark.parametrize("path", SPC_CASES, ids=case_ids(SPC_CASES))
def test_worked_example(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    got = as_json(CHARTS[case["chart"]](**case["input"]))
    assert {key: got[key] for key in case["expected"]} == case["expected"]


def test_every_chart_function_has_a_worked_example() -> None:
    assert {json.loads(path.read_text(encoding="utf-8"))["chart"] for path in SPC_CASES} == set(CHARTS)


# R's qbinom(p, size, 0.5), computed here the plain way: the first k whose float CDF reaches p.
def qbinom(p: float, size: int) -> int:
    cdf = [math.fsum(math.comb(size, i) for i in range(k + 1)) / 2**size for k in range(size + 1)]
    return next(k for k, value in enumerate(cdf) if value >= p)


@pytest.mark.parametrize("size", range(0, 100))
@pytest.mark.parametrize("p", [0.05, 0.025, 0.5, 0.95])
def test_binomial_quantile_is_r_qbinom(p: float, size: int) -> None:
    assert binomial_quantile(p, size) == qbinom(p, size)


def test_binomial_quantile_at_the_ends() -> None:
    assert (binomial_quantile(0, 20), binomial_quantile(1, 20)) == (0, 20)
    with pytest.raises(ValueError, match="size >= 0"):
        binomial_quantile(1.5, 20)


def test_anhoej_table_of_runs_limits() -> None:
    # Anhøj & Olesen (2014), table 1: round(log2(n)) + 3 steps up at n = 2^(k + 1/2), i.e. after
    # 11.3, 22.6, 45.3 and 90.5; the crossings limit is qbinom(0.05, n - 1, 0.5).
    longest = {**dict.fromkeys(range(10, 12), 6), **dict.fromkeys(range(12, 23), 7)}
    longest |= {**dict.fromkeys(range(23, 46), 8), **dict.fromkeys(range(46, 91), 9)}
    longest |= dict.fromkeys(range(91, 101), 10)
    table = {n: (longest[n], qbinom(0.05, n - 1)) for n in range(10, 101)}
    assert {n: (longest_run_max(n), crossings_min(n)) for n in range(10, 101)} == table
    # Rows as printed in the paper and in qicharts2's documentation.
    assert (table[10], table[12], table[24], table[30], table[50], table[100]) == (
        (6, 2),
        (7, 3),
        (8, 8),
        (8, 10),
        (9, 19),
        (10, 41),
    )


def test_a_point_on_the_centre_line_or_not_plotted_neither_breaks_nor_extends_a_run() -> None:
    values: list[float | None] = [1, 1, 1, 2, 1, None, 1, 1, 3]
    runs, signals = analyse(values, [2.0] * 9, 0, 9)
    # Useful: indexes 0, 1, 2, 4, 6, 7 (low) and 8 (high): one run of 6 and one of 1.
    assert (runs.n_useful, runs.longest_run, runs.n_crossings) == (7, 6, 1)
    assert (runs.longest_run_max, runs.n_crossings_min, runs.runs_signal) == (6, 1, False)
    assert signals == []


def test_each_run_longer_than_the_limit_is_marked_not_only_the_longest() -> None:
    chart = c_chart([1] * 10 + [9] * 3 + [1] * 11 + [9] * 6)
    # Mean 3.4; n 30, limit 8: the runs of 10 and 11 low are marked "run", the runs of 3 and 6 not.
    marked = [signal.index for signal in chart.signals if signal.rule == "run"]
    assert marked == [*range(10), *range(13, 24)]


def test_json_has_no_negative_zero_and_rounds_to_four_decimals() -> None:
    chart = xmr_chart([-0.00001, 0.000004, 0.0000012])
    text = json.dumps(chart.to_json())
    assert "-0.0" not in text and chart.to_json()["centre"] == [0.0, 0.0, 0.0]
    assert u_chart([1], [3]).to_json()["values"] == [0.3333]


def test_without_a_plotted_point_there_is_no_centre_line() -> None:
    chart = u_chart([1, 2], [None, 0])
    assert (chart.values, chart.centre, chart.upper) == ((None, None), (None, None), (None, None))
    assert chart.runs[0].n_useful == 0 and chart.signals == ()
    assert xmr_chart([4.0]).upper == (None,)  # one point: no moving range, no limits


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: c_chart([1, 2, 3], parts=[2, 2]), "parts must be increasing indexes between 1 and 2"),
        (lambda: c_chart([1, 2, 3], parts=[0]), "parts must be increasing"),
        (lambda: c_chart([1, 2, 3], parts=[3]), "parts must be increasing"),
        (lambda: c_chart([1, 2, 3, 4], parts=[2], freeze=3), r"freeze must be between 1 and 2 \(the first"),
        (lambda: c_chart([1, 2], freeze=0), "freeze must be between 1 and 2"),
        (lambda: c_chart([1, -2]), "counts cannot be negative"),
        (lambda: t_chart([1, -2]), "days_between cannot be negative"),
        (lambda: u_chart([1, 2], [3]), "u_chart needs as many exposures as counts, not 1 and 2"),
    ],
)
def test_bad_arguments_are_refused(call: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        call()


# The oracle ---------------------------------------------------------------------------------------


def oracle(batches: dict[str, list[dict[str, Any]]], config: Path) -> dict[str, list[dict[str, Any]]]:
    """pyqicharts' answer for each series of each batch, computed in `.venv-oracle` (see oracle_qic.py).

    One process per batch, run side by side.
    """
    if not ORACLE_PYTHON.exists():
        pytest.fail(
            f"Orakelmiljön saknas ({ORACLE_PYTHON}). Skapa den i repots rot med:\n  {ORACLE_SETUP}",
            pytrace=False,
        )
    environment = {**os.environ, "MPLBACKEND": "Agg", "MPLCONFIGDIR": str(config)}
    processes = {
        name: subprocess.Popen(
            [ORACLE_PYTHON, ORACLE_SCRIPT],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
        )
        for name in batches
    }
    answers = {}
    for name, process in processes.items():
        output, errors = process.communicate(json.dumps(batches[name]))
        assert process.returncode == 0, errors
        answers[name] = json.loads(output)
    return answers


def random_series(count: int = 1000, seed: int = 2014) -> list[dict[str, Any]]:
    """Poisson counts with random exposures, and a part or a freeze in about a third of them each."""
    rng = random.Random(seed)
    series = []
    for _ in range(count):
        length = rng.randint(12, 48)
        mean = rng.choice([1, 2, 5, 10, 20, 40])
        parts = [rng.randint(6, length - 6)] if rng.random() < 1 / 3 else []
        freeze = rng.randint(6, parts[0] if parts else length) if rng.random() < 1 / 3 else None
        series.append(
            {
                "counts": [poisson(rng, mean) for _ in range(length)],
                "exposures": [rng.randint(50, 400) for _ in range(length)],
                "parts": parts,
                "freeze": freeze,
            }
        )
    return series


def oracle_input(chart: str, series: dict[str, Any]) -> dict[str, Any]:
    found = {"chart": chart, "y": series["counts"], "parts": series["parts"], "freeze": series["freeze"]}
    return found | ({"n": series["exposures"]} if chart == "u" else {})


def ours(chart: str, series: dict[str, Any], *, screen_ranges: bool = True) -> Chart:
    counts, parts, freeze = series["counts"], series["parts"], series["freeze"]
    if chart == "c":
        return c_chart(counts, parts, freeze)
    if chart == "u":
        return u_chart(counts, series["exposures"], parts, freeze)
    return xmr_chart(counts, parts, freeze, screen_ranges=screen_ranges)


def pyqicharts_longest_run_max(n: int) -> int:
    """pyqicharts' limit: ceil(log2(n) + 3), and n (no signal possible) below 10 points."""
    return n if n < 10 else math.ceil(math.log2(n) + 3)


def same(a: list[float | None], b: list[float | None]) -> bool:
    return all(
        x == y if x is None or y is None else x == pytest.approx(y, rel=1e-12)
        for x, y in zip(a, b, strict=True)
    )


def compare(chart: Chart, theirs: dict[str, Any]) -> bool:
    """Assert what pyqicharts and this module must share; True if the runs verdicts are the same too.

    Followed: qicharts2's runs limits. pyqicharts differs in two documented ways, asserted here: its
    longest-run limit is ceil(log2(n) + 3) (n below 10 points) where qicharts2's is round(log2(n)) + 3
    (Anhøj 2014), and its crossings limit is the largest k with P(X <= k) <= 0.05, one less than
    qicharts2's qbinom(0.05, n - 1, 0.5) (the smallest k with P(X <= k) >= 0.05).
    """
    assert same(list(chart.centre), theirs["centre"])
    assert same(list(chart.lower), theirs["lower"]) and same(list(chart.upper), theirs["upper"])
    outside = [[signal.index, signal.side] for signal in chart.signals if signal.rule == "outside"]
    assert outside == theirs["outside"]
    verdicts = []
    for mine, their in zip(chart.runs, theirs["runs"], strict=True):
        n = mine.n_useful
        assert (n, mine.longest_run, mine.n_crossings) == (
            their["n_useful"],
            their["longest_run"],
            their["n_crossings"],
        )
        if n:
            assert mine.n_crossings_min is not None
            assert their["longest_run_max"] == pyqicharts_longest_run_max(n)
            assert their["n_crossings_min"] == max(0, mine.n_crossings_min - 1)
            their_verdict = mine.longest_run > their["longest_run_max"] or (
                n > 1 and mine.n_crossings < their["n_crossings_min"]
            )
            assert their["runs_signal"] == their_verdict
        verdicts.append(mine.runs_signal == their["runs_signal"])
    return all(verdicts)


@pytest.fixture(scope="module")
def random_answers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    series = random_series()
    batches = {chart: [oracle_input(chart, one) for one in series] for chart in ("c", "u", "i")}
    return oracle(batches, tmp_path_factory.mktemp("matplotlib"))


# How many of the 1,000 random series get the same runs verdicts (every part) from both, and for the
# U chart how many have a freeze that pyqicharts ignores. Every other difference is asserted to come
# from the limits of runs alone (see `compare`).
SAME_VERDICT = {"c": (979, 0), "u": (983, 292), "i": (979, 191)}


@pytest.mark.parametrize("chart", ["c", "u"])
def test_c_and_u_charts_agree_with_pyqicharts_on_1000_random_series(
    chart: str, random_answers: dict[str, list[dict[str, Any]]]
) -> None:
    agreed, frozen = 0, 0
    for one, theirs in zip(random_series(), random_answers[chart], strict=True):
        mine = ours(chart, one)
        first = one["parts"][0] if one["parts"] else len(one["counts"])
        if chart == "u" and one["freeze"] and one["freeze"] < first:
            # pyqicharts leaves baseline_points out of its P and U charts (its C, I, G and T charts use
            # them): its answer is the chart without the freeze. Followed: qicharts2, whose freeze
            # works for every chart.
            frozen += 1
            assert not same(list(mine.centre), theirs["centre"])
            mine = ours(chart, one | {"freeze": None})
        agreed += compare(mine, theirs)
    assert (agreed, frozen) == SAME_VERDICT[chart]


def test_xmr_charts_agree_with_pyqicharts_on_1000_random_series(
    random_answers: dict[str, list[dict[str, Any]]],
) -> None:
    # pyqicharts keeps every moving range (its exclude_mr_outliers also drops points from the mean);
    # qicharts2 leaves out those of 3.267 times the mean or more, and so does xmr_chart by default.
    # So pyqicharts is compared with screen_ranges=False, and the default must be narrower wherever
    # a range was left out and the same elsewhere.
    agreed, screened = 0, 0
    for one, theirs in zip(random_series(), random_answers["i"], strict=True):
        plain, default = ours("i", one, screen_ranges=False), ours("i", one)
        agreed += compare(plain, theirs)
        wide, narrow = width(plain), width(default)
        if wide != narrow:
            screened += 1
            assert all(a > b for a, b in zip(wide, narrow, strict=True) if a != b)
        assert default.centre == plain.centre
    assert (agreed, screened) == SAME_VERDICT["i"]


def width(chart: Chart) -> list[float]:
    return [upper - lower for upper, lower in zip(chart.upper, chart.lower, strict=True) if upper and lower]


DEMO_COUNTS = [11, 14, 9, 12, 13, 10, 15, 12, 8, 13, 11, 12, 14, 10, 12, 9, 13, 11, 12, 15, 10, 13, 12, 11]
DEMO_COUNTS += [17, 19, 16, 20, 18, 15, 21, 17, 19, 18, 16, 20]
"""Avvikelser per month for three years, up by half after two years."""
DEMO_DAYS = [900, 1010, 980, 1050, 990, None, 1020, 940, 1000, 1060, 970, 1030] * 3
"""Vårddygn per month; one month each year not reported."""
DEMO_T = [12, 30, 7, 45, 21, 9, 60, 18, 33, 5, 40, 26]
"""Days between serious incidents."""


def test_fixed_series_agree_with_pyqicharts(tmp_path: Path) -> None:
    c_series = {"counts": DEMO_COUNTS, "exposures": DEMO_DAYS}
    reported = [index for index, days in enumerate(DEMO_DAYS) if days]
    c_frozen, c_parts = c_series | {"parts": [], "freeze": 24}, c_series | {"parts": [24], "freeze": None}
    u_all = c_series | {"parts": [], "freeze": None}
    u_reported = {
        "counts": [DEMO_COUNTS[index] for index in reported],
        "exposures": [DEMO_DAYS[index] for index in reported],
        "parts": [],
        "freeze": None,
    }
    batch = [
        oracle_input("c", c_frozen),
        oracle_input("c", c_parts),
        oracle_input("u", u_all),
        {"chart": "t", "y": DEMO_T},
        {"chart": "u_prime", "y": DEMO_COUNTS, "n": DEMO_DAYS},
    ]
    frozen, parted, rates, days, laney = oracle({"fixed": batch}, tmp_path)["fixed"]

    # The shift after month 24 signals in both: every point after the frozen baseline is above it.
    assert compare(ours("c", c_frozen), frozen) and ours("c", c_frozen).runs[0].runs_signal
    assert compare(ours("c", c_parts), parted) and not any(
        part.runs_signal for part in ours("c", c_parts).runs
    )

    # pyqicharts drops a month without exposure; here it stays, not plotted, so the indexes differ.
    assert rates["x"] == [index + 1 for index in reported]
    assert compare(ours("u", u_reported), rates)
    mine = ours("u", u_all)
    assert [mine.values[index] for index in reported] == list(ours("u", u_reported).values)
    assert [mine.upper[index] for index in reported] == list(ours("u", u_reported).upper)
    both = mine.runs[0], ours("u", u_reported).runs[0]
    assert len({(runs.n_useful, runs.longest_run, runs.n_crossings, runs.runs_signal) for runs in both}) == 1

    # pyqicharts' T chart is not qicharts2's: exponential limits on the days themselves (mean times
    # -ln(0.00135) and -ln(0.99865)), with no transformation. Followed: qicharts2 (the worked examples
    # t-days and t-frequent check it), whose transformed I chart is Nelson's (1994).
    mean = sum(DEMO_T) / len(DEMO_T)
    assert (days["centre"][0], days["upper"][0], days["lower"][0]) == pytest.approx(
        (mean, -mean * math.log(0.00135), -mean * math.log(0.99865))
    )
    assert t_chart(DEMO_T).centre[0] == pytest.approx(
        (sum(day ** (1 / 3.6) for day in DEMO_T) / len(DEMO_T)) ** 3.6
    )
    assert t_chart(DEMO_T).centre[0] != pytest.approx(days["centre"][0], rel=0.01)

    # pyqicharts' U-prime is an observed/expected chart, not Laney's: it needs expected counts.
    assert laney == {
        "error": "chart='u_prime' requires an expected column. Pass expected='your_expected_column'."
    }
