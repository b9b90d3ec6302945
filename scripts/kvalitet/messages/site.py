"""Texts of the published site and its build."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {}
