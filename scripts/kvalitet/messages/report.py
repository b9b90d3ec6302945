"""Texts of the kvalitetsberättelse: titles, the generated prose, markers and approval.

Counts arrive already in words where the grammar needs it ("inga avvikelser", "en avvikelse", "två
avvikelser": see kvalitet.annual.words). Templates whose result is Markdown say so.
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "report-variation": "Styrdiagrammet, antal per månad till och med {month}: {verdict}",
    "report-variation-between": "Styrdiagrammet, dagar mellan ärendena till och med {month}: {verdict}",
    "nav-reports": "Kvalitetsberättelse",
    "report-title-year": "Kvalitetsberättelse {year}",
    "report-title-interim": "Delårsrapport {period}",
    "report-index-title": "Kvalitetsberättelser och delårsrapporter",
    "report-index-lead": (
        "Kvalitetsberättelsen redovisar varje år hur kvalitetsarbetet har bedrivits, vad som har gjorts och "
        "vad det har gett. Alla siffror räknas fram ur ärendena; förvaltningen skriver texten runt dem."
    ),
    # Markdown: one list item per report.
    "report-index-item": "- [{title}]({link}): {kind}. {status}",
    "report-kind-year": "helår",
    "report-kind-interim": "delår",
    "report-draft-short": "Inte fastställd.",
    "report-lead": (
        "{municipality}, {board}. Berättelsen gäller {period}. Status och öppna ärenden redovisas som de "
        "var vid uppföljningen den {date}."
    ),
    "report-draft": (
        "Utkast: berättelsen är inte fastställd av nämnden, och siffrorna ändras om ärendena ändras."
    ),
    # HTML (MkDocs checks Markdown links, and the PDF is written after the MkDocs build).
    "report-pdf-link": (
        '<p class="kv-download"><a href="{link}">Ladda ner {title} som PDF</a> (för nämndens handlingar).</p>'
    ),
    "report-pdf-period": "Gäller {period}. Status vid uppföljningen den {date}.",
    "report-approved": "Fastställd av socialnämnden den {date}, {paragraph}.",
    "report-approval-twice": (
        "Berättelsen {report} är fastställd två gånger. Ta bort den ena raden: en berättelse "
        "fastställs en gång."
    ),
    "report-approval-invalid": (
        "Ärendena i commit {commit}, som den fastställda berättelsen {report} bygger på, har {count} fel "
        "enligt dagens kontroll. Kontrollera att rätt commit står i faststallda.yaml."
    ),
    "report-changes-none": "Ärendena för perioden har inte ändrats sedan berättelsen fastställdes.",
    "report-changes": (
        "Sedan berättelsen fastställdes har ärendena för "
        "perioden ändrats: {added} tillagda, {changed} ändrade "
        "och {removed} borttagna. Siffrorna här är de fastställda; de aktuella finns på sidorna för varje "
        "slag av ärende."
    ),
    # Markdown: an admonition.
    "report-no-text": (
        '!!! info "Texten är inte skriven än"\n'
        "    Siffrorna, tabellerna och diagrammen är klara. Förvaltningens text skrivs i filen `{path}`; "
        "utgå från rubrikerna nedan."
    ),
    # Markdown: an admonition.
    "report-to-write": '!!! note "Att skriva"\n    Det här avsnittet skrivs av förvaltningen i `{path}`.',
    "report-template-source": "mallen för kvalitetsberättelsen",
    "report-unknown-marker": (
        "{source}:{line}: markeringen {marker} finns inte. Använd någon av: {known}, "
        "eventuellt med .{parts} efter namnet (till exempel {{{{ avvikelser-sol-lss.text }}}})."
    ),
    # Section titles
    "report-section-synpunkter-och-klagomal": "Synpunkter och klagomål",
    "report-section-avvikelser-sol-lss": "Avvikelser enligt SoL och LSS",
    "report-section-avvikelser-hsl": "Avvikelser enligt HSL",
    "report-section-avvikelser-samverkan": "Avvikelser i samverkan",
    "report-section-lex-sarah": "Lex Sarah",
    "report-section-personuppgiftsincidenter": "Personuppgiftsincidenter",
    "report-section-lex-maja": "Lex Maja",
    "report-section-ej-verkstallda-beslut": "Ej verkställda beslut",
    # Prose
    "report-law-avvikelser-sol-lss": "enligt SoL och LSS",
    "report-law-avvikelser-hsl": "enligt HSL",
    "report-law-avvikelser-samverkan": "i samverkan med regionen",
    "report-deviations": "Under {period} rapporterades {count} {law}{comparison}.",
    "report-top-categories": "De vanligaste kategorierna var {items}.",
    "report-top-categories-one": "Den vanligaste kategorin var {items}.",
    "report-top-reasons": "De vanligaste skälen var {items}.",
    "report-top-reasons-one": "Det vanligaste skälet var {items}.",
    "report-direction": "Av dem var {incoming} inkommande från regionen och {outgoing} utgående.",
    "report-feedback": "Under {period} kom {complaints} och {views} in, sammanlagt {total}{comparison}.",
    "report-feedback-answered": "Av de {of} fick {count} dokumenterad återkoppling ({share}).{days}",
    "report-feedback-days": " Mediantiden till återkoppling var {days} dagar.",
    "report-lex-sarah": "Under {period} kom {count} in{comparison}.",
    "report-lex-sarah-assessed": (
        "Av dem bedömdes {serious} som missförhållande eller allvarligt missförhållande och {risk} som "
        "påtaglig risk för ett sådant."
    ),
    "report-lex-sarah-ivo": "Till IVO anmäldes {reported}.",
    "report-personuppgiftsincidenter": "Under {period} registrerades {count}{comparison}.",
    "report-lex-maja": "Under {period} gjordes {count}{comparison}.",
    "report-ej-verkstallda-beslut": "Under {period} registrerades {count}{comparison}.",
    "report-decisions-law": "Av dem gällde {sol} beslut enligt SoL och {lss} enligt LSS.",
    "report-incidents-imy-none": "Ingen anmäldes till Integritetsskyddsmyndigheten (IMY).",
    "report-risk-unassessed": "Ingen av avvikelserna hade någon riskbedömning.",
    # --- Delårsrapporter: the periods and how a report's tables and charts name them
    # (kvalitet.annual.periods, kvalitet.annual.model). A part of a year is named by its months.
    "period-months": "{first}–{last}",
    "period-window-year": "{window} {year}",
    # A delårsrapport's tables: their titles and notes name the period instead of years
    # (kvalitet.annual.model.INTERIM_TEXTS; {period} is e.g. "januari–augusti 2024–2026").
    "interim-years": "{first}–{last}",
    "interim-period": "{window} {years}",
    "interim-title-counts": "{group}: antal, {period}",
    "interim-title-categories": "{group}: kategorier, {period}",
    "interim-title-combined-feedback": "Klagomål och synpunkter: kategorier, {period}",
    "interim-title-units": "{group}: per enhet, {period}",
    "interim-title-departments": "{group}: per avdelning, {period}",
    "interim-title-status": "{group}: status den {date} för ärenden registrerade {period}",
    "interim-title-risk-level": "{group}: riskvärde, {period}",
    "interim-title-harm": "{group}: skada, {period}",
    "interim-title-direction": "{group}: inkommande och utgående, {period}",
    "interim-title-assessment": "{group}: bedömning, {period}",
    "interim-title-ivo": "{group}: anmälda till IVO, {period}",
    "interim-title-imy": "{group}: anmälda till IMY, {period}",
    "interim-title-action-plan": "{group}: handlingsplan, {period}",
    "interim-title-reported-to": "{group}: anmälda till myndighet, {period}",
    "interim-title-law": "{group}: SoL och LSS, {period}",
    "interim-title-insats": "{group}: insats, {period}",
    "interim-note-several-categories": (
        "Ett ärende kan ha mer än en kategori. Därför blir summan av raderna större än antalet "
        "ärenden. {period_year}: antal ärenden {cases}, antal kategorier sammanlagt {marks}."
    ),
    "interim-note-several-reasons": (
        "Ett beslut kan ha mer än ett skäl. Därför blir summan av raderna större än antalet "
        "beslut. {period_year}: antal beslut {cases}, antal skäl sammanlagt {marks}."
    ),
    "interim-note-ivo-decision": (
        "Tabellen gäller de ärenden som har anmälts till IVO, efter den period då ärendet registrerades."
    ),
    "interim-title-imy-assessment": "{group}: bedömning av anmälan till IMY, {period}",
    "interim-note-imy-assessment": (
        "Bedömningen av om incidenten skulle anmälas till IMY, som den antecknats i ärendet, efter den "
        "period då ärendet registrerades."
    ),
    "interim-note-ivo-completion": (
        "Tabellen gäller de ärenden som har anmälts till IVO, efter den period då ärendet registrerades. "
        "Begärd och skickad: varje komplettering som IVO begärt har skickats."
    ),
    "interim-chart-categories": "Liggande stapeldiagram: {title}, {earlier} och {latest}.",
}
