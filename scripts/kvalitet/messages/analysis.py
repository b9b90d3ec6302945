"""Texts of the kvalitetsberättelse's analysis: comparisons with earlier periods, variation, status per
kind, åtgärder, where cases came from, jämställdhet, units and the longest-open cases; and the labels
of the tables behind them.

Numbers arrive formatted, in the one style of their sentence (see kvalitet.annual.words.style).
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # The period against the two before it
    "analysis-same-period": "samma period {year}",
    "analysis-in-year": "år {year}",
    "analysis-unchanged": ", oförändrat jämfört med {when}",
    "analysis-as-many": "lika många som {when}",
    "analysis-against": ", mot {counts}",
    "analysis-against-none": ", jämfört med inga {when}",
    "analysis-none-in": "inga {when}",
    "analysis-channels-all": "Samtliga {noun} kom in via {label}.",
    "analysis-senders-all": "Samtliga {noun} lämnades av {label}.",
    "analysis-gender-none-both": (
        "Kön är inte registrerat som kvinna eller man, varken för dem som {noun} gällde eller för dem som "
        "lämnade dem."
    ),
    "analysis-answered-none-klagomål": "Inget av de {total} klagomålen fick dokumenterad återkoppling.",
    "analysis-answered-none-synpunkt": "Ingen av de {total} synpunkterna fick dokumenterad återkoppling.",
    "analysis-more": "{difference} fler än {when} ({count})",
    "analysis-fewer": "{difference} färre än {when} ({count})",
    "analysis-increase-within": (
        "Ökningen från {when} är inom vanlig variation, alltså inte större än vad slumpen kan ge."
    ),
    "analysis-increase-beyond": (
        "Ökningen från {when} är större än vanlig variation och har troligen en orsak som är värd att söka."
    ),
    "analysis-decrease-within": (
        "Minskningen från {when} är inom vanlig variation, alltså inte större än vad slumpen kan ge."
    ),
    "analysis-decrease-beyond": (
        "Minskningen från {when} är större än vanlig variation och har troligen en orsak som är värd att "
        "söka."
    ),
    # Status at the uppföljningsdatum, per kind
    "analysis-status-all-closed": "Vid uppföljningen den {date} hade alla avslutats.",
    "analysis-status": "Vid uppföljningen den {date} {clauses}.",
    "analysis-status-closed": "hade {closed} av de {total} avslutats",
    "analysis-status-none-closed": "Vid uppföljningen den {date} hade inget av dem avslutats: {clauses}.",
    "analysis-status-investigated-åtgärder-pågår": "{count} hade åtgärder som pågick",
    "analysis-status-investigated-under-utredning": "{count} var under utredning",
    "analysis-status-investigated-registrerad": "{count} väntade på utredning",
    "analysis-status-feedback-åtgärder-pågår": "{count} hade åtgärder som pågick",
    "analysis-status-feedback-under-utredning": "{count} var under utredning",
    "analysis-status-feedback-registrerad": "{count} väntade på handläggning",
    "analysis-status-decision-öppna": "{count} hade ännu inte verkställts",
    # Risk
    "analysis-risk": (
        "Av de {assessed} riskbedömda avvikelserna hade {over} ett riskvärde över {limit}, vilket enligt "
        "rutinen kräver en närmare utredning."
    ),
    "analysis-risk-none": "Ingen av de {assessed} riskbedömda avvikelserna hade ett riskvärde över {limit}.",
    "analysis-risk-caption": (
        "Varje ruta visar hur många avvikelser som fick den allvarlighetsgraden och sannolikheten; rutorna "
        "med ett riskvärde över {limit} kräver en närmare utredning."
    ),
    "analysis-harm": "Av avvikelserna ledde {count} till skada, varav {severe} {adjective}.",
    "analysis-harm-all-severe": (
        "Av avvikelserna ledde {count} till skada, och skadan var i samtliga fall allvarlig."
    ),
    "analysis-harm-one": "En av avvikelserna ledde till skada, och skadan var {adjective}.",
    "analysis-harm-none": "Ingen av avvikelserna ledde till skada.",
    "analysis-word-severe": "allvarlig",
    "analysis-word-light": "lindrig",
    "analysis-imy": (
        "Till Integritetsskyddsmyndigheten (IMY) anmäldes {reported}, varav {within} inom 72 timmar från "
        "upptäckten."
    ),
    "analysis-imy-all": (
        "Till Integritetsskyddsmyndigheten (IMY) anmäldes {reported}, samtliga inom 72 timmar från "
        "upptäckten."
    ),
    "analysis-imy-one": (
        "En incident anmäldes till Integritetsskyddsmyndigheten (IMY), {when} 72 timmar från upptäckten."
    ),
    "analysis-imy-within": "inom",
    "analysis-imy-later": "senare än",
    # Åtgärder
    "analysis-actions-none": "Inga åtgärder är registrerade i något av de {cases} ärendena.",
    "analysis-actions": (
        "I {with_actions} av de {cases} ärendena beslutades åtgärder, sammanlagt {total}: {levels}."
    ),
    "analysis-actions-level-individ": "{count} på individnivå",
    "analysis-actions-level-grupp": "{count} på gruppnivå",
    "analysis-actions-level-enhet": "{count} på enhetsnivå",
    "analysis-actions-level-förvaltning": "{count} på förvaltningsnivå",
    "analysis-action-states": "Av de {total} åtgärderna var {clauses}.",
    "analysis-action-state-uppföljd-1": "{count} uppföljd",
    "analysis-action-state-uppföljd-n": "{count} uppföljda",
    "analysis-action-state-väntar-1": "{count} genomförd men ännu inte uppföljd",
    "analysis-action-state-väntar-n": "{count} genomförda men ännu inte uppföljda",
    "analysis-action-state-försenad-1": "{count} genomförd men inte uppföljd i tid",
    "analysis-action-state-försenad-n": "{count} genomförda men inte uppföljda i tid",
    "analysis-action-state-ej-genomförd-1": "{count} ännu inte genomförd",
    "analysis-action-state-ej-genomförd-n": "{count} ännu inte genomförda",
    "analysis-action-none-overdue": "Ingen uppföljning var försenad.",
    "title-actions": "{group}: ärenden och beslutade åtgärder",
    "title-action-levels": "{group}: beslutade åtgärder per nivå",
    "title-action-states": "{group}: åtgärdernas uppföljning",
    "heading-action-level": "Nivå",
    "heading-action-state": "Läge vid uppföljningen",
    "label-cases": "Ärenden",
    "label-cases-with-actions": "Ärenden med beslutade åtgärder",
    "label-actions": "Beslutade åtgärder",
    "action-level-individ": "Individ",
    "action-level-grupp": "Grupp",
    "action-level-enhet": "Enhet",
    "action-level-forvaltning": "Förvaltning",
    "action-state-uppfoljd": "Uppföljd",
    "action-state-vantar": "Genomförd, uppföljningen inte försenad",
    "action-state-forsenad": "Genomförd, uppföljningen försenad",
    "action-state-ej-genomford": "Ännu inte genomförd",
    "note-actions-follow-up": (
        "En uppföljning är försenad när den planerade dagen för uppföljningen har passerat utan att "
        "åtgärden följts upp (har uppföljningen flyttats gäller det senaste datumet). En åtgärd utan "
        "planerad dag ska följas upp inom {days} dagar efter att den genomfördes."
    ),
    # Where the cases came from
    "analysis-channels": "Flest {noun} kom in via {items}.",
    "analysis-senders": "Flest {noun} lämnades av {items}.",
    "analysis-senders-rest": "Övriga lämnades av {items}.",
    "analysis-remiss": "Av de {total} {noun} kom {count} som remiss: {authorities}.",
    "analysis-remiss-majority": (
        "Av de {total} {noun} kom {count}, alltså majoriteten, som remiss: {authorities}."
    ),
    "analysis-remiss-ivo": "{count} från IVO",
    "analysis-remiss-jo": "{count} från JO",
    "title-channels": "{group}: hur de kom in",
    "title-senders": "{group}: avsändare",
    "title-sender-gender": "{group}: avsändarens kön",
    "heading-channel": "Kanal",
    "heading-sender": "Avsändare",
    "channel-kontaktcenter": "Kontaktcenter",
    "channel-telefon": "Telefon",
    "channel-e-post": "E-post",
    "channel-webb": "Webbformulär",
    "channel-blankett": "Blankett",
    "channel-brev": "Brev",
    "channel-muntligt": "Muntliga kontakter",
    "channel-sms": "Sms",
    "channel-aldreombudsman": "Äldreombudsmannen",
    "channel-tillsynsmyndighet": "Tillsynsmyndighet",
    "channel-annan": "Annat sätt",
    "sender-brukare": "Brukare",
    "sender-anhorig": "Anhöriga",
    "sender-allmanhet": "Allmänheten",
    "sender-organisation": "Organisationer",
    "sender-remiss-ivo": "Remiss från IVO",
    "sender-remiss-jo": "Remiss från JO",
    "sender-tillsynsmyndighet": "Tillsynsmyndigheter",
    "sender-annan": "Övriga",
    # Jämställdhet
    "analysis-gender-concerned": "dem som {noun} gällde",
    "analysis-gender-senders": "dem som lämnade {noun}",
    "analysis-gender": "Bland {subject} fanns {women} och {men}; kvinnornas andel var {share}.",
    "analysis-women-1": "{count} kvinna",
    "analysis-women-n": "{count} kvinnor",
    "analysis-men-1": "{count} man",
    "analysis-men-n": "{count} män",
    "analysis-gender-hidden": (
        "Fördelningen på kvinnor och män bland {subject} redovisas inte: något av antalen är under "
        "{min_cell} eller skulle göra det möjligt att räkna ut ett sådant, och det skyddar enskilda."
    ),
    "analysis-gender-hidden-both": (
        "Fördelningen på kvinnor och män redovisas inte, varken bland dem som {noun} gällde eller bland dem "
        "som lämnade dem: något av antalen är under {min_cell} eller skulle göra det möjligt att räkna ut "
        "ett sådant, och det skyddar enskilda."
    ),
    "analysis-gender-none": "Kön är inte registrerat som kvinna eller man för {subject}.",
    "analysis-gender-others": "För {count} var könet annat, okänt eller inte angivet.",
    "analysis-gender-others-hidden": (
        "Hur många vars kön var annat, okänt eller inte angivet redovisas inte, eftersom antalet är litet "
        "eller skulle göra det möjligt att räkna ut ett litet antal."
    ),
    # Units
    "analysis-rates-none": (
        "Räknat {per} låg ingen enhet längre från förvaltningens nivå ({centre}) än vad vanlig variation "
        "kan förklara."
    ),
    "analysis-rates-high": (
        "Räknat {per} rapporterade {units} fler avvikelser än vad vanlig variation kring förvaltningens "
        "nivå ({centre}) kan förklara{low}."
    ),
    "analysis-rates-low": (
        "Räknat {per} rapporterade {units} färre avvikelser än vad vanlig variation kring förvaltningens "
        "nivå ({centre}) kan förklara."
    ),
    "analysis-rates-and-low": ", och {units} färre",
    "analysis-rates-caveat": (
        "Fler rapporterade avvikelser behöver inte betyda sämre kvalitet: det kan lika gärna vara en "
        "bättre rapporteringskultur."
    ),
    "analysis-unit-change": "{unit} (från {then} till {now})",
    "analysis-units-up": "ökade antalet vid {units}",
    "analysis-units-down": "minskade antalet vid {units}",
    "analysis-units-changed": "Jämfört med {when} {parts}, mer än vanlig variation.",
    "analysis-units-unchanged": "Ingen enhets antal ändrades mer än vanlig variation jämfört med {when}.",
    "analysis-silent-units": (
        "Inga avvikelser alls rapporterades under {period} från {units}, som har rapporterat avvikelser "
        "tidigare. Det kan vara underrapportering, och det är värt att följa upp med enheterna."
    ),
    # The longest-open cases
    "analysis-open": (
        "Längst öppet var ett ärende vid {unit}, registrerat i {month}: efter {days} dagar {status}."
    ),
    "analysis-open-earlier": (
        "Med ärenden från tidigare år hade {count} {noun} inte avslutats vid uppföljningen."
    ),
    "analysis-open-investigated-åtgärder-pågår": "hade det åtgärder som pågick",
    "analysis-open-investigated-under-utredning": "var det under utredning",
    "analysis-open-investigated-registrerad": "väntade det på utredning",
    "analysis-open-feedback-åtgärder-pågår": "hade det åtgärder som pågick",
    "analysis-open-feedback-under-utredning": "var det under utredning",
    "analysis-open-feedback-registrerad": "väntade det på handläggning",
    "analysis-open-decision-åtgärder-pågår": "hade beslutet ännu inte verkställts",
    "analysis-open-decision-under-utredning": "hade beslutet ännu inte verkställts",
    "analysis-open-decision-registrerad": "hade beslutet ännu inte verkställts",
    "analysis-open-short-investigated-åtgärder-pågår": "åtgärder pågår",
    "analysis-open-short-investigated-under-utredning": "under utredning",
    "analysis-open-short-investigated-registrerad": "väntar på utredning",
    "analysis-open-short-feedback-åtgärder-pågår": "åtgärder pågår",
    "analysis-open-short-feedback-under-utredning": "under utredning",
    "analysis-open-short-feedback-registrerad": "väntar på handläggning",
    "analysis-open-short-decision-åtgärder-pågår": "ännu inte verkställt",
    "analysis-open-short-decision-under-utredning": "ännu inte verkställt",
    "analysis-open-short-decision-registrerad": "ännu inte verkställt",
    "analysis-open-row": "{unit}, registrerat i {month} ({status})",
    "analysis-title-longest-open": "{group}: de ärenden som varit öppna längst",
    "analysis-heading-open-case": "Enhet, registrerat och status vid uppföljningen",
    "analysis-column-days-open": "Dagar öppet",
    "analysis-note-longest-open": (
        "Högst {shown} ärenden, de som varit öppna längst vid uppföljningen. Ärendenas innehåll visas inte."
    ),
}
