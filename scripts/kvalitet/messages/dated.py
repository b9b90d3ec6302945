"""Dated policy values and the laws in force (kvalitet.yaml): validation, labels and notes."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "word-or": " eller ",
    "dated-order": "'till' ligger före 'från'. Kontrollera datumen.",
    "dated-start-missing": (
        "bara den första perioden i listan får sakna 'från'. Ange dagen då det här värdet började gälla."
    ),
    "dated-end-missing": (
        "bara den sista perioden i listan får sakna 'till'. Ange den sista dagen då det här värdet gällde."
    ),
    "dated-overlap": (
        "perioden börjar innan perioden på rad {previous_line} har slutat (den gäller till och med "
        "{end}). Perioderna får inte överlappa: låt den här börja dagen efter."
    ),
    "dated-gap": (
        "det blir ett glapp efter perioden på rad {previous_line}, som gäller till och med {end}. "
        "Låt den här perioden börja {expected}, så att något värde gäller varje dag."
    ),
    "dated-value-between": "{value} till och med {end}",
    "dated-value-from": "{value} från och med {start}",
    "dated-value-range": "{value} från och med {start} till och med {end}",
    "dated-value-always": "{value}",
    "dated-days": "{days} dagar",
    "note-actions-follow-up-dated": (
        "En uppföljning är försenad när den planerade dagen för uppföljningen har passerat utan att "
        "åtgärden följts upp (har uppföljningen flyttats gäller det senaste datumet). En åtgärd utan "
        "planerad dag ska följas upp inom den tid som gällde den dag den genomfördes: {limits}."
    ),
    "column-overdue-dated": "Öppna längre än den tid som gällde",
    "column-actions-dated": "Åtgärder inte uppföljda i tid",
    "note-overdue-dated": (
        "Öppna ärenden är de som inte var avslutade den {date}. Tiden för uppföljning har ändrats: den "
        "var {limits}. Ett öppet ärende jämförs med den tid som gällde den dag det registrerades. "
        "Åtgärder räknas när de blev klara för längre sedan än den tid som gällde den dag de blev klara, "
        "men under det senaste året, och inte har följts upp."
    ),
    "note-risk-limits": (
        "Riskgränsen har ändrats: den var {limits}. Varje ärende jämförs med den gräns som gällde den dag "
        "det registrerades."
    ),
    "label-risk-above-dated": "Riskvärde över den riskgräns som gällde",
    "label-risk-within-dated": "Riskvärde inom den riskgräns som gällde",
    "note-risk-matrix-dated": (
        "Riskvärdet är allvarlighetsgrad gånger sannolikhet. Ärenden med riskvärde över den riskgräns som "
        "gällde när de registrerades ska utredas närmare; här är de {above}. Färgerna visar gränsen "
        "{limit}, som gällde den {date}."
    ),
    "rule-risk-investigation-dated": (
        "riskvärdet är {value} ({severity} × {probability}), över gränsen {limit} som gällde den {date} "
        "(dagen då ärendet registrerades). Då ska ärendet utredas: lägg till fältet 'utredning' med datumet "
        "då utredningen påbörjades."
    ),
    "finding-risk-dated": (
        "{above} av {assessed} riskbedömda ärenden hade ett riskvärde över den riskgräns som gällde när "
        "de registrerades."
    ),
    "analysis-risk-dated": (
        "Av de {assessed} riskbedömda avvikelserna hade {over} ett riskvärde över den riskgräns som gällde "
        "när de registrerades ({limits}), vilket enligt rutinen kräver en närmare utredning."
    ),
    "analysis-risk-none-dated": (
        "Ingen av de {assessed} riskbedömda avvikelserna hade ett riskvärde över den riskgräns som gällde "
        "när de registrerades ({limits})."
    ),
    "title-law-in-force": "{group}: efter lagen som gällde när ärendet registrerades",
    "heading-law-in-force": "Lag",
    "label-law-while": "Registrerade medan {name} gällde",
    "note-law": "Varje ärende räknas till den lag som gällde den dag det registrerades.",
    "note-law-kind": (
        "Ärendena har inget eget lagrum; de delas efter den socialtjänstlag som gällde när de registrerades."
    ),
    "page-heading-law": "Före och efter lagändringen",
    "page-law-split": (
        "Under {year} byttes lagen: tabellen delar årets ärenden efter den lag som gällde när de "
        "registrerades."
    ),
    "page-provisions": "Bestämmelserna finns i {provisions}.",
    "provision-with-section": "{section} {name}",
    "provision-period": "{provision} {period}",
    "provision-unchecked": "{provision} (kapitel och paragraf är ännu inte kontrollerade)",
}
