"""Texts of `kvalitet ny`: the skeleton of a new record."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # The command
    "new-cli-help": "Skapa ett nytt ärende med nästa lediga id och alla fält att fylla i.",
    "new-cli-typ": "typen av ärende: {allowed}",
    "new-cli-records": "ärendemappen (standard: records)",
    "new-cli-date": "dagen då ärendet registrerades, ÅÅÅÅ-MM-DD (standard: i dag)",
    "new-created": (
        "Skapade {path}. Fyll i de tomma fälten och kontrollera sedan filen med: kvalitet validera {path}"
    ),
    "new-unknown-typ": "'{value}' är ingen typ av ärende.{hint} Välj en av: {allowed}.",
    "new-typ-with-prefix": "{typ} ({prefix})",
    "new-no-root": (
        "hittar ingen organisation.yaml i {folder} eller i mapparna ovanför. Ange ärendemappen, "
        "den som innehåller organisation.yaml och kategorier.yaml."
    ),
    "new-reference-problems": (
        "kan inte skapa ett nytt ärende förrän felen i organisation.yaml, kategorier.yaml eller "
        "kvalitet.yaml är rättade:\n{problems}"
    ),
    # The skeleton: the comments at the top
    "new-header-title": "{title}: {description}",
    "new-header-fill": (
        "Fyll i de tomma fälten. Raden ovanför ett fält säger vad det är och vilka värden som går att välja."
    ),
    "new-header-privacy": (
        "Skriv aldrig namn, personnummer, adress, telefonnummer eller e-post. Skriv koder som "
        "'Brukare A' eller 'Medarbetare 1'."
    ),
    "new-header-check": "Kontrollera filen med: kvalitet validera {path}",
    "new-optional-heading": (
        "Frivilliga fält. Behöver du ett av dem: ta bort # och mellanslaget i början av raden med "
        "fältets namn (och av raderna under den som hör till fältet) och fyll i värdet."
    ),
    # The skeleton: what a field takes
    "new-hint-one-of": "en av {values}",
    "new-hint-some-of": "en eller flera av {values}",
    "new-hint-no-codes": "(det finns inga att välja bland i {file} den {date})",
    "new-hint-date": "ÅÅÅÅ-MM-DD",
    "new-hint-date-time": "ÅÅÅÅ-MM-DD TT:MM",
    "new-hint-integer": "ett heltal",
    "new-hint-integer-range": "ett heltal från {low} till {high}",
    "new-hint-boolean": "true eller false",
    "new-hint-example": "till exempel {example}",
    "new-hint-list": "en lista",
    "new-hint-list-example": "en lista, till exempel [{example}]",
    "new-note-text": "Högst {limit} tecken.",
    "new-note-text-example": "Högst {limit} tecken, till exempel {example}.",
}
