"""Texts about ej verkställda beslut and their quarterly reports to IVO: the validation rules, the
internal list per quarter and the public tables per quarter."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # Validation
    "evb-from-decision": "beslutet",
    "evb-from-interruption": "avbrottet",
    "rule-evb-insats-law": (
        "insatsen '{insats}' ({name}) ges enligt {laws} i listan insats i kategorier.yaml, men ärendet "
        "har lagrum {law}. Rätta lagrum eller välj en insats enligt {law}."
    ),
    "rule-evb-registered-early": (
        "ärendet registrerades {registered}, men de tre månaderna från {start} ({start_date}) går ut "
        "först {date}. Ett beslut blir ett ej verkställt beslut först när tre månader har gått. "
        "Kontrollera datumen."
    ),
    "rule-evb-executed-in-time": (
        "beslutet verkställdes {executed}, inom tre månader från beslutet ({decided}; de tre månaderna "
        "gick ut {date}). Ett beslut som verkställs i tid är inget ej verkställt beslut: rätta datumet "
        "eller ta bort ärendet."
    ),
    "rule-evb-resumed-in-time": (
        "insatsen återupptogs {resumed}, inom tre månader från avbrottet ({interrupted}; de tre "
        "månaderna gick ut {date}). Ett avbrott som hävs i tid är inget ej verkställt beslut: rätta "
        "datumet eller ta bort ärendet."
    ),
    "rule-evb-reported-before-decision": (
        "kvartalet {quarter} slutade {end}, före beslutet ({decided}). Ett beslut kan inte rapporteras "
        "till IVO för ett kvartal före beslutet. Ta bort kvartalet eller rätta beslutsdatum."
    ),
    "rule-evb-reported-early": (
        "kvartalet {quarter} slutade {end}, innan de tre månaderna från {start} hade gått ut ({date}). "
        "Beslutet rapporteras till IVO först för kvartalet då tre månader har gått. Ta bort kvartalet "
        "eller rätta datumen."
    ),
    "evb-ended-executed": "beslutet verkställdes",
    "evb-ended-resumed": "insatsen återupptogs",
    "evb-ended-closed": "ärendet avslutades",
    "rule-evb-reported-after-end": (
        "kvartalet {quarter} började {start}, efter att {ended} {date}. Beslutet rapporteras till IVO "
        "till och med kvartalet då det skedde ({last}), och i den rapporten får IVO veta det. Ta bort "
        "kvartalet eller rätta datumet."
    ),
    "rule-evb-resumed-without-interruption": (
        "fältet 'återupptagen' anges bara när insatsen har avbrutits. Skriv dagen för avbrottet i "
        "fältet 'avbrott', eller ta bort 'återupptagen'."
    ),
    "rule-evb-interruption-and-executed": (
        "ett ärende gäller antingen ett beslut som inte verkställts ('verkställd' när det verkställs) "
        "eller ett avbrott ('avbrott', och 'återupptagen' när insatsen återupptas), inte båda. Ta bort "
        "det ena fältet."
    ),
    "rule-evb-missing-report": (
        "beslutet har inte rapporterats till IVO för {quarters}, kvartal som slutade före {date} medan "
        "beslutet inte var verkställt. Rapportera till IVO och skriv alla rapporterade kvartal i fältet "
        "'rapporterad_ivo', så här: [{example}]."
    ),
    # The tables per quarter
    "quarter-column": "kv. {number} {year}",
    "title-quarter-law": "{group} att rapportera till IVO: SoL och LSS per kvartal",
    "title-quarter-insats": "{group} att rapportera till IVO: insats per kvartal",
    "title-quarter-waiting": "{group} att rapportera till IVO: väntetid per kvartal",
    "title-quarter-state": "{group} att rapportera till IVO: läget vid kvartalets slut",
    "heading-quarter-state": "Läge",
    "quarter-state-vantar": "Väntar fortfarande",
    "quarter-state-verkstallt": "Verkställt under kvartalet",
    "quarter-state-avslutat-utan-verkstallighet": "Avslutat utan att verkställas",
    "note-quarter-count": (
        "Ett beslut räknas i varje kvartal som det ska rapporteras till IVO för: från kvartalet då tre "
        "månader har gått från beslutet (eller från ett avbrott) till kvartalet då det verkställs, "
        "återupptas eller avslutas. Samma beslut kan därför räknas i flera kvartal."
    ),
    "note-quarter-waiting": (
        "Väntetiden räknas i hela månader från beslutet (eller avbrottet) till kvartalets sista dag, "
        "eller till dagen då beslutet verkställdes om det var tidigare."
    ),
    "page-heading-quarters": "Rapporterat till IVO per kvartal",
    "page-quarters-lead": (
        "Nämnden ska varje kvartal rapportera till IVO de gynnande beslut som inte har verkställts inom "
        "tre månader, och de insatser som har avbrutits och inte återupptagits inom tre månader. "
        "Tabellerna visar de senaste kvartalen som hade slutat den {date}, uppdelade på lag, insats, "
        "väntetid och läget vid kvartalets slut."
    ),
    # The internal page of the reports per quarter
    "ivo-title": "Rapportering till IVO per kvartal (internt)",
    "ivo-lead": (
        "Den här sidan finns bara i den interna versionen. Den visar, räknat den {date}, vilka ej "
        "verkställda beslut som ska rapporteras till IVO för varje kvartal och vilka rapporter som "
        "saknas. Ett beslut rapporteras för varje kvartal från det då tre månader har gått från beslutet "
        "(eller från ett avbrott) till det då beslutet verkställs, insatsen återupptas eller ärendet "
        "avslutas. Ett kvartal som har slutat men saknas i fältet 'rapporterad_ivo' är ett fel för "
        "ärenden i postformat 2: kontrollen (kvalitet validera) och bygget stoppar. För äldre ärenden står "
        "det under Missade rapporter."
    ),
    "ivo-summary-caption": "Rapporter till IVO per kvartal som har slutat, den {date}",
    "ivo-summary-note": (
        "Ett beslut räknas i varje kvartal som det ska rapporteras för. Kvartalet som pågår står nedan."
    ),
    "ivo-col-quarter": "Kvartal",
    "ivo-col-due": "Att rapportera",
    "ivo-col-reported-count": "Rapporterade",
    "ivo-col-missed": "Saknas",
    "ivo-col-insats": "Insats och lag",
    "ivo-col-from": "Räknas från",
    "ivo-col-three-months": "Tre månader gick ut",
    "ivo-col-span": "Tre månader",
    "ivo-span": "från {start} till {date}",
    "ivo-col-state": "Läge",
    "ivo-col-reported": "Rapporterat",
    "ivo-from-decision": "beslut {date}",
    "ivo-from-interruption": "avbrott {date}",
    "ivo-state-waiting": "väntar",
    "ivo-state-executed": "verkställt {date}",
    "ivo-state-resumed": "återupptaget {date}",
    "ivo-state-closed": "avslutat {date} utan att verkställas",
    "ivo-yes": "ja",
    "ivo-no": "nej",
    "ivo-heading-running": "Att rapportera för {quarter} (pågår)",
    "ivo-heading-last": "Att rapportera för {quarter}",
    "ivo-due-caption": "Ej verkställda beslut att rapportera till IVO för {quarter}, den {date}",
    "ivo-none-due": "Inga beslut ska rapporteras till IVO för {quarter}.",
    "ivo-heading-missed": "Missade rapporter",
    "ivo-missed-intro": (
        "Kvartalsrapporter som saknas: {count}. Beslutet skulle ha rapporterats till IVO för kvartalet, "
        "men kvartalet står inte i 'rapporterad_ivo'. Det äldsta kvartalet står först."
    ),
    "ivo-missed-caption": "Kvartal som inte har rapporterats till IVO, den {date}",
    "ivo-none-missed": "Inga kvartalsrapporter till IVO saknades den {date}.",
}
