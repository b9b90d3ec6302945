"""The record format's version: which rules a record is checked by.

A record states `postformat: 2`; one without it was written in version 1. A rule added in version 2
that refuses what version 1 accepted applies only to records of version 2, so no record that was
once valid turns invalid when the format grows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

CURRENT = 2
"""The version that new records (`kvalitet ny`, `kvalitet importera`, `kvalitet demo`) are written in."""
FIELD = "postformat"


def record_format(data: Mapping[str, Any]) -> int:
    """The version `data` is written in: its `postformat`, or 1 when it has none or a wrong one."""
    value = data.get(FIELD)
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= CURRENT else 1


def strict(data: Mapping[str, Any]) -> bool:
    """True when the rules of the current version apply to `data`."""
    return record_format(data) >= CURRENT
