"""Messages of the suppression of small counts (kvalitet.aggregate.disclosure) and of what the public
report leaves out for it."""

from __future__ import annotations

from typing import Final

MESSAGES: Final = {
    "suppression-unprotectable": (
        "Varning: {count} små tal går inte att dölja så att de inte kan räknas ut ur det som publiceras "
        "tillsammans, för den som gissar rätt vilka tal som inte har ändrats mellan versioner och "
        "rapporter: {places}. Publicera inte webbplatsen ännu. Oftast beror det på att en fastställd "
        "berättelse redan visar talet, eller på att bara en enhet har ärenden av ett slag under ett år. "
        "Visa den här listan för den som underhåller verktyget."
    ),
    "suppression-place": "{table}.csv, raden {row}, {column}",
    "suppression-place-part": "{table}.csv, raden {row}, {column} (månad {months})",
    "analysis-open-not-listed": (
        "Berättelsen visar inte vilka av dessa ärenden som har varit öppna längst, eftersom varje "
        "ärende gäller en enskild person."
    ),
}
