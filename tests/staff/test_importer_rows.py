"""`kvalitet importera` refuses what would lose rows: a quote that never closes or closes rows later,
a count that differs from the csv module's, files that are not text, empty files; empty rows are told."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kvalitet.cli import main
from kvalitet.staff.importer import import_command, run, sources
from kvalitet.staff.importer.csvscan import scan
from tests.helpers import DEMO_AS_OF, REPO
from tests.staff.test_importer_cases import TODAY, tree
from tests.staff.test_importer_summary import DRY_RUN, EXAMPLES, NOTHING, assert_every_row_accounted_for


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the demo records and the shipped CSV example's mapping, in the working folder."""
    shutil.copytree(REPO / "records", tmp_path / "records")
    shutil.copyfile(EXAMPLES / "avvikelser-mappning.yaml", tmp_path / "mappning.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _importera(name: str, *, write: bool, today: dt.date = DEMO_AS_OF) -> int:
    return import_command(Path(name), Path("mappning.yaml"), Path("records"), write=write, today=today)


def _with_open_quote(row: int) -> bytes:
    """The shipped 20-row CSV example with a quote opened, and never closed, in the Beskrivning of `row`."""
    lines = (EXAMPLES / "avvikelser-export.csv").read_bytes().split(b"\n")
    cells = lines[row - 1].split(b";")
    cells[6] = b'"' + cells[6]
    lines[row - 1] = b";".join(cells)
    return b"\n".join(lines)


@pytest.mark.parametrize("write", [False, True], ids=["provkörning", "skriv"])
def test_a_quote_that_never_closes_refuses_the_file_and_writes_nothing(
    demo: Path, write: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    (demo / "export.csv").write_bytes(_with_open_quote(6))
    before = tree(demo)
    code = _importera("export.csv", write=write)
    lines = capsys.readouterr().out.splitlines()
    assert (code, lines) == (
        1,
        [DRY_RUN] * (not write)
        + [
            "export.csv:rad 6: ett citattecken i kolumnen 'Beskrivning' öppnas men stängs aldrig; resten "
            "av filen (15 rader) skulle bli en enda rad. Ingenting importerades. Lägg till citattecknet "
            "som avslutar texten, eller ta bort det som inleder den, och kör igen.",
            NOTHING,
        ],
    )
    assert tree(demo) == before


def test_the_same_file_with_the_quote_closed_accounts_for_all_20_rows(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (demo / "export.csv").write_bytes(_with_open_quote(6).replace(b"saknades.;", b'saknades.";'))
    assert _importera("export.csv", write=False) == 1
    assert_every_row_accounted_for(capsys.readouterr().out, 1, 20)


HEADER = "Nr;Datum;Enhet;Beskrivning\r\n"
MAPPING = """\
typ: avvikelse
källid:
  kolumn: Nr
  system: Listan
källa:
  teckenkodning: {encoding}
fält:
  registrerad: Datum
  enhet: Enhet
  sammanfattning: Beskrivning
fasta_värden:
  lagrum: SoL
  status: registrerad
  kategorier: [tidsbrist]
"""
BROKEN_CSV: dict[str, tuple[str, bytes, str]] = {
    "tom": (
        "utf-8-sig",
        b"",
        "export.csv:rad 1: filen är tom. Exportera listan igen och kontrollera att den har rader.",
    ),
    "bara-bom": (
        "utf-8-sig",
        b"\xef\xbb\xbf\r\n",
        "export.csv:rad 1: filen är tom. Exportera listan igen och kontrollera att den har rader.",
    ),
    "bara-rubrikrad": (
        "utf-8-sig",
        HEADER.encode() + b";;;\r\n\r\n",
        "export.csv:rad 1: filen har en rubrikrad men inga rader under den. Kontrollera att exporten gjordes "
        "för rätt period och att rubrikrad i mappningen stämmer.",
    ),
    "nul": (
        "utf-8-sig",
        (HEADER + "1;2024-03-18;vuxna;Brukare A fick vänta.\r\n2;2024-03-19;vuxna;Brukare\0 B\r\n").encode(),
        "export.csv:rad 3: raden innehåller ett nolltecken (NUL), som inte hör hemma i en textfil, så filen "
        'läses inte. Är den sparad som UTF-16 ("Unicode-text") eller skadad? Spara den igen som CSV (UTF-8) '
        "och kör igen.",
    ),
    "utf-16-som-cp1252": (
        "cp1252",
        (HEADER + "1;2024-03-18;vuxna;Brukare A fick vänta.\r\n").encode("utf-16"),
        "export.csv:rad 1: raden innehåller ett nolltecken (NUL), som inte hör hemma i en textfil, så filen "
        'läses inte. Är den sparad som UTF-16 ("Unicode-text") eller skadad? Spara den igen som CSV (UTF-8) '
        "och kör igen.",
    ),
    "cp1252-som-utf-8": (
        "utf-8",
        (HEADER + "1;2024-03-18;vuxna;Brukare A fick vänta.\r\n").encode("cp1252"),
        "export.csv:rad 2: tecken på den här raden går inte att läsa med teckenkodningen utf-8. Ange filens "
        "teckenkodning under källa → teckenkodning i mappningen, troligen cp1252.",
    ),
    "inte-cp1252": (
        "cp1252",
        HEADER.encode() + b"1;2024-03-18;vuxna;Brukare A \x81\r\n",
        "export.csv:rad 2: tecken på den här raden går inte att läsa med teckenkodningen cp1252. Ange filens "
        "teckenkodning under källa → teckenkodning i mappningen, troligen utf-8-sig.",
    ),
    "citat-i-sista-raden": (
        "utf-8-sig",
        (HEADER + '1;2024-03-18;vuxna;"Brukare A fick vänta.\r\n').encode(),
        "export.csv:rad 2: ett citattecken i kolumnen 'Beskrivning' öppnas men stängs aldrig. Ingenting "
        "importerades. Lägg till citattecknet som avslutar texten, eller ta bort det som inleder den, och "
        "kör igen.",
    ),
    "citat-i-rubrikraden": (
        "utf-8-sig",
        ('Nr;"Datum;Enhet;Beskrivning\r\n1;2024-03-18;vuxna;Brukare A fick vänta.\r\n').encode(),
        "export.csv:rad 1: ett citattecken öppnas men stängs aldrig; resten av filen (1 rad) skulle bli en "
        "enda rad. Ingenting importerades. Lägg till citattecknet som avslutar texten, eller ta bort det som "
        "inleder den, och kör igen.",
    ),
}


@pytest.mark.parametrize("name", BROKEN_CSV)
def test_a_csv_file_that_cannot_be_read_is_one_message_and_exit_1(
    name: str, records: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    encoding, content, message = BROKEN_CSV[name]
    folder = records.parent
    (folder / "export.csv").write_bytes(content)
    (folder / "mappning.yaml").write_text(MAPPING.format(encoding=encoding), encoding="utf-8")
    monkeypatch.chdir(folder)
    before = tree(folder)
    for write in (False, True):
        code = _importera("export.csv", write=write, today=TODAY)
        captured = capsys.readouterr()
        assert (code, captured.out.splitlines(), captured.err) == (
            1,
            [DRY_RUN] * (not write) + [message, NOTHING],
            "",
        )
    assert main(["importera", "export.csv", "--mappning", "mappning.yaml", "--mapp", "records"]) == 1
    assert capsys.readouterr().err == ""  # no traceback
    assert tree(folder) == before


def test_empty_rows_between_filled_ones_are_told_and_counted(
    records: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = records.parent
    rows = (
        "1;2024-03-18;vuxna;Brukare A fick vänta.\r\n;;;\r\n\r\n2;2024-03-19;vuxna;Brukare B fick vänta.\r\n"
    )
    (folder / "export.csv").write_bytes((HEADER + rows + "\r\n;;\r\n").encode())
    (folder / "mappning.yaml").write_text(MAPPING.format(encoding="utf-8-sig"), encoding="utf-8")
    monkeypatch.chdir(folder)
    assert _importera("export.csv", write=False, today=TODAY) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[2:5] == [
        "export.csv:rad 3: raden är tom. Hoppas över.",
        "export.csv:rad 4: raden är tom. Hoppas över.",
        "export.csv:rad 5: blir records/2024/AVV-2024-0003.yaml (avvikelse, registrerad 2024-03-19, vuxna, "
        "status registrerad)",
    ]
    assert out.splitlines()[5] == "4 rader: 2 kan importeras, 2 tomma."
    assert_every_row_accounted_for(out, 1, 4)
    assert _importera("export.csv", write=True, today=TODAY) == 0
    assert_every_row_accounted_for(capsys.readouterr().out, 1, 4, written=True)


def test_a_plan_that_loses_a_row_is_refused_and_writes_nothing(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copyfile(EXAMPLES / "avvikelser-export.csv", demo / "export.csv")
    validated = run._validated

    def losing(*args: Any) -> tuple[list[Any], list[Any]]:
        planned, updates = validated(*args)
        return planned[1:], updates

    monkeypatch.setattr(run, "_validated", losing)
    before = tree(demo)
    assert _importera("export.csv", write=True) == 1
    assert capsys.readouterr().out.splitlines() == [
        "export.csv: bara 19 av filens 20 rader fick ett besked, så ingenting importerades. Det är ett fel i "
        "kvalitet; rapportera det gärna.",
        NOTHING,
    ]
    assert tree(demo) == before


def test_the_quote_aware_count_agrees_with_the_csv_module_on_every_file_without_an_open_quote() -> None:
    pieces = ["a", ";", '"', '""', "\n", "\r", "\r\n", " ", "ö"]
    generator = random.Random(14)
    texts = ["", "\n", 'a;"b\r\nc";d\r\n\r\n', 'x"y;"a""b";"c"d\n"e"']
    texts += ["".join(generator.choices(pieces, k=generator.randint(0, 14))) for _ in range(20000)]
    checked = 0
    for text in texts:
        counted = scan(text, ";")
        if counted.open_quote is not None:
            continue
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
        filled = [n for n, values in enumerate(records, 1) if any(cell.strip() for cell in values)]
        assert (counted.rows, counted.last_filled) == (len(records), max(filled, default=0)), repr(text)
        checked += 1
    assert checked > 8000


def test_an_open_quote_is_found_where_the_csv_module_swallows_the_rest() -> None:
    text = 'Nr;Text\n1;"ok"\n2;"öppen\n3;x\n\n4;y\n'
    counted = scan(text, ";")
    assert counted.open_quote is not None
    assert (counted.open_quote.row, counted.open_quote.cell, counted.open_quote.lines_after) == (3, 1, 2)
    assert len(list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))) == 3


def test_a_quoted_cell_over_several_lines_is_described() -> None:
    text = 'Nr;Text;X\n1;"två\r\nrader";x\n2;"öppen\n3;x;y\n\n4;"y"\n'
    assert [(c.row, c.cell, c.lines, c.most_delimiters, c.clean_end) for c in scan(text, ";").long_cells] == [
        (2, 1, 1, 0, True),
        (3, 1, 3, 2, False),
    ]


LONG_CELLS = {
    "stängs-mitt-i-en-text": (
        '1;2024-03-18;vuxna;"Brukare A fick vänta.\r\n2;2024-03-19;vuxna;Brukare "B" fick vänta.\r\n',
        "citattecknet som avslutar den står mitt i en text",
    ),
    "hela-rader-inom-citattecken": (
        '1;2024-03-18;vuxna;"Brukare A fick vänta.\r\n2;2024-03-19;vuxna;Brukare B fick vänta."\r\n',
        "en av dess rader har lika många avgränsare som rubrikraden",
    ),
}


@pytest.mark.parametrize("name", LONG_CELLS)
def test_a_quote_that_closes_rows_later_refuses_the_file(
    name: str, records: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rows, why = LONG_CELLS[name]
    folder = records.parent
    (folder / "export.csv").write_bytes((HEADER + rows + "3;2024-03-20;vuxna;Brukare C.\r\n").encode())
    (folder / "mappning.yaml").write_text(MAPPING.format(encoding="utf-8-sig"), encoding="utf-8")
    monkeypatch.chdir(folder)
    before = tree(folder)
    assert _importera("export.csv", write=True, today=TODAY) == 1
    assert capsys.readouterr().out.splitlines() == [
        "export.csv:rad 2: en text inom citattecken i kolumnen 'Beskrivning' börjar här och fortsätter 1 "
        f"rad nedåt i filen, men ser ut att innehålla egna rader: {why}. Ingenting importerades. Kontrollera "
        "citattecknen: saknas ett citattecken som avslutar texten, eller står ett citattecken mitt i en "
        "text?",
        NOTHING,
    ]
    assert tree(folder) == before


def test_a_count_that_differs_from_the_csv_modules_refuses_the_file(
    records: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = records.parent
    (folder / "export.csv").write_bytes((HEADER + "1;2024-03-18;vuxna;Brukare A fick vänta.\r\n").encode())
    (folder / "mappning.yaml").write_text(MAPPING.format(encoding="utf-8-sig"), encoding="utf-8")
    monkeypatch.chdir(folder)
    counted = scan
    monkeypatch.setattr(sources, "scan", lambda text, delimiter: replace(counted(text, delimiter), rows=3))
    assert _importera("export.csv", write=True, today=TODAY) == 1
    assert capsys.readouterr().out.splitlines() == [
        "export.csv:rad 1: filen har 3 rader räknat radbrytning för radbrytning, men CSV-läsningen ger 2. "
        "Ingenting importerades. Kontrollera citattecknen i filen, eller spara den igen som CSV.",
        NOTHING,
    ]
