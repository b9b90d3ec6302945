"""Every screen, every reader (issue 15): the demo site measured in headless Chromium at 400 % zoom
(320 × 640), a phone (390 × 844), a tablet (820 × 1180) and a laptop (1280 × 900), and on paper.

Set KVALITET_SCREENSHOTS=FOLDER to keep a full-page screenshot of every page type at each width.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from kvalitet.site import layoutcheck
from kvalitet.site.browsercheck import CHROMIUM, CHROMIUM_ARGS, serve

PAGE_TYPES = (
    "index.html",
    "avvikelser-sol-lss.html",
    "klagomal-och-synpunkter.html",
    "lex-maja.html",
    "trender.html",
    "enheter/hemtjanst-norr.html",
    "kvalitetsberattelse/2025.html",
)
"""Översikt, kind pages (one with risk matrices, one shared, one with small counts), Trender, a unit
page, a yearly report."""
TRENDS_PAGES = 10
"""Trender on paper: its charts, not its tables (37 A4 pages before issue 15)."""


@pytest.fixture(scope="module")
def layouts(demo_site: Path) -> list[layoutcheck.Layout]:
    shots = os.environ.get("KVALITET_SCREENSHOTS")
    return layoutcheck.check_layout(
        demo_site, PAGE_TYPES, screenshot_dir=Path(shots) / "bredder" if shots else None
    )


def test_every_page_type_was_measured_at_every_width(layouts: list[layoutcheck.Layout]) -> None:
    assert {(layout.path, layout.viewport) for layout in layouts} == {
        (path, viewport) for path in PAGE_TYPES for viewport in layoutcheck.VIEWPORTS
    }
    assert all(layout.tables > 0 for layout in layouts)
    assert sum(layout.charts for layout in layouts) > 60


def test_the_newest_period_is_visible_in_every_table(layouts: list[layoutcheck.Layout]) -> None:
    """The last column heading ends inside the table's box and the screen, and nothing scrolls sideways."""
    hidden = [(layout.path, layout.viewport, item) for layout in layouts for item in layout.hidden_columns]
    assert hidden == []


def test_no_blank_band_under_a_column_heading(layouts: list[layoutcheck.Layout]) -> None:
    """Every column heading stands just above its numbers, even beside one that takes three lines."""
    bands = [(layout.path, layout.viewport, item) for layout in layouts for item in layout.blank_bands]
    assert bands == []


BANDED = """<!doctype html><html lang="sv"><body style="width: 300px">
<div class="md-typeset"><div class="kv-table" id="tabell-prov"><table>
<thead style="vertical-align: bottom"><tr><th style="vertical-align: top">2025</th>
<th style="width: 3em">jan–okt 2026</th><th>Skillnad</th></tr></thead>
<tbody><tr><td>1</td><td>2</td><td>1</td></tr></tbody></table></div></div></body></html>"""


def test_a_blank_band_under_a_heading_is_found(tmp_path: Path) -> None:
    """The heading aligned at the top beside one of three lines is found; the others are not."""
    (tmp_path / "prov.html").write_text(BANDED, encoding="utf-8")
    (layout,) = layoutcheck.check_layout(tmp_path, ["prov.html"], viewports=[(390, 844)])
    assert [(item["table"], item["heading"]) for item in layout.blank_bands] == [("tabell-prov", "2025")]
    assert layout.blank_bands[0]["gap"] > 2 * layoutcheck.BAND_PX


def test_no_chart_text_is_clipped(layouts: list[layoutcheck.Layout]) -> None:
    clipped = [(layout.path, layout.viewport, item) for layout in layouts for item in layout.clipped]
    assert clipped == []


def test_no_chart_labels_overlap(layouts: list[layoutcheck.Layout]) -> None:
    overlaps = [(layout.path, layout.viewport, item) for layout in layouts for item in layout.overlaps]
    assert overlaps == []


def test_no_chart_is_wider_than_the_screen(layouts: list[layoutcheck.Layout]) -> None:
    wide = [(layout.path, layout.viewport, item) for layout in layouts for item in layout.too_wide]
    assert wide == []


def test_on_paper_charts_fit_a4_and_unopened_tables_stay_closed(demo_site: Path) -> None:
    printed = layoutcheck.print_check(demo_site, PAGE_TYPES)
    assert [page.path for page in printed] == list(PAGE_TYPES)
    for page in printed:
        assert page.chart_widths, page.path
        assert max(page.chart_widths.values()) <= layoutcheck.PRINT_COLUMN_PX, page.path
        assert min(page.chart_widths.values()) >= 600, page.path
        assert page.details > 0, page.path
        assert page.details_shown == 0, page.path


def test_trends_print_in_a_few_pages(demo_site: Path, tmp_path: Path) -> None:
    """The browser's own print (Chromium's --print-to-pdf fires beforeprint, and Material opens every
    <details>): Trender prints its charts, not 37 pages of tables."""
    out = tmp_path / "trender.pdf"
    with serve(demo_site) as base:
        subprocess.run(
            [
                str(CHROMIUM),
                *CHROMIUM_ARGS,
                f"--user-data-dir={tmp_path / 'profil'}",
                "--run-all-compositor-stages-before-draw",
                "--virtual-time-budget=15000",
                "--no-pdf-header-footer",
                f"--print-to-pdf={out}",
                base + "trender.html",
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    pages = len(PdfReader(out).pages)
    assert 3 <= pages <= TRENDS_PAGES


def test_swedish_months_and_a_png_download_with_title_and_source(demo_site: Path, tmp_path: Path) -> None:
    """Trender's axes write Swedish months ("jan.", "juli"), and "Ladda ner bild" saves a PNG with the
    chart's title above and its source below: taller than the chart itself (at scale 2)."""
    from playwright.sync_api import sync_playwright

    with serve(demo_site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
            page.goto(base + "trender.html")
            page.wait_for_function(
                "() => Array.from(document.querySelectorAll('.kv-plot')).every("
                "(element) => element.dataset.kvState === 'rendered')"
            )
            plot = page.locator(".kv-plot").first
            ticks = plot.locator(".xtick text").all_text_contents()
            figure = page.locator("figure.kv-chart").first
            title = figure.get_attribute("data-kv-title")
            source = figure.get_attribute("data-kv-source")
            height = plot.bounding_box()["height"]  # type: ignore[index]
            with page.expect_download() as caught:
                figure.locator("button.kv-download-image").click()
            saved = tmp_path / caught.value.suggested_filename
            caught.value.save_as(saved)
        finally:
            browser.close()
    assert any(tick.startswith("jan.") for tick in ticks), ticks
    assert not any(tick[:3] in {"Jan", "Jul", "Apr", "Okt"} for tick in ticks), ticks
    assert title and source and source.startswith("Källa: ")
    assert saved.name == "kv-avvikelse-sol-lss-per-manad.png"
    data = saved.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    png_height = int.from_bytes(data[20:24], "big")
    assert png_height > 2 * height + 2 * 40  # the title and the source lines, at scale 2
