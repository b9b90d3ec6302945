"""How much the suppression hides on the demo build, run by hand (not part of the test suite):

    .venv/bin/python -m tests.bench.suppression [--per 2026-10-31] [--visa]

Builds the demo records' figures (every aggregation published together: today's, every report and
delårsrapport, `kvalitet.site.build` with `figures_only`) into one ledger, and prints:

- the aggregations and their cells;
- the primary cells: small counts (1 to minsta_antal − 1) that must be hidden;
- the hidden cells: each aggregation's hidden cells added up (what readers see as `*`), and the
  distinct (cell, period, value) among them;
- the hidden cells that are not small (complementary: hidden only to protect a small one), and the
  published non-zero counts they hide in total;
- the small counts the audit finds computable with no cell left to hide (`unprotected`, the build's
  warning), each listed with `--visa`.

It also runs on the code before the cheapest-cell suppression (PYTHONPATH of an older checkout), to
compare. A benchmark, not a test: the exit code is 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path
from typing import Any

from kvalitet.aggregate.disclosure import Ledger
from kvalitet.site.build import BuildOptions, build
from tests.bench.common import REPO


def _unpublished(model: Any) -> set[Any]:
    """The cells an aggregation counts but does not publish (none before `Model.restrict`)."""
    return set(getattr(model, "unpublished", ()))


def _period(model: Any, key: Any) -> str:
    """What the column counts (the window alone before `Model.period`)."""
    return str(model.period(key) if hasattr(model, "period") else model.window)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per", type=dt.date.fromisoformat, default=dt.date(2026, 10, 31))
    parser.add_argument("--visa", action="store_true", help="list the unprotected small counts")
    args = parser.parse_args()
    ledger = Ledger()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kvalitet-bench-") as scratch:
        options = BuildOptions(
            records=REPO / "records",
            out=Path(scratch) / "ut",
            project=REPO,
            now=dt.datetime(2026, 11, 1, tzinfo=dt.UTC),
            as_of=args.per,
            ledger=ledger,
            figures_only=True,
        )
        code = build(options)
    seconds = time.perf_counter() - started
    seen = ledger.seen
    cells = sum(len(model.values) for model, _, _ in seen)
    min_cell = ledger.min_cell
    primary = sum(
        sum(
            1
            for key in model.sensitive
            if 0 < model.values[key] < min_cell and key not in model.unknown | _unpublished(model)
        )
        for model, _, _ in seen
    )
    hidden = sum(len(hidden & model.values.keys()) for model, hidden, _ in seen)
    distinct = {(key, _period(model, key), model.values[key]) for model, hidden, _ in seen for key in hidden}
    complementary = [
        model.values[key]
        for model, hidden, _ in seen
        for key in hidden
        if key not in model.unknown and model.values[key] >= min_cell
    ]
    print(f"build exit code {code}, {seconds:.1f} s, minsta_antal {min_cell}")
    print(f"aggregations: {len(seen)}, cells: {cells}")
    print(f"primary (small) cells: {primary}")
    print(f"hidden cells (as published, summed over aggregations): {hidden}")
    print(f"distinct hidden (cell, period, value): {len(distinct)}")
    print(f"complementary cells of {min_cell} or more: {len(complementary)}, ", end="")
    print(f"hiding {sum(complementary)} cases")
    print(f"unprotected small counts (the build's warning): {ledger.unprotected}")
    if args.visa and hasattr(ledger, "unprotected_cells"):
        for key, period, value in sorted(ledger.unprotected_cells, key=str):
            print("  ", key, period or "helår", "dolt i arkivet" if value is None else value)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
