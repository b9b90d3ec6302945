"""Links between cases and the assessments of IMY and IVO: messages, labels and notes (issue 12, point 5)."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "rule-date-order-untimed": (
        "{later} ({later_value}) ligger före {earlier} ({earlier_value}). Upptäckten är en dag utan "
        "klockslag och räknas från dagens början (kl. 00.00). Kontrollera datumen."
    ),
    "rule-imy-reported-missing": (
        "bedömningen är att incidenten anmäldes till IMY, men fältet 'anmäld_imy' saknas. Lägg till "
        "när den anmäldes, eller ändra utfallet."
    ),
    "rule-imy-not-reportable": (
        "fältet 'anmäld_imy' är ifyllt, men bedömningen i 'imy_bedömning' är att incidenten inte var "
        "anmälningspliktig. Ändra utfallet till 'anmäld', eller ta bort 'anmäld_imy'."
    ),
    "title-imy-assessment": "{group}: bedömning av anmälan till IMY per år",
    "heading-imy-assessment": "Bedömning",
    "label-imy-assessment-anmald": "Bedömd anmälningspliktig",
    "label-imy-assessment-ej-anmalningspliktig": "Bedömd ej anmälningspliktig",
    "label-imy-assessment-none": "Ingen bedömning antecknad",
    "note-imy-assessment": (
        "Bedömningen av om incidenten skulle anmälas till IMY, som den antecknats i ärendet, efter år då "
        "ärendet registrerades."
    ),
    "note-imy-untimed": (
        "Där upptäckten är antecknad som en dag utan klockslag räknas de {hours} timmarna från dagens "
        "början (kl. 00.00)."
    ),
    "title-ivo-completion": "{group}: IVO:s begäran om komplettering av de anmälda ärendena",
    "heading-ivo-completion": "Komplettering",
    "label-completion-sent": "Begärd och skickad",
    "label-completion-waiting": "Begärd, inte skickad ännu",
    "label-completion-none": "Ingen begäran om komplettering",
    "note-ivo-completion": (
        "Tabellen gäller de ärenden som har anmälts till IVO, efter år då ärendet registrerades. "
        "Begärd och skickad: varje komplettering som IVO begärt har skickats."
    ),
    "page-heading-channels-senders": "Hur de kom in och från vem",
    "note-senders": (
        "Ett ärende som en tillsynsmyndighet (IVO eller JO) har skickat vidare till nämnden räknas som "
        "remiss från den myndigheten, vem som än först lämnade det."
    ),
    "analysis-channels-shown": (
        "Av de {total} {noun} visas antalet per kanal för {items}; små antal visas inte."
    ),
    "analysis-channels-none-shown": "Antalen {noun} per kanal är för små för att visas.",
    "analysis-senders-shown": (
        "Av de {total} {noun} visas antalet per avsändare för {items}; små antal visas inte."
    ),
    "analysis-senders-none-shown": "Antalen {noun} per avsändare är för små för att visas.",
    "new-hint-date-time-or-date": "ÅÅÅÅ-MM-DD TT:MM, eller ÅÅÅÅ-MM-DD om klockslaget inte är känt",
    "link-item": "id nr {number} i fältet '{name}'",
}
