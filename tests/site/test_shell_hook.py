"""The MkDocs hook of the site shell (kvalitet.site.shell_hook): meta descriptions, search exclusion of the
tables, report boosts."""

from __future__ import annotations

from kvalitet.site import shell_hook as shell


def test_description_is_the_first_paragraph_with_words() -> None:
    html = '<h1>X</h1><p class="kv-lead">Exempelby kommun &amp; <a href="a.html">nämnden</a>. Siffror.</p>'
    assert shell.description(html, "X", "Site") == "Exempelby kommun & nämnden . Siffror."


def test_a_long_description_is_cut_at_a_word() -> None:
    text = " ".join(["ordet"] * 60)
    found = shell.description(f"<p>{text}</p>", "X", "Site")
    assert len(found) <= shell.DESCRIPTION_LENGTH and found.endswith("ordet…")


def test_a_page_without_paragraph_gets_its_title() -> None:
    assert shell.description("<table></table>", "Trender", "Kvalitet i socialtjänsten") == (
        "Trender: Kvalitet i socialtjänsten. Statistik och kvalitetsarbete i socialtjänsten."
    )


def test_tables_and_their_boxes_are_left_out_of_search() -> None:
    html = (
        '<p>Text</p><figure class="kv-chart"></figure><details><summary>Visa tabellen</summary>'
        '<div class="kv-table" id="t"><table></table></div></details><div class="kv-table kv-followup">'
    )
    assert shell.without_tables_in_search(html) == (
        '<p>Text</p><figure class="kv-chart"></figure><details data-search-exclude="ja"><summary>'
        'Visa tabellen</summary><div data-search-exclude="ja" class="kv-table" id="t"><table></table>'
        '</div></details><div data-search-exclude="ja" class="kv-table kv-followup">'
    )


def test_newer_reports_weigh_more_in_search_and_none_more_than_other_pages() -> None:
    boosts = [shell.search_boost(f"kvalitetsberattelse/{year}.md", 2025) for year in (2021, 2024, 2025)]
    assert boosts == [0.522, 0.85, 1]
    assert shell.search_boost("kvalitetsberattelse/2026-tertial-1.md", 2025) == 1
    assert shell.search_boost("index.md", 2026) is None
    assert shell.search_boost("kvalitetsberattelse/index.md", 2026) is None
