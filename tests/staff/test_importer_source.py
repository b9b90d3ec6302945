"""The record's `källa` (source system and its id): valid in both record formats, read by the guard,
and a personnummer in the export's id column never reaches a record."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from kvalitet.records.validate import validate
from kvalitet.staff.importer import import_command
from tests.helpers import BASE, REPO

RECORD = BASE / "2024" / "AVV-2024-0001.yaml"
SOURCE = "källa:\n  system: Lifecare\n  id: {id}\n  senast_importerat:\n    status: kybcgafimijm\n"


@pytest.fixture
def records(tmp_path: Path) -> Path:
    shutil.copytree(BASE, tmp_path / "records")
    return tmp_path / "records"


def _record(records: Path, source_id: str, *, version: int | None) -> Path:
    text = RECORD.read_text(encoding="utf-8").replace("AVV-2024-0001", "AVV-2024-0002")
    text = text.replace("lex_sarah: LXS-2024-0001\n", "")
    # followed up, as a closed case of postformat 2 must be
    text = text.replace("    klar: 2024-04-02\n", "    klar: 2024-04-02\n    uppföljd: 2024-04-02\n")
    if version is not None:
        text = text.replace("typ: avvikelse\n", f"typ: avvikelse\npostformat: {version}\n")
    path = records / "2024" / "AVV-2024-0002.yaml"
    path.write_text(text + SOURCE.format(id=source_id), encoding="utf-8")
    return path


@pytest.mark.parametrize("version", [2, 1, None], ids=["postformat-2", "postformat-1", "utan-postformat"])
def test_a_source_is_valid_in_every_record_format(records: Path, version: int | None) -> None:
    _record(records, "LC-24-1033", version=version)
    assert validate([records]).problems == []


def test_the_guard_reads_the_source_id(records: Path) -> None:
    path = _record(records, '"19811218-9876"', version=2)
    line = path.read_text(encoding="utf-8").splitlines().index('  id: "19811218-9876"') + 1
    found = [(p.file.name, p.line, p.code) for p in validate([records]).problems]
    assert found == [(path.name, line, "pseudonym-personnummer")]


def test_a_source_without_id_or_with_an_unknown_field_is_refused(records: Path) -> None:
    path = _record(records, "LC-1", version=2)
    text = path.read_text(encoding="utf-8").replace("  id: LC-1\n", "  nummer: LC-1\n")
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  nummer: LC-1") + 1
    assert [p.message for p in validate([records]).problems] == [
        "fältet 'id' saknas i källa. Lägg till det.",
        f"ett okänt fält på rad {line} i källa. Tillåtna fält här: id, senast_importerat, system.",
    ]


def test_a_personnummer_in_the_id_column_stops_the_row_and_is_never_shown(
    records: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = records.parent
    shutil.copyfile(REPO / "records" / "organisation.yaml", records / "organisation.yaml")
    mapping = REPO / "exempel" / "import" / "lifecare-avvikelser-mappning.yaml"
    shutil.copyfile(mapping, folder / "mappning.yaml")
    lines = (REPO / "exempel" / "import" / "lifecare-avvikelser-export.csv").read_bytes().split(b"\r\n")
    lines[1] = lines[1].replace(b"LC-24-1012", b"19811218-9876")
    (folder / "export.csv").write_bytes(b"\r\n".join(lines[:2]) + b"\r\n")
    monkeypatch.chdir(folder)
    before = sorted(records.rglob("*"))
    code = import_command(
        Path("export.csv"), Path("mappning.yaml"), Path("records"), write=True, today=dt.date(2024, 12, 31)
    )
    out = capsys.readouterr().out
    assert code == 1
    assert out.splitlines()[0] == (
        "export.csv:rad 2: kolumnen 'Avvikelse-ID' innehåller något som ser ut som ett personnummer "
        "(tecken 1–13 i cellen). Raden importeras inte. Ta bort uppgiften i källan och skriv en kod i "
        "stället, till exempel 'Brukare A'."
    )
    assert "19811218" not in out
    assert sorted(records.rglob("*")) == before
