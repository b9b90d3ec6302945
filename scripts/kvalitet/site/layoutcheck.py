"""The layout check of a built site: every table and chart measured in headless Chromium at a reader's
screen width, and on paper.

At each viewport (320 × 640: a laptop at 400 % zoom; a phone 390 × 844, a tablet 820 × 1180, a laptop
1280 × 900), a page is opened with every `<details>` opened, and the check records:

- tables whose newest period is out of sight: the last column heading ends beyond the table's box or
  the screen, or the table (or its scrolling box) would have to be scrolled sideways;
- blank bands in table headings: a column heading whose text ends more than `BAND_PX` above the
  bottom of its cell (less its padding), as when one heading takes three lines and its neighbours
  stand at the top (the numbers are then far from their headings);
- chart texts (tick labels, values on bars, labels, legend, titles) that stick out of the drawing;
- chart texts that overlap one another;
- charts wider than the screen.

For paper (`print_check`), the page is laid out as print (CSS print media, the browser's `beforeprint`
event), and every drawing must fit the printed column of A4 with 20 mm margins (642 CSS px), and every
`<details>` the reader has not opened must be left out.

Served and driven as kvalitet.site.browsercheck does (Debian's Chromium through Playwright, nothing
leaves 127.0.0.1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from kvalitet.site.browsercheck import _CHARTS_SETTLED, CHROMIUM, CHROMIUM_ARGS, HOST, serve

PRINT_COLUMN_PX: Final = 642.5
"""A4 (210 mm) less two margins of 20 mm, in CSS pixels (96 per inch)."""
BAND_PX: Final = 4
"""How far above the bottom of its cell (less padding) a column heading's text may end."""
VIEWPORTS: Final[tuple[tuple[int, int], ...]] = ((320, 640), (390, 844), (820, 1180), (1280, 900))
"""400 % zoom of a 1280 px screen, a phone, a tablet, a laptop."""

_OPEN_ALL: Final = """async () => {
    document.querySelectorAll('details').forEach((item) => { item.open = true; });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await new Promise((done) => setTimeout(done, 400));
}"""

_MEASURE: Final = """(band) => {
    const screen = document.documentElement.clientWidth;
    const name = (element) => element.id || element.closest('[id]')?.id || '';
    const tables = [];
    for (const table of document.querySelectorAll('.kv-table table')) {
        const heads = table.querySelectorAll('thead th');
        if (!heads.length || table.getBoundingClientRect().width === 0) continue;
        const last = heads[heads.length - 1].getBoundingClientRect();
        const box = table.getBoundingClientRect();
        const wrap = table.closest('.md-typeset__scrollwrap');
        const wrapBox = wrap ? wrap.getBoundingClientRect() : box;
        const right = Math.min(box.right, wrapBox.right, screen);
        const scrolls = table.scrollWidth > table.clientWidth + 1
            || (wrap !== null && wrap.scrollWidth > wrap.clientWidth + 1);
        if (last.right > right + 1 || scrolls) {
            tables.push({table: name(table), caption: table.caption?.textContent.trim() || '',
                         last_right: Math.round(last.right), visible_right: Math.round(right)});
        }
    }
    const bands = [];
    for (const head of document.querySelectorAll('.kv-table table thead th')) {
        const cell = head.getBoundingClientRect();
        if (cell.width === 0 || !head.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(head);
        const lines = Array.from(range.getClientRects()).filter((r) => r.height > 0);
        if (!lines.length) continue;
        const text = Math.max(...lines.map((r) => r.bottom));
        const gap = cell.bottom - parseFloat(getComputedStyle(head).paddingBottom) - text;
        if (gap > band) {
            bands.push({table: name(head), heading: head.textContent.trim(), gap: Math.round(gap)});
        }
    }
    const clipped = [];
    const overlaps = [];
    const wide = [];
    const selector = ['.xtick text', '.ytick text', '.bartext', '.annotation-text', '.legendtext',
                      '.gtitle', '.xtitle', '.ytitle'].join(',');
    for (const plot of document.querySelectorAll('.kv-plot[data-kv-state="rendered"]')) {
        const drawing = plot.querySelector('svg.main-svg');
        if (!drawing) continue;
        const frame = drawing.getBoundingClientRect();
        if (frame.right > screen + 1) wide.push({chart: plot.id, right: Math.round(frame.right), screen});
        const texts = [];
        for (const text of plot.querySelectorAll(selector)) {
            const box = text.getBoundingClientRect();
            if (!text.textContent.trim() || box.width === 0 || box.height === 0) continue;
            if (getComputedStyle(text).visibility === 'hidden') continue;
            texts.push({text: text.textContent.trim(), box});
            if (box.left < frame.left - 1 || box.right > frame.right + 1
                || box.top < frame.top - 1 || box.bottom > frame.bottom + 1) {
                clipped.push({chart: plot.id, text: text.textContent.trim()});
            }
        }
        const shrink = 1.5;
        for (let i = 0; i < texts.length; i += 1) {
            for (let j = i + 1; j < texts.length; j += 1) {
                const a = texts[i].box, b = texts[j].box;
                const x = Math.min(a.right, b.right) - Math.max(a.left, b.left) - shrink;
                const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) - shrink;
                if (x > 0 && y > 0) {
                    overlaps.push({chart: plot.id, first: texts[i].text, second: texts[j].text});
                }
            }
        }
    }
    return {tables, bands, clipped, overlaps, wide};
}"""

_PRINT: Final = """async () => {
    window.dispatchEvent(new Event('beforeprint'));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    await new Promise((done) => setTimeout(done, 300));
    const charts = [];
    for (const plot of document.querySelectorAll('.kv-plot[data-kv-state="rendered"]')) {
        const drawing = plot.querySelector('svg.main-svg');
        if (drawing) charts.push({chart: plot.id, width: drawing.getBoundingClientRect().width});
    }
    const shown = Array.from(document.querySelectorAll('details'))
        .filter((item) => getComputedStyle(item).display !== 'none').length;
    return {charts, details_shown: shown, details: document.querySelectorAll('details').length};
}"""


@dataclass(slots=True)
class Layout:
    """What one page showed at one viewport."""

    path: str
    viewport: tuple[int, int]
    hidden_columns: list[dict[str, Any]] = field(default_factory=list)
    clipped: list[dict[str, Any]] = field(default_factory=list)
    overlaps: list[dict[str, Any]] = field(default_factory=list)
    too_wide: list[dict[str, Any]] = field(default_factory=list)
    blank_bands: list[dict[str, Any]] = field(default_factory=list)
    tables: int = 0
    charts: int = 0


@dataclass(slots=True)
class PrintLayout:
    path: str
    chart_widths: dict[str, float]
    details: int
    details_shown: int


def _browser(playwright: Any, chromium: Path) -> Any:
    return playwright.chromium.launch(executable_path=str(chromium), args=list(CHROMIUM_ARGS), headless=True)


def _open(browser: Any, base: str, path: str, viewport: tuple[int, int], timeout_ms: int) -> Any:
    context = browser.new_context(
        viewport={"width": viewport[0], "height": viewport[1]}, locale="sv-SE", service_workers="block"
    )
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if f"//{HOST}" in route.request.url else route.abort("blockedbyclient")
        ),
    )
    page = context.new_page()
    page.goto(base + path, wait_until="load")
    page.wait_for_function(_CHARTS_SETTLED, timeout=timeout_ms)
    return context, page


def check_layout(
    site_dir: Path,
    pages: Sequence[str],
    *,
    viewports: Sequence[tuple[int, int]] = VIEWPORTS,
    screenshot_dir: Path | None = None,
    chromium: Path = CHROMIUM,
    timeout_ms: int = 30_000,
) -> list[Layout]:
    """Measure `pages` (paths under `site_dir`) at each viewport, every `<details>` open. With
    `screenshot_dir`, a full-page PNG per page and width (with the `<details>` closed, as a reader first
    sees the page)."""
    from playwright.sync_api import sync_playwright

    results = []
    with serve(site_dir) as base, sync_playwright() as playwright:
        browser = _browser(playwright, chromium)
        try:
            for viewport in viewports:
                for path in pages:
                    context, page = _open(browser, base, path, viewport, timeout_ms)
                    try:
                        if screenshot_dir is not None:
                            screenshot_dir.mkdir(parents=True, exist_ok=True)
                            name = path.replace("/", "__").removesuffix(".html")
                            page.screenshot(
                                path=str(screenshot_dir / f"{name}-{viewport[0]}.png"), full_page=True
                            )
                        page.evaluate(_OPEN_ALL)
                        found = page.evaluate(_MEASURE, BAND_PX)
                        counts = page.evaluate(
                            "() => [document.querySelectorAll('.kv-table table').length,"
                            " document.querySelectorAll('.kv-plot').length]"
                        )
                    finally:
                        context.close()
                    results.append(
                        Layout(
                            path,
                            tuple(viewport),  # type: ignore[arg-type]
                            found["tables"],
                            found["clipped"],
                            found["overlaps"],
                            found["wide"],
                            found["bands"],
                            int(counts[0]),
                            int(counts[1]),
                        )
                    )
        finally:
            browser.close()
    return results


def print_check(
    site_dir: Path,
    pages: Sequence[str],
    *,
    viewport: tuple[int, int] = (1280, 900),
    chromium: Path = CHROMIUM,
    timeout_ms: int = 30_000,
) -> list[PrintLayout]:
    """Each page laid out for print after a reader's view at `viewport`: the drawings' widths and how
    many `<details>` would be printed."""
    from playwright.sync_api import sync_playwright

    results = []
    with serve(site_dir) as base, sync_playwright() as playwright:
        browser = _browser(playwright, chromium)
        try:
            for path in pages:
                context, page = _open(browser, base, path, viewport, timeout_ms)
                try:
                    page.emulate_media(media="print")
                    found = page.evaluate(_PRINT)
                finally:
                    context.close()
                widths = {item["chart"]: float(item["width"]) for item in found["charts"]}
                results.append(PrintLayout(path, widths, int(found["details"]), int(found["details_shown"])))
        finally:
            browser.close()
    return results
