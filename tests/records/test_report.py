"""The reporters never repeat what a file says: every output format of `kvalitet validera`, fed
identifiers of every kind in every place of a record (values, keys, comments, enum values, dates,
anchors, tags, a file that is no record, a unit name), names the kind and the place and nothing else.

The case is tests/cases/records/invalid/identifiers-everywhere, whose expected.txt holds the exact
messages (checked by test_validate); here the same problems go through each format."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kvalitet.cli import main
from tests.helpers import CASES
from tests.records.test_validate import lay_over

CASE = CASES / "records" / "invalid" / "identifiers-everywhere"
SECRETS = (
    "19121212-1212",
    "191212121212",
    "19121212",
    "19121272",
    "121272",
    "070-123",
    "0701234567",
    "123 45",
    "12345",
    "Karin",
    "Johansson",
    "karin.j",
    "example.se",
    "Storgatan",
    "Storby",
)
"""The identifiers in the case, and their digits however they might be written."""
HINT = (
    "8 ärenden är skrivna i postformat 1 och godkänns som förut. Skriv postformat: 2 i ett ärende när du "
    "ändrar det. Kommandot kvalitet uppgradera visar vilka ärenden som kan få raden "
    "redan nu. Läs mer under Postformat i guiden Så skrivs ett ärende."
)
"""The line after the summary: the base records and the case's records that load have no postformat."""


def _expected() -> list[tuple[str, int, int, str]]:
    """(path, line, column, message) of each line of the case's expected.txt."""
    found = []
    for line in (CASE / "expected.txt").read_text(encoding="utf-8").splitlines():
        path, number, column, message = line.split(":", 3)
        found.append((path, int(number), int(column), message.strip()))
    return found


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = lay_over(CASE, tmp_path / "records")
    monkeypatch.chdir(root)
    return root


def _run(output_format: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["validera", ".", "--format", output_format]) == 1
    captured = capsys.readouterr()
    for secret in SECRETS:
        assert secret.lower() not in (captured.out + captured.err).lower(), secret
    return captured.out


def test_the_case_holds_every_kind_of_identifier() -> None:
    kinds = {"personnummer", "samordningsnummer", "telefonnummer", "e-postadress", "adress", "namn"}
    messages = " ".join(message for *_, message in _expected())
    assert {
        kind for kind in kinds if f" {kind} på rad" in f" {messages}" or f"{kind} i " in messages
    } == kinds
    for place in ("i en kommentar", "i ett fältnamn", "ett okänt fält på rad", "har inget tillåtet värde"):
        assert place in messages


def test_text(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _run("text", capsys).splitlines()
    assert lines[:-2] == [f"{path}:{line}:{column}: {message}" for path, line, column, message in _expected()]
    assert lines[-2:] == ["30 fel i 5 filer (14 filer kontrollerade).", HINT]


def test_json(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = json.loads(_run("json", capsys))
    found = [(p["path"], p["line"], p["column"], p["message"]) for p in report["problems"]]
    assert found == _expected()
    assert report["summary"] == "30 fel i 5 filer (14 filer kontrollerade)."
    assert report["hints"] == [HINT]


def test_gitlab_code_quality(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    issues = json.loads(_run("codequality", capsys))
    found = [(i["location"]["path"], i["location"]["lines"]["begin"], i["description"]) for i in issues]
    assert found == [(path, line, message) for path, line, _, message in _expected()]


def test_github_annotations(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _run("github", capsys).splitlines()
    assert lines[:-2] == [
        f"::error file={path.replace(':', '%3A')},line={line},col={column}::{message}"
        for path, line, column, message in _expected()
    ]
    assert lines[-2:] == ["30 fel i 5 filer (14 filer kontrollerade).", f"::notice::{HINT}"]


def test_the_artefact_files_hold_no_identifier(root: Path, tmp_path: Path) -> None:
    """As CI writes them: `kvalitet validera records --format codequality > kodkvalitet.json`."""
    import subprocess
    import sys

    for output_format in ("codequality", "json", "github", "text"):
        artefact = tmp_path / f"artefakt.{output_format}"
        with artefact.open("w", encoding="utf-8") as out:
            result = subprocess.run(
                [sys.executable, "-m", "kvalitet", "validera", str(root), "--format", output_format],
                stdout=out,
                stderr=subprocess.PIPE,
                text=True,
                check=False,
                env={**os.environ},
            )
        assert result.returncode == 1, result.stderr
        content = artefact.read_text(encoding="utf-8") + result.stderr
        assert "ett personnummer" in content
        for secret in SECRETS:
            assert secret.lower() not in content.lower(), (output_format, secret)


def test_a_file_named_after_a_person_is_shown_as_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = lay_over(CASES / "records" / "invalid" / "file-named-after-a-person", tmp_path / "records")
    monkeypatch.chdir(root)
    assert main(["validera", "."]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0] == (
        "2024/[dolt].yml:1:1: namnet på filen eller på en mapp ovanför den innehåller ett personnummer. Byt "
        "namn på filen (en post heter som sitt id, till exempel AVV-2024-0001.yaml) eller mappen (ett årtal)."
    )
    assert "2024/[dolt].yaml:1:1: namnet på filen eller på en mapp ovanför den innehåller ett namn." in out
    for secret in ("Karin", "Johansson", "19121212"):
        assert secret not in out
