"""Pseudonymisation guard: find personal identifiers in a text string.

`find_identifiers` is a pure function returning kind codes and positions; wording
for users lives elsewhere. Regexes are compiled and the word lists in
``kvalitet/records/data/`` (sources in its README.md) are loaded once, at import.
This module is the facade: numbers are found by `guard_numbers` (personnummer
whatever the check digit, samordnings- and reservnummer, every separator, over a
line break; phone numbers; postal codes), e-mail by `guard_email` (also written
"(at)", " @ ", "punkt" ...), names in capitals or lower case by `guard_cased`.
Recall and false alarms are measured by ``tests/bench/guard_recall.py``.

Name rules (``_words``). Capitalised words; "directly followed" means
separated by spaces only (no punctuation, no line break).

* A word from ``first_names.txt`` is a name, also in genitive or hyphenated
  form ("Anna", "Annas", "Maj-Britt").
* A word from ``ambiguous.txt`` (names that are also ordinary words or places:
  Per, Bo, Dag, Hans, Inga, Berg, Lund ...) is a name when directly followed by
  a surname from ``surnames.txt`` or a word with a typical surname ending
  (-sson, -berg, -qvist ...): "Per Andersson", not "Per dag", "Bo kvar". An
  ambiguous *first* name (the file's first section) is also a name alone inside
  a sentence, where the ordinary word would not be capitalised ("ringde Per"),
  but not first in a sentence, a line or a list item.
* Any other capitalised word directly followed by such a surname-like word is a
  name ("Kowalczyk Lindqvist"); a listed surname alone is a name ("Nguyen"); so
  is, inside a sentence, a word with a strong surname ending ("Lindqvist",
  "Hedén", "Sjöstedt"; `_SURNAME_ALONE_RE`).
* Never names: stop words and places (``stopwords.txt``, ``places.txt``),
  "Lex-Sarah" written with a hyphen, and words directly after "lex", "Sankt",
  "Villa" or a kind of unit ("lex Sarah", "Villa Vera", "Gruppbostaden Tallen",
  "Särskilt boende Eken"; `_EXEMPT_PREFIXES`).
* A name extends over the directly following capitalised words unless they are
  stop words, places or street names ("Maria Elena Gonzales").
* In capitals or lower case, a first name directly followed by a surname that
  is not also an ordinary word ("ANNA SVENSSON", "per lindqvist"); one word alone
  is not enough there.

On overlap the higher priority wins: e-mail; numbers (personnummer,
samordningsnummer, telefon, postal code); street address; name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files
from operator import attrgetter

from kvalitet.records.guard_cased import find_cased_names, find_cased_streets
from kvalitet.records.guard_email import find_emails
from kvalitet.records.guard_numbers import find_numbers
from kvalitet.records.guard_types import LO as _LO
from kvalitet.records.guard_types import UP as _UP
from kvalitet.records.guard_types import Kind
from kvalitet.records.guard_types import Span as _Span

__all__ = ["Finding", "Kind", "find_identifiers"]


@dataclass(frozen=True, slots=True)
class Finding:
    kind: Kind
    start: int  # index into the text (0-based, code points)
    end: int
    text: str  # the matched substring, exactly text[start:end]


def _load(name: str, until: str | None = None) -> frozenset[str]:
    """One entry a line; '#' starts a comment; blank lines are ignored; stop at the line `until`."""
    raw = (files("kvalitet.records") / "data" / name).read_text(encoding="utf-8")
    lines = raw.splitlines()
    if until is not None:
        lines = lines[: lines.index(until)]
    entries = (line.split("#", 1)[0].strip() for line in lines)
    return frozenset(e for e in entries if e)


_FIRST = _load("first_names.txt")
_SURNAMES = _load("surnames.txt")
_AMBIGUOUS = _load("ambiguous.txt")
_AMBIGUOUS_FIRST = _load("ambiguous.txt", until="# surnames that are words or places")
_CASED_FIRST = frozenset(f(w) for w in _FIRST | _AMBIGUOUS_FIRST for f in (str.lower, str.upper))
_CASED_SURNAMES = frozenset(f(w) for w in _SURNAMES - _AMBIGUOUS for f in (str.lower, str.upper))
# Ambiguous names that are not a name alone even inside a sentence: proper nouns of other things too.
_NOT_ALONE = frozenset({"Göta", "Sol", "Viking", "Hala", "Tor", "Lund", "Nord", "Sund", "Park", "Hall"})
_NOT_ALONE |= {"Sand", "Dina", "Mina", "Sina", "Ros", "Berg"}
_PLACE_PREPOSITIONS = frozenset({"i", "utanför", "nära", "område", "området", "distrikt"})  # "i Holm"
_STOPWORDS = _load("stopwords.txt")
_NOT_NAMES = _STOPWORDS | _load("places.txt")
_NOT_STREETS = tuple(sorted(_load("not_streets.txt")))  # lower-case word endings
_EXEMPT_PREFIXES = frozenset(  # previous word, lower-cased: "lex Sarah", "Gruppbostaden Liv"
    {"lex", "sankt", "s:t", "villa", "hemtjänst", "hemtjänsten", "gruppbostad", "gruppbostaden"}
    | {"servicebostad", "servicebostaden", "träffpunkt", "träffpunkten", "enhet", "enheten", "team"}
    | {"teamet", "avdelning", "avdelningen", "verksamhet", "verksamheten", "kvarteret", "boende"}
    | {"boendet", "korttidsboende", "korttidsboendet", "äldreboende", "äldreboendet", "gården"}
)
_EXEMPT_PREFIX_ENDINGS = ("boende", "boendet", "bostad", "bostaden")
_QUOTES = frozenset("\"'”“«»‘’")
_SENTENCE_END = frozenset(".!?:;\n•*-–—")


# The patterns run over the whole text start with a character class, so that the
# regex engine skips fast to candidates; the others are only tried with .match().
_CAPWORD_RE = re.compile(rf"[{_UP}](?<![\w-].)[{_LO}]+(?:-[{_UP}]?[{_LO}]+)*(?!\w)")
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
# A capitalised word alone, not first in a sentence, is a surname with one of these endings.
_SURNAME_ALONE_RE = re.compile(
    rf"[{_LO}](?:sson|qvist|kvist|ström|gren|berg|holm|lund|dahl|lin|ander|stedt|blad|sköld|felt"
    rf"|én|ér|ius|vall|mark)s?$"
)
_SPACE_RE = re.compile(r"\s")
_DIGIT_RE = re.compile(r"[0-9]")
_PREV_WORD_RE = re.compile(r"(?<![\w:])([\w:]+)[ \t\u00a0]+$")


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
    """Is the word at start directly after 'lex', 'Sankt', 'Villa' or a kind of unit ('Gruppbostaden')?"""
    m = _PREV_WORD_RE.search(text, max(0, start - 20), start)
    if m is None:
        return False
    previous = m.group(1).lower()
    return previous in _EXEMPT_PREFIXES or previous.endswith(_EXEMPT_PREFIX_ENDINGS)


def _sentence_start(text: str, start: int) -> bool:
    """Is the word at start the first of a sentence, a line or a list item?"""
    if start > 0 and text[start - 1] in _QUOTES:  # a quoted title: ”Tillsammans för ...”
        return True
    before = text[max(0, start - 8) : start].rstrip(" \t\u00a0")
    return not before or before[-1] in _SENTENCE_END


def _surname_alone(w: str) -> bool:
    """A word that is a surname by its ending alone ("Lindqvist", "Hedén"), not a street or a place."""
    return (
        "-" not in w
        and len(w) >= 5
        and _SURNAME_ALONE_RE.search(w) is not None
        and not w.endswith(("person", "persons", "ning", "ningen", "ering", *_STREET_ENDINGS))
    )


def _alone_mid_sentence(text: str, start: int, w: str) -> bool:
    """A name word that counts alone only inside a sentence, where ordinary words are not capitalised."""
    if w in _AMBIGUOUS:  # "ringde Per", "enligt Blom"; not "i Berg", "Sol och vind"
        return w not in _NOT_ALONE and not _sentence_start(text, start) and not _after_place_word(text, start)
    return _surname_alone(w) and not _sentence_start(text, start)


def _after_place_word(text: str, start: int) -> bool:
    m = _PREV_WORD_RE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in _PLACE_PREPOSITIONS


def _cased_surname(w: str) -> bool:
    """A surname that is not also an ordinary word, for names in capitals or lower case."""
    if "-" in w:
        return any(_cased_surname(p) for p in w.split("-"))
    return w not in _AMBIGUOUS and _surname_like(w, allow_ambiguous=False)


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
        if w in _NOT_NAMES or w.partition("-")[0].lower() == "lex":  # "Lex-Sarah"
            is_name = False
        elif w in _AMBIGUOUS:
            is_name = (
                adjacent(i) and _surname_like(words[i + 1].group(), allow_ambiguous=True)
            ) or _alone_mid_sentence(text, words[i].start(), w)
        else:
            is_name = (
                _is_first(w)
                or (adjacent(i) and _surname_like(words[i + 1].group(), allow_ambiguous=False))
                or _in_surnames(w)
                or _alone_mid_sentence(text, words[i].start(), w)
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
    # Most strings of a record are one word or a date: skip the finders that cannot find anything.
    spaced = _SPACE_RE.search(text) is not None
    digits = _DIGIT_RE.search(text) is not None
    find_emails(text, spans)
    if digits:
        find_numbers(text, spans, _STOPWORDS)
    if not text.islower():  # has a capital letter
        words = list(_CAPWORD_RE.finditer(text))
        if words:
            _words(text, words, spans)
    if spaced:
        if digits:
            find_cased_streets(text, spans, _NOT_STREETS)
        find_cased_names(text, spans, _CASED_FIRST, _CASED_SURNAMES, _cased_surname)
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
