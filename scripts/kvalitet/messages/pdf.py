"""Texts of the PDF for the nämnd's handlingar (kvalitet.site.pdf): the title page and what can go wrong."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "pdf-title-page-label": "Försättsblad",
    "pdf-not-approved": "Förslag: ännu inte fastställd av nämnden.",
    "pdf-data-version": "Dataversion (commit): {commit}. Antal ärenden: {records}.",
    "pdf-footer": "Sida {page} av {pages}",
    "pdf-case-number": "Diarienummer: {value}",
    "pdf-meeting": "Sammanträde: {date}",
    "pdf-proposal": "Förslag till beslut",
    "pdf-contents": "Innehåll",
    "pdf-playwright-missing": (
        "Python-paketet playwright saknas, så ingen PDF kan skapas. Kör `bash scripts/installera.sh` igen."
    ),
    "pdf-chromium-missing": (
        "Webbläsaren Chromium saknas ({path}), så ingen PDF kan skapas. Installera den med "
        "`apt-get install -y chromium`."
    ),
    "pdf-page-missing": (
        "Sidan {page} finns inte i webbplatsmappen {folder}. Bygg webbplatsen med `kvalitet bygg` och "
        "kontrollera sidans namn (till exempel avvikelser-sol-lss.html)."
    ),
    "pdf-page-failed": "Sidan {page} kunde inte öppnas i webbläsaren ({detail}). Ingen PDF skapades.",
    "pdf-print-css-missing": (
        "Sidan {page} saknar utskriftsmallen {stylesheet}, så en PDF skulle få med webbplatsens meny och "
        "sidfot. Lägg till filen under extra_css i mkdocs.yml och bygg webbplatsen igen."
    ),
    "pdf-chart-error": (
        "Diagrammen {charts} på sidan {page} kunde inte ritas, så ingen PDF skapades. Kontrollera att "
        "webbplatsen är fullständigt byggd (diagramfilerna under data/diagram/ och plotly.js under "
        "assets/vendor/) och försök igen."
    ),
    "pdf-chart-timeout": (
        "Diagrammen {charts} på sidan {page} blev inte färdigritade inom {seconds} sekunder, så ingen PDF "
        "skapades. Försök igen; om det upprepas, öppna sidan i en webbläsare och se vad som hänger."
    ),
    "pdf-page-margin": (
        "Utskriftsmallen på sidan {page} ger sidmarginalen {found}, men PDF:en ritar diagrammen för "
        "{expected}: de skulle bli beskurna. Kontrollera @page i stylesheets/kvalitet-print.css och att "
        "den filen står sist under extra_css i mkdocs.yml."
    ),
    "pdf-page-out-of-range": "Sidan {page} finns inte i PDF-filen {pdf}.",
    "pdf-pdftoppm-missing": (
        "Programmet pdftoppm saknas ({path}), så PDF-sidan kan inte ritas som bild. Installera det med "
        "`apt-get install -y poppler-utils`."
    ),
    "pdf-render-failed": "Sidan {page} i {pdf} kunde inte ritas som bild ({detail}).",
}
