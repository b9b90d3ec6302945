"""Reading the rows of an export: CSV (as Swedish Excel and case systems save it) or XLSX.

A table is its header row and the rows below it, each with its number as a spreadsheet shows it (the
header is usually row 1). Empty rows are left out. Problems reading the file are returned as values.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from kvalitet.records.problems import Problem

Cell: TypeAlias = str | int | float | bool | dt.datetime | dt.date | dt.time | None
CSV_SUFFIXES = (".csv", ".txt")
"""Also .txt: Excel's "Text (tabbavgränsad)", read with avgränsare "\\t" in the mapping."""
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_LEGACY_ENCODINGS = frozenset({"cp1252", "windows-1252", "latin-1", "iso-8859-1"})


@dataclass(frozen=True, slots=True)
class Row:
    number: int
    cells: Mapping[str, Cell]
    overflow: int = 0
    """How many non-empty cells stand to the right of the last named column (CSV only)."""


@dataclass(frozen=True, slots=True)
class Table:
    file: Path
    header_row: int
    columns: tuple[str, ...]
    duplicates: frozenset[str]
    rows: tuple[Row, ...]


def read_table(
    file: Path, *, delimiter: str, encoding: str, sheet: str | None, header_row: int | None = None
) -> Table | Problem:
    """The rows of a .csv or .xlsx file, or the problem that stops it from being read.

    The header is row `header_row`, or else the first row that is not empty.
    """
    try:
        if file.suffix.lower() in XLSX_SUFFIXES:
            return _xlsx(file, sheet, header_row)
        raw = file.read_bytes()
    except OSError as error:
        return Problem.at(file, (1, 0), "file-unreadable", reason=error.strerror or str(error))
    text = _decode(file, raw, encoding)
    if isinstance(text, Problem):
        return text
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = list(reader)
    except csv.Error:
        return Problem.at(file, (reader.line_num, 0), "import-csv-broken")
    return _table(file, enumerate(records, start=1), header_row, overflow=True)


def _decode(file: Path, raw: bytes, encoding: str) -> str | Problem:
    if encoding in _LEGACY_ENCODINGS and _looks_like_utf8(raw):
        return Problem.at(file, (1, 0), "import-encoding-utf8", encoding=encoding)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        hint = "cp1252" if encoding.startswith("utf") else "utf-8-sig"
        return Problem.at(file, (line, 0), "import-encoding", encoding=encoding, hint=hint)
    return unicodedata.normalize("NFC", text)


def _looks_like_utf8(raw: bytes) -> bool:
    """UTF-8 with letters beyond ASCII: such bytes almost never come from a cp1252 file."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return True
    try:
        return not raw.decode("utf-8").isascii()
    except UnicodeDecodeError:
        return False


def _xlsx(file: Path, sheet: str | None, header_row: int | None) -> Table | Problem:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    with warnings.catch_warnings():
        # Exports often carry styles or extensions openpyxl cannot read; the values are unaffected.
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(file, read_only=True, data_only=True)
        except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError):
            return Problem.at(file, (1, 0), "import-xlsx-broken")
        try:
            names = book.sheetnames
            if sheet is not None and sheet not in names:
                listed = ", ".join(f"'{name}'" for name in names)
                return Problem.at(file, (1, 0), "import-sheet-missing", sheet=sheet, sheets=listed)
            worksheet: Any = book[sheet] if sheet is not None else book.worksheets[0]
            worksheet.reset_dimensions()  # some tools write a wrong size into the file
            records = [list(values) for values in worksheet.iter_rows(min_row=1, values_only=True)]
        finally:
            book.close()
    return _table(file, enumerate(records, start=1), header_row)


def _is_empty(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _name(value: Cell) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _table(
    file: Path, records: Iterable[tuple[int, Sequence[Cell]]], wanted: int | None, *, overflow: bool = False
) -> Table | Problem:
    """The header row and the rows below it. With `overflow`, cells beyond the header are counted: in a
    CSV file they mean a delimiter inside a text that is not quoted, so the row's columns have shifted."""
    header: list[str] | None = None
    header_row = 0
    rows: list[Row] = []
    for number, values in records:
        if (wanted is not None and number < wanted) or all(_is_empty(value) for value in values):
            continue
        if header is None:
            header, header_row = [_name(value) for value in values], number
            continue
        cells: dict[str, Cell] = {}
        for name, value in zip(header, values, strict=False):
            if name and name not in cells:
                cells[name] = value
        extra = sum(1 for value in values[len(header) :] if not _is_empty(value)) if overflow else 0
        rows.append(Row(number, cells, extra))
    if header is None:
        return Problem.at(file, (wanted or 1, 0), "import-no-header")
    named = [name for name in header if name]
    duplicates = frozenset(name for name in named if named.count(name) > 1)
    return Table(file, header_row, tuple(dict.fromkeys(named)), duplicates, tuple(rows))
