"""Texts of the site's vendor files (plotly.js, its Swedish locale, axe-core) and of the browser check."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "assets-npm-missing": (
        "Programmet npm saknas, så {package} {version} kan inte hämtas. Installera Node.js med npm "
        "(till exempel `apt-get install -y npm`) och kör sedan `python -m kvalitet.site.assets` igen."
    ),
    "assets-npm-failed": (
        "npm kunde inte hämta {package} {version} (slutkod {code}). Kontrollera nätverket och kör "
        "`python -m kvalitet.site.assets` igen. Meddelandet från npm: {detail}"
    ),
    "assets-integrity-mismatch": (
        "Paketet {package} {version} stämmer inte med den kontrollsumma som står i kvalitet/assets.py "
        "(väntad {expected}, fick {actual}). Filen används inte. Kontrollera varifrån npm hämtar paket; "
        "byt bara kontrollsumman om ni medvetet har bytt version."
    ),
    "assets-file-mismatch": (
        "Filen {file} ur {package} {version} stämmer inte med den väntade kontrollsumman och används inte. "
        "Ta bort mappen {cache} och kör `python -m kvalitet.site.assets` igen."
    ),
    "assets-member-missing": (
        "Filen {member} finns inte i paketet {package} {version}. Versionen i kvalitet/assets.py "
        "passar inte ihop med filnamnet."
    ),
    "assets-fetching": "Hämtar {package} {version} med npm ...",
    "assets-ready": "Webbplatsens externa filer finns och är kontrollerade i {cache}.",
    "assets-usage": "Användning: python -m kvalitet.site.assets [MAPP]  (standard: .cache/vendor)",
    "sitecheck-playwright-missing": (
        "Python-paketet playwright saknas, så sidorna kan inte kontrolleras i en webbläsare. "
        "Kör `bash scripts/installera.sh` igen."
    ),
    "sitecheck-chromium-missing": (
        "Webbläsaren Chromium saknas ({path}). Installera den med `apt-get install -y chromium`."
    ),
    "sitecheck-no-pages": "Inga HTML-sidor hittades i {folder}. Har webbplatsen byggts?",
    "sitecheck-usage": (
        "Användning: python -m kvalitet.site.browsercheck WEBBPLATSMAPP [MAPP_FÖR_SKÄRMBILDER]"
    ),
    "sitecheck-console-error": "fel i webbläsarens konsol: {text}",
    "sitecheck-page-error": "fel i sidans skript: {text}",
    "sitecheck-external-request": "försök att hämta från en annan webbplats (stoppat): {url}",
    "sitecheck-failed-request": "kunde inte hämtas: {url}",
    "sitecheck-plots": "diagram som ritades: {rendered} av {plots}",
    "sitecheck-axe": "tillgänglighetsbrist ({impact}) {rule}: {help} [{targets}]",
    "sitecheck-page-ok": "i ordning",
    "sitecheck-page-problems": "{count} problem",
}
