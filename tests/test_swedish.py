"""kvalitet.swedish: whole numbers are written without Babel (validation runs without it), as Babel would."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal

from kvalitet import swedish


@pytest.mark.parametrize("value", [0, 1, 7, 999, 1000, 1234, -1234, 99_999, 1_234_567, -5, 10**12])
def test_whole_numbers_as_babel_writes_them(value: int) -> None:
    assert swedish.number(value) == format_decimal(value, format="#,##0", locale=swedish.LOCALE)
    assert swedish.number(value, decimals=0) == swedish.number(value)


def test_thousands_are_separated_by_a_no_break_space() -> None:
    assert swedish.number(3107) == "3\u00a0107"


def test_decimals_still_go_through_babel() -> None:
    assert swedish.number(33.5) == "33,5"
    assert swedish.number(1234.0) == "1\u00a0234"
    assert swedish.number(2.25, decimals=2) == "2,25"
