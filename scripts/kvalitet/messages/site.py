"""Texts of the published site and its build."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "site-suppressed-note": (
        "* = färre än gränsen för små tal, eller ett tal som skulle avslöja ett sådant. "
        "Döljs för att skydda enskilda personer."
    ),
    "site-download-csv": "Ladda ner tabellen som CSV-fil: {title}",
}
