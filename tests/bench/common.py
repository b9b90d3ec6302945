"""What the benchmarks share: where things are, generating the records to measure, and a timer.

The benchmarks are run by hand from the top of the repository, as modules:
`.venv/bin/python -m tests.bench.validera` and `.venv/bin/python -m tests.bench.bygg`.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
REFERENCE = ("organisation.yaml", "kategorier.yaml", "kvalitet.yaml")
FIRST_YEAR = 2017
LAST_DAY = dt.date(2026, 12, 31)
"""The generated records: 10 years, 2017–2026."""


def timed(command: list[str | Path], *, cwd: Path = REPO, expect: int = 0) -> float:
    """Seconds that `command` took in a new process; stops the benchmark if its exit code is not `expect`."""
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != expect:
        raise SystemExit(
            f"{command} gav {result.returncode}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
        )
    return elapsed


def count_records(folder: Path) -> int:
    """The case records in `folder` (the reference files at its top not counted)."""
    if not folder.is_dir():
        return 0
    return sum(
        1
        for directory, _, files in os.walk(folder)
        for name in files
        if name.endswith(".yaml") and not (Path(directory) == folder and name in REFERENCE)
    )


def ensure_records(folder: Path, count: int) -> int:
    """At least `count` demo records in `folder`: those already there, or newly generated ones."""
    from kvalitet.demo import generate

    existing = count_records(folder)
    if existing >= count:
        print(f"använder {existing} befintliga ärenden i {folder}")
        return existing
    years = LAST_DAY.year - FIRST_YEAR + 1
    start = time.perf_counter()
    written = generate(folder, first_year=FIRST_YEAR, last_day=LAST_DAY, per_year=count // years, seed=1)
    print(f"genererade {written} ärenden i {folder} på {time.perf_counter() - start:.1f} s")
    return written


def warm(folder: Path) -> None:
    """Read every file once, so that the first measurement does not pay for a cold disk cache."""
    for directory, _, files in os.walk(folder):
        for name in files:
            (Path(directory) / name).read_bytes()
