"""Names of values and headings in tables, charts and the report."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {}
