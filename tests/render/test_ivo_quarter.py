"""The internal page of the quarterly reports to IVO: due, reported and missed per quarter, the
decisions to report for the running and the last quarter, and the missed reports, from real records
(a copy of tests/cases/base plus records written here), rendered as the internal build renders it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kvalitet.render import ivo_quarter
from kvalitet.render.internal_pages import CSV_DIR
from kvalitet.render.page import TABLES_DIR, SiteFiles
from kvalitet.site import hostcheck
from kvalitet.site.browsercheck import CHROMIUM, CHROMIUM_ARGS
from tests.aggregate.helpers import load, write
from tests.site.test_hosting import WIDTHS, screenshot_folder


def _page(records: Path, as_of: str) -> tuple[str, SiteFiles]:
    cases, reference = load(records)
    files = SiteFiles()
    ivo_quarter.ivo_quarter_page(files, cases, reference, dt.date.fromisoformat(as_of))
    return files.page(ivo_quarter.PATH).markdown, files


def _csv(files: SiteFiles, path: str) -> list[list[str]]:
    raw = files.files[path]
    assert raw.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def _records(records: Path) -> None:
    # tests/cases/base has EVB-2024-0001 (no postformat): beslut 2023-12-20, three months 2024-03-20,
    # verkställd 2024-09-15, reported for 2024-Q1 and Q2: 2024-Q3 is missed.
    write(
        records,
        "ej_verkställt_beslut",
        2,
        "2024-04-20",
        postformat=2,
        lagrum="LSS",
        insats="daglig-verksamhet",
        beslutsdatum="2024-01-15",
        status="åtgärder_pågår",
        rapporterad_ivo=["2024-Q2", "2024-Q3"],
    )


def test_due_reported_and_missed_per_quarter_that_has_ended(records: Path) -> None:
    _records(records)
    markdown, files = _page(records, "2024-11-15")
    rows = _csv(files, f"{TABLES_DIR}/ivo-rapportering-per-kvartal.csv")
    assert rows[0] == ["Kvartal", "Att rapportera", "Rapporterade", "Saknas"]
    assert rows[-3:] == [
        ["kv. 1 2024", "1", "1", "0"],
        ["kv. 2 2024", "2", "2", "0"],
        ["kv. 3 2024", "2", "1", "1"],
    ]
    assert [row[0] for row in rows[1:]][:1] == ["kv. 4 2022"]  # eight quarters that have ended
    assert "Rapporter till IVO per kvartal som har slutat, den 15 november 2024" in markdown


def test_decisions_to_report_for_the_running_and_the_last_quarter(records: Path) -> None:
    _records(records)
    markdown, files = _page(records, "2024-11-15")
    running = _csv(files, f"{CSV_DIR}/ivo-lopande-kvartal.csv")
    assert running[0] == [
        "Ärende",
        "Insats och lag",
        "Räknas från",
        "Tre månader gick ut",
        "Läge",
        "Rapporterat",
        "Sammanfattning",
    ]
    assert [row[:6] for row in running[1:]] == [
        ["EVB-2024-0002", "Daglig verksamhet (LSS)", "beslut 2024-01-15", "2024-04-15", "väntar", "nej"]
    ]
    last = _csv(files, f"{CSV_DIR}/ivo-senaste-kvartal.csv")
    assert [row[:6] for row in last[1:]] == [
        [
            "EVB-2024-0001",
            "Daglig verksamhet (LSS)",
            "beslut 2023-12-20",
            "2024-03-20",
            "verkställt 2024-09-15",
            "nej",
        ],
        ["EVB-2024-0002", "Daglig verksamhet (LSS)", "beslut 2024-01-15", "2024-04-15", "väntar", "ja"],
    ]
    assert "Att rapportera för kv. 4 2024 (pågår)" in markdown
    assert "Att rapportera för kv. 3 2024" in markdown


def test_missed_reports_oldest_first(records: Path) -> None:
    _records(records)
    markdown, files = _page(records, "2024-11-15")
    missed = _csv(files, f"{CSV_DIR}/ivo-missade.csv")
    assert [row[:5] for row in missed[1:]] == [
        ["EVB-2024-0001", "2024-Q3", "Daglig verksamhet (LSS)", "2024-03-20", "verkställt 2024-09-15"]
    ]
    assert "Kvartalsrapporter som saknas: 1. Beslutet skulle ha rapporterats" in markdown


def test_an_interruption_counts_from_the_interruption_and_nothing_missed(records: Path) -> None:
    write(
        records,
        "ej_verkställt_beslut",
        2,
        "2024-05-20",
        postformat=2,
        lagrum="LSS",
        insats="daglig-verksamhet",
        beslutsdatum="2023-10-02",
        avbrott="2024-02-15",
        återupptagen="2024-07-01",
        avslutad="2024-07-01",
        rapporterad_ivo=["2024-Q2", "2024-Q3"],
    )
    (records / "2024" / "EVB-2024-0001.yaml").unlink()
    markdown, files = _page(records, "2024-10-15")
    last = _csv(files, f"{CSV_DIR}/ivo-senaste-kvartal.csv")
    assert [row[2:6] for row in last[1:]] == [
        ["avbrott 2024-02-15", "2024-05-15", "återupptaget 2024-07-01", "ja"]
    ]
    assert "Inga beslut ska rapporteras till IVO för kv. 4 2024." in markdown
    assert "Inga kvartalsrapporter till IVO saknades den 15 oktober 2024." in markdown


def test_the_page_writes_long_dates_that_never_break_and_the_csv_iso_dates(records: Path) -> None:
    """On the page the lists of decisions due join the day counted from and the three months in one
    cell (the long dates kept whole would not fit beside the navigation otherwise); the CSV has both."""
    _records(records)
    markdown, files = _page(records, "2024-11-15")
    nbsp = "\u00a0"
    last = markdown[markdown.index('id="lista-ivo-senaste-kvartal"') :]
    last = last[: last.index("</table>")]
    assert (
        '<tr><th scope="row">EVB-2024-0001</th><td data-label="Insats och lag">Daglig verksamhet (LSS)</td>'
        f'<td data-label="Tre månader">från beslut 20{nbsp}december{nbsp}2023 '
        f"till 20{nbsp}mars{nbsp}2024</td>"
        f'<td data-label="Läge">verkställt 15{nbsp}september{nbsp}2024</td>'
        '<td data-label="Rapporterat">nej</td></tr>'
    ) in last
    missed = markdown[markdown.index('id="lista-ivo-missade"') :]
    assert f'<td data-label="Tre månader gick ut">20{nbsp}mars{nbsp}2024</td>' in missed
    lists = [part[: part.index("</table>")] for part in markdown.split('class="kv-table kv-followup"')[1:]]
    assert len(lists) == 3
    assert not [part for part in lists if re.search(r"\d{4}-\d{2}-\d{2}", part)], "no ISO date on the page"
    assert not [part for part in lists if re.search(r"\d (januari|mars|april|september) ", part)]
    running = _csv(files, f"{CSV_DIR}/ivo-lopande-kvartal.csv")
    assert running[1][2:5] == ["beslut 2024-01-15", "2024-04-15", "väntar"]
    assert _csv(files, f"{CSV_DIR}/ivo-missade.csv")[1][3:5] == ["2024-03-20", "verkställt 2024-09-15"]


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return screenshot_folder(tmp_path_factory)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS), headless=True
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.mark.parametrize("size", WIDTHS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_ivo_lists_read_at_every_width(
    browser: Any, demo_site_internal: Path, size: tuple[int, int], shots: Path
) -> None:
    with hostcheck.serve_pages(demo_site_internal, "/") as base:
        page = browser.new_page(viewport={"width": size[0], "height": size[1]}, locale="sv-SE")
        page.goto(base + "intern/ivo-kvartal.html", wait_until="networkidle")
        found = page.evaluate(
            """() => {
                const lists = Array.from(document.querySelectorAll('.kv-followup'));
                const tables = Array.from(document.querySelectorAll('.kv-table'));
                return {
                    lists: lists.length,
                    wider: tables.filter(
                        (t) => t.querySelector('table').scrollWidth > t.clientWidth + 1).length,
                    csv: Array.from(document.querySelectorAll('.kv-table .kv-download a')).length,
                };
            }"""
        )
        assert found["lists"] == 2, "the running and the last quarter (the demo misses no report)"
        assert found["wider"] == 0, "no table is wider than the page"
        assert found["csv"] == found["lists"] + 1
        page.screenshot(path=str(shots / f"ivo-kvartal-{size[0]}.png"), full_page=True)
        page.close()


@pytest.mark.parametrize("size", WIDTHS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_public_quarter_tables_read_at_every_width(
    browser: Any, demo_site: Path, size: tuple[int, int], shots: Path
) -> None:
    with hostcheck.serve_pages(demo_site, "/") as base:
        page = browser.new_page(viewport={"width": size[0], "height": size[1]}, locale="sv-SE")
        page.goto(base + "ej-verkstallda-beslut.html", wait_until="networkidle")
        found = page.evaluate(
            """() => {
                const tables = Array.from(document.querySelectorAll('.kv-table'))
                    .filter((t) => t.id.includes('per-kvartal'));
                return {
                    ids: tables.map((t) => t.id),
                    wider: tables.filter(
                        (t) => t.querySelector('table').scrollWidth > t.clientWidth + 1).length,
                    heading: !!document.getElementById('rapporterat-till-ivo-per-kvartal'),
                    columns: Array.from(tables[0].querySelectorAll('thead th')).map((th) => th.textContent),
                };
            }"""
        )
        assert found["heading"]
        assert len(found["ids"]) == 4 and found["wider"] == 0, found
        assert found["columns"] == ["Lagrum", "kv. 4 2025", "kv. 1 2026", "kv. 2 2026", "kv. 3 2026"]
        page.locator("#rapporterat-till-ivo-per-kvartal").scroll_into_view_if_needed()
        page.screenshot(path=str(shots / f"ivo-kvartal-publik-{size[0]}.png"))
        page.close()
