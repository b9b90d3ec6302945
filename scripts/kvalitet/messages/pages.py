"""Texts of the generated pages: titles, headings, leads, chart captions and the navigation.

Templates whose result is Markdown (links, lists) say so in a comment; the fields put into them are
escaped by the caller (kvalitet.render.page.text).
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # Navigation and page titles
    "nav-kinds": "Ärenden",
    "nav-units": "Per enhet",
    "nav-statistics": "Om statistiken",
    "nav-glossary": "Ordlista",
    "nav-guide": "Så arbetar du med ärendena",
    "nav-record-format": "Så skrivs ett ärende",
    "nav-accessibility": "Tillgänglighet",
    "page-title-overview": "Översikt",
    "page-title-avvikelse-sol-lss": "Avvikelser enligt SoL och LSS",
    "page-title-avvikelse-hsl": "Avvikelser enligt HSL",
    "page-title-avvikelse-samverkan": "Avvikelser i samverkan",
    "page-title-feedback": "Klagomål och synpunkter",
    "page-title-lex-sarah": "Lex Sarah",
    "page-title-personuppgiftsincident": "Personuppgiftsincidenter",
    "page-title-lex-maja": "Lex Maja",
    "page-title-ej-verkstallt-beslut": "Ej verkställda beslut",
    "page-title-trends": "Trender",
    "page-title-units": "Alla enheter",
    # Headings
    "page-heading-so-far": "Hittills i år: {start} till {end}",
    "page-heading-open": "Öppna ärenden och uppföljning",
    "page-heading-all-years": "Alla år",
    "page-heading-sources": "Varifrån siffrorna kommer",
    "page-heading-combined": "Klagomål och synpunkter tillsammans",
    "page-heading-counts": "Antal per år",
    "page-heading-categories": "Kategorier",
    "page-heading-units": "Per avdelning och enhet",
    "page-heading-status": "Status och handläggningstid",
    "page-heading-risk": "Risk",
    "page-heading-specific": "Mer om ärendena",
    "page-heading-gender": "Kön",
    "page-heading-monthly": "Per månad",
    # Page texts
    "page-show-table": "Visa tabellen",
    "page-overview-lead": "{municipality}, {board}. Siffrorna gäller till och med {date}.",
    # Markdown: one list item per kind.
    "page-overview-item": "- [{label}]({link}): {count} hittills i år ({previous} samma period {year})",
    # Markdown.
    "page-overview-sources": (
        "Varje siffra räknas fram ur förvaltningens ärenden, ett ärende per fil: {records} ärenden i "
        "version {commit} av ärendemappen. Ett ärende räknas till den dag det registrerades. Läs mer i "
        "[Om statistiken]({statistics}), och se [Trender]({trends}) för om en förändring är mer än vanlig "
        "variation. Alla siffror finns som öppna data i [aggregat.json]({data}), och varje tabell kan "
        "laddas ner som CSV-fil."
    ),
    "page-lead": (
        "{group}: {count} registrerade från {start} till {end}, jämfört med {previous} samma period "
        "{previous_year}. Öppna den {date}: {open}."
    ),
    "page-risk-earlier": "Visa riskmatriserna för tidigare år",
    # Markdown.
    "page-see-trends": "Styrdiagrammet för varje månad finns på sidan [Trender]({link}).",
    # Markdown: the legend of the control charts.
    "page-trends-legend": (
        "Diagrammen visar antalet ärenden per månad som **styrdiagram**. Antalet varierar alltid från "
        "månad till månad, av en slump. Styrdiagrammet visar när en förändring är större än så.\n\n"
        "- **Medellinjen** är den heldragna linjen. De **streckade linjerna** är gränserna för vanlig "
        "variation: {limits}\n"
        "- {baseline} Efter varje **dokumenterad förändring** (den lodräta prickade linjen med ett nummer; "
        "förändringarna står i ord under diagrammet) "
        "börjar en ny del med egen medellinje och egna gränser, räknade på alla dess månader.\n"
        "- En **signal** är en månad utanför gränserna, en ovanligt lång serie månader på samma sida om "
        "medellinjen (fler än log₂(n) + 3 av n månader, avrundat), eller färre korsningar av medellinjen "
        "än vanlig variation ger (Anhøjs regler, som i qicharts2). Signalerna är trianglar: uppåt när "
        "värdet är högre än vanligt, nedåt när det är lägre. Orange är en försämring, blått en "
        "förbättring och lila en förändring som varken är bättre eller sämre i sig.\n"
        "- Även utan någon förändring ger reglerna ibland en signal av en slump: i simuleringar av tre "
        "års månader i 12 till 20 procent av diagrammen, oftare ju färre ärenden. En enstaka signal är "
        "en anledning att titta närmare, inte ett bevis.\n\n"
        "Fler rapporterade avvikelser är inte alltid sämre: ofta betyder det att fler rapporterar. För "
        "slag av ärenden med färre än två ärenden i månaden visar diagrammet i stället antalet dagar "
        "mellan ärendena (ett t-diagram): fler dagar betyder färre ärenden. Där kommunen har angett "
        "enheternas storlek (volymer.yaml) visar ett andra diagram avvikelserna i förhållande till "
        "storleken (ett u-diagram)."
    ),
    "page-trends-limits-c": "medellinjen ± 3 × kvadratroten ur medellinjen (ett c-diagram för antal).",
    "page-trends-limits-xmr": (
        "medellinjen ± 2,66 × den genomsnittliga skillnaden mellan två månader i rad (ett XmR-diagram, "
        "som i Making Data Count från NHS)."
    ),
    "page-trends-baseline": (
        "Linjerna räknas på de första {months} månaderna och gäller sedan framåt, så att en förändring "
        "syns mot hur det var."
    ),
    "page-trends-baseline-all": "Linjerna räknas på alla månader.",
    "summary-title": "Variation per slag av ärende: senaste månaden och hittills i år {year}",
    "summary-column-last": "Senaste månaden",
    "summary-column-so-far": "Hittills i år",
    "summary-column-variation": "Variation i den nuvarande delen",
    "summary-last-month": "{month}: {count}",
    "summary-common": "Vanlig variation",
    "summary-outside": "{point}: {words}",
    "summary-run-earlier": "Förändring tidigare, nu vanlig variation",
    "summary-crossings": "Nivån har ändrats",
    "summary-none": "För få ärenden för en bedömning",
    "summary-neutral-high": "Högre än vanligt",
    "summary-neutral-low": "Lägre än vanligt",
    "summary-concern-high": "Högre än vanligt, en försämring",
    "summary-concern-low": "Lägre än vanligt, en försämring",
    "summary-improvement-high": "Högre än vanligt, en förbättring",
    "summary-improvement-low": "Lägre än vanligt, en förbättring",
    "summary-note": (
        "Variationen bedöms med styrdiagrammen på sidan Trender, i delen efter den senaste dokumenterade "
        "förändringen. Fler rapporterade avvikelser kan betyda att fler rapporterar, inte att det har "
        "blivit sämre."
    ),
    "page-heading-variation": "Variation",
    "page-heading-rates": "Per enhet i förhållande till storlek",
    "page-chart-monthly-rate": (
        "Styrdiagram (u-diagram): {title}, för enheterna med angiven storlek, med medellinje och gränser "
        "för vanlig variation."
    ),
    "page-chart-funnel": (
        "Trattdiagram: {title}. Varje enhet är en punkt efter sin storlek och sitt antal per volym, med "
        "gränserna för vad slumpen ger."
    ),
    "page-trends-changes": "Dokumenterade förändringar (numrerade i diagrammet): {items}",
    "page-trends-change": "{number}. Från {date}: {text}.",
    "page-trends-no-chart": "Antalet per år finns i tabellen Antal per år på sidan för {group}.",
    "page-column-value": "Värde",
    "page-column-centre": "Medellinje",
    "page-column-lower": "Nedre gräns",
    "page-column-upper": "Övre gräns",
    "page-column-day": "Ärendets dag",
    "page-column-days": "Dagar sedan ärendet före",
    "page-row-signal": "{point} ({signal})",
    "page-column-month": "Månad",
    "page-column-count": "Antal",
    "page-axis-count": "Antal",
    "page-unit-department": "{department}",
    "page-unit-period-both": "Enheten fanns från {start} till {end}.",
    "page-unit-period-from": "Enheten finns sedan {start}.",
    "page-unit-period-until": "Enheten fanns till {end}. Sidan visar åren den fanns.",
    "page-unit-period-always": "Enheten har funnits under hela perioden.",
    "page-unit-all-cases": "Alla ärenden",
    "page-unit-heading-kinds": "Ärenden per år",
    "page-unit-no-cases": "Enheten har inga ärenden.",
    "page-unit-show-details": "Visa kategorier och status: {group}",
    "page-unit-chart-hidden": (
        "Ett år utan stapel är inte noll: antalet döljs (*) för att skydda enskilda personer, som i "
        "tabellen ovan."
    ),
    "page-unit-show-all-kinds": "Visa alla ärendetyper, också de utan ärenden vid enheten ({count})",
    "page-unit-show-all-rows": "Visa alla rader, också de utan ärenden ({count})",
    "page-units-lead": (
        "Här finns en sida för varje enhet, också för enheter som har upphört efter en omorganisation. "
        "Ärenden som inte gäller någon särskild enhet finns på sidan för varje slag av ärende."
    ),
    "page-units-no-department": "Utan avdelning",
    # Markdown: one list item per unit.
    "page-units-item": "- [{name}]({link}): {count} ärenden. {period}",
    # Internal pages (kvalitet.messages.followup has the rest)
    "page-case-no-unit": "Ingen särskild enhet",
    # Chart labels (aria-label: what the chart shows)
    "page-chart-counts": "Stapeldiagram: {group}, antal per år.",
    "page-chart-categories": "Liggande stapeldiagram: {title}, de två senaste åren.",
    "page-chart-risk": "Värmekarta: {title}. Antalet står i varje ruta.",
    "page-chart-so-far": (
        "Liggande stapeldiagram: antal hittills i år {year} och samma period året före, per slag av ärende."
    ),
    "page-chart-monthly": "Styrdiagram: {group}, antal per månad med medelvärde och processgränser.",
    "page-chart-unit": "Stapeldiagram: {unit}, {group} per år.",
    # Findings (figcaptions)
    "finding-count": "År {year}: {count}. Året före, {previous_year}: {previous}.",
    "finding-count-so-far": "År {year} till och med {date}: {count}. Hela {previous_year}: {previous}.",
    "finding-count-one": "År {year} till och med {date}: {count}.",
    "finding-count-same-period": (
        "{period}: {count}. Samma period {previous_year}: {previous} (hela {previous_year}: {whole})."
    ),
    "finding-category": "Vanligast år {year}: {label} ({count}).",
    "finding-category-in": "Vanligast {period}: {label} ({count}).",
    "finding-category-none": "Inga ärenden år {year}.",
    "finding-category-none-in": "Inga ärenden {period}.",
    "finding-risk": "{above} av {assessed} riskbedömda ärenden hade ett riskvärde över {limit}.",
    "finding-risk-none": "Inga riskbedömda ärenden.",
    "finding-so-far": (
        "Jämfört med samma period {year} har {increased} slag av ärenden ökat och {decreased} minskat. "
        "Sidan Trender visar om en förändring är mer än vanlig variation."
    ),
}
