"""The guard's number finders: personnummer, samordningsnummer, reservnummer, phone numbers, postal codes.

Used by `kvalitet.records.guard`; the rules are described there.

* A personnummer is any date-shaped run of 6 or 8 digits (YYMMDD or CCYYMMDD, a real calendar day, or
  that day + 60 for a samordningsnummer) followed by a serial of 4 characters (4 digits, or one letter
  and 3 digits as in a reservnummer: "19850312-T234"), whatever its check digit: a mistyped number
  still identifies someone. Between date and serial any separator people type: none, a space, a
  no-break space, a hyphen of any kind (U+2010-U+2014, U+2212), "+", "/", ".", with spaces around it,
  and a line break with the next line's indentation (and a YAML comment's "#").
* A 10-digit run that starts like a mobile number (07X) and fails the check digit is a phone number.
"""

from __future__ import annotations

import re

from kvalitet.records.guard_types import LO, UP, Kind, Span

# Start of a number: two or more digits, or "+" and digits, not after a digit or "+".
_NUMBER_RE = re.compile(r"[+0-9](?<![0-9+].)[0-9]+")
_GAP = r"[ \t\u00a0\u202f\u2007]"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"
_PNR_RE = re.compile(
    rf"(?P<century>18|19|20)?(?P<yy>[0-9]{{2}})(?P<mm>[0-9]{{2}})(?P<dd>[0-9]{{2}})"
    rf"(?P<sep>{_GAP}{{0,3}}(?:[-+/.{_DASHES}]{_GAP}{{0,3}})?(?:\r?\n{_GAP}*(?:#{_GAP}*)?)?)"
    r"(?P<serial>[0-9]{4}|[A-Za-z][0-9]{3}|[0-9][A-Za-z][0-9]{2}|[0-9]{2}[A-Za-z][0-9]|[0-9]{3}[A-Za-z])"
    r"(?![0-9A-Za-zÅÄÖåäö])"
)
_NOT_PHONE_RE = re.compile(  # a personnummer's shape (no real day), dd-mm-yyyy, hh.mm-hh.mm
    r"(?:[0-9]{2})?[0-9]{6}[-+][0-9]{4}|[0-3][0-9][-./][01][0-9][-./](?:19|20)[0-9]{2}"
    r"|[0-2][0-9][.:]?[0-5][0-9] ?[-–] ?[0-2][0-9][.:]?[0-5][0-9]"
)
# One separator between the digits of a phone number: spaces, or one punctuation mark with spaces round it.
_PHONE_SEP = rf"(?:{_GAP}{{0,2}}[-/.{_DASHES}]{_GAP}{{0,2}}|{_GAP}{{1,2}})"
_PHONE_RE = re.compile(
    rf"(?:(?P<intl>\+46|0046){_PHONE_SEP}?(?:\(0\){_PHONE_SEP}?)?|0)[1-9](?:{_PHONE_SEP}?[0-9])+(?![0-9])"
)
_PHONE_PAREN_RE = re.compile(rf"\(0[1-9][0-9]{{0,2}}\){_PHONE_SEP}?[0-9](?:{_PHONE_SEP}?[0-9])+(?![0-9])")
_PUNCTUATION = frozenset("-/." + _DASHES)
_GROUP_END_RE = re.compile(rf"{_PHONE_SEP}[0-9]+$")
_POSTAL_RE = re.compile(
    rf"[1-9][0-9]{{2}} ?[0-9]{{2}}(?![0-9.,:/-])[ \t]+"
    rf"(?P<town>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)*)(?![\w-])"
)
_LUHN_DOUBLED = {str(d): 2 * d - 9 if d > 4 else 2 * d for d in range(10)}
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MOBILE = ("070", "072", "073", "076", "079")


def luhn_ok(ten: str) -> bool:
    """Is the check digit of a 10-digit personnummer right?"""
    return (sum(_LUHN_DOUBLED[c] for c in ten[0::2]) + sum(map(int, ten[1::2]))) % 10 == 0


def _pnr_kind(m: re.Match[str]) -> Kind | None:
    """personnummer or samordningsnummer (day + 60) if the date part is a real day."""
    century, yy, mm = m.group("century"), m.group("yy"), int(m.group("mm"))
    day = int(m.group("dd"))
    kind: Kind = "samordningsnummer" if day > 60 else "personnummer"
    day = day - 60 if day > 60 else day
    if not 1 <= mm <= 12:
        return None
    max_day = _DAYS[mm - 1]
    if mm == 2:
        year = int((century or "20") + yy)  # without century, 00 may be 2000: a leap year
        max_day = 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return kind if 1 <= day <= max_day else None


def _mobile_not_pnr(m: re.Match[str]) -> bool:
    """A plain 10-digit 07X number with a wrong check digit: a phone number, not a personnummer."""
    digits = m.group()
    return len(digits) == 10 and digits.startswith(_MOBILE) and digits.isdigit() and not luhn_ok(digits)


def _phone_end(s: str, start: int, skip: int, intl: bool) -> int | None:
    """End of a valid phone number, trailing number groups trimmed if it is too long.

    skip: leading digits that are not in the national number ("46", "0046", "0").
    """
    if _NOT_PHONE_RE.fullmatch(s) or len(_PUNCTUATION.intersection(s)) > 1:
        return None  # a date, office hours, or separators that no one mixes in a phone number
    while True:
        nsn = "".join(c for c in s if c.isdigit())[skip:]  # national significant number
        if intl:
            nsn = nsn.removeprefix("0")  # "+46 (0)70 ..."
        if len(nsn) <= 9:
            break
        last = _GROUP_END_RE.search(s)
        if last is None or last.start() == 0:
            return None
        s = s[: last.start()]
    mobile = nsn[:1] == "7" and nsn[1:2] in ("0", "2", "3", "6", "9")
    ok = 8 <= len(nsn) <= 9 if mobile else 7 <= len(nsn) <= 9  # a mobile number one digit short too
    return start + len(s) if ok else None


def _phone(text: str, pos: int, run: str) -> tuple[int, int] | None:
    """Phone number at a number that starts with '+' or '0'."""
    if pos > 0:
        before = text[pos - 1]
        if before.isalnum() or (before in "-./:," and pos > 1 and text[pos - 2].isdigit()):
            return None  # inside an id, a date or a decimal number
        if before == "(" and run[0] == "0":  # "(031) 12 34 56"
            m = _PHONE_PAREN_RE.match(text, pos - 1)
            if m is not None:
                end = _phone_end(m.group(), pos - 1, 1, intl=False)
                return None if end is None else (pos - 1, end)
    m = _PHONE_RE.match(text, pos)
    if m is None:
        return None
    intl = m.group("intl")
    end = _phone_end(m.group(), pos, len(intl) - 1 if intl else 1, intl=intl is not None)
    return None if end is None else (pos, end)


def find_numbers(text: str, out: list[Span], not_towns: frozenset[str]) -> None:
    """personnummer, samordningsnummer, telefon and postal codes (adress) in text, appended to out."""
    done = 0  # end of the last finding: numbers inside it are skipped
    for num in _NUMBER_RE.finditer(text):
        run, pos = num.group(), num.start()
        if pos < done:
            continue
        n, first = len(run), run[0]
        if n in (6, 8, 10, 12) and (m := _PNR_RE.match(text, pos)) is not None and not _mobile_not_pnr(m):
            kind = _pnr_kind(m)
            if kind is not None:
                out.append((kind, pos, m.end()))
                done = m.end()
                continue
        if first == "+" or (first == "0" and (run[1] != "0" or run[:4] == "0046")):
            span = _phone(text, pos, run)
            if span is not None:
                out.append(("telefon", *span))
                done = span[1]
                continue
        if n in (3, 5) and first != "0" and (pos == 0 or text[pos - 1] in " \t\n("):
            m = _POSTAL_RE.match(text, pos)
            if m is not None and m.group("town") not in not_towns:
                out.append(("adress", pos, m.end()))
