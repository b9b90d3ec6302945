"""The kind pages of the demo site: channel and sender of klagomål and synpunkter with their totals
(small counts hidden), the IMY assessment and the 72-hour assumption, IVO's requests for komplettering."""

from __future__ import annotations

import html
import re
from pathlib import Path


def _section(page: str, table_id: str) -> str:
    """The text of the table `table_id` and its notes, tags removed."""
    start = page.index(f'id="tabell-{table_id}"')
    end = page.index("Ladda ner tabellen", start)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page[start:end])))


def test_feedback_page_shows_channels_and_senders_with_totals(demo_site: Path) -> None:
    page = (demo_site / "klagomal-och-synpunkter.html").read_text(encoding="utf-8")
    assert page.count(">Hur de kom in och från vem<") == 2  # klagomål and synpunkter
    for group in ("klagomal", "synpunkt"):
        for table in ("kanal", "avsandare"):
            text = _section(page, f"{group}-{table}-per-ar")
            assert " Totalt " in text
            csv = (demo_site / "data" / "tabeller" / f"{group}-{table}-per-ar.csv").read_text("utf-8-sig")
            assert csv.splitlines()[-1].startswith("Totalt;")
    senders = _section(page, "klagomal-avsandare-per-ar")
    assert "Remiss från IVO" in senders
    assert "räknas som remiss från den myndigheten" in senders
    # Small counts are hidden as kön is: no count from 1 to 4 is shown in these tables.
    for group in ("klagomal", "synpunkt"):
        for table in ("kanal", "avsandare"):
            csv = (demo_site / "data" / "tabeller" / f"{group}-{table}-per-ar.csv").read_text("utf-8-sig")
            cells = [cell for line in csv.splitlines()[1:] for cell in line.split(";")[1:]]
            assert "*" in cells
            assert not {"1", "2", "3", "4"} & set(cells)


def test_incident_page_shows_the_imy_assessment_and_the_assumption(demo_site: Path) -> None:
    page = (demo_site / "personuppgiftsincidenter.html").read_text(encoding="utf-8")
    imy = _section(page, "personuppgiftsincident-imy-per-ar")
    assert (
        "Där upptäckten är antecknad som en dag utan klockslag räknas de 72 timmarna från dagens början "
        "(kl. 00.00)."
    ) in imy
    assessment = _section(page, "personuppgiftsincident-imy-bedomning-per-ar")
    for label in ("Bedömd anmälningspliktig", "Bedömd ej anmälningspliktig", "Ingen bedömning antecknad"):
        assert label in assessment


def test_lex_sarah_page_shows_ivos_requests_for_komplettering(demo_site: Path) -> None:
    page = (demo_site / "lex-sarah.html").read_text(encoding="utf-8")
    text = _section(page, "lex-sarah-ivo-komplettering-per-ar")
    assert "Lex Sarah: IVO:s begäran om komplettering av de anmälda ärendena" in text
    for label in ("Begärd och skickad", "Begärd, inte skickad ännu", "Ingen begäran om komplettering"):
        assert label in text
