"""Texts of `kvalitet ny`: the skeleton of a new record."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {}
