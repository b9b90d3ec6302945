"""Dates and times as records write them: ÅÅÅÅ-MM-DD, and ÅÅÅÅ-MM-DD TT:MM for a moment.

A date must also be plausible for a case: from EARLIEST to LATEST. A case closed in 9999 is a typo.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
"""Written like a date, whether or not the day exists."""
EARLIEST = dt.date(2000, 1, 1)
LATEST = dt.date(2100, 12, 31)
"""The dates a record may hold (as a named constant: the schemas' "date" format means within them)."""
_DATE_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?\Z")


@cache
def parse_date(text: str) -> dt.date | None:
    """A date written ÅÅÅÅ-MM-DD, or None when the text is not one."""
    if not DATE_SHAPE.match(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def parse_date_time(text: str) -> dt.datetime | None:
    """A local date and time written ÅÅÅÅ-MM-DD TT:MM[:SS] (or with T), or None."""
    match = _DATE_TIME.match(text)
    if not match:
        return None
    day = parse_date(match[1])
    hour, minute, second = int(match[2]), int(match[3]), int(match[4] or 0)
    if day is None or hour > 23 or minute > 59 or second > 59:
        return None
    return dt.datetime(day.year, day.month, day.day, hour, minute, second)


def parse_moment(text: str) -> dt.datetime | None:
    """A date and time, or a date alone (a moment known only to the day) as the start of that day
    (00:00): the 72 hours to IMY are then counted from the day's beginning. None otherwise."""
    day = parse_date(text)
    return dt.datetime(day.year, day.month, day.day) if day is not None else parse_date_time(text)


def plausible(day: dt.date) -> bool:
    """Whether `day` lies from EARLIEST to LATEST."""
    return EARLIEST <= day <= LATEST
