"""Links between cases and the assessments of IMY and IVO: messages, labels and notes (issue 12, point 5)."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "word-or": " eller ",
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
    "link-item": "id nr {number} i fältet '{name}'",
}
