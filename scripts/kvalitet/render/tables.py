"""Tables as accessible HTML (caption, header cells with scope) and as CSV for Swedish Excel.

Every text that comes from records or configuration (unit and category names) is escaped here, so a
unit named `<script>` shows as text.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from html import escape
from typing import Protocol

from kvalitet.messages import say
from kvalitet.swedish import number, plain_number

NOT_APPLICABLE = "–"
"""Shown for a median or share of a year without any case to compute it from."""
NOT_EXISTING = math.nan
"""A value for a period in which the row's subject did not exist (a unit before it started): shown
as "–" with its own note, never as 0. Only the render layer writes it, never the aggregates."""


def not_existing(value: int | float | None) -> bool:
    return isinstance(value, float) and math.isnan(value)


class RowLike(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def values(self) -> Sequence[int | float | None]: ...
    @property
    def section(self) -> str: ...
    @property
    def absent(self) -> Sequence[int]: ...


class TableLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def row_heading(self) -> str: ...
    @property
    def headings(self) -> Sequence[str]: ...
    @property
    def rows(self) -> Sequence[RowLike]: ...
    @property
    def total(self) -> RowLike | None: ...
    @property
    def notes(self) -> Sequence[str]: ...
    @property
    def unit(self) -> str: ...


def _cell(value: int | float | None, unit: str, decimals: int | None) -> str:
    if not_existing(value) or (value is None and unit != "antal"):
        return NOT_APPLICABLE
    return number(value, decimals=decimals)


def shown_values(row: RowLike) -> tuple[int | float | None, ...]:
    """The row's values with NOT_EXISTING in the columns its subject did not exist (`absent`)."""
    return tuple(NOT_EXISTING if index in row.absent else value for index, value in enumerate(row.values))


def _cells(row: RowLike, unit: str, decimals: int | None) -> str:
    cells = "".join(
        f'<td role="cell">{escape(_cell(value, unit, decimals))}</td>' for value in shown_values(row)
    )
    return f'<tr role="row"><th scope="row" role="rowheader">{escape(row.label)}</th>{cells}</tr>'


def _body(table: TableLike, decimals: int | None) -> str:
    """The rows in `<tbody>` groups: rows with a section (a unit's avdelning) get one group each, headed
    by a row-group header cell with the section's name."""
    groups: list[tuple[str, list[str]]] = []
    for row in table.rows:
        if not groups or row.section != groups[-1][0]:
            groups.append((row.section, []))
        groups[-1][1].append(_cells(row, table.unit, decimals))
    width = len(table.headings) + 1
    parts: list[str] = []
    for section, rows in groups:
        head = (
            [
                f'<tr class="kv-section" role="row">'
                f'<th scope="rowgroup" colspan="{width}" role="rowheader">{escape(section)}</th></tr>'
            ]
            if section
            else []
        )
        parts.append('<tbody role="rowgroup">\n' + "\n".join([*head, *rows]) + "\n</tbody>")
    return "\n".join(parts) if parts else '<tbody role="rowgroup"></tbody>'


def table_html(table: TableLike, *, csv_href: str | None = None) -> str:
    """The table as HTML, with its notes and a link to download it as CSV.

    The ARIA roles repeat what the elements are: on a narrow screen the stylesheet lays each row out
    as a grid (`data-kv-fit`: the row label on a line of its own, `--kv-columns` number columns under
    it), and a table whose rows are no longer displayed as table rows keeps its semantics only
    through them.
    """
    decimals = 1 if table.unit == "procent" else None
    head = "".join(f'<th scope="col" role="columnheader">{escape(column)}</th>' for column in table.headings)
    body = _body(table, decimals)
    parts = [
        f'<div class="kv-table" id="tabell-{escape(table.id)}">',
        f'<table role="table" data-kv-fit style="--kv-columns: {max(1, len(table.headings))}">',
        f"<caption>{escape(table.title)}</caption>",
        f'<thead role="rowgroup"><tr role="row">'
        f'<th scope="col" role="columnheader">{escape(table.row_heading)}</th>{head}</tr></thead>',
        body,
    ]
    if table.total is not None:
        parts.append(f'<tfoot role="rowgroup">{_cells(table.total, table.unit, decimals)}</tfoot>')
    parts.append("</table>")
    parts += [f'<p class="kv-note">{escape(note)}</p>' for note in table.notes]
    values = [value for row in table.rows for value in row.values]
    if any(not_existing(value) for value in values) and not any(row.absent for row in table.rows):
        parts.append(f'<p class="kv-note">{escape(say("site-not-existing-note"))}</p>')
    if any(value is None for value in values):
        code = "site-suppressed-note" if table.unit == "antal" else "site-not-applicable-note"
        parts.append(f'<p class="kv-note">{escape(say(code))}</p>')
    if csv_href is not None:
        link = escape(say("site-download-csv", title=table.title))
        parts.append(f'<p class="kv-download"><a href="{escape(csv_href)}" download>{link}</a></p>')
    parts.append("</div>")
    return "\n".join(parts)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP, CSV injection)."""


def csv_text(text: str) -> str:
    """A text cell that a spreadsheet shows as text: one that would start a formula gets a leading
    apostrophe, as OWASP recommends (Excel shows the text as written)."""
    return "'" + text if text.startswith(FORMULA_START) else text


def table_csv(table: TableLike) -> bytes:
    """The table as CSV: UTF-8 with a byte-order mark, semicolons, decimal comma (Swedish Excel).

    When rows belong to sections (a unit's avdelning), the section is a column of its own. Every text
    cell (headings, labels, sections) goes through `csv_text`; the numbers are written as numbers.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    sections = any(row.section for row in table.rows)
    section_heading = [say("site-csv-section")] if sections else []
    writer.writerow([csv_text(cell) for cell in (table.row_heading, *section_heading, *table.headings)])
    rows = [*table.rows, *([table.total] if table.total is not None else [])]
    for row in rows:
        section = [csv_text(row.section or "")] if sections else []
        values = (
            NOT_APPLICABLE
            if not_existing(value) or (value is None and table.unit != "antal")
            else plain_number(value)
            for value in shown_values(row)
        )
        writer.writerow([csv_text(row.label), *section, *values])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
