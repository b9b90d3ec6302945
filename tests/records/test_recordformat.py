"""The record format's version, through the real validator: a record without `postformat` is version 1
and validates as before, with one hint line after the summary; the same record with `postformat: 2`
gets the rules of version 2; a version this program does not know is refused with its own message."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kvalitet.messages import MESSAGES
from kvalitet.records import recordformat, rules
from kvalitet.records.load import Document
from kvalitet.records.problems import Problem
from kvalitet.records.recordformat import format_hint, strict
from kvalitet.records.reference import Reference
from kvalitet.records.validate import validate

HINT = (
    "{n} ärenden är skrivna i postformat 1 och godkänns som förut. Skriv postformat: 2 i ett ärende när du "
    "ändrar det. Kommandot kvalitet uppgradera visar vilka ärenden som kan få raden "
    "redan nu. Läs mer under Postformat i guiden Så skrivs ett ärende."
)
SYNPUNKT = "2024/SYN-2024-0001.yaml"


def _with_format(records: Path, line: str, name: str = SYNPUNKT) -> Path:
    file = records / name
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("typ: synpunkt\n", f"typ: synpunkt\n{line}"), encoding="utf-8")
    assert line in file.read_text(encoding="utf-8")
    return file


def _messages(records: Path) -> list[str]:
    outcome = validate([records])
    return [f"{os.path.relpath(p.file, records)}:{p.line}:{p.column}: {p.message}" for p in outcome.problems]


def test_a_record_without_postformat_is_version_1_and_validates(records: Path) -> None:
    assert "postformat" not in (records / SYNPUNKT).read_text(encoding="utf-8")
    outcome = validate([records])
    assert outcome.ok
    assert outcome.versions == [1] * 7
    assert outcome.hints == [HINT.format(n=7)]


def test_records_in_version_2_get_no_hint(records: Path) -> None:
    for file in sorted(records.glob("2024/*.yaml")):
        text = file.read_text(encoding="utf-8")
        file.write_text(text.replace("\ntyp:", "\npostformat: 2\ntyp:", 1), encoding="utf-8")
    outcome = validate([records])
    assert outcome.ok
    assert outcome.versions == [2] * 7
    assert outcome.hints == []


def test_postformat_1_written_out_is_version_1(records: Path) -> None:
    _with_format(records, "postformat: 1\n")
    outcome = validate([records])
    assert outcome.ok
    assert outcome.hints == [HINT.format(n=7)]


def test_one_record_in_version_1_is_told_in_the_singular() -> None:
    assert format_hint([2, 1, 2]) == [
        "1 ärende är skrivet i postformat 1 och godkänns som förut. Skriv postformat: 2 i ett ärende när du "
        "ändrar det. Kommandot kvalitet uppgradera visar vilka ärenden som kan få raden "
        "redan nu. Läs mer under Postformat i guiden Så skrivs ett ärende."
    ]
    assert format_hint([2, 2]) == []
    assert format_hint([]) == []


def test_an_unknown_version_is_refused_with_what_to_do(records: Path) -> None:
    _with_format(records, "postformat: 3\n")
    assert _messages(records) == [
        f"{SYNPUNKT}:3:13: postformat 3 finns inte i den här versionen av kvalitet, som känner postformat 1 "
        "och 2. Skriv postformat: 2, eller uppdatera kvalitet om ärendet är skrivet för en nyare version."
    ]
    assert validate([records]).versions == [1] * 6  # the refused record counts in no version


@pytest.mark.parametrize("value", ["'2'", "0", "true", "[2]"])
def test_a_postformat_that_is_no_version_is_refused(records: Path, value: str) -> None:
    _with_format(records, f"postformat: {value}\n")
    assert _messages(records) == [
        f"{SYNPUNKT}:3:13: fältet 'postformat' ska vara ett av heltalen 1 och 2, skrivet utan citattecken, "
        "till exempel postformat: 2."
    ]


@pytest.fixture
def strict_rule(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A rule of version 2 for the test, beside the real ones: a synpunkt must name its kanal's
    avsändare as 'brukare' (one the base records do not all follow). It is described in the hint."""

    def check_record(doc: Document, reference: Reference) -> list[Problem]:
        found = rules.check_record(doc, reference)
        if strict(doc.data) and doc.data.get("typ") == "synpunkt" and doc.data.get("avsändare") != "brukare":
            found.append(Problem.at(doc.file, doc.position(("avsändare",)), "test-strict-rule"))
        return found

    monkeypatch.setitem(MESSAGES, "test-strict-rule", "avsändaren ska vara brukare i postformat 2.")
    monkeypatch.setitem(MESSAGES, "format-adds-2-test", "avsändaren är alltid brukaren")
    monkeypatch.setattr("kvalitet.records.validate.check_record", check_record)
    monkeypatch.setattr(recordformat, "ADDITIONS", ["format-adds-2-test"])
    yield


@pytest.mark.usefixtures("strict_rule")
def test_the_same_record_with_postformat_2_gets_the_version_2_rules(records: Path) -> None:
    assert "avsändare: allmänhet" in (records / SYNPUNKT).read_text(encoding="utf-8")
    assert validate([records]).ok  # version 1: the rule does not apply
    _with_format(records, "postformat: 2\n")
    outcome = validate([records])
    assert [(p.file.name, p.line, p.column, p.message) for p in outcome.problems] == [
        ("SYN-2024-0001.yaml", 7, 12, "avsändaren ska vara brukare i postformat 2.")
    ]
    assert outcome.hints == [
        "6 ärenden är skrivna i postformat 1 och godkänns som förut. Skriv postformat: 2 i ett ärende när du "
        "ändrar det; då gäller också det som postformat 2 lägger till: avsändaren är alltid brukaren. "
        "Kommandot kvalitet uppgradera visar vilka ärenden som kan få raden redan nu. Läs mer under "
        "Postformat i guiden Så skrivs ett ärende."
    ]
