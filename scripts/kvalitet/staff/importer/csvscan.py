"""A second count of a CSV file's rows, made without the csv module, and where a quote never closes.

The csv module reads a quote that is opened and never closed as one long cell holding the rest of the
file, without a word. This scan walks the text once with the same rules as Excel (a quote opens a
quoted cell only at the start of a cell; inside one, two quotes are a quote and one quote ends it) and
counts the line breaks outside quoted cells. The importer compares its count with the csv module's and
refuses the file when they differ or when the file ends inside a quoted cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum, auto


class _State(Enum):
    CELL_START = auto()
    UNQUOTED = auto()
    QUOTED = auto()
    QUOTE_IN_QUOTED = auto()


@dataclass(frozen=True, slots=True)
class OpenQuote:
    """A quote that is never closed: the row (as a spreadsheet counts them) and the cell it opens."""

    row: int
    cell: int
    """Which cell of the row, counted from 0."""
    lines_after: int
    """How many non-empty lines of the file follow the line where the quote opens."""


@dataclass(frozen=True, slots=True)
class LongCell:
    """A quoted cell that holds line breaks: where it starts, and whether it looks like several rows."""

    row: int
    cell: int
    lines: int
    """How many line breaks the cell holds."""
    most_delimiters: int
    """The most delimiters on one of the lines after its first."""
    clean_end: bool
    """Whether its closing quote is followed by a delimiter, a line break or the end of the file."""


@dataclass(frozen=True, slots=True)
class Scan:
    rows: int
    """How many rows the file has, empty ones included (what csv.reader would give)."""
    last_filled: int
    """The number of the last row with something besides delimiters, spaces and quotes (0: none)."""
    open_quote: OpenQuote | None
    long_cells: tuple[LongCell, ...] = ()


def scan(text: str, delimiter: str) -> Scan:
    """Count the rows of `text` and find a quote that is still open at its end."""
    state = _State.CELL_START
    row, cell, filled, last_filled = 1, 0, False, 0
    opened: tuple[int, int, int] | None = None  # row, cell, offset of the quote that opened
    lines, delimiters, most = 0, 0, 0  # within the quoted cell
    long_cells: list[LongCell] = []
    index, size = 0, len(text)
    plain = re.compile(f'[^"\r\n{re.escape(delimiter)}]+')
    while index < size:
        char = text[index]
        if run := plain.match(text, index):  # a stretch of text without quotes, breaks or delimiters
            if state is _State.QUOTE_IN_QUOTED and lines and opened is not None:
                long_cells.append(LongCell(opened[0], opened[1], lines, most, False))
            if state is not _State.QUOTED:
                state = _State.UNQUOTED
            filled = filled or not run.group().isspace()
            index = run.end()
            continue
        if state is _State.QUOTED:
            if char == '"':
                state = _State.QUOTE_IN_QUOTED
            elif char in "\r\n":
                if char == "\r" and text.startswith("\n", index + 1):
                    index += 1
                lines, delimiters = lines + 1, 0
            else:
                if char == delimiter and lines:
                    delimiters += 1
                    most = max(most, delimiters)
                filled = filled or not char.isspace()
            index += 1
            continue
        if state is _State.QUOTE_IN_QUOTED and char == '"':
            state = _State.QUOTED
            filled = True
            index += 1
            continue
        if state is _State.QUOTE_IN_QUOTED and lines and opened is not None:
            clean = char in "\r\n" or char == delimiter
            long_cells.append(LongCell(opened[0], opened[1], lines, most, clean))
        if char in "\r\n":
            if char == "\r" and text.startswith("\n", index + 1):
                index += 1
            if filled:
                last_filled = row
            row, cell, filled, state = row + 1, 0, False, _State.CELL_START
        elif char == delimiter:
            cell, state = cell + 1, _State.CELL_START
        elif state is _State.CELL_START and char == '"':
            state, opened = _State.QUOTED, (row, cell, index)
            lines, delimiters, most = 0, 0, 0
        else:
            state = _State.UNQUOTED
            filled = filled or not char.isspace()
        index += 1
    if filled:
        last_filled = row
    if state is _State.QUOTE_IN_QUOTED and lines and opened is not None:
        long_cells.append(LongCell(opened[0], opened[1], lines, most, True))
    ended = size == 0 or (text[-1] in "\r\n" and state is not _State.QUOTED)
    rows = row - 1 if ended else row
    if state is _State.QUOTED and opened is not None:
        open_row, open_cell, offset = opened
        ends = [end for end in (text.find("\r", offset), text.find("\n", offset)) if end >= 0]
        line_end = min(ends, default=size)
        after = sum(1 for line in text[line_end:].splitlines() if line.strip())
        return Scan(rows, last_filled, OpenQuote(open_row, open_cell, after), tuple(long_cells))
    return Scan(rows, last_filled, None, tuple(long_cells))


def row_at(text: str, offset: int, delimiter: str) -> int:
    """The row (as a spreadsheet counts them) that the character at `offset` belongs to."""
    return scan(text[:offset] + "x", delimiter).rows
