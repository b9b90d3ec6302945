"""The reports to IVO that are missing at a cut-off date (the check of `kvalitet bygg` and of
`kvalitet validera --per`): each folder in tests/cases/ivo-quarters/ is laid over the small valid
root, validated, and checked at the date in its per.txt; it gives exactly the lines in its
expected.txt, both from `missing_reports` and from `validate` with the date. A record without
postformat is never held to the rule, so no record once valid is refused."""

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


@pytest.mark.parametrize("case", FOLDERS, ids=case_ids(FOLDERS))
def test_validate_with_a_cut_off_date_reports_the_same_lines(case: Path, tmp_path: Path) -> None:
    root = lay_over_case(case, tmp_path / "records")
    as_of = dt.date.fromisoformat((case / "per.txt").read_text(encoding="utf-8").strip())
    outcome = validate([root], as_of=as_of)
    expected = (case / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert lines(outcome, root) == expected
    assert outcome.ok == (not expected)


def test_validate_of_one_file_reports_only_that_file(tmp_path: Path) -> None:
    """As pre-commit passes the changed files: the other record's missing quarters are not told."""
    root = lay_over_case(CASES / "ivo-quarters" / "missing", tmp_path / "records")
    outcome = validate([root / "2024" / "EVB-2024-0003.yaml"], as_of=dt.date(2024, 12, 31))
    assert [problem.code for problem in outcome.problems] == ["rule-evb-missing-report"]
    assert outcome.problems[0].file.name == "EVB-2024-0003.yaml"
    assert validate([root / "2024" / "EVB-2024-0003.yaml"], as_of=dt.date(2024, 6, 30)).ok
    early = validate([root / "2024" / "EVB-2024-0003.yaml"], as_of=dt.date(2024, 7, 1))
    assert "för 2024-Q2, kvartal som slutade före 2024-07-01" in early.problems[0].message


def test_validate_without_a_cut_off_date_does_not_ask_for_reports(tmp_path: Path) -> None:
    root = lay_over_case(CASES / "ivo-quarters" / "missing", tmp_path / "records")
    assert validate([root]).ok
