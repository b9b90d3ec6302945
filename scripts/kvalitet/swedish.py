"""Numbers and dates written the Swedish way, through Babel: 1 234, 33,5 procent, 18 mars 2025."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "sv_SE"
SUPPRESSED = "*"
"""Shown in place of a count hidden to protect people's privacy (see Om statistiken)."""


def number(value: int | float | None, *, decimals: int | None = None) -> str:
    """A count or measure for people: thousands separated by a space, decimal comma."""
    if value is None:
        return SUPPRESSED
    if decimals is None:
        decimals = 0 if isinstance(value, int) or float(value).is_integer() else 1
    pattern = "#,##0" if decimals == 0 else "#,##0." + "0" * decimals
    return str(format_decimal(value, format=pattern, locale=LOCALE))


def plain_number(value: int | float | None) -> str:
    """A number for a CSV file opened in Swedish Excel: decimal comma, no thousands separator."""
    if value is None:
        return SUPPRESSED
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def long_date(day: dt.date) -> str:
    """ "18 mars 2025"."""
    return str(format_date(day, format="long", locale=LOCALE))


def month_name(day: dt.date) -> str:
    """ "mars 2025"."""
    return str(format_date(day, format="MMMM yyyy", locale=LOCALE))
