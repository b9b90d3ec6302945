"""The strict YAML loader, on real files in tests/cases/load/: valid/<case>.yaml loads to the data in
<case>.json; invalid/<case>.yaml gives exactly the problems in <case>.expected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kvalitet.records.load import Document, load_document, load_yaml
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


MORE = (
    " Resten av filen kontrolleras först när det här är rättat, så fler fel kan visas när du kör kontrollen "
    "igen."
)


def test_a_document_is_kept_past_problems_that_leave_its_values_meaningful(tmp_path: Path) -> None:
    file = tmp_path / "a.yaml"
    file.write_text(
        "id: X\nstatus: &s registrerad\nstatus: klar\ndiarienummer: 0030\nregistrerad: !!str 2024-01-02\n"
        "åtgärder:\n  - nivå: *s\n",
        encoding="utf-8",
    )
    doc, problems = load_document(file)
    assert doc is not None
    assert doc.data == {
        "id": "X",
        "status": "registrerad",
        "diarienummer": "0030",
        "registrerad": "2024-01-02",
        "åtgärder": [{"nivå": None}],
    }
    assert [(p.line, p.column, p.code) for p in problems] == [
        (2, 9, "yaml-anchor"),
        (3, 1, "yaml-duplicate-key"),
        (4, 15, "yaml-number-like"),
        (5, 14, "yaml-tag"),
        (7, 11, "yaml-alias"),
    ]
    assert not any(p.message.endswith(MORE) for p in problems)
    assert load_yaml(file) == problems  # the other readers still take any problem as the end


def test_a_problem_that_stops_the_reading_says_more_may_follow(tmp_path: Path) -> None:
    file = tmp_path / "a.yaml"
    file.write_text("id: X\nstatus: klar\nstatus: x\nsammanfattning: 'öppen\n", encoding="utf-8")
    doc, problems = load_document(file)
    assert doc is None
    assert [(p.line, p.column, p.code) for p in problems] == [
        (3, 1, "yaml-duplicate-key"),
        (4, 17, "yaml-unclosed-quote"),
    ]
    assert problems[-1].message == (
        "citattecknet som börjar här avslutas aldrig. Lägg till det avslutande citattecknet i slutet av "
        "texten." + MORE
    )
    assert not problems[0].message.endswith(MORE)
