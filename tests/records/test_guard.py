"""Tests for kvalitet.records.guard. Most cases are data lines in tests/cases/guard/."""

from __future__ import annotations

import dataclasses
import random

import pytest

from kvalitet.records import guard
from kvalitet.records.guard import Finding, find_identifiers
from tests.helpers import CASES as ALL_CASES

CASES = ALL_CASES / "guard"
KINDS = {"personnummer", "samordningsnummer", "telefon", "epost", "adress", "namn"}


def _lines(name: str) -> list[tuple[int, str]]:
    """(line number, line) for every non-blank, non-comment line of a case file."""
    text = (CASES / name).read_text(encoding="utf-8")
    return [
        (no, line)
        for no, line in enumerate(text.splitlines(), start=1)
        if line.strip() and not line.startswith("#")
    ]


def _params(name: str) -> list[object]:
    return [pytest.param(line, id=f"{name}:{no}") for no, line in _lines(name)]


def _check_invariants(text: str, found: list[Finding]) -> None:
    previous_end = 0
    for f in found:
        assert f.kind in KINDS
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start : f.end]
        assert f.start >= previous_end, "findings must be sorted and non-overlapping"
        previous_end = f.end


@pytest.mark.parametrize("line", _params("flagged.txt"))
def test_flagged(line: str) -> None:
    kinds, text = line.split("\t", 1)
    found = find_identifiers(text)
    _check_invariants(text, found)
    assert [f.kind for f in found] == kinds.split(","), found


@pytest.mark.parametrize("line", _params("clean.txt"))
def test_clean(line: str) -> None:
    assert find_identifiers(line) == []


@pytest.mark.parametrize("line", _params("spans.txt"))
def test_spans(line: str) -> None:
    kind, expected, text = line.split("\t")
    start = text.index(expected)
    found = find_identifiers(text)
    _check_invariants(text, found)
    spans = [(f.kind, f.start, f.end, f.text) for f in found]
    assert (kind, start, start + len(expected), expected) in spans, found


def test_case_files_are_well_formed() -> None:
    assert len(_lines("flagged.txt")) >= 40
    assert len(_lines("clean.txt")) >= 40
    for _, line in _lines("flagged.txt"):
        kinds, _text = line.split("\t", 1)
        assert set(kinds.split(",")) <= KINDS, line
    for _, line in _lines("spans.txt"):
        kind, expected, text = line.split("\t")
        assert kind in KINDS and expected in text, line


def test_word_lists_are_consistent() -> None:
    """A word is either a plain first name, an ambiguous name or never a name."""
    assert len(guard._FIRST) >= 300 and len(guard._SURNAMES) >= 200
    assert not guard._FIRST & guard._AMBIGUOUS
    assert not guard._FIRST & guard._NOT_NAMES
    for word in guard._FIRST | guard._SURNAMES | guard._AMBIGUOUS:
        assert guard._CAPWORD_RE.fullmatch(word), word


def _luhn_ok(ten: str) -> bool:
    total = 0
    for i, ch in enumerate(ten):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def test_test_values_are_luhn_valid() -> None:
    # The classic Skatteverket test number, and values used in the case files.
    for ten in ("8112189876", "1212121212", "6408233234", "8705621111", "0402294565"):
        assert _luhn_ok(ten), ten
    for ten in ("8112189875", "6408233235"):
        assert not _luhn_ok(ten), ten


def test_positions_and_kinds() -> None:
    text = "Anna Svensson (811218-9876) nås på 070-123 45 67 eller anna@example.se."
    assert find_identifiers(text) == [
        Finding("namn", 0, 13, "Anna Svensson"),
        Finding("personnummer", 15, 26, "811218-9876"),
        Finding("telefon", 35, 48, "070-123 45 67"),
        Finding("epost", 55, 70, "anna@example.se"),
    ]


def test_century_and_plus_separator() -> None:
    assert find_identifiers("19811218-9876") == [Finding("personnummer", 0, 13, "19811218-9876")]
    assert find_identifiers("121212+1212") == [Finding("personnummer", 0, 11, "121212+1212")]


def test_samordningsnummer_day_plus_60() -> None:
    # 870502 is a valid date; day 02 + 60 = 62 gives the samordningsnummer form.
    (f,) = find_identifiers("Nummer 870562-1111.")
    assert (f.kind, f.start, f.end) == ("samordningsnummer", 7, 18)


def test_leap_day() -> None:
    assert [f.kind for f in find_identifiers("20000229-1235")] == ["personnummer"]
    # 1900 was not a leap year: same digits with century 19 are not a date.
    assert find_identifiers("19000229-1235") == []


def test_embedded_in_longer_digit_run() -> None:
    assert find_identifiers("Referens 98112189876 i systemet.") == []
    assert find_identifiers("Referens 8112189876123 i systemet.") == []


def test_phone_trailing_number_is_not_swallowed() -> None:
    (f,) = find_identifiers("Ring 070-123 45 67 2 gånger.")
    assert f == Finding("telefon", 5, 18, "070-123 45 67")


def test_lex_sarah_and_exempt_prefixes() -> None:
    for text in ("lex Sarah", "Lex Sarah", "lex Maja", "Villa Maria har fått nytt larm."):
        assert find_identifiers(text) == [], text


def test_overlap_email_wins_over_name() -> None:
    (f,) = find_identifiers("Skicka till Anna.Svensson@kommun.se idag.")
    assert f.kind == "epost"


def test_random_text_keeps_invariants() -> None:
    """No exceptions and valid spans on random mixes of names, digits and separators."""
    rng = random.Random(20240503)
    pieces = [
        *"0123456789 -+()@.,:/\n",
        "Anna ", "Per ", "Svensson ", "Lund ", "lex ", "gatan ", "Storgatan ", "46",
        "070", "+46 ", "Berg-", "Maj-", "s ", "Å", "é", "kvist", "@a.se", "\u00a0",
    ]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        _check_invariants(text, find_identifiers(text))


def test_finding_is_frozen_with_slots() -> None:
    f = Finding("namn", 0, 4, "Anna")
    assert not hasattr(f, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 1  # type: ignore[misc]


def test_empty_and_whitespace() -> None:
    assert find_identifiers("") == []
    assert find_identifiers("   \n\t") == []
