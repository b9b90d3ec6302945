"""`validate` on whole records folders: each folder in tests/cases/records/ is laid over a copy of the
small valid root in tests/cases/base/. An invalid case gives exactly the lines in its expected.txt
(paths relative to the records root); a valid case gives none. Adding a case is adding a folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kvalitet.records.validate import Outcome, validate
from tests.helpers import BASE, CASES, case_ids

META = {"expected.txt", "remove.txt"}
INVALID = sorted(path for path in (CASES / "records" / "invalid").iterdir() if path.is_dir())
VALID = sorted(path for path in (CASES / "records" / "valid").iterdir() if path.is_dir())


def lay_over(case: Path, root: Path) -> Path:
    shutil.copytree(BASE, root)
    for file in sorted(case.rglob("*")):
        if file.is_file() and file.name not in META:
            target = root / file.relative_to(case)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(file, target)
    remove = case / "remove.txt"
    if remove.exists():
        for name in remove.read_text(encoding="utf-8").split():
            (root / name).unlink()
    return root


def lines(outcome: Outcome, root: Path) -> list[str]:
    return [
        f"{os.path.relpath(problem.file, root)}:{problem.line}:{problem.column}: {problem.message}"
        for problem in outcome.problems
    ]


@pytest.mark.parametrize("case", INVALID, ids=case_ids(INVALID))
def test_invalid_case_gives_exact_messages(case: Path, tmp_path: Path) -> None:
    root = lay_over(case, tmp_path / "records")
    outcome = validate([root])
    assert lines(outcome, root) == (case / "expected.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("case", VALID, ids=case_ids(VALID))
def test_valid_case_has_no_problems(case: Path, tmp_path: Path) -> None:
    root = lay_over(case, tmp_path / "records")
    outcome = validate([root])
    assert lines(outcome, root) == []
    assert outcome.checked == len(list(root.glob("*/*.yaml"))) + len(list(root.glob("*.yaml")))


def test_base_is_valid(records: Path) -> None:
    outcome = validate([records])
    assert outcome.ok
    assert outcome.checked == 10  # 7 records and 3 reference files
    assert len(outcome.records) == 7
