"""The internal follow-up page: open cases per kind and the actions not followed up, from real records
(a copy of tests/cases/base plus records written here), rendered as the internal build renders it."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kvalitet.render import internal_pages
from kvalitet.render.page import SiteFiles
from kvalitet.site import hostcheck
from kvalitet.site.browsercheck import CHROMIUM, CHROMIUM_ARGS
from tests.aggregate.helpers import load, run, write
from tests.site.test_hosting import WIDTHS, screenshot_folder

ACTION = {"beskrivning": "Rutinen gicks igenom.", "nivå": "enhet", "klar": "2024-05-01"}


def _page(records: Path, as_of: str) -> tuple[str, SiteFiles]:
    cases, reference = load(records)
    aggregates = run(records, as_of)
    files = SiteFiles()
    internal_pages.internal_pages(files, aggregates, cases, reference)
    return files.page(internal_pages.PATH).markdown, files


def _csv(files: SiteFiles, name: str) -> list[list[str]]:
    raw = files.files[f"{internal_pages.CSV_DIR}/{name}.csv"]
    assert raw.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_open_cases_once_each_longest_first_with_days_risk_and_overdue(records: Path) -> None:
    above = {"allvarlighetsgrad": 3, "sannolikhet": 4}
    write(records, "avvikelse", 2, "2024-09-01", risk=above, utredning={"påbörjad": "2024-09-02"})
    write(records, "avvikelse", 3, "2024-12-01", risk={"allvarlighetsgrad": 2, "sannolikhet": 2})
    markdown, files = _page(records, "2024-12-31")
    rows = _csv(files, "oppna-avvikelse-sol-lss")
    assert rows[0] == [
        "Ärende",
        "Registrerat",
        "Dagar öppet",
        "Över 90 dagar",
        "Riskvärde",
        "Status",
        "Enhet",
        "Sammanfattning",
    ]
    assert [row[:6] for row in rows[1:]] == [
        ["AVV-2024-0002", "2024-09-01", "121", "Ja", "12, över 8", "Under utredning"],
        ["AVV-2024-0003", "2024-12-01", "30", "", "4", "Registrerad"],
    ]
    assert markdown.count(">AVV-2024-0002</th>") == 1
    assert "Av de öppna ärendena har 1 av 2 (50\u00a0%) varit öppna mer än 90 dagar." in markdown
    assert '<td class="kv-number" data-label="Dagar öppet">121</td>' in markdown
    # The CSV keeps the ISO date; the page writes it the Swedish way, never broken inside.
    assert '<td class="kv-date" data-label="Registrerat">1\u00a0sep\u00a02024</td>' in markdown
    assert "2024-09-01" not in markdown


def test_actions_not_followed_up_with_case_unit_and_due_date(records: Path) -> None:
    followed = {**ACTION, "uppföljd": "2024-07-01"}
    write(records, "avvikelse", 2, "2024-04-20", avslutad="2024-05-01", åtgärder=[ACTION, followed])
    markdown, files = _page(records, "2024-12-31")
    rows = _csv(files, "atgarder-ej-uppfoljda")
    assert rows[0] == [
        "Ärende",
        "Slag",
        "Enhet",
        "Uppföljning senast",
        "Dagar sedan dess",
        "Klar",
        "Åtgärd",
    ]
    # AVV-2024-0001 (tests/cases/base): done 2024-04-02, due 2024-07-01; AVV-2024-0002's first action.
    assert rows[1:] == [
        [
            "AVV-2024-0001",
            "Avvikelser enligt SoL och LSS",
            "Barn och unga 1",
            "2024-07-01",
            "183",
            "2024-04-02",
            "Rutinen för informationsöverföring gicks igenom på APT.",
        ],
        [
            "AVV-2024-0002",
            "Avvikelser enligt SoL och LSS",
            "Vuxna",
            "2024-07-30",
            "154",
            "2024-05-01",
            "Rutinen gicks igenom.",
        ],
    ]
    assert "har 2 av 3 (67\u00a0%) inte följts upp" in markdown
    assert '<td class="kv-date" data-label="Uppföljning senast">30\u00a0juli\u00a02024</td>' in markdown
    assert '<td class="kv-date" data-label="Klar">2\u00a0apr\u00a02024</td>' in markdown


MOVED = """åtgärder:
  - beskrivning: En gemensam rutin skrivs.
    nivå: förvaltning
    uppföljning_planerad: 2024-06-01
    flyttad:
      - datum: 2024-10-01
        skäl: Arbetet har dragit ut på tiden.
  - beskrivning: Ny checklista.
    nivå: enhet
    klar: 2024-05-01
    uppföljning_planerad: 2025-02-01
"""


def test_a_planned_and_moved_follow_up_is_due_on_its_last_day(records: Path) -> None:
    id = write(records, "avvikelse", 2, "2024-04-20", postformat=2)
    path = records / "2024" / f"{id}.yaml"
    path.write_text(path.read_text(encoding="utf-8") + MOVED, encoding="utf-8")
    markdown, files = _page(records, "2024-12-31")
    rows = _csv(files, "atgarder-ej-uppfoljda")
    # The checklist is planned for February 2025: not yet due, though done more than 90 days ago.
    assert [row[0] for row in rows[1:]] == ["AVV-2024-0001", "AVV-2024-0002"]
    assert rows[2] == [
        "AVV-2024-0002",
        "Avvikelser enligt SoL och LSS",
        "Vuxna",
        "2024-10-01",
        "91",
        "ej klar",
        "En gemensam rutin skrivs. Dagen för uppföljningen var planerad och har flyttats en gång, med "
        "skälet: Arbetet har dragit ut på tiden.",
    ]
    assert '<td data-label="Klar">ej klar</td>' in markdown
    assert "har 2 av 2 (100\u00a0%) inte följts upp" in markdown


def test_the_overview_counts_the_same_actions(records: Path) -> None:
    write(records, "avvikelse", 2, "2024-04-20", avslutad="2024-05-01", åtgärder=[ACTION])
    aggregates = run(records, "2024-12-31")
    item = next(item for item in aggregates.overview.items if item.group == "avvikelse-sol-lss")
    _, files = _page(records, "2024-12-31")
    assert (item.actions_not_followed_up, item.actions_due) == (2, 2)
    assert len(_csv(files, "atgarder-ej-uppfoljda")) - 1 == item.actions_not_followed_up


def test_no_open_case_and_no_action_say_so(records: Path) -> None:
    markdown, files = _page(records, "2025-06-30")
    assert "Alla åtgärder som skulle ha följts upp den 30 juni 2025 har följts upp." in markdown
    assert f"{internal_pages.CSV_DIR}/atgarder-ej-uppfoljda.csv" not in files.files
    assert dt.date(2025, 6, 30) > dt.date(2024, 4, 2) + dt.timedelta(days=365)


DATED = "uppföljning_dagar:\n  - värde: 90\n    till: 2024-06-30\n  - värde: 30\n    från: 2024-07-01\n"
LIMITS = "90 dagar till och med 30 juni 2024 och 30 dagar från och med 1 juli 2024"


def test_a_changed_follow_up_time_is_named_with_each_value(records: Path) -> None:
    policy = records / "kvalitet.yaml"
    policy.write_text(policy.read_text(encoding="utf-8") + DATED, encoding="utf-8")
    # Open since 10 July (53 days, past the 30 days then in force); done 30 June (63 days, under 90).
    write(records, "synpunkt", 2, "2024-07-10")
    write(records, "avvikelse", 2, "2024-06-20", åtgärder=[{**ACTION, "klar": "2024-06-30"}])
    markdown, files = _page(records, "2024-09-01")
    rows = _csv(files, "oppna-synpunkt")
    assert rows[0][3] == "Över tiden"
    assert [(row[0], row[3]) for row in rows[1:]] == [("SYN-2024-0001", ""), ("SYN-2024-0002", "Ja")]
    assert (
        "Av de öppna ärendena har 1 av 2 (50\u00a0%) varit öppna längre än den tid som gällde den dag de "
        f"registrerades ({LIMITS})." in markdown
    )
    assert [row[0] for row in _csv(files, "atgarder-ej-uppfoljda")[1:]] == ["AVV-2024-0001"]
    assert f"om ingen dag är planerad, inom den tid som gällde den dag den blev klar ({LIMITS})." in markdown


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
def test_the_follow_up_lists_read_at_every_width(
    browser: Any, demo_site_internal: Path, size: tuple[int, int], shots: Path
) -> None:
    with hostcheck.serve_pages(demo_site_internal, "/") as base:
        page = browser.new_page(viewport={"width": size[0], "height": size[1]}, locale="sv-SE")
        page.goto(base + "intern/arenden.html", wait_until="networkidle")
        found = page.evaluate(
            """() => {
                const tables = Array.from(document.querySelectorAll('.kv-followup'));
                const ids = Array.from(document.querySelectorAll('.kv-followup th[scope=row]'));
                const texts = Array.from(document.querySelectorAll('.kv-followup tr.kv-text td'));
                return {
                    tables: tables.length,
                    wider: tables.filter(
                        (t) => t.querySelector('table').scrollWidth > t.clientWidth + 1).length,
                    idLines: Math.max(...ids.map((th) => {
                        const range = document.createRange();
                        range.selectNodeContents(th);
                        return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
                    })),
                    textAlign: getComputedStyle(texts[0]).textAlign,
                    csv: Array.from(document.querySelectorAll('.kv-followup .kv-download a')).length,
                };
            }"""
        )
        assert found["tables"] >= 5 and found["csv"] == found["tables"]
        assert found["wider"] == 0, "no list is wider than the page"
        assert found["idLines"] == 1, "every case id on one line"
        assert found["textAlign"] in ("left", "start")
        page.locator("#lista-atgarder-ej-uppfoljda").scroll_into_view_if_needed()
        page.screenshot(path=str(shots / f"uppfoljning-{size[0]}.png"))
        page.close()
