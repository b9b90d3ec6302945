"""Links between cases and the assessments of IMY and IVO: messages, labels and notes (issue 12, point 5)."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "word-or": " eller ",
    "link-item": "id nr {number} i fältet '{name}'",
}
