"""Texts about actions (åtgärder), their follow-up and the causes (orsaker) of cases: validation
messages, table titles and labels, and the follow-up status on the internal lists."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "rule-closed-action-open": (
        "Ärendet har status avslutad, men åtgärd nr {number} är inte uppföljd. Följ upp åtgärden och "
        "skriv datumet i 'uppföljd', eller låt ärendet vara öppet (ändra status och ta bort 'avslutad')."
    ),
    "rule-closed-before-follow-up": (
        "Åtgärd nr {number} följdes upp {followed}, men ärendet avslutades redan {closed}. Ett ärende "
        "avslutas när alla åtgärder är uppföljda: ändra 'avslutad' till {followed} eller senare."
    ),
    "rule-action-result-without-follow-up": (
        "Åtgärd nr {number} har ett resultat men inget datum i 'uppföljd'. Skriv in dagen då åtgärden "
        "följdes upp."
    ),
    "rule-unknown-cause": (
        "orsaken här finns inte i listan orsaker i kategorier.yaml.{hint} Välj en orsak ur listan, eller "
        "lägg till den i listan."
    ),
}
