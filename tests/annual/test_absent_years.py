"""A report's tables keep "–" for the years a category did not exist, in the report's own columns:
never a 0, and never a "–" over a count."""

from __future__ import annotations

from pathlib import Path


def _row(demo_site: Path, name: str, label: str) -> list[str]:
    text = (demo_site / "data" / "tabeller" / f"{name}.csv").read_text("utf-8-sig")
    return next(line.split(";")[1:] for line in text.splitlines() if line.startswith(label + ";"))


def test_a_category_replaced_in_2024_is_a_dash_in_the_reports_years_after(demo_site: Path) -> None:
    """The demo's Brist i eller utebliven handläggning ended 2023-12-31 and Rättssäkerhet i
    handläggning och genomförande replaced it from 2024. The 2025 report shows 2022–2025."""
    site = "avvikelse-sol-lss-kategorier-per-ar"
    old, new = "Brist i eller utebliven handläggning", "Rättssäkerhet i handläggning och genomförande"
    assert _row(demo_site, site, old)[1:] == ["13", "22", "–", "–", "–"]  # 2022 to jan–okt 2026
    report = "berattelse-2025-avvikelser-sol-lss-kategorier"
    assert _row(demo_site, report, old) == ["13", "22", "–", "–"]
    assert _row(demo_site, report, new) == ["–", "–", *_row(demo_site, site, new)[3:5]]
    tertial = "berattelse-2026-tertial-1-avvikelser-sol-lss-kategorier"  # januari–april 2023–2026
    assert _row(demo_site, tertial, old)[1:] == ["–", "–", "–"]
    assert _row(demo_site, tertial, new)[:1] == ["–"]
    page = (demo_site / "kvalitetsberattelse" / "2025.html").read_text(encoding="utf-8")
    table = page.split(f'id="tabell-{report}">', 1)[1].split("</div>", 1)[0]
    assert "– = kategorin användes inte det året." in table
