"""The strict YAML loader, on real files in tests/cases/load/: valid/<case>.yaml loads to the data in
<case>.json; invalid/<case>.yaml gives exactly the problems in <case>.expected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kvalitet.records.load import Document, load_yaml
from tests.helpers import CASES, case_ids

VALID = sorted((CASES / "load" / "valid").glob("*.yaml"))
INVALID = sorted((CASES / "load" / "invalid").glob("*.yaml"))


@pytest.mark.parametrize("file", VALID, ids=case_ids(VALID))
def test_valid_file_loads_exactly(file: Path) -> None:
    loaded = load_yaml(file)
    assert isinstance(loaded, Document)
    assert loaded.data == json.loads(file.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("file", INVALID, ids=case_ids(INVALID))
def test_invalid_file_gives_exact_problems(file: Path) -> None:
    loaded = load_yaml(file)
    assert isinstance(loaded, list)
    found = [f"{problem.line}:{problem.column}: {problem.message}" for problem in loaded]
    assert found == file.with_suffix(".expected").read_text(encoding="utf-8").splitlines()


def test_positions_of_nested_keys_and_values(tmp_path: Path) -> None:
    file = tmp_path / "a.yaml"
    file.write_text("id: X\nåtgärder:\n  - beskrivning: Text\n    nivå: enhet\n", encoding="utf-8")
    doc = load_yaml(file)
    assert isinstance(doc, Document)
    assert doc.position(("åtgärder", 0, "nivå")) == (4, 11)
    assert doc.position(("åtgärder", 0, "nivå"), key=True) == (4, 5)
    assert doc.position(("åtgärder", 0, "saknas")) == (3, 5)
    assert doc.position(("saknas",)) == (1, 1)


def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    loaded = load_yaml(tmp_path / "finns-inte.yaml")
    assert isinstance(loaded, list)
    assert loaded[0].code == "file-unreadable"
