"""Numbers and dates written the Swedish way: 1 234, 33,5 procent, 18 mars 2025.

Written here as Babel writes them for sv_SE (tests/test_swedish.py compares the two), without Babel
itself, so that validation and `kvalitet diff` need only the core that pyproject.toml lists."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal

LOCALE = "sv_SE"
GROUP = "\u00a0"
"""The thousands separator of sv_SE: a no-break space."""
SUPPRESSED = "*"
"""Shown in place of a count hidden to protect people's privacy (see Om statistiken)."""


PERCENT = "\u00a0%"
"""Swedish writes a space before the percent sign ("66 %"): a no-break space, so it never starts a line."""
MINUS = "\u2212"
"""The minus sign of a negative number (not the hyphen "-")."""


def number(value: int | float | None, *, decimals: int | None = None) -> str:
    """A count or measure for people: thousands separated by a (no-break) space, decimal comma, and the
    minus sign U+2212 ("−2"; CSV files keep the hyphen, which spreadsheets read: `plain_number`)."""
    if value is None:
        return SUPPRESSED
    if isinstance(value, int) and decimals in (None, 0):
        return f"{value:,}".replace(",", GROUP).replace("-", MINUS)
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 1
    # As Babel: the decimal the float is written as, rounded half to even.
    exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
    return f"{exact:,.{decimals}f}".replace(",", GROUP).replace(".", ",").replace("-", MINUS)


def signed(value: int | float) -> str:
    """A number with its sign, for a difference: "+3", "−2" (U+2212), "0"."""
    text = number(abs(value))
    return f"+{text}" if value > 0 else f"{MINUS}{text}" if value < 0 else text


def percent(part: int | float, whole: int | float, *, decimals: int = 0) -> str:
    """`part` as a share of `whole`: "66 %", or "66,3 %" with a decimal; "–" when `whole` is 0."""
    if not whole:
        return "–"
    return number(round(100 * part / whole, decimals), decimals=decimals) + PERCENT


def share(part: int, whole: int) -> str:
    """ "199 av 300 (66 %)": a count with its denominator and the share."""
    if not whole:
        return f"{number(part)} av {number(whole)}"
    return f"{number(part)} av {number(whole)} ({percent(part, whole)})"


WORDS = ("noll", "", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv")
"""Numbers up to twelve are written as words in running text (as Swedish style guides advise)."""


def amount(n: int, *, neuter: bool = False) -> str:
    """A number alone in running text: "ingen", "en" ("ett"), "två", "93", "1 234" (no-break space)."""
    if n == 0:
        return "inget" if neuter else "ingen"
    if n == 1:
        return "ett" if neuter else "en"
    if n < len(WORDS):
        return WORDS[n]
    return number(n)


def plain_number(value: int | float | None) -> str:
    """A number for a CSV file opened in Swedish Excel: decimal comma, no thousands separator."""
    if value is None:
        return SUPPRESSED
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
)  # fmt: skip
SHORT_MONTHS = ("jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec")
"""sv_SE's abbreviated month names (Babel's LLL), without their full stop."""


def long_date(day: dt.date) -> str:
    """ "18 mars 2025"."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date) -> str:
    """ "18 mars 2025", "30 sep 2026": a date in a list column, with the abbreviated month."""
    return f"{day.day} {_short_month(day)} {day.year}"


def month_name(day: dt.date) -> str:
    """ "mars 2025"."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def _short_month(day: dt.date) -> str:
    return SHORT_MONTHS[day.month - 1]


def months_so_far(as_of: dt.date) -> str:
    """The part of the year up to `as_of`, without the year: "jan–okt" when `as_of` ends its month,
    otherwise "1 jan–15 okt"; "jan" for January alone; "jan–dec" for the whole year."""
    last = _short_month(as_of)
    if (as_of + dt.timedelta(days=1)).month == as_of.month:
        return f"1 jan–{as_of.day} {last}"
    return last if as_of.month == 1 else f"jan–{last}"


def part_year(as_of: dt.date) -> str:
    """The part of its year up to `as_of`, "jan–okt 2026" (see `months_so_far`); the year alone for a
    whole year."""
    if (as_of.month, as_of.day) == (12, 31):
        return str(as_of.year)
    return f"{months_so_far(as_of)} {as_of.year}"
