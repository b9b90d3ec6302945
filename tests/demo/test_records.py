"""The demo records in records/: valid, and exactly what `kvalitet demo` writes (never hand-edited)."""

from __future__ import annotations

import datetime as dt
import filecmp
from pathlib import Path

from kvalitet.cli import build_parser
from kvalitet.demo import generate
from kvalitet.records.validate import validate
from tests.helpers import REPO


def test_demo_records_are_valid() -> None:
    outcome = validate([REPO / "records"])
    assert outcome.problems == []
    assert outcome.checked > 2500


def test_demo_records_are_up_to_date(tmp_path: Path) -> None:
    defaults = build_parser().parse_args(["demo"])
    assert defaults.last_day == dt.date(2026, 10, 31)
    generate(tmp_path, first_year=defaults.first_year, last_day=defaults.last_day, seed=defaults.seed)
    comparison = filecmp.dircmp(REPO / "records", tmp_path)
    stale = []
    for sub in [comparison, *comparison.subdirs.values()]:
        stale += sub.left_only + sub.right_only + sub.diff_files
    assert stale == [], "records/ is stale: run `kvalitet demo` and commit the result"
