"""Texts of the published site and its build."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "site-suppressed-note": (
        "* = färre än gränsen för små tal, eller ett tal som skulle avslöja ett sådant. "
        "Döljs för att skydda enskilda personer."
    ),
    "site-not-applicable-note": "– = inget ärende att räkna på det året.",
    "site-not-existing-note": "– = enheten fanns inte det året.",
    "site-csv-section": "Avdelning",
    "site-download-csv": "Ladda ner tabellen som CSV-fil: {title}",
    # Footer: which data the page shows
    "footer-line": "Uppgifter till och med {date} · version {commit}",
    # kvalitet bygg
    "build-stopped": (
        "Webbplatsen byggdes inte, eftersom ärendena ovan har fel. Rätta dem och kör kommandot igen."
    ),
    "build-stopped-files": (
        "Webbplatsen byggdes inte, eftersom filerna ovan har fel. Det som står i dem publiceras, så "
        "rätta dem och kör kommandot igen."
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
    # The internal build is never published (kvalitet.site.internal)
    "build-internal-published": (
        "Den interna webbplatsen byggs inte i {folder}: den mappen är, eller ligger i, {published}, som "
        "publiceras (den publika webbplatsens mapp eller en mapp som CI-mallarna publicerar). Den interna "
        "versionen visar enskilda ärenden och får aldrig publiceras. Bygg den i en egen mapp, till exempel "
        "public-intern (standard med --intern)."
    ),
    "build-public-into-internal": (
        "Den publika webbplatsen byggs inte i {folder}: där finns en intern version (markeringen {marker}). "
        "Bygg den publika webbplatsen i en egen mapp, till exempel public, eller ta bort den interna "
        "versionen först om den inte behövs."
    ),
    "build-public-has-marker": (
        "Den publika webbplatsen innehåller markeringen för en intern version ({marker}), och publiceras "
        "därför inte. Ta bort filen ur site/ och bygg igen."
    ),
    "internal-marker-text": (
        "Den här mappen är den INTERNA versionen av kvalitetswebbplatsen (kvalitet bygg --intern). Den "
        "visar enskilda ärenden och får aldrig publiceras. Filen gör att kvalitet bygg och "
        "publiceringsstegen i CI vägrar att publicera mappen."
    ),
    "publish-check-ok": "{folder} innehåller ingen intern version och kan publiceras.",
    "publish-check-internal": (
        "{folder} publiceras inte: där finns en intern version av webbplatsen (markeringen {marker}). "
        "Den interna versionen visar enskilda ärenden och får aldrig publiceras. Bygg den publika "
        "webbplatsen med kvalitet bygg records --ut {folder}, utan --intern."
    ),
    "publish-check-missing": "{folder} finns inte. Bygg webbplatsen först med kvalitet bygg.",
    "publish-check-usage": "Ange mappen som ska publiceras: python -m kvalitet.site.internal public",
    "build-engine-missing": (
        "Motorn {engine} finns inte installerad, så webbplatsen kan inte byggas med den. Installera den "
        "(pip install {engine}) eller bygg utan --motor."
    ),
    "build-engine-failed": "Webbplatsen kunde inte byggas med {engine}. Den säger:\n{details}",
    # kvalitet bygg --versioner
    "versions-title": "Kvalitet i socialtjänsten",
    "versions-link": "Till den senaste versionen av webbplatsen",
    "versions-latest": "Senaste uppgifterna (inte fastställda)",
    "versions-no-404": (
        "Sidan {path} saknar sökningen efter webbplatsens rot. Bygg om med projektets site/overrides."
    ),
    "versions-approved": "{title}, fastställd {date}",
    "versions-failed": "Versionen för den fastställda berättelsen {report} kunde inte byggas (se ovan).",
    "versions-done": (
        "Webbplatsen med alla versioner är byggd i {folder}: {count} versioner, och versions.json."
    ),
}
