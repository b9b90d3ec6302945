"""pyqicharts as an oracle for `kvalitet.aggregate.variation`: run in `.venv-oracle`, never in `.venv`.

    .venv-oracle/bin/python tests/aggregate/oracle_qic.py < series.json

Reads a JSON list of series, each {"chart": "c" | "u" | "i" | "t" | "u_prime", "y": [...], "n": [...]
(u only), "parts": [indexes from 0 where a new part starts], "freeze": points or null}, and prints one
JSON object per series: pyqicharts' plotted values, centre line and limits (null where pyqicharts has
none), the points outside the limits with their side, and per part Anhøj's runs analysis around that
part's centre line; or {"error": message} when pyqicharts refuses the series.

pyqicharts analyses runs only on run charts (around the median); for the control charts the analysis
is its own `rules._evaluate()` called with the chart's centre line, the one thing it does not offer as
public API.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]
from pyqicharts import qic_table  # type: ignore[import-untyped, import-not-found, unused-ignore]
from pyqicharts.rules import _evaluate  # type: ignore[import-untyped, import-not-found, unused-ignore]


def _number(value: Any) -> float | None:
    number = float(value)
    return None if math.isnan(number) else number


def compute(series: dict[str, Any]) -> dict[str, Any]:
    values = series["y"]
    frame = pd.DataFrame({"x": range(1, len(values) + 1), "y": values})
    options: dict[str, Any] = {"chart": series["chart"], "baseline_points": series.get("freeze")}
    if "n" in series:
        frame["n"] = series["n"]
        options["denominator"] = "n"
    # pyqicharts takes the x value of each part's first point; x counts from 1.
    options["recalculation_points"] = [start + 1 for start in series.get("parts", [])]
    try:
        table = qic_table(frame, x="x", y="y", **options)
    except ValueError as error:
        return {"error": str(error)}
    plotted = [_number(value) for value in table["plot_value"]]
    lower = [_number(value) for value in table["lcl"]]
    upper = [_number(value) for value in table["ucl"]]
    outside = [
        [index, "high" if value > high else "low"]
        for index, (value, low, high) in enumerate(zip(plotted, lower, upper, strict=True))
        if value is not None and low is not None and high is not None and (value > high or value < low)
    ]
    runs = []
    for _, rows in table.groupby("segment_id", sort=True):
        result = _evaluate(rows["plot_value"].astype(float), float(rows["centre"].iloc[0]), "anhoej")
        runs.append(
            {
                "n_useful": result.n_used,
                "longest_run": result.longest_run,
                "longest_run_max": result.expected_longest_run,
                "n_crossings": result.crossings,
                "n_crossings_min": result.lower_crossings_limit,
                "runs_signal": result.any_signal,
            }
        )
    return {
        "x": [int(x) for x in table["x"]],
        "values": plotted,
        "centre": [_number(value) for value in table["centre"]],
        "lower": lower,
        "upper": upper,
        "outside": outside,
        "runs": runs,
    }


def main() -> int:
    json.dump([compute(series) for series in json.load(sys.stdin)], sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
