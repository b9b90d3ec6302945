"""Tables as accessible HTML (caption, header cells with scope) and as CSV for Swedish Excel.

Every text that comes from records or configuration (unit and category names) is escaped here, so a
unit named `<script>` shows as text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from html import escape
from typing import Protocol

from kvalitet.messages import say
from kvalitet.render.numbers import number, plain_number


class RowLike(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def values(self) -> Sequence[int | float | None]: ...


class TableLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def row_heading(self) -> str: ...
    @property
    def columns(self) -> Sequence[str]: ...
    @property
    def rows(self) -> Sequence[RowLike]: ...
    @property
    def total(self) -> RowLike | None: ...
    @property
    def notes(self) -> Sequence[str]: ...
    @property
    def unit(self) -> str: ...


def _cells(row: RowLike, decimals: int | None) -> str:
    cells = "".join(f"<td>{escape(number(value, decimals=decimals))}</td>" for value in row.values)
    return f'<tr><th scope="row">{escape(row.label)}</th>{cells}</tr>'


def table_html(table: TableLike, *, csv_href: str | None = None) -> str:
    """The table as HTML, with its notes and a link to download it as CSV."""
    decimals = 1 if table.unit == "procent" else None
    head = "".join(f'<th scope="col">{escape(column)}</th>' for column in table.columns)
    body = "\n".join(_cells(row, decimals) for row in table.rows)
    parts = [
        f'<div class="kv-table" id="tabell-{escape(table.id)}">',
        "<table>",
        f"<caption>{escape(table.title)}</caption>",
        f'<thead><tr><th scope="col">{escape(table.row_heading)}</th>{head}</tr></thead>',
        f"<tbody>\n{body}\n</tbody>",
    ]
    if table.total is not None:
        parts.append(f"<tfoot>{_cells(table.total, decimals)}</tfoot>")
    parts.append("</table>")
    parts += [f'<p class="kv-note">{escape(note)}</p>' for note in table.notes]
    if any(value is None for row in table.rows for value in row.values):
        parts.append(f'<p class="kv-note">{escape(say("site-suppressed-note"))}</p>')
    if csv_href is not None:
        link = escape(say("site-download-csv", title=table.title))
        parts.append(f'<p class="kv-download"><a href="{escape(csv_href)}" download>{link}</a></p>')
    parts.append("</div>")
    return "\n".join(parts)


def table_csv(table: TableLike) -> bytes:
    """The table as CSV: UTF-8 with a byte-order mark, semicolons, decimal comma (Swedish Excel)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([table.row_heading, *table.columns])
    rows = [*table.rows, *([table.total] if table.total is not None else [])]
    for row in rows:
        writer.writerow([row.label, *(plain_number(value) for value in row.values)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
