"""Messages of the suppression of small counts (kvalitet.aggregate.disclosure) and of what the public
report leaves out for it."""

from __future__ import annotations

from typing import Final

MESSAGES: Final = {
    "analysis-open-not-listed": (
        "Berättelsen visar inte vilka av dessa ärenden som har varit öppna längst, eftersom varje "
        "ärende gäller en enskild person."
    ),
}
