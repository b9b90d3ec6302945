"""The kind page's avdelningar on today's organisation, with the table as it was folded under it."""

from __future__ import annotations

import re
from pathlib import Path


def _cells(table: str, label: str) -> list[str]:
    row = table.split(f'role="rowheader">{label}</th>', 1)[1].split("</tr>", 1)[0]
    return re.findall(r'<td role="cell">([^<]*)</td>', row)


def test_avdelningar_on_todays_organisation_and_as_they_were(demo_site: Path) -> None:
    """The demo lets Avdelning stöd och arbete replace Avdelning försörjning (2024): the kind page
    shows today's avdelningar first, and as the organisation was behind a summary."""
    page = (demo_site / "avvikelser-sol-lss.html").read_text(encoding="utf-8")
    section = page.split('<h2 id="per-avdelning-och-enhet">', 1)[1]
    assert section.index("avdelningar-idag-per-ar") < section.index("<details><summary>Per avdelning som")
    today = page.split('id="tabell-avvikelse-sol-lss-avdelningar-idag-per-ar">', 1)[1].split("</div>", 1)[0]
    caption = "Avvikelser enligt SoL och LSS: per avdelning och år, i dagens organisation"
    assert f"<caption>{caption}</caption>" in today
    assert 'role="rowheader">Avdelning försörjning</th>' not in today
    was = page.split('id="tabell-avvikelse-sol-lss-avdelningar-per-ar">', 1)[1].split("</div>", 1)[0]
    old, new = _cells(was, "Avdelning försörjning"), _cells(was, "Avdelning stöd och arbete")
    assert old[3:] == new[:3] == ["–", "–", "–"]  # 2021–2023 and 2024 to jan–okt 2026
    assert "– = avdelningen fanns inte det året." in was
    # today's row is the old avdelning's years and the new one's, and never a "–"
    assert _cells(today, "Avdelning stöd och arbete") == [*old[:3], *new[3:]]
    assert (
        "Raden Avdelning stöd och arbete räknar också ärendena hos Avdelning försörjning, som fanns till "
        "och med 31 december 2023 och ersattes av Avdelning stöd och arbete."
    ) in today
    assert (demo_site / "data" / "tabeller" / "avvikelse-sol-lss-avdelningar-idag-per-ar.csv").is_file()
    # the kinds that count people: only as it was
    sarah = (demo_site / "lex-sarah.html").read_text(encoding="utf-8")
    assert "lex-sarah-avdelningar-per-ar" in sarah
    assert "avdelningar-idag-per-ar" not in sarah
