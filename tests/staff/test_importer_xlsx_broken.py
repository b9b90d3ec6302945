"""`kvalitet importera` on damaged .xlsx files: one Swedish message and exit 1, never a traceback."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from kvalitet.cli import main
from kvalitet.staff.importer import import_command
from kvalitet.staff.importer.xlsxcheck import check_xlsx
from tests.staff.test_importer_cases import TODAY, tree
from tests.staff.test_importer_summary import DRY_RUN, NOTHING
from tests.staff.test_importer_xlsx import HEADER, MAPPING, workbook

SHEET = "xl/worksheets/sheet2.xml"
DOCTYPE = b'<!DOCTYPE worksheet [<!ENTITY e "Brukare Z">]>'
BROKEN = (
    "lista.xlsx:rad 1: filen går inte att läsa som Excel-fil (.xlsx). Öppna den i Excel och spara den igen "
    "som Excel-arbetsbok eller som CSV."
)
DAMAGED = (
    "lista.xlsx:rad 1: Excel-filen är skadad: en del av den är avklippt eller ändrad och går inte att packa "
    "upp. Hämta eller exportera filen igen."
)
REFUSED_DOCTYPE = (
    "lista.xlsx:rad 1: Excel-filen innehåller en DOCTYPE-deklaration, som Excel aldrig skriver och som kan "
    "ändra filens innehåll när den läses. Filen läses inte. Öppna den i Excel och spara den igen som "
    "Excel-arbetsbok eller som CSV."
)


def _xml(row: int) -> str:
    return (
        f"lista.xlsx:rad {row}: bladet går inte att läsa härifrån: Excel-filens innehåll (XML) är trasigt "
        "eller avklippt. Ingenting importerades. Öppna filen i Excel och spara den igen som Excel-arbetsbok "
        "eller som CSV."
    )


def rewrite(path: Path, change: Callable[[str, bytes], bytes]) -> None:
    """Write the workbook again with each part passed through `change`."""
    with zipfile.ZipFile(path) as old:
        parts = [(info.filename, old.read(info)) for info in old.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts:
            new.writestr(name, change(name, data))


def _part(name: str, change: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    return lambda path: rewrite(path, lambda part, data: change(data) if part == name else data)


def _cut_file(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _flip_bytes(path: Path) -> None:
    """Change 20 bytes inside the compressed sheet, as a damaged download would."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(SHEET)
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 20
    for index in range(start, start + 20):
        data[index] ^= 0x55
    path.write_bytes(bytes(data))


def _with_doctype(data: bytes) -> bytes:
    """The part with a DOCTYPE declaring an entity after its XML declaration, and the entity used."""
    end = data.index(b"?>") + 2 if data.startswith(b"<?xml") else 0
    return (data[:end] + DOCTYPE + data[end:]).replace(b"Ett beslut", b"&e; beslut")


def _header_only(path: Path) -> None:
    workbook(path, rows=())


def _empty_sheet(path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Incidenter"
    book.save(path)


CASES: dict[str, tuple[Callable[[Path], None], str]] = {
    "avklippt-fil": (_cut_file, BROKEN),
    "ändrade-byte": (_flip_bytes, DAMAGED),
    "avklippt-blad": (_part(SHEET, lambda data: data[: len(data) // 2]), _xml(5)),
    "trasig-xml-i-bladet": (
        _part(SHEET, lambda data: data.replace(b"<sheetData>", b"<sheetData><c r=A1>")),
        _xml(1),
    ),
    "trasig-arbetsbok": (_part("xl/workbook.xml", lambda data: data[: len(data) // 2]), BROKEN),
    "doctype-i-bladet": (_part(SHEET, _with_doctype), REFUSED_DOCTYPE),
    "doctype-i-innehållsförteckningen": (_part("[Content_Types].xml", _with_doctype), REFUSED_DOCTYPE),
    "doctype-i-utf-16": (
        _part(SHEET, lambda data: _with_doctype(data).decode().replace("UTF-8", "UTF-16").encode("utf-16")),
        REFUSED_DOCTYPE,
    ),
    "bara-rubrikrad": (
        _header_only,
        "lista.xlsx:rad 3: filen har en rubrikrad men inga rader under den. Kontrollera att exporten gjordes "
        "för rätt period och att rubrikrad i mappningen stämmer.",
    ),
    "tomt-blad": (
        _empty_sheet,
        "lista.xlsx:rad 3: hittar ingen rubrikrad med kolumnernas namn: filen är tom från den här raden och "
        "nedåt.",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_a_damaged_workbook_is_one_message_and_exit_1(
    name: str, records: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    damage, message = CASES[name]
    folder = records.parent
    path = workbook(folder / "lista.xlsx")
    damage(path)
    (folder / "mappning.yaml").write_text(MAPPING, encoding="utf-8")
    monkeypatch.chdir(folder)
    before = tree(folder)
    for write in (False, True):
        code = import_command(
            Path("lista.xlsx"), Path("mappning.yaml"), Path("records"), write=write, today=TODAY
        )
        captured = capsys.readouterr()
        assert (code, captured.out.splitlines(), captured.err) == (
            1,
            [DRY_RUN] * (not write) + [message, NOTHING],
            "",
        )
    assert main(["importera", "lista.xlsx", "--mappning", "mappning.yaml", "--mapp", "records"]) == 1
    assert capsys.readouterr().err == ""  # no traceback
    assert tree(folder) == before


def test_openpyxl_here_would_expand_the_entity_so_the_check_comes_first(tmp_path: Path) -> None:
    """The reason for the check: without defusedxml, openpyxl puts the entity's text into the cell."""
    path = workbook(tmp_path / "lista.xlsx")
    _part(SHEET, _with_doctype)(path)
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        values = [cell for row in book["Incidenter"].iter_rows(values_only=True) for cell in row]
    finally:
        book.close()
    assert "Brukare Z beslut skickades till fel mottagare." in values
    assert check_xlsx(path) == "import-xlsx-doctype"


def test_a_sound_workbook_passes_the_check(tmp_path: Path) -> None:
    assert check_xlsx(workbook(tmp_path / "lista.xlsx")) is None
    assert HEADER[0] == "Nr"
