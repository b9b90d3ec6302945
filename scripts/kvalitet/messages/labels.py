"""Names of values and headings in tables, charts and the report."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # Groups of cases (kvalitet.records.cases.GROUPS)
    "group-avvikelse-sol-lss": "Avvikelser enligt SoL och LSS",
    "group-avvikelse-hsl": "Avvikelser enligt HSL",
    "group-avvikelse-samverkan": "Avvikelser i samverkan med regionen",
    "group-klagomal": "Klagomål",
    "group-synpunkt": "Synpunkter",
    "group-lex-sarah": "Lex Sarah",
    "group-personuppgiftsincident": "Personuppgiftsincidenter",
    "group-lex-maja": "Lex Maja",
    "group-ej-verkstallt-beslut": "Ej verkställda beslut",
    # Table titles
    "title-counts": "{group}: antal per år",
    "title-categories": "{group}: kategorier per år",
    "title-rates": "{group} {per}, per enhet, {year}",
    "title-unit-rates": "{unit}: storlek och avvikelser {per}",
    "title-categories-same-period": "{group}: kategorier {first} och {last}",
    "title-units": "{group}: per enhet och år",
    "title-departments": "{group}: per avdelning och år",
    "title-status": "{group}: status den {date}, efter år då ärendet registrerades",
    "title-handling": "{group}: handläggningstid i dagar (median)",
    "title-feedback": "{group}: återkoppling till den som hörde av sig",
    "title-feedback-share": "{group}: andel med dokumenterad återkoppling, procent",
    "title-risk-level": "{group}: riskvärde per år",
    "title-risk-matrix": "{group}: riskmatris, {period}",
    "title-harm": "{group}: skada per år",
    "title-direction": "{group}: inkommande och utgående per år",
    "title-assessment": "{group}: bedömning per år",
    "title-ivo": "{group}: anmälda till IVO per år",
    "title-ivo-decision": "{group}: IVO:s beslut om de anmälda ärendena",
    "title-imy": "{group}: anmälda till IMY per år",
    "title-action-plan": "{group}: handlingsplan per år",
    "title-reported-to": "{group}: anmälda till myndighet per år",
    "title-law": "{group}: SoL och LSS per år",
    "title-insats": "{group}: insats per år",
    "title-reasons": "{group}: skäl till att beslutet inte verkställts",
    "title-waiting": "{group}: väntetid från beslut",
    "title-gender": "{group}: kön hos den ärendet gäller",
    "title-monthly": "{group}: antal per månad",
    "title-between": "{group}: dagar mellan ärendena",
    "title-monthly-rate": "{group} {per}, per månad",
    "title-combined-feedback": "Klagomål och synpunkter: kategorier per år",
    "title-combined-feedback-same-period": "Klagomål och synpunkter: kategorier {first} och {last}",
    "title-overview-counts": "Alla ärenden: antal per år",
    "title-overview-so-far": "Hittills i år ({year}) jämfört med samma period förra året",
    "title-overview-open": "Öppna ärenden den {date}",
    "title-unit": "{unit}: ärenden per år",
    # Headings of the first column and of value columns
    "heading-group": "Ärendetyp",
    "heading-category": "Kategori",
    "heading-unit": "Enhet",
    "heading-department": "Avdelning",
    "heading-status": "Status",
    "heading-measure": "Mått",
    "heading-feedback": "Återkoppling",
    "heading-risk": "Riskvärde",
    "heading-severity": "Allvarlighetsgrad",
    "heading-harm": "Skada",
    "heading-direction": "Riktning",
    "heading-assessment": "Bedömning",
    "heading-report": "Anmälan",
    "heading-outcome": "IVO:s beslut",
    "heading-action-plan": "Handlingsplan",
    "heading-reported-to": "Anmäld till",
    "heading-law": "Lagrum",
    "heading-insats": "Insats",
    "heading-reason": "Skäl",
    "heading-waiting": "Väntetid",
    "heading-gender": "Kön",
    "column-same-period": "{year}, samma period",
    "column-difference": "Skillnad",
    "column-open": "Öppna",
    "column-overdue": "Öppna mer än {days} dagar",
    "column-actions": "Åtgärder inte uppföljda inom {days} dagar",
    # Row labels
    "label-total": "Totalt",
    "label-same-period": "{period} varje år",
    "label-whole-year": "Hela året",
    "label-total-with-volume": "Totalt, enheter med volym",
    "label-rate-of": "{group} {per}",
    "rate-per": "per {per} {measure}",
    "measure-årsarbetare": "årsarbetare",
    "measure-brukare": "brukare",
    "measure-beslut": "beslut",
    "measure-platser": "platser",
    "measure-hemtjänsttimmar": "hemtjänsttimmar",
    "column-count": "Antal",
    "label-no-unit": "Ej riktat till specifik enhet",
    "label-unknown-department": "Okänd avdelning",
    "label-not-given": "Ej angivet",
    "label-yes": "Ja",
    "label-no": "Nej",
    "label-days-to-closed": "Dagar från registrerad till avslutad",
    "label-days-to-feedback": "Dagar från registrerad till återkoppling",
    "label-feedback-yes": "Med dokumenterad återkoppling",
    "label-feedback-no": "Utan dokumenterad återkoppling",
    "label-feedback-share": "Andel med dokumenterad återkoppling (procent)",
    "label-risk-above": "Riskvärde över {limit}",
    "label-risk-within": "Riskvärde {limit} eller lägre",
    "label-risk-missing": "Ingen riskbedömning",
    "label-severity": "Allvarlighetsgrad {level}",
    "label-probability": "Sannolikhet {level}",
    "label-not-assessed": "Inte bedömd ännu",
    "label-reported-ivo": "Anmäld till IVO",
    "label-not-reported": "Inte anmäld",
    "label-no-decision": "Inget beslut från IVO ännu",
    "label-imy-within": "Anmäld inom {hours} timmar",
    "label-imy-later": "Anmäld senare än {hours} timmar",
    "label-insats": "{name} ({law})",
    "status-avslutad": "Avslutad",
    "status-atgarder-pagar": "Åtgärder pågår",
    "status-under-utredning": "Under utredning",
    "status-registrerad": "Registrerad",
    "harm-ingen": "Ingen skada",
    "harm-lindrig": "Lindrig skada",
    "harm-allvarlig": "Allvarlig skada",
    "direction-inkommande": "Inkommande",
    "direction-utgaende": "Utgående",
    "assessment-inget-missforhallande": "Inget missförhållande",
    "assessment-pataglig-risk-for-missforhallande": "Påtaglig risk för missförhållande",
    "assessment-missforhallande": "Missförhållande",
    "assessment-pataglig-risk-for-allvarligt-missforhallande": "Påtaglig risk för allvarligt missförhållande",
    "assessment-allvarligt-missforhallande": "Allvarligt missförhållande",
    "outcome-avslutat-utan-atgard": "Avslutat utan åtgärd",
    "outcome-kritik": "Kritik",
    "outcome-annat": "Annat beslut",
    "recipient-lansstyrelsen": "Länsstyrelsen",
    "recipient-polisen": "Polisen",
    "band-under-3-manader": "Under 3 månader",
    "band-3-6-manader": "3–6 månader",
    "band-6-12-manader": "6–12 månader",
    "band-over-12-manader": "Mer än 12 månader",
    "gender-kvinna": "Kvinnor",
    "gender-man": "Män",
    "gender-annat-okant-ej-angivet": "Annat, okänt eller ej angivet",
    # Words
    "word-all-years": "alla år",
    "word-list-and": "{items} och {last}",
    "word-name-period": "{name} ({period})",
    "month-1": "januari",
    "month-2": "februari",
    "month-3": "mars",
    "month-4": "april",
    "month-5": "maj",
    "month-6": "juni",
    "month-7": "juli",
    "month-8": "augusti",
    "month-9": "september",
    "month-10": "oktober",
    "month-11": "november",
    "month-12": "december",
    # Notes under tables
    "note-rates-missing": (
        "– betyder att enhetens volym saknas i volymer.yaml. Summaraden räknar bara enheter med volym. "
        "Enheter som inte har haft något sådant ärende något år visas inte."
    ),
    "note-unit-rates": (
        "Bara hela år: ett år som inte är slut kan inte jämföras med enhetens storlek under ett helt år. "
        "– betyder att enhetens storlek saknas i volymer.yaml det året."
    ),
    "note-rates-culture": (
        "Fler rapporterade avvikelser i förhållande till enhetens storlek betyder inte sämre vård: ofta "
        "betyder det att personalen rapporterar mer. Jämför enheterna med trattdiagrammet, inte med "
        "varandras antal."
    ),
    "note-partial-year": "Siffrorna för {year} gäller från 1 januari till och med {date}.",
    "note-several-categories": (
        "Ett ärende kan ha mer än en kategori. Därför blir summan av raderna större än antalet "
        "ärenden. År {year}: antal ärenden {cases}, antal kategorier sammanlagt {marks}."
    ),
    "note-several-reasons": (
        "Ett beslut kan ha mer än ett skäl. Därför blir summan av raderna större än antalet "
        "beslut. År {year}: antal beslut {cases}, antal skäl sammanlagt {marks}."
    ),
    "note-category-replaces": (
        "Kategorin {new} ersätter {old}. Läs raderna tillsammans för att följa utvecklingen."
    ),
    "note-category-replaces-from": (
        "Kategorin {new} ersätter {old} {period}. Läs raderna tillsammans för att följa utvecklingen."
    ),
    "note-combined-feedback": (
        "Klagomål och synpunkter räknas tillsammans, och varje kategori står på en rad för båda."
    ),
    "note-unit-periods": "Enheter som inte har funnits under hela tiden: {units}.",
    "note-handling": "Medianen räknas på de ärenden som var avslutade den {date}.",
    "note-feedback": "Återkoppling räknas när datumet för svaret finns i ärendet och är senast {date}.",
    "note-risk-matrix": (
        "Riskvärdet är allvarlighetsgrad gånger sannolikhet. Ärenden med riskvärde över {limit} ska "
        "utredas närmare; här är de {above}."
    ),
    "note-risk-missing": "Ärenden utan riskbedömning finns inte med i matrisen: {missing} av {cases}.",
    "note-ivo-decision": (
        "Tabellen gäller de ärenden som har anmälts till IVO, efter år då ärendet registrerades."
    ),
    "note-imy": "En personuppgiftsincident ska anmälas till IMY inom {hours} timmar från att den upptäcktes.",
    "note-waiting": (
        "Väntetid räknas från beslutsdatum till dagen då beslutet verkställdes, eller till {date} om det "
        "ännu inte verkställts. 3–6 månader är 91–182 dagar, 6–12 månader 183–365 dagar och mer än "
        "12 månader över 365 dagar."
    ),
    "note-gender": (
        "Antal under {min_cell} visas inte, och inte heller antal som skulle göra det möjligt att räkna "
        "ut dem. Det skyddar enskilda personer."
    ),
    "note-so-far": "Perioden {start} till {end} jämförs med {previous_start} till {previous_end}.",
    "note-overdue": (
        "Öppna ärenden är de som inte var avslutade den {date}. Åtgärder räknas när de blev klara för "
        "mer än {days} dagar sedan, men under det senaste året, och inte har följts upp."
    ),
    # Verdicts of the control charts
    "spc-too-few": (
        "Det finns bara {months} månader att jämföra. Minst {needed} månader behövs för att säga om "
        "variationen är vanlig eller inte."
    ),
    "spc-rare": (
        "För få ärenden för ett styrdiagram: {cases} på {months} månader. Jämför i stället antalet per år."
    ),
    "spc-new-part": (
        "Sedan {since} ({change}) finns bara {points} {unit} att bedöma. Minst {needed} behövs innan "
        "diagrammet kan skilja en förändring från slumpen."
    ),
    "spc-run-now-high": (
        "Högre än vanligt sedan {since}: {count} {unit} i rad över medellinjen. Ingen dokumenterad "
        "förändring förklarar det{meaning}."
    ),
    "spc-run-now-low": (
        "Lägre än vanligt sedan {since}: {count} {unit} i rad under medellinjen. Ingen dokumenterad "
        "förändring förklarar det{meaning}."
    ),
    "spc-outside-high": "{point}: högre än vanligt, över den övre gränsen för vanlig variation{meaning}.",
    "spc-outside-low": "{point}: lägre än vanligt, under den nedre gränsen för vanlig variation{meaning}.",
    "spc-run-earlier-high": (
        "En varaktig förändring från {start} till {end} som inte är förklarad: {count} {unit} i rad över "
        "medellinjen.{since}"
    ),
    "spc-run-earlier-low": (
        "En varaktig förändring från {start} till {end} som inte är förklarad: {count} {unit} i rad under "
        "medellinjen.{since}"
    ),
    "spc-crossings": (
        "Nivån har ändrats sedan {since} utan dokumenterad förklaring: värdena korsar medellinjen "
        "{crossings} gånger, färre än de minst {expected} gånger som vanlig variation ger."
    ),
    "spc-run-now-high-t": (
        "Längre tid än vanligt mellan ärendena sedan {since}: {count} ärenden i rad med fler dagar "
        "emellan än medellinjen. Ingen dokumenterad förändring förklarar det{meaning}."
    ),
    "spc-run-now-low-t": (
        "Kortare tid än vanligt mellan ärendena sedan {since}: {count} ärenden i rad med färre dagar "
        "emellan än medellinjen. Ingen dokumenterad förändring förklarar det{meaning}."
    ),
    "spc-outside-high-t": (
        "{point}: längre tid än vanligt sedan ärendet före, över den övre gränsen för vanlig "
        "variation{meaning}."
    ),
    "spc-outside-low-t": (
        "{point}: kortare tid än vanligt sedan ärendet före, under den nedre gränsen för vanlig "
        "variation{meaning}."
    ),
    "spc-run-earlier-high-t": (
        "En varaktig förändring från {start} till {end} som inte är förklarad: {count} ärenden i rad med "
        "längre tid emellan än medellinjen.{since}"
    ),
    "spc-run-earlier-low-t": (
        "En varaktig förändring från {start} till {end} som inte är förklarad: {count} ärenden i rad med "
        "kortare tid emellan än medellinjen.{since}"
    ),
    "spc-no-signal": "Inom vanlig variation sedan {since}.",
    "spc-earlier-outside": "Inom vanlig variation sedan {since}. {point} låg {side}.",
    "spc-side-high": "över den övre gränsen för vanlig variation",
    "spc-side-low": "under den nedre gränsen för vanlig variation",
    "spc-settled": " Sedan dess inom vanlig variation.",
    "spc-meaning-concern": ", och det är en försämring",
    "spc-meaning-improvement": ", och det är en förbättring",
    "spc-meaning-neutral": "",
    "spc-unit-months": "månader",
    "spc-unit-cases": "ärenden",
}
