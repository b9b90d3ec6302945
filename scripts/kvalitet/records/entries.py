"""The entries of the reference lists: a unit, category, insats, skäl or orsak, and its period of use.

Their own module so that the checks of the lists (`org_history`) and the lists' reader (`reference`)
both use them without importing each other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from kvalitet.messages import say


@dataclass(frozen=True, slots=True)
class Period:
    """Days from `start` to `end`, both included; None means open."""

    start: dt.date | None = None
    end: dt.date | None = None

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def describe(self, day: Callable[[dt.date], str] = dt.date.isoformat) -> str:
        """The period in words: "till och med 2023-12-31", "från och med 2024-01-01"; `day` writes
        the dates (ISO, as in the records, unless the caller wants "31 december 2023")."""
        if self.start and self.end:
            return say("period-between", start=day(self.start), end=day(self.end))
        if self.end:
            return say("period-until", end=day(self.end))
        if self.start:
            return say("period-from", start=day(self.start))
        return say("period-always")


@dataclass(frozen=True, slots=True)
class Entry:
    """A unit, category, insats or skäl: an id with a name and the period it is in use."""

    id: str
    name: str
    period: Period
    group: str = ""
    """The unit's avdelning, or the law of an insats ("SoL", "LSS", or "SoL/LSS" for both)."""
    replaces: tuple[str, ...] = ()
