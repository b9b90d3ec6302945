"""A page of the built site as a PDF for the nämnd's handlingar, printed by headless Chromium.

Chromium's own print-to-PDF keeps the plotly.js charts (as vectors, colours included) and the text
selectable. The site folder is served on 127.0.0.1 (kvalitet.site.browsercheck.serve), the page is opened in
Debian's Chromium through Playwright with the same fixed flags as the browser check, and every request
to another host is blocked. Before printing:

- every `.kv-plot` must have `data-kv-state` "rendered" (kvalitet-charts.js); a chart in "error", or
  one not done within the timeout, stops the run with a Swedish KvalitetError and no PDF is written;
- the page must have the print stylesheet (stylesheets/kvalitet-print.css, an extra_css file with
  `@media print` rules): without it the PDF would show the site's menus; its `@page` margin must be
  the 20 mm used here (Material's own is 25 mm, which would cut the charts at the right edge);
- every `<details>` is opened, and `<html data-kv-print="all">` tells kvalitet-print.css to print them
  all (the browser's own print leaves out those the reader has not opened): the tables behind "Visa
  tabellen" are printed under their charts;
- a title page is built in the DOM from `TitlePage` (text only, through textContent) and put first,
  and after it a table of contents of the page's headings (h2, h3) with their page numbers: the page
  is printed once, the pages of the headings are read from that PDF's outline (pypdf), and the page
  is printed again with the numbers filled in (they take the place of equally wide placeholders, so
  nothing moves);
- the document title becomes the report's title (the running header and the PDF's Title field);
- the page is laid out for print at the printed column's width (A4 less 2 × 20 mm) and every chart is
  redrawn at that width (Plotly.Plots.resize); a chart taller than 190 mm is drawn 190 mm high, since
  a drawing cannot break across pages and would be cut at the page's foot.

The PDF is A4 with 20 mm margins, the title in the header and "Sida X av Y" in the footer, tagged (for
screen readers) and with an outline from the headings. Its creation and modification dates are the
time of the commit it shows (Chromium writes the time of printing), so that printing the same commit
again gives the same bytes. `render_page_png` draws one page of a PDF as
a PNG with poppler's pdftoppm (Debian package poppler-utils), for checking what the PDF looks like.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote, urlsplit

from kvalitet import swedish
from kvalitet.errors import KvalitetError
from kvalitet.messages.pdf import MESSAGES
from kvalitet.site.browsercheck import CHROMIUM, CHROMIUM_ARGS, HOST, serve
from kvalitet.site.pdffile import heading_pages, reproducible

if TYPE_CHECKING:
    from playwright.sync_api import Page, Route

PRINT_STYLESHEET: Final = "stylesheets/kvalitet-print.css"
PAGE_HEIGHT_MM: Final = 297
PAGE_WIDTH_MM: Final = 210
MARGIN_MM: Final = 20
PRINT_WIDTH_PX: Final = int((PAGE_WIDTH_MM - 2 * MARGIN_MM) * 96 / 25.4)
"""The printed column in CSS pixels (642): the layout width the charts are drawn at."""
VIEWPORT_HEIGHT_PX: Final = 1000
MAX_CHART_HEIGHT_PX: Final = 720
"""A taller chart is drawn this high (190 mm) for print, so that it fits on a page with its heading."""
TIMEOUT_MS: Final = 60_000
PDFTOPPM: Final = Path("/usr/bin/pdftoppm")
PNG_DPI: Final = 96

_TEMPLATE_STYLE: Final = (
    f"box-sizing: border-box; width: 100%; padding: 0 {MARGIN_MM}mm; "
    "font-family: Helvetica, Arial, sans-serif; font-size: 8pt; color: #4d4d4d;"
)
_CHART_STATES: Final = """() => Array.from(document.querySelectorAll('.kv-plot')).map(
    (element, index) => [element.id || ('#' + (index + 1)), element.dataset.kvState || ''])"""
_CHARTS_SETTLED: Final = """() => Array.from(document.querySelectorAll('.kv-plot')).every(
    (element) => ['rendered', 'error'].includes(element.dataset.kvState))"""
_HAS_STYLESHEET: Final = """(name) => Array.from(document.styleSheets).some(
    (sheet) => sheet.href !== null && new URL(sheet.href).pathname.endsWith('/' + name))"""
_PAGE_MARGINS: Final = """() => {
    const margins = [];
    const walk = (rules) => {
        for (const rule of rules) {
            if (rule instanceof CSSPageRule) {
                margins.push(rule.style.margin);
            } else if (rule instanceof CSSMediaRule && matchMedia(rule.conditionText).matches) {
                walk(rule.cssRules);
            }
        }
    };
    for (const sheet of document.styleSheets) {
        try { walk(sheet.cssRules); } catch (error) { /* another origin: not read */ }
    }
    return margins;
}"""
_PREPARE: Final = """async (fields) => {
    document.documentElement.setAttribute('data-kv-print', 'all');
    document.querySelectorAll('details').forEach((item) => { item.open = true; });
    const section = document.createElement('section');
    section.className = 'kv-titlepage';
    section.setAttribute('aria-label', fields.label);
    for (const [name, text] of fields.lines) {
        const line = document.createElement('p');
        line.className = 'kv-titlepage__' + name;
        line.textContent = text;
        section.append(line);
    }
    const article = document.querySelector('article.md-content__inner') || document.body;
    const headings = Array.from(article.querySelectorAll('h2[id], h3[id]'));
    const contents = document.createElement('nav');
    contents.className = 'kv-toc';
    contents.setAttribute('aria-label', fields.contents);
    const heading = document.createElement('p');
    heading.className = 'kv-toc__title';
    heading.textContent = fields.contents;
    const list = document.createElement('ol');
    for (const item of headings) {
        const copy = item.cloneNode(true);
        copy.querySelectorAll('.headerlink').forEach((link) => link.remove());
        const entry = document.createElement('li');
        entry.className = 'kv-toc__' + item.tagName.toLowerCase();
        const link = document.createElement('a');
        link.href = '#' + item.id;
        link.textContent = copy.textContent.trim();
        const page = document.createElement('span');
        page.className = 'kv-toc__page';
        page.textContent = fields.placeholder;
        entry.append(link, page);
        list.append(entry);
    }
    contents.append(heading, list);
    if (headings.length) {
        article.prepend(contents);
    }
    article.prepend(section);
    document.title = fields.title;
    await document.fonts.ready;
    const plots = Array.from(document.querySelectorAll('.kv-plot[data-kv-state="rendered"]'));
    await Promise.all(plots.map((plot) => {
        const drawing = plot.querySelector('svg.main-svg');
        const tall = drawing !== null && drawing.getBoundingClientRect().height > fields.maxHeight;
        return tall ? window.Plotly.relayout(plot, {height: fields.maxHeight})
            : window.Plotly.Plots.resize(plot);
    }));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}"""
_TOC_TITLES: Final = """() => Array.from(document.querySelectorAll('.kv-toc li a')).map(
    (link) => link.textContent)"""
_TOC_PAGES: Final = """(numbers) => {
    document.querySelectorAll('.kv-toc__page').forEach((cell, index) => {
        cell.textContent = numbers[index] || '';
    });
}"""
TOC_PLACEHOLDER: Final = "000"
"""What a page number in the table of contents reads on the first printing (as wide as any real one:
the numbers' box has a fixed width in the print stylesheet)."""


def _say(code: str, /, **fields: object) -> str:
    return MESSAGES[code].format(**fields)


@dataclass(frozen=True, slots=True)
class TitlePage:
    """What the PDF's first page says. Every field is plain text (never markup)."""

    municipality: str
    """The kommun: "Exempelby kommun"."""
    board: str
    """The nämnd: "Socialnämnden"."""
    title: str
    """The report: "Kvalitetsberättelse 2025"; also the running header and the PDF's Title field."""
    period: str
    """What the figures cover: "1 januari–31 december 2025"."""
    approval: str | None
    """"Fastställd av socialnämnden den 18 mars 2025, § 43"; None: not yet approved (a proposal)."""
    commit: str
    """The records' data version (DataVersion.short_commit)."""
    records: int
    """How many records the site was built from."""
    case_number: str | None = None
    """The tjänsteskrivelse's diarienummer, from the report's text."""
    meeting: str | None = None
    """The day of the nämnd's meeting, as written ("17 mars 2026")."""
    proposal: str | None = None
    """Förslag till beslut."""

    def lines(self) -> list[tuple[str, str]]:
        """The title page's lines in order, as (class name suffix, text)."""
        approval = self.approval if self.approval is not None else _say("pdf-not-approved")
        version = _say("pdf-data-version", commit=self.commit, records=swedish.number(self.records))
        lines = [
            ("municipality", self.municipality),
            ("board", self.board),
            ("title", self.title),
            ("period", self.period),
        ]
        if self.case_number:
            lines.append(("case", _say("pdf-case-number", value=self.case_number)))
        if self.meeting:
            lines.append(("meeting", _say("pdf-meeting", date=self.meeting)))
        lines.append(("approval", approval))
        if self.proposal and self.approval is None:
            lines += [("proposal-heading", _say("pdf-proposal")), ("proposal", self.proposal)]
        lines.append(("version", version))
        return lines


def _header_template() -> str:
    # Chromium fills <span class="title"> with the document title as text (never as markup).
    return f'<div style="{_TEMPLATE_STYLE}"><span class="title"></span></div>'


def _footer_template() -> str:
    text = _say(
        "pdf-footer", page='<span class="pageNumber"></span>', pages='<span class="totalPages"></span>'
    )
    return f'<div style="{_TEMPLATE_STYLE} text-align: right;">{text}</div>'


def _page_file(site_dir: Path, page: str) -> Path:
    root = site_dir.resolve()
    target = (root / page).resolve()
    if not target.is_relative_to(root) or target.suffix != ".html" or not target.is_file():
        raise KvalitetError(_say("pdf-page-missing", page=page, folder=site_dir))
    return target


def _charts_ready(tab: Page, page: str, timeout_ms: int) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        tab.wait_for_function(_CHARTS_SETTLED, timeout=timeout_ms)
    except PlaywrightTimeout:
        states: list[list[str]] = tab.evaluate(_CHART_STATES)
        waiting = [name for name, state in states if state not in ("rendered", "error")]
        raise KvalitetError(
            _say(
                "pdf-chart-timeout",
                charts=", ".join(waiting),
                page=page,
                seconds=swedish.number(timeout_ms / 1000),
            )
        ) from None
    states = tab.evaluate(_CHART_STATES)
    failed = [name for name, state in states if state == "error"]
    if failed:
        raise KvalitetError(_say("pdf-chart-error", charts=", ".join(failed), page=page))


def print_pdf(
    site_dir: Path,
    page: str,
    out: Path,
    *,
    title: TitlePage,
    created: dt.datetime | None = None,
    chromium: Path = CHROMIUM,
    timeout_ms: int = TIMEOUT_MS,
) -> Path:
    """Print `page` (a path under the built `site_dir`, like "avvikelser-sol-lss.html") to the PDF `out`.

    A4, 20 mm margins, the title page first, "Sida X av Y" in the footer; see the module text. Raises a
    KvalitetError (Swedish, nothing written) when the page is missing, lacks the print stylesheet, or a
    chart fails or is not drawn within `timeout_ms`. `created` dates the PDF (the commit's time);
    without it the PDF carries the time of printing. Returns `out`.
    """
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError as error:  # pragma: no cover - the installer puts playwright in .venv
        raise KvalitetError(_say("pdf-playwright-missing")) from error
    if not chromium.is_file():
        raise KvalitetError(_say("pdf-chromium-missing", path=chromium))
    relative = _page_file(site_dir, page).relative_to(site_dir.resolve()).as_posix()

    def route(route: Route) -> None:
        parts = urlsplit(route.request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.hostname != HOST:
            route.abort("blockedbyclient")
        else:
            route.continue_()

    with serve(site_dir) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium), args=list(CHROMIUM_ARGS), headless=True
        )
        try:
            context = browser.new_context(
                viewport={"width": PRINT_WIDTH_PX, "height": VIEWPORT_HEIGHT_PX},
                locale="sv-SE",
                service_workers="block",
            )
            context.set_default_timeout(timeout_ms)
            context.route("**/*", route)
            tab = context.new_page()
            tab.emulate_media(media="print")
            try:
                response = tab.goto(base + quote(relative), wait_until="load")
            except PlaywrightError as error:
                raise KvalitetError(_say("pdf-page-failed", page=page, detail=error.message)) from None
            if response is None or not response.ok:
                detail = f"HTTP {response.status}" if response is not None else "-"
                raise KvalitetError(_say("pdf-page-failed", page=page, detail=detail))
            if not tab.evaluate(_HAS_STYLESHEET, PRINT_STYLESHEET):
                raise KvalitetError(_say("pdf-print-css-missing", page=page, stylesheet=PRINT_STYLESHEET))
            margins: list[str] = tab.evaluate(_PAGE_MARGINS)
            if margins and margins[-1] != f"{MARGIN_MM}mm":
                raise KvalitetError(
                    _say("pdf-page-margin", page=page, found=margins[-1], expected=f"{MARGIN_MM} mm")
                )
            _charts_ready(tab, page, timeout_ms)
            fields: dict[str, Any] = {
                "label": _say("pdf-title-page-label"),
                "title": title.title,
                "lines": title.lines(),
                "maxHeight": MAX_CHART_HEIGHT_PX,
                "contents": _say("pdf-contents"),
                "placeholder": TOC_PLACEHOLDER,
            }
            tab.evaluate(_PREPARE, fields)
            data = _print(tab)
            titles: list[str] = tab.evaluate(_TOC_TITLES)
            if titles:
                tab.evaluate(_TOC_PAGES, heading_pages(data, titles))
                data = _print(tab)
        finally:
            browser.close()
    if created is not None:
        data = reproducible(data, created)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return out


def _print(tab: Page) -> bytes:
    margin = f"{MARGIN_MM}mm"
    return tab.pdf(
        width=f"{PAGE_WIDTH_MM}mm",
        height=f"{PAGE_HEIGHT_MM}mm",
        margin={"top": margin, "right": margin, "bottom": margin, "left": margin},
        display_header_footer=True,
        header_template=_header_template(),
        footer_template=_footer_template(),
        print_background=True,
        prefer_css_page_size=False,
        tagged=True,
        outline=True,
    )


def render_page_png(pdf: Path, page_number: int, out: Path, *, dpi: int = PNG_DPI) -> Path:
    """Draw page `page_number` (1 is the first) of `pdf` as the PNG `out`, with poppler's pdftoppm."""
    if page_number < 1:
        raise KvalitetError(_say("pdf-page-out-of-range", pdf=pdf, page=page_number))
    found = shutil.which("pdftoppm")
    program = Path(found) if found is not None else PDFTOPPM
    if not program.is_file():
        raise KvalitetError(_say("pdf-pdftoppm-missing", path=PDFTOPPM))
    with tempfile.TemporaryDirectory(prefix="kvalitet-pdf-") as folder:
        stem = Path(folder) / "sida"
        command = [str(program), "-png", "-singlefile", "-r", str(dpi), "-f", str(page_number)]
        command += ["-l", str(page_number), str(pdf), str(stem)]
        try:
            result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise KvalitetError(_say("pdf-render-failed", page=page_number, pdf=pdf, detail=error)) from None
        made = stem.with_suffix(".png")
        if result.returncode != 0 or not made.is_file():
            detail = result.stderr.strip() or f"slutkod {result.returncode}"
            raise KvalitetError(_say("pdf-render-failed", page=page_number, pdf=pdf, detail=detail))
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(made, out)
    return out
