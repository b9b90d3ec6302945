"""The kind pages on the law: provisions from kvalitet.yaml, and cases split by the law in force."""

from __future__ import annotations

import re
from pathlib import Path

from kvalitet.render.law_sections import law_section, provisions_paragraph
from kvalitet.render.page import PageWriter, SiteFiles
from tests.aggregate.helpers import run, write


def _text(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_lex_sarah_page_cites_the_provisions_of_each_law_from_the_configuration(demo_site: Path) -> None:
    text = _text(demo_site / "lex-sarah.html")
    assert (
        "Bestämmelserna finns i 14 kap. 2–7 §§ socialtjänstlagen (2001:453) till och med 30 juni 2025; "
        "socialtjänstlagen (2025:400) från och med 1 juli 2025 (kapitel och paragraf är ännu inte "
        "kontrollerade); lag (1993:387) om stöd och service till vissa funktionshindrade (kapitel och "
        "paragraf är ännu inte kontrollerade)."
    ) in text
    assert "Under 2025 byttes lagen" in text
    assert "Registrerade medan Socialtjänstlagen (2025:400) gällde" in text


def test_the_avvikelse_page_splits_its_cases_by_law_name(demo_site: Path) -> None:
    html = (demo_site / "avvikelser-sol-lss.html").read_text(encoding="utf-8")
    assert "Före och efter lagändringen" in html
    assert 'id="avvikelse-sol-lss-lag-per-ar"' in html or "avvikelse-sol-lss-lag-per-ar" in html
    assert "Bestämmelserna finns i" not in html  # kvalitet.yaml names no provisions for avvikelser


def test_no_split_when_no_year_shown_spans_two_laws(records: Path) -> None:
    write(records, "lex_sarah", 2, "2024-09-01")
    aggregates = run(records, "2024-12-31")
    writer = PageWriter(SiteFiles(), "lex-sarah.md", "Lex Sarah")
    law_section(writer, aggregates, aggregates.group("lex_sarah"), 2)
    provisions_paragraph(writer, aggregates, aggregates.group("lex_sarah"))
    assert writer.parts == ["# Lex Sarah"]  # tests/cases/base names no provisions either


def test_a_year_with_the_new_law_gets_the_split(records: Path) -> None:
    write(records, "lex_sarah", 2, "2025-09-01")
    aggregates = run(records, "2025-12-31")
    writer = PageWriter(SiteFiles(), "lex-sarah.md", "Lex Sarah")
    law_section(writer, aggregates, aggregates.group("lex_sarah"), 2)
    assert writer.parts[1:3] == [
        "## Före och efter lagändringen",
        "<p>Under 2025 byttes lagen: tabellen delar årets ärenden efter den lag som gällde när de "
        "registrerades.</p>",
    ]
    assert "lex-sarah-lag-per-ar" in writer.parts[3]


def test_a_page_whose_law_did_not_change_gets_no_split(records: Path) -> None:
    write(records, "avvikelse", 2, "2025-09-01", lagrum="HSL", kategorier=["fall"])
    (records / "kvalitet.yaml").write_text(
        (records / "kvalitet.yaml").read_text(encoding="utf-8")
        + "  HSL:\n    - namn: Hälso- och sjukvårdslagen (2017:30)\n",
        encoding="utf-8",
    )
    aggregates = run(records, "2025-12-31")
    writer = PageWriter(SiteFiles(), "avvikelser-hsl.md", "HSL")
    law_section(writer, aggregates, aggregates.group("avvikelse-hsl"), 2)
    assert writer.parts == ["# HSL"]
