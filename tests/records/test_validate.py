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


def test_one_run_reports_every_kind_of_mistake_in_a_file(tmp_path: Path) -> None:
    """The case all-errors-at-once holds many kinds of mistake in each file; one run reports each once
    (its exact lines are in its expected.txt). Only a file that YAML cannot read stops at its error,
    and says that more may follow."""
    root = lay_over(CASES / "records" / "invalid" / "all-errors-at-once", tmp_path / "records")
    outcome = validate([root])
    codes: dict[str, list[str]] = {}
    for problem in outcome.problems:
        codes.setdefault(problem.file.name, []).append(problem.code)
    assert codes == {
        "SYN-2024-0003.yaml": ["rule-folder-year", "schema-required", "text-character"],
        "AVV-2024-0009.yaml": [
            "rule-id-filename",
            "rule-date-order",
            "schema-enum",
            "schema-forbidden-when",
            "rule-unknown-unit",
            "rule-unknown-category",
            "pseudonym-telefon",
            "schema-type",
            "rule-date-order",
            "schema-unknown-field",
            "link-missing",
            "yaml-number-like",
            "yaml-duplicate-key",
        ],
        "KLA-2024-0002.yaml": ["schema-required", "schema-required", "format-unknown-version"],
        "SYN-2024-0002.yaml": ["yaml-unclosed-quote"],
    }
    stopped = outcome.problems[-1].message
    assert stopped.endswith(
        " Resten av filen kontrolleras först när det här är rättat, så fler fel kan visas när du kör "
        "kontrollen igen."
    )


def test_the_loader_keeps_the_first_value_of_a_duplicate_field(tmp_path: Path) -> None:
    """A field written twice is one problem; the rest of the file is checked with the first value, so
    the second is neither reported as an unknown field nor checked against the schema."""
    root = lay_over(CASES / "records" / "valid" / "klagomal-without-unit", tmp_path / "records")
    file = root / "2024" / "SYN-2024-0001.yaml"
    file.write_text(file.read_text(encoding="utf-8") + "status: klar\n", encoding="utf-8")
    outcome = validate([root])
    assert [(problem.line, problem.code) for problem in outcome.problems] == [(9, "yaml-duplicate-key")]
