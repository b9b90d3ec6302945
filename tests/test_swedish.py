"""House style for numbers: the minus sign, percent and shares, as every page writes them."""

from __future__ import annotations

from kvalitet.swedish import number, percent, plain_number, share, signed


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
