"""Pseudonymisation guard: find personal identifiers in a text string.

`find_identifiers` is a pure function returning kind codes and positions; wording
for users lives elsewhere. Regexes are compiled and the word lists in
``kvalitet/data/`` are loaded once, at import.

Name rules (``_words``). Only capitalised words count; "directly followed" means
separated by spaces only (no punctuation, no line break).

* A word from ``first_names.txt`` is a name, also in genitive or hyphenated
  form ("Anna", "Annas", "Maj-Britt").
* A word from ``ambiguous.txt`` (names that are also ordinary words or places:
  Per, Bo, Dag, Hans, Inga, Berg, Lund ...) is a name only when directly
  followed by a surname from ``surnames.txt`` or a word with a typical surname
  ending (-sson, -berg, -qvist ...): "Per Andersson", not "Per dag", "Bo kvar".
* Any other capitalised word directly followed by such a surname-like word is a
  name ("Kowalczyk Lindqvist"); a listed surname alone is a name ("Nguyen").
* Never names: stop words and places (``stopwords.txt``, ``places.txt``), and
  words directly after "lex", "Sankt" or "Villa" ("lex Sarah", "Villa Vera").
* A name extends over the directly following capitalised words unless they are
  stop words, places or street names ("Maria Elena Gonzales").

On overlap the higher priority wins: e-mail; numbers (personnummer,
samordningsnummer, telefon, postal code); street address; name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files
from operator import attrgetter
from typing import Literal

__all__ = ["Finding", "Kind", "find_identifiers"]

Kind = Literal["personnummer", "samordningsnummer", "telefon", "epost", "adress", "namn"]
_Span = tuple[Kind, int, int]


@dataclass(frozen=True, slots=True)
class Finding:
    kind: Kind
    start: int  # index into the text (0-based, code points)
    end: int
    text: str  # the matched substring, exactly text[start:end]


def _load(name: str) -> frozenset[str]:
    """One entry a line; '#' starts a comment; blank lines are ignored."""
    raw = (files("kvalitet.records") / "data" / name).read_text(encoding="utf-8")
    entries = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return frozenset(e for e in entries if e)


_FIRST = _load("first_names.txt")
_SURNAMES = _load("surnames.txt")
_AMBIGUOUS = _load("ambiguous.txt")
_STOPWORDS = _load("stopwords.txt")
_NOT_NAMES = _STOPWORDS | _load("places.txt")
_NOT_STREETS = tuple(sorted(_load("not_streets.txt")))  # lower-case word endings
_EXEMPT_PREFIXES = frozenset({"lex", "sankt", "s:t", "villa"})  # previous word, lower-cased

# Letters (NFC): Latin-1 plus the Latin Extended-A letters common in names.
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŤŪŮŰŹŻŽ"
_LO = "a-zß-öø-ÿāăąćčďđēėęěğīıłńňōőœřśşšťūůűźżž"

# The patterns run over the whole text start with a character class, so that the
# regex engine skips fast to candidates; the others are only tried with .match().
_CAPWORD_RE = re.compile(rf"[{_UP}](?<![\w-].)[{_LO}]+(?:-[{_UP}]?[{_LO}]+)*(?!\w)")
# Start of a number: two or more digits, or "+" and digits, not after a digit or "+".
_NUMBER_RE = re.compile(r"[+0-9](?<![0-9+].)[0-9]+")
_PNR_RE = re.compile(r"(18|19|20)?([0-9]{2})([0-9]{2})([0-9]{2})[-+– ]?([0-9]{4})(?![0-9])")
_NOT_PHONE_RE = re.compile(  # personnummer shape, dd-mm-yyyy, hhmm-hhmm
    r"(?:[0-9]{2})?[0-9]{6}[-+][0-9]{4}|[0-3][0-9]-[01][0-9]-(?:19|20)[0-9]{2}"
    r"|[0-2][0-9][0-5][0-9]-[0-2][0-9][0-5][0-9]"
)
_PHONE_RE = re.compile(r"(?:(?P<intl>\+46|0046)[ -]?(?:\(0\)[ -]?)?|0)[1-9](?:[ -]?[0-9])+(?![0-9])")
_PHONE_PAREN_RE = re.compile(r"\(0[1-9][0-9]{0,2}\)[ -]?[0-9](?:[ -]?[0-9])+(?![0-9])")
_NOT_DIGITS = str.maketrans("", "", " -()+")
_POSTAL_RE = re.compile(
    rf"[1-9][0-9]{{2}} ?[0-9]{{2}}(?![0-9.,:/-])[ \t]+"
    rf"(?P<town>[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)*)(?![\w-])"
)
# E-mail: the domain is matched from the '@', the local part backwards from it.
_EMAIL_DOMAIN_RE = re.compile(r"@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
_EMAIL_LOCAL_REVERSED_RE = re.compile(r"[\w.+-]{1,64}")
_STREET_ENDINGS = (
    "gatan", "gata", "vägen", "väg", "gränden", "gränd", "stigen", "allén", "allé",
    "torget", "backen", "leden", "plan", "stråket",
)  # fmt: skip
_GENITIVE_STREET = ("gata", "väg", "gränd", "allé", "torg", "plats", "stig", "backe")
_HOUSE_NUMBER = (
    r"\s+[0-9]{1,4}(?:[A-Za-z]|\s[A-Z])?(?:-[0-9]{1,4}[A-Za-z]?)?(?!\w)(?![-/:.][0-9])"
    r"(?:,?\s+(?:lgh|lägenhet)\.?\s*[0-9]{3,4}(?![0-9]))?"
)
_STREET_RE = re.compile(rf"[{_UP}][{_UP}{_LO}-]*(?:{'|'.join(_STREET_ENDINGS)}){_HOUSE_NUMBER}")
_GENITIVE_STREET_RE = re.compile(  # "Olof Palmes gata 3"
    rf"(?:[{_UP}][{_LO}]+\s)?[{_UP}][{_LO}]+s\s(?:{'|'.join(_GENITIVE_STREET)}){_HOUSE_NUMBER}"
)
_GENITIVE_STREET_START = tuple(" " + w for w in _GENITIVE_STREET)
_STREET_PREFIX_RE = re.compile(
    r"(?<![\w:])(?:Norra|Södra|Östra|Västra|Lilla|Stora|Gamla|Nya|Övre|Nedre|Yttre|Inre"
    r"|Sankt|S:t|S:ta)[ \t]+$"
)
_SURNAME_END_RE = re.compile(
    rf"[{_LO}](?:sson|son|berg|ström|qvist|kvist|lund|gren|dahl|holm|lin|ander|ius)s?$"
)
_PREV_WORD_RE = re.compile(r"(?<![\w:])([\w:]+)[ \t\u00a0]+$")
_LUHN_DOUBLED = {str(d): 2 * d - 9 if d > 4 else 2 * d for d in range(10)}
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _pnr_kind(m: re.Match[str]) -> Kind | None:
    """personnummer or samordningsnummer (day + 60) if date and check digit are valid."""
    century, yy, mm, dd, tail = m.groups()
    month, day = int(mm), int(dd)
    kind: Kind = "samordningsnummer" if day > 60 else "personnummer"
    day = day - 60 if day > 60 else day
    if not 1 <= month <= 12:
        return None
    max_day = _DAYS[month - 1]
    if month == 2:
        year = int((century or "20") + yy)  # without century, 00 may be 2000: a leap year
        max_day = 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    ten = yy + mm + dd + tail
    luhn = sum(_LUHN_DOUBLED[c] for c in ten[0::2]) + sum(map(int, ten[1::2]))
    return kind if 1 <= day <= max_day and luhn % 10 == 0 else None


def _phone_end(m: re.Match[str], skip: int, intl: bool) -> int | None:
    """End of a valid phone number, trailing number groups trimmed if it is too long.

    skip: leading digits that are not in the national number ("46", "0046", "0").
    """
    s = m.group()
    if _NOT_PHONE_RE.fullmatch(s):
        return None  # a personnummer (that detector decides), a date or office hours
    while True:
        nsn = s.translate(_NOT_DIGITS)[skip:]  # national significant number
        if intl:
            nsn = nsn.removeprefix("0")  # "+46 (0)70 ..."
        if len(nsn) <= 9:
            break
        cut = s.rfind(" ")
        if cut <= 0:
            return None
        s = s[:cut].rstrip(" -")
    mobile = nsn[:1] == "7" and nsn[1:2] in ("0", "2", "3", "6", "9")
    ok = len(nsn) == 9 if mobile else 7 <= len(nsn) <= 9
    return m.start() + len(s) if ok else None


def _phone(text: str, pos: int, run: str) -> tuple[int, int] | None:
    """Phone number at a number that starts with '+' or '0'."""
    if pos > 0:
        before = text[pos - 1]
        if before.isalnum() or (before in "-./:," and pos > 1 and text[pos - 2].isdigit()):
            return None  # inside an id, a date or a decimal number
        if before == "(" and run[0] == "0":  # "(031) 12 34 56"
            m = _PHONE_PAREN_RE.match(text, pos - 1)
            if m is not None:
                end = _phone_end(m, 1, intl=False)
                return None if end is None else (pos - 1, end)
    m = _PHONE_RE.match(text, pos)
    if m is None:
        return None
    intl = m.group("intl")
    end = _phone_end(m, len(intl) - 1 if intl else 1, intl=intl is not None)
    return None if end is None else (pos, end)


def _numbers(text: str, out: list[_Span]) -> None:
    """personnummer, samordningsnummer, telefon and postal codes (adress)."""
    done = 0  # end of the last finding: numbers inside it are skipped
    for num in _NUMBER_RE.finditer(text):
        run, pos = num.group(), num.start()
        if pos < done:
            continue
        n, first = len(run), run[0]
        if n in (6, 8, 10, 12) and (m := _PNR_RE.match(text, pos)) is not None:
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
            if m is not None and m.group("town") not in _STOPWORDS:
                out.append(("adress", pos, m.end()))


def _street(text: str, words: list[re.Match[str]], i: int) -> tuple[int, int] | None:
    """Street address at capitalised word i (or at the word before it), if any."""
    w = words[i]
    word = w.group()
    m: re.Match[str] | None = None
    if word.endswith(_STREET_ENDINGS):
        m = _STREET_RE.match(text, w.start())
        if m is not None and word.lower().endswith(_NOT_STREETS):
            return None
    elif word[-1] == "s" and text.startswith(_GENITIVE_STREET_START, w.end()):
        if i > 0 and not text[words[i - 1].end() : w.start()].strip():
            m = _GENITIVE_STREET_RE.match(text, words[i - 1].start())
        m = m or _GENITIVE_STREET_RE.match(text, w.start())
    if m is None:
        return None
    prefix = _STREET_PREFIX_RE.search(text, max(0, m.start() - 8), m.start())
    return (prefix.start() if prefix else m.start()), m.end()


def _is_first(w: str) -> bool:
    """Unambiguous first name, also genitive ("Annas") and hyphenated ("Maj-Britt")."""
    if w in _FIRST:
        return True
    if "-" in w:  # only capitalised parts, one of them a name
        parts = w.split("-")
        return all(p[:1].isupper() for p in parts) and any(
            p in _FIRST or p in _AMBIGUOUS or (p[-1] == "s" and p[:-1] in _FIRST) for p in parts
        )
    return w[-1] == "s" and w[:-1] in _FIRST


def _in_surnames(w: str) -> bool:
    return w in _SURNAMES or (w[-1] == "s" and w[:-1] in _SURNAMES)


def _surname_like(w: str, allow_ambiguous: bool) -> bool:
    """A listed surname or a word with a typical surname ending (also genitive)."""
    if "-" in w:
        return any(_surname_like(p, allow_ambiguous) for p in w.split("-") if p[:1].isupper())
    if w in _NOT_NAMES or w in _AMBIGUOUS:
        return allow_ambiguous and _in_surnames(w)
    if _in_surnames(w):
        return True
    return _SURNAME_END_RE.search(w) is not None and not w.endswith(("person", "persons"))


def _chainable(w: str) -> bool:
    """May this word continue a name that has already started?"""
    return w in _SURNAMES or (w not in _NOT_NAMES and not w.endswith(_STREET_ENDINGS))


def _exempt(text: str, start: int) -> bool:
    """Is the word at start directly after 'lex', 'Sankt' or 'Villa'?"""
    m = _PREV_WORD_RE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1).lower() in _EXEMPT_PREFIXES


def _words(text: str, words: list[re.Match[str]], out: list[_Span]) -> None:
    """Street addresses, then names, from the capitalised words of the text."""
    n = len(words)

    def adjacent(i: int) -> bool:
        """Is words[i + 1] separated from words[i] by spaces only?"""
        return i + 1 < n and not text[words[i].end() : words[i + 1].start()].strip(" \t\u00a0")

    for i, m in enumerate(words):
        w = m.group()
        if w.endswith(_STREET_ENDINGS) or w[-1] == "s":
            span = _street(text, words, i)
            if span is not None:
                out.append(("adress", *span))
    i = 0
    while i < n:
        w = words[i].group()
        if w in _NOT_NAMES:
            is_name = False
        elif w in _AMBIGUOUS:
            is_name = adjacent(i) and _surname_like(words[i + 1].group(), allow_ambiguous=True)
        else:
            is_name = (
                _is_first(w)
                or (adjacent(i) and _surname_like(words[i + 1].group(), allow_ambiguous=False))
                or _in_surnames(w)
            )
        if not is_name or _exempt(text, words[i].start()):
            i += 1
            continue
        j = i
        while adjacent(j) and _chainable(words[j + 1].group()):
            j += 1
        out.append(("namn", words[i].start(), words[j].end()))
        i = j + 1


def find_identifiers(text: str) -> list[Finding]:
    """All findings in text, sorted by start, non-overlapping."""
    spans: list[_Span] = []  # candidates in priority order
    if "@" in text:
        for m in _EMAIL_DOMAIN_RE.finditer(text):
            at = m.start()
            local = _EMAIL_LOCAL_REVERSED_RE.match(text[max(0, at - 64) : at][::-1])
            if local is not None:
                spans.append(("epost", at - local.end(), m.end()))
    _numbers(text, spans)
    words = list(_CAPWORD_RE.finditer(text))
    if words:
        _words(text, words, spans)
    if not spans:
        return []
    taken: list[tuple[int, int]] = []
    found: list[Finding] = []
    for kind, start, end in spans:
        if all(end <= t_start or start >= t_end for t_start, t_end in taken):
            taken.append((start, end))
            found.append(Finding(kind, start, end, text[start:end]))
    found.sort(key=attrgetter("start"))
    return found
