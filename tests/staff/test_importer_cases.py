"""`kvalitet importera` on the case folders in tests/cases/import/.

Each folder holds a mapping (mappning.yaml), an export (export.csv or export.xlsx), optionally a
records/ folder laid over a copy of tests/cases/base, and expected.txt: exactly what the dry run prints
(run from the folder holding the copy, so paths are short), ending with the exit code. Adding a case is
adding a folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest

from kvalitet.records.validate import validate
from kvalitet.staff.importer import import_command
from tests.helpers import BASE, CASES, case_ids

FOLDER = CASES / "import"
CASE_FOLDERS = sorted(path for path in FOLDER.iterdir() if path.is_dir())
TODAY = dt.date(2024, 12, 31)


def lay_out(case: Path, tmp: Path) -> Path:
    """A records root (base + the case's records/) and the case's files beside it; returns the export."""
    shutil.copytree(BASE, tmp / "records")
    if (case / "records").is_dir():
        shutil.copytree(case / "records", tmp / "records", dirs_exist_ok=True)
    for file in case.iterdir():
        if file.is_file() and file.name != "expected.txt":
            shutil.copyfile(file, tmp / file.name)
    return next(path for path in tmp.iterdir() if path.stem == "export")


def tree(root: Path) -> dict[str, str]:
    """Every file under `root` and a hash of its content."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def run(export: Path, *, write: bool) -> int:
    return import_command(Path(export.name), Path("mappning.yaml"), Path("records"), write=write, today=TODAY)


@pytest.mark.parametrize("case", CASE_FOLDERS, ids=case_ids(CASE_FOLDERS))
def test_dry_run_prints_exactly_the_expected_lines_and_writes_nothing(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    export = lay_out(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    before = tree(tmp_path)
    code = run(export, write=False)
    captured = capsys.readouterr()
    assert captured.out + captured.err + f"[exit {code}]\n" == (case / "expected.txt").read_text("utf-8")
    assert tree(tmp_path) == before


@pytest.mark.parametrize("case", CASE_FOLDERS, ids=case_ids(CASE_FOLDERS))
def test_written_records_validate_and_a_second_run_adds_nothing(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    export = lay_out(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    dry = run(export, write=False)
    planned = capsys.readouterr().out.count(": blir records/")
    before = tree(tmp_path / "records")
    assert run(export, write=True) == dry
    written = sorted(set(tree(tmp_path / "records")) - set(before))
    assert len(written) == planned
    assert capsys.readouterr().out.count(": skrev records/") == planned
    assert validate([tmp_path / "records"]).problems == []
    after = tree(tmp_path / "records")
    assert run(export, write=True) == dry
    assert tree(tmp_path / "records") == after
    assert ": skrev " not in capsys.readouterr().out
