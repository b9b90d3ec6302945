"""`kvalitet importera` on .xlsx files made here with openpyxl: date cells, numbers, sheets, broken files."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import openpyxl
import pytest

from kvalitet.records.validate import validate
from kvalitet.staff.importer import import_command
from kvalitet.staff.importer.sources import Table, read_table
from kvalitet.staff.importer.update import checksum
from tests.helpers import REPO
from tests.staff.test_importer_cases import TODAY, tree

MAPPING = """\
typ: personuppgiftsincident
källid:
  kolumn: Nr
  system: Incidentlistan
källa:
  blad: Incidenter
  rubrikrad: 3
fält:
  registrerad: Registrerad
  upptäckt: Upptäckt
  handlingsplan: Handlingsplan
  kategorier: Kategori
  sammanfattning: Beskrivning
  status: Status
  enhet: Enhet
"""
HEADER = ("Nr", "Registrerad", "Upptäckt", "Handlingsplan", "Kategori", "Beskrivning", "Status", "Enhet")
ROWS: tuple[tuple[object, ...], ...] = (
    (11, dt.date(2024, 5, 3), dt.datetime(2024, 5, 3, 10, 30), True, "fel-mottagare",
     "Ett beslut skickades till fel mottagare.", "registrerad", "vuxna"),
    (12.0, 45420, "2024-05-06 08:15", "Nej", "fel-mottagare",
     "En kallelse skickades till fel mottagare.", "registrerad", "vuxna"),
    (13, dt.datetime(2024, 5, 7), dt.datetime(2024, 5, 7), None, "fel-mottagare",
     "Ett brev skickades till fel mottagare.", "registrerad", "vuxna"),
    (14, "7/5/2024", "i morse", None, "fel-mottagare",
     "En lista skickades till fel mottagare.", "registrerad", "vuxna"),
)  # fmt: skip


def workbook(path: Path, rows: tuple[tuple[object, ...], ...] = ROWS) -> Path:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Instruktioner"
    first.append(["Fyll i listan på nästa blad."])
    sheet = book.create_sheet("Incidenter")
    sheet.append(["Personuppgiftsincidenter 2024"])
    sheet.append([])
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_xlsx_rows_become_records_with_excel_dates(
    records: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = records.parent
    workbook(folder / "lista.xlsx")
    (folder / "mappning.yaml").write_text(MAPPING, encoding="utf-8")
    monkeypatch.chdir(folder)
    before = tree(records)
    code = import_command(
        Path("lista.xlsx"), Path("mappning.yaml"), Path("records"), write=False, today=TODAY
    )
    assert tree(records) == before
    assert (code, capsys.readouterr().out.splitlines()) == (
        1,
        [
            "Provkörning: ingenting skrivs. Med --skriv skrivs de rader som är i ordning.",
            "lista.xlsx:rad 4: blir records/2024/PUI-2024-0002.yaml (personuppgiftsincident, "
            "registrerad 2024-05-03, vuxna, status registrerad)",
            "lista.xlsx:rad 5: blir records/2024/PUI-2024-0003.yaml (personuppgiftsincident, "
            "registrerad 2024-05-08, vuxna, status registrerad)",
            "lista.xlsx:rad 6: blir records/2024/PUI-2024-0004.yaml (personuppgiftsincident, "
            "registrerad 2024-05-07, vuxna, status registrerad)",
            "lista.xlsx:rad 7: kolumnen 'Upptäckt': 'i morse' är inget datum som går att läsa (upptäckt). "
            "Skriv datum som 2024-03-18 10:30, 18/3/2024 10:30, 18.3.2024 10:30 eller 18 mars 2024 10:30.",
            "4 rader: 3 kan importeras, 1 med fel.",
            "Rätta raderna med fel och kör igen, eller kör med --skriv för att redan nu skriva de 3 "
            "rader som är i ordning.",
        ],
    )
    assert import_command(Path("lista.xlsx"), Path("mappning.yaml"), Path("records"), write=True, today=TODAY)
    assert validate([records]).problems == []
    assert (records / "2024" / "PUI-2024-0003.yaml").read_text(encoding="utf-8") == (
        "# Importerad med kvalitet importera från lista.xlsx, rad 5.\n"
        "id: PUI-2024-0003\n"
        "typ: personuppgiftsincident\n"
        "registrerad: 2024-05-08\n"
        "status: registrerad\n"
        "enhet: vuxna\n"
        "kategorier:\n"
        "  - fel-mottagare\n"
        "sammanfattning: En kallelse skickades till fel mottagare.\n"
        "upptäckt: 2024-05-06 08:15\n"
        "handlingsplan: false\n"
        "källa:\n"
        "  system: Incidentlistan\n"
        '  id: "12"\n'
        "  senast_importerat:\n"
        f"    registrerad: {checksum(dt.date(2024, 5, 8))}\n"
        f"    upptäckt: {checksum(dt.datetime(2024, 5, 6, 8, 15))}\n"
        f"    handlingsplan: {checksum(False)}\n"
        f"    kategorier: {checksum(['fel-mottagare'])}\n"
        f"    sammanfattning: {checksum('En kallelse skickades till fel mottagare.')}\n"
        f"    status: {checksum('registrerad')}\n"
        f"    enhet: {checksum('vuxna')}\n"
    )


def test_the_first_sheet_is_read_when_the_mapping_names_none(tmp_path: Path) -> None:
    path = workbook(tmp_path / "lista.xlsx")
    table = read_table(path, delimiter=";", encoding="utf-8-sig", sheet=None)
    assert isinstance(table, Table)
    assert (table.header_row, table.columns, len(table.rows)) == (1, ("Fyll i listan på nästa blad.",), 0)


def test_a_missing_sheet_is_named_with_the_sheets_there_are(tmp_path: Path) -> None:
    path = workbook(tmp_path / "lista.xlsx")
    problem = read_table(path, delimiter=";", encoding="utf-8-sig", sheet="Blad1")
    assert not isinstance(problem, Table)
    assert problem.message == (
        "bladet 'Blad1' finns inte i filen. Bladen heter 'Instruktioner', 'Incidenter'; ange ett av dem "
        "under källa → blad i mappningen."
    )


def test_a_file_that_is_no_workbook_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "lista.xlsx"
    path.write_bytes(b"Nr;Datum\n1;2024-01-01\n")
    problem = read_table(path, delimiter=";", encoding="utf-8-sig", sheet=None)
    assert not isinstance(problem, Table)
    assert problem.message == (
        "filen går inte att läsa som Excel-fil (.xlsx). Öppna den i Excel och spara den igen som "
        "Excel-arbetsbok eller som CSV."
    )


def test_the_shipped_workbook_holds_what_its_script_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location(
        "skapa", REPO / "exempel" / "import" / "skapa_enhetens_lista.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    monkeypatch.setattr(script, "FILE", tmp_path / "ny.xlsx")
    script.main()

    def values(path: Path) -> list[list[object]]:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            return [
                [cell for cell in row]
                for sheet in book.worksheets
                for row in sheet.iter_rows(values_only=True)
            ]
        finally:
            book.close()

    assert values(REPO / "exempel" / "import" / "enhetens-lista.xlsx") == values(tmp_path / "ny.xlsx")
