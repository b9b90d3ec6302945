"""kvalitet.swedish: house style for numbers (the minus sign, percent, shares); whole numbers
 and dates are written without Babel (validation runs without it), as
Babel writes them."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date
from babel.numbers import format_decimal

from kvalitet import swedish
from kvalitet.swedish import number, percent, plain_number, share, signed


@pytest.mark.parametrize("value", [0, 1, 7, 999, 1000, 1234, -1234, 99_999, 1_234_567, -5, 10**12])
def test_whole_numbers_as_babel_writes_them(value: int) -> None:
    expected = format_decimal(value, format="#,##0", locale=swedish.LOCALE).replace("-", swedish.MINUS)
    assert swedish.number(value) == expected
    assert swedish.number(value, decimals=0) == swedish.number(value)


def test_thousands_are_separated_by_a_no_break_space() -> None:
    assert swedish.number(3107) == "3\u00a0107"


@pytest.mark.parametrize("decimals", [None, 0, 1, 2])
def test_decimals_as_babel_writes_them(decimals: int | None) -> None:
    values = [n / 1000 for n in range(-3000, 3000, 7)] + [n / 8 for n in range(-100, 100)]
    values += [0.05, 0.15, 0.25, 2.675, 1234.5, 99999.95, 1e6 + 0.5, 33.333333, -0.04, 12.0, 1234567.891]
    for value in values:
        places = decimals if decimals is not None else (0 if value.is_integer() else 1)
        pattern = "#,##0" if places == 0 else "#,##0." + "0" * places
        expected = format_decimal(value, format=pattern, locale=swedish.LOCALE).replace("-", swedish.MINUS)
        assert swedish.number(value, decimals=decimals) == expected, value


def test_decimals_examples() -> None:
    assert swedish.number(33.5) == "33,5"
    assert swedish.number(1234.0) == "1\u00a0234"
    assert swedish.number(2.25, decimals=2) == "2,25"


def test_dates_as_babel_writes_them() -> None:
    for offset in range(366 * 2):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=offset)
        assert swedish.long_date(day) == format_date(day, format="long", locale=swedish.LOCALE)
        assert swedish.month_name(day) == format_date(day, format="MMMM yyyy", locale=swedish.LOCALE)
        short = str(format_date(day, format="LLL", locale=swedish.LOCALE)).rstrip(".")
        assert swedish.months_so_far(day).split("–")[-1].split(" ")[-1] == short
        assert swedish.short_date(day) == f"{day.day} {short} {day.year}"


def test_negative_numbers_have_the_minus_sign() -> None:
    assert number(-2) == "\u22122"
    assert number(-1234.5) == "\u22121\u00a0234,5"
    assert plain_number(-2) == "-2"  # CSV: the hyphen, which a spreadsheet reads as a number


def test_signed_differences() -> None:
    assert (signed(3), signed(-2), signed(0)) == ("+3", "\u22122", "0")


def test_percent_and_share() -> None:
    assert percent(199, 300) == "66\u00a0%"
    assert percent(1, 3, decimals=1) == "33,3\u00a0%"
    assert percent(1, 0) == "–"
    assert share(199, 300) == "199 av 300 (66\u00a0%)"
    assert share(0, 0) == "0 av 0"
    assert share(1099, 1313) == "1\u00a0099 av 1\u00a0313 (84\u00a0%)"
