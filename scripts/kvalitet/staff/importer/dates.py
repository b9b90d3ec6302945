"""Dates as Swedish exports write them: 2024-03-18, 18/3/2024, 18.3.2024, 18 mars 2024 and Excel dates.

A date may be followed by a time ("2024-03-18 14:30", "18/3/2024 kl. 14.30"); a date field keeps only
the day, a date-and-time field needs the time. Nothing here knows today's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Final

ISO: Final = "ÅÅÅÅ-MM-DD"
SLASH: Final = "D/M/ÅÅÅÅ"
DOTS: Final = "D.M.ÅÅÅÅ"
WORDS: Final = "D månad ÅÅÅÅ"
FORMATS: Final = (ISO, SLASH, DOTS, WORDS)
"""The formats a mapping can name under källa → datumformat, in the order they are tried."""
EXAMPLES: Final = {ISO: "2024-03-18", SLASH: "18/3/2024", DOTS: "18.3.2024", WORDS: "18 mars 2024"}

_TIME = r"(?:(?:t|\s+(?:kl\.?\s*)?)(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?\s*\Z"
# Matched against the case-folded text: "T" and "Kl." are written in lower case here.
_PATTERNS: Final = {
    ISO: re.compile(r"\s*(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})" + _TIME),
    SLASH: re.compile(r"\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})" + _TIME),
    DOTS: re.compile(r"\s*(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})" + _TIME),
    WORDS: re.compile(r"\s*(?P<day>\d{1,2})\s+(?P<name>[a-zåäö]+)\.?\s+(?P<year>\d{4})" + _TIME),
}
_MONTHS: Final = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "jan"),
            ("februari", "feb"),
            ("mars", "mar"),
            ("april", "apr"),
            ("maj",),
            ("juni", "jun"),
            ("juli", "jul"),
            ("augusti", "aug"),
            ("september", "sep", "sept"),
            ("oktober", "okt"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_EXCEL_EPOCH: Final = dt.datetime(1899, 12, 30)
_EXCEL_LAST: Final = 2958465  # 9999-12-31


def parse_moment(text: str, formats: Sequence[str] = FORMATS) -> tuple[dt.date, dt.time | None] | None:
    """The day (and the time, if written) in `text`, or None when no format fits or the day is impossible."""
    lowered = text.casefold()
    for name in formats:
        match = _PATTERNS[name].match(lowered)
        if match is None:
            continue
        month = _MONTHS.get(match["name"]) if name == WORDS else int(match["month"])
        try:
            day = dt.date(int(match["year"]), month or 0, int(match["day"]))
            clock = (
                dt.time(int(match["hour"]), int(match["minute"]), int(match["second"] or 0))
                if match["hour"] is not None
                else None
            )
        except ValueError:
            return None
        return day, clock
    return None


def from_excel(serial: float) -> dt.datetime | None:
    """An Excel serial day number (a date cell that lost its format) as a date and time."""
    if not 1 <= serial <= _EXCEL_LAST:
        return None
    moment = _EXCEL_EPOCH + dt.timedelta(days=serial)
    return moment.replace(microsecond=0)


def examples(formats: Sequence[str], *, with_time: bool = False) -> list[str]:
    """One example per format, for messages."""
    return [EXAMPLES[name] + (" 10:30" if with_time else "") for name in formats]
