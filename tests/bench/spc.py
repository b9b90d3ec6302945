"""Benchmark for the control charts, run by hand (not part of the test suite):

    .venv/bin/python -m tests.bench.spc [--antal 1000] [--fro 2014]

1. False alarms: N simulated series of 36 monthly Poisson counts with no change, for the means 5, 10,
   20 and 40: the share of C charts with any signal (a point outside the 3-sigma limits, or Anhøj's
   runs rules), and of each kind.
2. Detection: N series whose mean rises by 1.5 standard deviations (1.5·√mean) after month 24. The
   chart is drawn anew each month on the months so far, as a socialnämnd would see it; the delay is the
   number of months after the shift until the first chart with a signal on a month after the shift
   (signals on earlier months do not count), with the centre line frozen on the first 24 months or
   computed from all months. The median delay, and the share found within the 12 months after.

Seeded, so the figures are the same in every run. A benchmark, not a test: the exit code is 0 whatever
the figures.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import time

from kvalitet.aggregate.variation import Chart, c_chart
from kvalitet.demo.poisson import poisson
from kvalitet.swedish import number

MEANS = (5, 10, 20, 40)
MONTHS = 36
SHIFT_AFTER = 24
SHIFT = 1.5
"""The shift, in standard deviations of the count before it."""


def percent(part: int, whole: int) -> str:
    return f"{number(100 * part / whole, decimals=1)} %"


def false_alarms(rng: random.Random, series: int) -> int:
    """Print the share of stable series that signal; return the number of charts drawn."""
    print(f"1. Inga förändringar: {series} serier à {MONTHS} månader per medelvärde, C-diagram")
    for mean in MEANS:
        charts = [c_chart([poisson(rng, mean) for _ in range(MONTHS)]) for _ in range(series)]
        outside = sum(any(signal.rule == "outside" for signal in chart.signals) for chart in charts)
        runs = sum(any(part.runs_signal for part in chart.runs) for chart in charts)
        any_signal = sum(bool(chart.signals) for chart in charts)
        print(
            f"   medel {mean:>2}: {percent(any_signal, series)} signalerar "
            f"(utanför styrgränserna {percent(outside, series)}, serieregler {percent(runs, series)})"
        )
    return len(MEANS) * series


def delay(counts: list[int], *, frozen: bool) -> float:
    """Months after the shift until the first chart, drawn on the months so far, that signals on one."""
    for months in range(SHIFT_AFTER + 1, len(counts) + 1):
        chart: Chart = c_chart(counts[:months], freeze=SHIFT_AFTER if frozen else None)
        if any(signal.index >= SHIFT_AFTER for signal in chart.signals):
            return months - SHIFT_AFTER
    return math.inf


def detection(rng: random.Random, series: int) -> int:
    """Print the median delay until a shift is found; return the number of charts drawn."""
    after = MONTHS - SHIFT_AFTER
    print(
        f"2. Nivåskifte på {number(SHIFT)} standardavvikelser efter månad {SHIFT_AFTER}: {series} serier "
        f"per medelvärde, diagrammet ritat om varje månad"
    )
    drawn = 0
    for mean in MEANS:
        shifted = mean + SHIFT * math.sqrt(mean)
        line = []
        for frozen in (True, False):
            delays = []
            for _ in range(series):
                counts = [poisson(rng, mean) for _ in range(SHIFT_AFTER)]
                counts += [poisson(rng, shifted) for _ in range(after)]
                delays.append(delay(counts, frozen=frozen))
            drawn += sum(int(min(months, after)) for months in delays)
            median = statistics.median(delays)
            found = sum(months <= after for months in delays)
            shown = f"{number(median)} mån" if median <= after else f"över {after} mån"
            label = "fryst baslinje (24 mån)" if frozen else "utan frysning"
            line.append(f"{label}: median {shown}, {percent(found, series)} funna inom {after} mån")
        print(f"   medel {mean:>2} → {number(shifted, decimals=1)}: " + "; ".join(line))
    return drawn


def main() -> int:
    parser = argparse.ArgumentParser(description="Mät hur styrdiagrammen larmar och upptäcker skiften.")
    parser.add_argument("--antal", type=int, default=1000, help="serier per medelvärde")
    parser.add_argument("--fro", type=int, default=2014, help="frö till slumptalen")
    args = parser.parse_args()
    rng = random.Random(args.fro)
    start = time.perf_counter()
    charts = false_alarms(rng, args.antal) + detection(rng, args.antal)
    elapsed = time.perf_counter() - start
    print(f"{number(charts)} diagram på {number(elapsed, decimals=1)} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
