"""The reports to IVO that are missing at a cut-off date (the build's check): each folder in
tests/cases/ivo-quarters/ is laid over the small valid root, validated, and checked at the date in its
per.txt; it gives exactly the lines in its expected.txt. A record without postformat is never held to
the rule, so no record once valid is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kvalitet.records.decision_rules import missing_reports
from kvalitet.records.validate import Outcome, validate
from tests.helpers import CASES, case_ids
from tests.records.test_validate import lay_over, lines


def lay_over_case(case: Path, root: Path) -> Path:
    lay_over(case, root)
    (root / "per.txt").unlink()
    return root


FOLDERS = sorted(path for path in (CASES / "ivo-quarters").iterdir() if path.is_dir())


@pytest.mark.parametrize("case", FOLDERS, ids=case_ids(FOLDERS))
def test_missing_quarters_are_refused_with_exact_messages(case: Path, tmp_path: Path) -> None:
    root = lay_over_case(case, tmp_path / "records")
    outcome = validate([root])
    assert outcome.ok, lines(outcome, root)
    as_of = dt.date.fromisoformat((case / "per.txt").read_text(encoding="utf-8").strip())
    found = Outcome(problems=missing_reports(outcome.records, as_of))
    assert lines(found, root) == (case / "expected.txt").read_text(encoding="utf-8").splitlines()


def test_a_quarter_not_yet_closed_is_not_missing(tmp_path: Path) -> None:
    root = lay_over_case(CASES / "ivo-quarters" / "missing", tmp_path / "records")
    outcome = validate([root])
    assert missing_reports(outcome.records, dt.date(2024, 6, 30)) == []
    assert len(missing_reports(outcome.records, dt.date(2024, 10, 1))) == 2
