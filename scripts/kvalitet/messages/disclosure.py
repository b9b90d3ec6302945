"""Messages of the suppression of small counts (kvalitet.aggregate.disclosure) and of what the public
report leaves out for it."""

from __future__ import annotations

from typing import Final

MESSAGES: Final = {
    "analysis-open-count-only": (
        "Vid uppföljningen hade {count} {noun} inte avslutats. Enskilda ärenden av det här slaget "
        "redovisas inte per enhet eller månad i den publicerade berättelsen, eftersom de gäller "
        "enskilda personer."
    ),
}
