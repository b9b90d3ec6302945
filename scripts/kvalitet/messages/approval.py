"""Texts of an approved report and of a report's text file: what changed after the approval, the
sections not yet written, and the front matter of the text (kvalitet.annual.approvals, .narrative)."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "report-drift-records": (
        "Sedan berättelsen fastställdes har {clauses} bland periodens ärenden. Här visas siffrorna som "
        "nämnden fastställde; de aktuella finns på sidorna för varje slag av ärende."
    ),
    "report-drift-added": "{count} tillkommit",
    "report-drift-changed": "{count} ändrats",
    "report-drift-removed": "{count} tagits bort",
    "report-drift-none": "Periodens ärenden har inte ändrats sedan berättelsen fastställdes.",
    "report-drift-text": (
        "Texten har ändrats efter fastställandet: {lines} i förvaltningens arbetsversion skiljer sig från "
        "den fastställda. Här visas texten som nämnden fastställde."
    ),
    "report-drift-text-line": "en rad",
    "report-drift-text-lines": "{count} rader",
    "report-drift-text-gone": (
        "Texten har ändrats efter fastställandet: förvaltningens arbetsversion finns inte längre. Här "
        "visas texten som nämnden fastställde."
    ),
    "report-drift-text-new": (
        "Texten har skrivits efter fastställandet; nämnden fastställde berättelsen utan egen text, och "
        "så visas den här."
    ),
    # Markdown, for `kvalitet diff`.
    "report-touched": (
        "Ändringen rör **{title}**, som är {approval}: {what}. Den fastställda berättelsen och dess PDF "
        "förblir som nämnden fastställde dem, och berättelsens sida kommer att säga att underlaget har "
        "ändrats efter fastställandet."
    ),
    "report-touched-records": "{count} för perioden",
    "report-touched-text": "texten ({path})",
    "approve-bad-report": (
        "{report} är ingen berättelse. Skriv året (2025), halvåret (2025-halvar) eller kvartalet "
        "(2025-kvartal-1), som i filnamnet under site/berattelse/."
    ),
    "approve-bad-paragraph": 'Paragrafen skrivs som i protokollet, till exempel "§ 43", inte {paragraph}.',
    "approve-already": (
        "Berättelsen {report} är redan fastställd i {file}. En berättelse fastställs en gång; ett nytt "
        "beslut om samma berättelse kräver att den gamla raden och arkivet tas bort för hand."
    ),
    "approve-done": (
        "{title} är fastställd ({approval}) och arkiverad i {folder}. Gör en commit av arkivet och "
        "site/berattelse/faststallda.yaml; från och med då visas berättelsen alltid så."
    ),
    "archive-exists": (
        "Mappen {folder} finns redan och är inte tom. Ta bort den om berättelsen ska arkiveras på nytt."
    ),
    "archive-unreadable": (
        "Arkivet för en fastställd berättelse i {folder} går inte att läsa (sida.md och utskrift.json "
        "ska finnas som kvalitet faststall skrev dem). Hämta mappen ur Git-historiken: git checkout -- "
        "{folder}"
    ),
    "cli-approve-help": (
        "Skriv in nämndens beslut om en berättelse och arkivera berättelsen som den fastställdes: "
        "ärendena och texten från en viss commit (standard: HEAD)."
    ),
    "cli-approve-report": "berättelsen: året (2025), 2025-halvar eller 2025-kvartal-1",
    "cli-approve-date": "dagen då nämnden fastställde berättelsen (ÅÅÅÅ-MM-DD)",
    "cli-approve-paragraph": 'paragrafen i protokollet, till exempel "§ 43"',
    "cli-approve-commit": "den commit vars ärenden och text nämnden fick (standard: HEAD)",
    "cli-approve-follow-up": "dagen då status räknades (standard: sista dagen i månaden efter perioden)",
    "report-missing-sections": "Avsnitt som inte är skrivna än och därför inte visas: {sections}.",
    "report-missing-part": "{heading} (delvis)",
    "report-front-matter-unknown": (
        "{source}:{line}: fältet finns inte. Överst i berättelsens text (mellan raderna ---) kan stå: "
        "{known}."
    ),
    "report-front-matter-text": (
        "{source}:{line}: {field} ska vara en text på samma rad, till exempel diarienummer: SN 2026/14."
    ),
    "report-front-matter-date": (
        "{source}:{line}: sammanträde ska vara ett datum skrivet ÅÅÅÅ-MM-DD, till exempel 2026-03-17."
    ),
    "report-text-unreadable": (
        "Texten {source} i commit {commit}, som den fastställda berättelsen {report} bygger på, är inte "
        "UTF-8 och kan inte läsas. Kontrollera att rätt commit står i faststallda.yaml."
    ),
}
