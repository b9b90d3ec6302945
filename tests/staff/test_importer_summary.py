"""`kvalitet importera` accounts for every row: in every example and case, each row below the header
is told exactly one thing and the summary's numbers add up to the rows of the file, counted here with
the csv module or openpyxl alone."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import openpyxl
import pytest

from kvalitet.staff.importer.mapping import ImportMapping, load_mapping
from tests.helpers import CASES, REPO
from tests.staff.test_importer_cases import CASE_FOLDERS, lay_out
from tests.staff.test_importer_cases import run as run_case

EXAMPLES = REPO / "exempel" / "import"
DRY_RUN = "Provkörning: ingenting skrivs. Med --skriv skrivs de rader som är i ordning."
NOTHING = "Ingen rad importerades. Rätta felen ovan och kör igen."
SUMMARY = re.compile(r"(\d+) rad(?:er)?: (.*)\.")
ROW_LINE = re.compile(r"[^:]+:rad (\d+): (.*)")


def _csv_rows(path: Path, mapping: ImportMapping) -> tuple[int, int] | None:
    """The header row and how many rows follow it up to the last filled one, read with the csv module
    alone; None when the file cannot be decoded as the mapping says."""
    try:
        text = path.read_bytes().decode(mapping.encoding)
    except UnicodeDecodeError:
        return None
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=mapping.delimiter))
    filled = [number for number, values in enumerate(records, 1) if any(cell.strip() for cell in values)]
    header = mapping.header_row or filled[0]
    return header, max(filled) - header


def _xlsx_rows(path: Path, mapping: ImportMapping) -> tuple[int, int]:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book[mapping.sheet] if mapping.sheet else book.worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
    finally:
        book.close()
    filled = [n for n, values in enumerate(rows, 1) if any(v is not None and str(v).strip() for v in values)]
    header = mapping.header_row or filled[0]
    return header, max(filled) - header


def assert_every_row_accounted_for(out: str, header: int, rows: int, *, written: bool = False) -> None:
    """Each row below the header is told one fate, and the summary's numbers add up to `rows`."""
    summary = [match for line in out.splitlines() if (match := SUMMARY.fullmatch(line))]
    assert len(summary) == 1, out
    total, parts = int(summary[0][1]), summary[0][2].split(", ")
    counts = {re.sub(r"^\d+ ", "", part): int(part.split(" ")[0]) for part in parts}
    assert (total, sum(counts.values())) == (rows, rows)
    fates: dict[int, set[str]] = {}
    for line in out.splitlines():
        if match := ROW_LINE.fullmatch(line):
            text = match[2]
            fate = (
                "ready"
                if text.startswith(("blir records/", "skrev records/"))
                else "updated"
                if text.startswith(("uppdaterar records/", "uppdaterade records/"))
                else "skipped"
                if text.startswith("finns redan som ")
                else "left"
                if text.endswith("importeras inte enligt mappningen. Hoppas över.")
                else "empty"
                if text == "raden är tom. Hoppas över."
                else "stopped"
            )
            fates.setdefault(int(match[1]), set()).add(fate)
    assert sorted(fates) == list(range(header + 1, header + rows + 1))
    assert all(len(kinds) == 1 for kinds in fates.values()), fates
    told = [next(iter(kinds)) for kinds in fates.values()]
    names = {
        "ready": "skrevs" if written else "kan importeras",
        "updated": "uppdaterades" if written else "uppdateras",
        "skipped": "fanns redan",
        "left": "hoppades över enligt mappningen",
        "stopped": "med fel",
    }
    expected = {names[kind]: told.count(kind) for kind in names if told.count(kind)}
    if told.count("empty"):
        expected["tom" if told.count("empty") == 1 else "tomma"] = told.count("empty")
    expected.setdefault(names["ready"], 0)
    assert counts == expected


def _case_files() -> list[tuple[str, Path, Path, str]]:
    cases = [
        (path.name, next(path.glob("export.*")), path / "mappning.yaml", path.name) for path in CASE_FOLDERS
    ]
    cases += [
        ("exempel-avvikelser", EXAMPLES / "avvikelser-export.csv", EXAMPLES / "avvikelser-mappning.yaml", ""),
        (
            "exempel-enhetens-lista",
            EXAMPLES / "enhetens-lista.xlsx",
            EXAMPLES / "enhetens-lista-mappning.yaml",
            "",
        ),
        (
            "exempel-lifecare-avvikelser",
            EXAMPLES / "lifecare-avvikelser-export.csv",
            EXAMPLES / "lifecare-avvikelser-mappning.yaml",
            "",
        ),
        (
            "exempel-platina-diarium",
            EXAMPLES / "platina-diarium-export.csv",
            EXAMPLES / "platina-diarium-mappning.yaml",
            "",
        ),
    ]
    return cases


@pytest.mark.parametrize(("name", "source", "mapping_file", "folder"), _case_files(), ids=lambda v: str(v))
def test_the_summary_of_every_example_and_case_adds_up_to_the_rows_of_its_file(
    name: str, source: Path, mapping_file: Path, folder: str
) -> None:
    expected = (CASES / "import" / (f"{folder}/expected.txt" if folder else f"{name}.txt")).read_text("utf-8")
    mapping = load_mapping(mapping_file)
    if isinstance(mapping, list):
        assert expected.endswith(
            "Mappningen har fel, så ingenting importerades. Rätta felen ovan och kör igen.\n[exit 2]\n"
        )
        return
    counted = _xlsx_rows(source, mapping) if source.suffix == ".xlsx" else _csv_rows(source, mapping)
    if NOTHING in expected or counted is None:
        assert expected.endswith(f"{NOTHING}\n[exit 1]\n")
        assert not SUMMARY.search(expected) and ": blir records/" not in expected
        return
    assert_every_row_accounted_for(expected, *counted)


def _rows_read(case: Path) -> tuple[int, int] | None:
    """The header row and row count of a case whose file is read (its mapping and encoding in order)."""
    mapping = load_mapping(case / "mappning.yaml")
    if isinstance(mapping, list) or NOTHING in (case / "expected.txt").read_text("utf-8"):
        return None
    return _csv_rows(next(case.glob("export.*")), mapping)


READ_CASES = [(case, rows) for case in CASE_FOLDERS if (rows := _rows_read(case)) is not None]


@pytest.mark.parametrize(("case", "counted"), READ_CASES, ids=[case.name for case, _ in READ_CASES])
def test_the_summary_of_a_real_run_adds_up_too(
    case: Path,
    counted: tuple[int, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    export = lay_out(case, tmp_path)
    monkeypatch.chdir(tmp_path)
    run_case(export, write=True)
    assert_every_row_accounted_for(capsys.readouterr().out, *counted, written=True)
