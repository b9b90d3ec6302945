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
    "period-half": "januari–juni {year}",
    "period-quarter-1": "första kvartalet {year}",
    "period-quarter-2": "andra kvartalet {year}",
    "period-quarter-3": "tredje kvartalet {year}",
    "period-quarter-4": "fjärde kvartalet {year}",
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
}
