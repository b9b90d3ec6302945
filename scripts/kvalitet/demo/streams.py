"""The streams of cases the generator plans: each kind, with deviations split by origin."""

from __future__ import annotations

from enum import StrEnum

from kvalitet.records.cases import ID_PREFIXES


class Stream(StrEnum):
    """One source of records with its own volume, seasonality and units."""

    DEVIATION_SOCIAL = "avvikelse-sol-lss"
    DEVIATION_HEALTH = "avvikelse-hsl"
    DEVIATION_REGION = "avvikelse-samverkan"
    COMPLAINT = "klagomål"
    FEEDBACK = "synpunkt"
    LEX_SARAH = "lex_sarah"
    DATA_BREACH = "personuppgiftsincident"
    LEX_MAJA = "lex_maja"
    UNEXECUTED = "ej_verkställt_beslut"


# The record `typ` of each stream.
KIND: dict[Stream, str] = {
    Stream.DEVIATION_SOCIAL: "avvikelse",
    Stream.DEVIATION_HEALTH: "avvikelse",
    Stream.DEVIATION_REGION: "avvikelse",
    Stream.COMPLAINT: "klagomål",
    Stream.FEEDBACK: "synpunkt",
    Stream.LEX_SARAH: "lex_sarah",
    Stream.DATA_BREACH: "personuppgiftsincident",
    Stream.LEX_MAJA: "lex_maja",
    Stream.UNEXECUTED: "ej_verkställt_beslut",
}

PREFIX = ID_PREFIXES
