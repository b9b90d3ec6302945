"""One generated page and the data files it links to, written as Markdown with escaped HTML blocks.

A `PageWriter` collects a page's parts; every text from records or configuration goes through
`text()` (or the table and chart helpers, which escape too), so a unit named `<script>` shows as text on
the page, in the charts and in the CSV files. Tables become a CSV file under `data/tabeller/`, charts a
figure JSON under `data/diagram/`, with ids derived from the statistic (never from a counter), so two
builds of one commit write the same files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from html import escape
from typing import Any

from kvalitet.aggregate import Row, Table
from kvalitet.messages import say
from kvalitet.render.tables import table_csv, table_html
from kvalitet.swedish import long_date

TABLES_DIR = "data/tabeller"
FIGURES_DIR = "data/diagram"


def text(value: object) -> str:
    """Text for a Markdown page: on one line (a line break in a name would end a heading or a list
    item and start a new block), HTML-escaped, and with Markdown's own marks made literal."""
    escaped = escape(" ".join(str(value).split()), quote=False)
    for mark in "\\`*_{}[]#|!":
        escaped = escaped.replace(mark, "\\" + mark)
    return escaped


def chart_text(table: Table) -> Table:
    """A copy of `table` whose labels are safe in a chart: plotly.js reads some HTML tags in text, and
    shows `&lt;` as `<`, so the labels are HTML-escaped for it. Absent years are gaps (None)."""

    def row(item: Row) -> Row:
        # a year the row's unit or category did not exist is a gap in the chart, not a bar of 0
        values = tuple(None if index in item.absent else value for index, value in enumerate(item.values))
        return dataclasses.replace(item, label=escape(item.label, quote=False), values=values)

    return dataclasses.replace(
        table,
        title=escape(table.title, quote=False),
        columns=tuple(escape(column, quote=False) for column in table.columns),
        partial=escape(table.partial, quote=False),
        rows=tuple(row(item) for item in table.rows),
        total=row(table.total) if table.total else None,
    )


def chart_source(municipality: str, board: str, as_of: dt.date) -> str:
    """The source line that a chart's PNG download carries under the chart (kvalitet-charts.js)."""
    return say("chart-download-source", municipality=municipality, board=board, date=long_date(as_of))


@dataclass(frozen=True, slots=True)
class Page:
    path: str
    """Path in the docs folder, with forward slashes: `index.md`, `enheter/hemtjanst-norr.md`."""
    title: str
    markdown: str


@dataclass(frozen=True, slots=True)
class PrintJob:
    """A page to print as PDF, with what its title page says (see kvalitet.site.pdf.TitlePage)."""

    page: str
    """The built page, e.g. `kvalitetsberattelse/2024.html`."""
    pdf: str
    """Where the PDF goes in the site, e.g. `kvalitetsberattelse/kvalitetsberattelse-2024.pdf`."""
    title: str
    period: str
    approval: str | None
    commit: str
    records: int
    created: dt.datetime | None = None
    """The PDF's creation date: the time of the commit it shows (None: the time of printing)."""
    case_number: str | None = None
    meeting: str | None = None
    """The day of the nämnd's meeting, as written ("17 mars 2026")."""
    proposal: str | None = None


@dataclass(slots=True)
class SiteFiles:
    """Everything a build generates into the docs folder: pages and data files, by path."""

    pages: list[Page] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    prints: list[PrintJob] = field(default_factory=list)
    """Pages to print as PDF after the build (the reports), when the build makes PDFs."""
    source: str = ""
    """The source line of a chart's image download ("Källa: …", see `chart_source`)."""

    def add_file(self, path: str, content: bytes) -> None:
        known = self.files.get(path)
        if known is not None and known != content:
            raise ValueError(f"two different files for {path}")
        self.files[path] = content

    def page(self, path: str) -> Page:
        return next(page for page in self.pages if page.path == path)


class PageWriter:
    """Builds one page: headings, paragraphs, tables and charts, with links relative to the page."""

    def __init__(self, files: SiteFiles, path: str, title: str) -> None:
        self.files = files
        self.path = path
        self.title = title
        self.prefix = "../" * path.count("/")
        self.parts: list[str] = [f"# {text(title)}"]

    def link(self, target: str) -> str:
        """A link from this page to `target` (a path in the docs folder)."""
        return self.prefix + target

    def heading(self, level: int, title: str) -> None:
        self.parts.append(f"{'#' * level} {text(title)}")

    def paragraph(self, content: str, *, css: str = "") -> None:
        """A paragraph of plain text (escaped)."""
        attribute = f' class="{css}"' if css else ""
        self.parts.append(f"<p{attribute}>{escape(content, quote=False)}</p>")

    def markdown(self, content: str) -> None:
        """Markdown written by the program itself (never text from records: use `text()` for that)."""
        self.parts.append(content)

    def _csv(self, table: Table) -> str:
        path = f"{TABLES_DIR}/{table.id}.csv"
        self.files.add_file(path, table_csv(table))
        return self.link(path)

    def table(self, table: Table) -> None:
        """The table, shown, with its CSV download."""
        self.parts.append(table_html(table, csv_href=self._csv(table)))

    def chart(
        self,
        chart_id: str,
        figure: Mapping[str, Any],
        *,
        label: str,
        caption: str,
        table: Table,
        table_shown: bool = False,
    ) -> None:
        """A chart in the element contract of kvalitet.site.browsercheck, its table behind "Visa tabellen";
        or, with `table_shown`, the table shown right below the chart (for the tables a page is about)."""
        path = f"{FIGURES_DIR}/{chart_id}.json"
        data = json.dumps(figure, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        self.files.add_file(path, data.encode("utf-8"))
        plot = (
            f'<div class="kv-plot" id="kv-{escape(chart_id)}" data-figure="{escape(self.link(path))}" '
            f'role="img" aria-label="{escape(label)}"></div>'
        )
        download = f' data-kv-title="{escape(table.title)}" data-kv-source="{escape(self.files.source)}"'
        figure_html = (
            f'<figure class="kv-chart"{download}>\n'
            f"{plot}\n<figcaption>{escape(caption, quote=False)}</figcaption>\n</figure>\n"
        )
        shown = table_html(table, csv_href=self._csv(table))
        if table_shown:
            self.parts.append(figure_html + shown)
        else:
            self.parts.append(
                f"{figure_html}<details><summary>{escape(say('page-show-table'))}</summary>\n{shown}\n</details>"
            )

    def done(self) -> Page:
        page = Page(self.path, self.title, "\n\n".join(self.parts) + "\n")
        self.files.pages.append(page)
        return page
