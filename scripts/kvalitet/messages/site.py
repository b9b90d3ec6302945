"""Texts of the published site and its build."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "site-suppressed-note": (
        "* = färre än gränsen för små tal, eller ett tal som skulle avslöja ett sådant. "
        "Döljs för att skydda enskilda personer."
    ),
    "site-not-applicable-note": "– = inget ärende att räkna på det året.",
    "site-csv-section": "Avdelning",
    "site-download-csv": "Ladda ner tabellen som CSV-fil: {title}",
    # Footer: which data the page shows
    "footer-as-of": "Uppgifter till och med",
    "footer-records": "Antal ärenden",
    "footer-commit": "Dataversion (commit)",
    "footer-commit-date": "Versionens datum",
    "footer-built": "Byggd",
    "footer-unknown": "okänt",
    # kvalitet bygg
    "build-stopped": (
        "Webbplatsen byggdes inte, eftersom ärendena ovan har fel. Rätta dem och kör kommandot igen."
    ),
    "build-done": (
        "Webbplatsen är byggd i {folder}: {pages} sidor av {records} ärenden, uppgifter till och med {date}."
    ),
    "build-done-internal": (
        "Den interna webbplatsen är byggd i {folder}: {pages} sidor av {records} ärenden, uppgifter till "
        "och med {date}. Den visar enskilda ärenden och får inte publiceras."
    ),
    "build-need-date": (
        "Ärendemappen ligger inte i ett git-förråd, så det finns inget datum att räkna status från. "
        "Ange datumet med --per ÅÅÅÅ-MM-DD."
    ),
    "build-no-records": (
        "Hittar ingen organisation.yaml i {folder} eller mapparna ovanför. Ange ärendemappen, "
        "till exempel records."
    ),
    "build-approvals-elsewhere": (
        "Obs: de fastställda berättelserna i site/berattelse/faststallda.yaml används inte i det här "
        "bygget, eftersom ärendena i {folder} inte ligger i samma Git-förråd som webbplatsen. "
        "Berättelserna visas som utkast."
    ),
    "build-locked": (
        "Ett annat bygge skriver redan i {folder}. Vänta tills det är klart och kör kommandot igen."
    ),
    "build-no-mkdocs": "Hittar inte mkdocs.yml i {folder}. Kör kommandot i projektets mapp.",
    "build-out-not-folder": "{folder} är en fil. Ange en mapp att bygga webbplatsen i, till exempel public.",
    "build-out-protected": (
        "Webbplatsen byggs inte i {folder}: mappen töms före bygget och innehåller projektets egna filer. "
        "Ange en egen mapp, till exempel public."
    ),
    "build-page-clash": (
        "Sidan {path} har samma namn som en sida som byggs fram ur ärendena. Byt namn på den skrivna sidan."
    ),
    "build-mkdocs-failed": "Webbplatsen kunde inte byggas. MkDocs säger:\n{details}",
    "build-engine-missing": (
        "Motorn {engine} finns inte installerad, så webbplatsen kan inte byggas med den. Installera den "
        "(pip install {engine}) eller bygg utan --motor."
    ),
    "build-engine-failed": "Webbplatsen kunde inte byggas med {engine}. Den säger:\n{details}",
    # kvalitet bygg --versioner
    "versions-title": "Kvalitet i socialtjänsten",
    "versions-link": "Till den senaste versionen av webbplatsen",
    "versions-latest": "Senaste",
    "versions-approved": "{title}, fastställd {date}",
    "versions-failed": "Versionen för den fastställda berättelsen {report} kunde inte byggas (se ovan).",
    "versions-done": (
        "Webbplatsen med alla versioner är byggd i {folder}: {count} versioner, och versions.json."
    ),
}
