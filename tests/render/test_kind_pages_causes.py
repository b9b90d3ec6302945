"""The kind pages show the causes (orsaker) of their cases, under a heading of their own after the
categories, with the table's CSV; a kind whose cases name no cause has no such section."""

from __future__ import annotations

from pathlib import Path

from kvalitet.render.kind_pages import kind_pages, page_of
from kvalitet.render.page import SiteFiles
from tests.aggregate.helpers import run, write


def _markdown(records: Path, group: str) -> str:
    files = SiteFiles()
    kind_pages(files, run(records, "2024-12-31"))
    return files.page(page_of(group)).markdown


def test_the_causes_of_a_kind_are_shown_after_its_categories(records: Path) -> None:
    write(records, "avvikelse", 2, "2024-05-02", orsaker=["stress", "mänskliga-faktorn"])
    markdown = _markdown(records, "avvikelse-sol-lss")
    heading = markdown.index("## Orsaker")
    assert markdown.index("## Kategorier") < heading < markdown.index("## Per avdelning och enhet")
    table = markdown[heading:]
    assert 'id="tabell-avvikelse-sol-lss-orsaker-per-ar"' in table
    assert "Avvikelser enligt SoL och LSS: orsaker" in table
    assert "Ingen orsak angiven" in table
    assert "data/tabeller/avvikelse-sol-lss-orsaker-per-ar.csv" in table


def test_a_kind_without_causes_has_no_causes_section(records: Path) -> None:
    write(records, "avvikelse", 2, "2024-05-02", orsaker=["stress"])
    assert "## Orsaker" not in _markdown(records, "lex_sarah")
