"""Reading the rows of an export: CSV (as Swedish Excel and case systems save it) or XLSX.

A table is its header row and the rows below it, each with its number as a spreadsheet shows it (the
header is usually row 1). Empty rows are left out of `rows` but listed in `empty`, so that every row
between the header and the last filled row is accounted for. A CSV file's rows are also counted by
`csvscan`, without the csv module; a file where the two counts differ, or where a quote never closes,
is refused. Problems reading the file are returned as values.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias
from xml.etree.ElementTree import ParseError

from kvalitet.messages import say
from kvalitet.records.problems import Problem
from kvalitet.staff.importer.csvscan import LongCell, OpenQuote, row_at, scan
from kvalitet.staff.importer.xlsxcheck import check_xlsx

Cell: TypeAlias = str | int | float | bool | dt.datetime | dt.date | dt.time | None
CSV_SUFFIXES = (".csv", ".txt")
"""Also .txt: Excel's "Text (tabbavgränsad)", read with avgränsare "\\t" in the mapping."""
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_LEGACY_ENCODINGS = frozenset({"cp1252", "windows-1252", "latin-1", "iso-8859-1"})
_XLSX_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ParseError,
    KeyError,
    IndexError,
    TypeError,
    ValueError,
)
"""What openpyxl raises on a file whose parts are missing, damaged or not the XML it expects."""


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
    empty: tuple[int, ...] = ()
    """The numbers of the empty rows between the header and the last filled row."""
    last_row: int = 0
    """The number of the last filled row (the header's when there is none below it)."""


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
    if not text.strip():
        return Problem.at(file, (1, 0), "import-file-empty")
    if (nul := text.find("\0")) >= 0:
        return Problem.at(file, (row_at(text, nul, delimiter), 0), "import-nul")
    counted = scan(text, delimiter)
    if counted.open_quote is not None:
        return _open_quote(file, text, delimiter, header_row, counted.open_quote)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = list(reader)
    except csv.Error:
        return Problem.at(file, (reader.line_num, 0), "import-csv-broken")
    if len(records) != counted.rows:
        return Problem.at(file, (1, 0), "import-csv-count", read=len(records), counted=counted.rows)
    header = _header(iter(records), header_row)
    if header is not None and (long := _long_cell(file, counted.long_cells, header)) is not None:
        return long
    return _table(file, enumerate(records, start=1), header_row, overflow=True, last=counted.last_filled)


def _header(records: Iterator[list[str]], wanted: int | None) -> tuple[int, list[str]] | None:
    """The number and cells of the header row, read no further than that row."""
    try:
        for number, values in enumerate(records, start=1):
            if (wanted is None or number >= wanted) and not all(_is_empty(value) for value in values):
                return number, values
    except csv.Error:
        return None
    return None


def _column(header: tuple[int, list[str]] | None, row: int, cell: int) -> str:
    """' i kolumnen …' for a cell below the header, else nothing."""
    if header is None or row <= header[0] or cell >= len(header[1]) or not _name(header[1][cell]):
        return ""
    return say("import-open-quote-column", column=_name(header[1][cell]))


def _rows(n: int) -> str:
    return say("import-count-row-one") if n == 1 else say("import-count-row-many", n=n)


def _open_quote(file: Path, text: str, delimiter: str, wanted: int | None, quote: OpenQuote) -> Problem:
    """The problem of a quote that never closes, naming its column when the header is above it."""
    header = _header(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), wanted)
    rest = say("import-open-quote-rest", lines=_rows(quote.lines_after)) if quote.lines_after else ""
    column = _column(header, quote.row, quote.cell)
    return Problem.at(file, (quote.row, 0), "import-open-quote", column=column, rest=rest)


def _long_cell(file: Path, cells: Sequence[LongCell], header: tuple[int, list[str]]) -> Problem | None:
    """The first quoted cell that spans lines and seems to hold rows of its own: its closing quote stands
    inside a text, or one of its lines has as many delimiters as a header of three or more columns."""
    delimiters = len(header[1]) - 1
    for long in cells:
        if long.row <= header[0]:
            continue
        if not long.clean_end or (delimiters >= 2 and long.most_delimiters >= delimiters):
            why = say("import-long-cell-row" if long.clean_end else "import-long-cell-end")
            fields = {"column": _column(header, long.row, long.cell), "lines": _rows(long.lines), "why": why}
            return Problem.at(file, (long.row, 0), "import-long-cell", **fields)
    return None


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

    if (code := check_xlsx(file)) is not None:
        return Problem.at(file, (1, 0), code)
    with warnings.catch_warnings():
        # Exports often carry styles or extensions openpyxl cannot read; the values are unaffected.
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(file, read_only=True, data_only=True)
        except (*_XLSX_ERRORS, InvalidFileException):
            return Problem.at(file, (1, 0), "import-xlsx-broken")
        records: list[list[Cell]] = []
        try:
            names = book.sheetnames
            if sheet is not None and sheet not in names:
                listed = ", ".join(f"'{name}'" for name in names)
                return Problem.at(file, (1, 0), "import-sheet-missing", sheet=sheet, sheets=listed)
            worksheet: Any = book[sheet] if sheet is not None else book.worksheets[0]
            worksheet.reset_dimensions()  # some tools write a wrong size into the file
            for values in worksheet.iter_rows(min_row=1, values_only=True):
                records.append(list(values))
        except _XLSX_ERRORS:
            return Problem.at(file, (len(records) + 1, 0), "import-xlsx-xml")
        finally:
            book.close()
    return _table(file, enumerate(records, start=1), header_row)


def _is_empty(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _name(value: Cell) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _table(
    file: Path,
    records: Iterable[tuple[int, Sequence[Cell]]],
    wanted: int | None,
    *,
    overflow: bool = False,
    last: int | None = None,
) -> Table | Problem:
    """The header row and the rows below it. With `overflow`, cells beyond the header are counted: in a
    CSV file they mean a delimiter inside a text that is not quoted, so the row's columns have shifted.
    `last` is the last filled row by a count of its own (CSV), else the last filled row read here."""
    header: list[str] | None = None
    header_row = 0
    rows: list[Row] = []
    empty: list[int] = []
    for number, values in records:
        if wanted is not None and number < wanted:
            continue
        if all(_is_empty(value) for value in values):
            if header is not None:
                empty.append(number)
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
    last_row = last if last is not None else max([header_row, *(row.number for row in rows)])
    gaps = tuple(number for number in empty if number < last_row)
    columns = tuple(dict.fromkeys(named))
    return Table(file, header_row, columns, duplicates, tuple(rows), gaps, last_row)
