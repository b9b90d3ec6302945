"""Texts of the kvalitetsberättelse."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {}
