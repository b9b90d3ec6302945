"""Messages about the history of the organisation: units and avdelningar that replace others, and the
figures shown on today's organisation."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # organisation.yaml: ersätter and avdelningar
    "orghist-unit-replaces-itself": (
        "enheten kan inte ersätta sig själv. Ta bort dess eget id ur 'ersätter'."
    ),
    "orghist-unit-replaces-unknown": (
        "'ersätter' anger enheten '{id}', som inte finns under 'enheter'. Ange id:t på den enhet "
        "som ersätts, som det står där."
    ),
    "orghist-unit-no-start": (
        "enheten ersätter {old} men saknar 'från'. Ange första dagen den nya enheten fanns."
    ),
    "orghist-unit-old-open": (
        "enheten ersätter {old}, men {old} har inget 'till'. Ange sista dagen {old} fanns."
    ),
    "orghist-unit-overlap": (
        "enheten ersätter {old}, men {old} fanns till och med {end} och den nya enheten började "
        "{start}. Den ersatta enheten ska ha upphört senast den dag den nya började: kontrollera "
        "datumen."
    ),
    "orghist-unit-cycle": (
        "'ersätter' leder i en cirkel tillbaka till den här enheten. En enhet kan bara ersätta "
        "enheter som fanns före den: ta bort det id som leder tillbaka."
    ),
    "orghist-department-replaces-itself": (
        "avdelningen kan inte ersätta sig själv. Ta bort dess eget id ur 'ersätter'."
    ),
    "orghist-department-replaces-unknown": (
        "'ersätter' anger avdelningen '{id}', som inte finns under 'avdelningar'. Ange id:t på den "
        "avdelning som ersätts, som det står där."
    ),
    "orghist-department-no-start": (
        "avdelningen ersätter {old} men saknar 'från'. Ange första dagen den nya avdelningen fanns."
    ),
    "orghist-department-old-open": (
        "avdelningen ersätter {old}, men {old} har inget 'till'. Ange sista dagen {old} fanns."
    ),
    "orghist-department-overlap": (
        "avdelningen ersätter {old}, men {old} fanns till och med {end} och den nya avdelningen "
        "började {start}. Den ersatta avdelningen ska ha upphört senast den dag den nya började: "
        "kontrollera datumen."
    ),
    "orghist-department-cycle": (
        "'ersätter' leder i en cirkel tillbaka till den här avdelningen. En avdelning kan bara "
        "ersätta avdelningar som fanns före den: ta bort det id som leder tillbaka."
    ),
    "orghist-department-not-listed": (
        "avdelningen '{name}' finns inte under 'avdelningar'. Skriv avdelningens namn som det står "
        "där, eller lägg till avdelningen i listan."
    ),
    "orghist-unit-outside-department": (
        "enheten fanns en tid då avdelningen '{name}' inte fanns (avdelningen fanns {period}). "
        "Ange den avdelning enheten hörde till, eller rätta datumen."
    ),
    # Tables by year: a year in which the row did not exist
    "note-absent-units": "– = enheten fanns inte det året.",
    "note-absent-departments": "– = avdelningen fanns inte det året.",
    "note-absent-categories": "– = kategorin användes inte det året.",
    # Today's organisation
    "title-units-today": "{group}: per enhet och år, i dagens organisation",
    "title-unit-today": "{unit}: ärenden per år, med enheterna som ersattes",
    "note-units-today": (
        "Tabellen visar dagens organisation: ärenden hos en enhet som har ersatts räknas hos den "
        "enhet som ersatte den."
    ),
    "note-line-forward": (
        "Raden {new} räknar också ärendena hos {old}, som fanns till och med {until} och ersattes av {new}."
    ),
    "note-line-together": (
        "{new} visas på en rad: till och med {until} var de {old}, och de ärendena kan inte delas "
        "upp mellan dem. Tabellen per enhet som organisationen var visar dem var för sig."
    ),
    "note-unit-today-people": (
        "Ärendetyper som gäller enskilda personer visas bara som organisationen var, för att skydda "
        "små tal. Därför har tabellen ingen summarad."
    ),
    "title-departments-today": "{group}: per avdelning och år, i dagens organisation",
    "note-departments-today": (
        "Tabellen visar dagens organisation: ärenden hos en avdelning som har ersatts räknas hos den "
        "avdelning som ersatte den."
    ),
    "note-department-line-together": (
        "{new} visas på en rad: till och med {until} var de {old}, och de ärendena kan inte delas "
        "upp mellan dem. Tabellen per avdelning som organisationen var visar dem var för sig."
    ),
    "page-units-as-it-was": "Per enhet som organisationen var",
    "page-departments-as-it-was": "Per avdelning som organisationen var",
    "page-unit-replaced-by": (
        "Enheten ersattes av {units}. I tabellerna över dagens organisation räknas dess ärenden på "
        "raden {line}."
    ),
    "page-unit-replaced": "Enheten ersattes av {units}.",
    "page-unit-replaces": "Enheten ersätter {units}.",
    "page-unit-today-heading": "Med enheterna som ersattes",
    "page-unit-today-lead": (
        "Tabellen följer enheten bakåt genom omorganisationen: den räknar också ärendena hos de "
        "enheter som ersattes."
    ),
}
