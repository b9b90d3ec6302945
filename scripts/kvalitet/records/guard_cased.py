"""The guard's finders for names and streets in capitals or in lower case ("ANNA SVENSSON", "storgatan 5").

Used by `kvalitet.records.guard`, which passes its word lists. A name here is two or more words of
the same case, separated by spaces only, whose first word is a first name (also an ambiguous one:
"PER LINDQVIST") and whose second word is a listed surname that is not also an ordinary word, or has
a typical surname ending ("-sson", "-qvist" ...). A single word in capitals or lower case is never
taken for a name: "LSS", "IVO", "anna" alone would be guesses.

A street is a word in capitals or lower case ending in a street word that is not an ordinary word
too ("-gatan", "-vägen", "-stigen", "-gränden", "-torget", "-allén", "-backen", "-leden",
"-stråket"; not "-plan", "-väg", "-gata": "handlingsplan 2", "en omväg 2 gånger") and followed by a
house number.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kvalitet.records.guard_types import LO, UP, Span

_CAPS_RE = re.compile(rf"[{UP}](?<![\w-].)[{UP}]+(?:-[{UP}]+)*(?![\w-])")
_LOWER_RE = re.compile(rf"[{LO}](?<![\w-].)[{LO}]+(?:-[{LO}]+)*(?![\w-])")
# Is there a word with a surname's ending at all? ("person" is not one.)
_ENDINGS = "sson|(?<!per)son|berg|ström|qvist|kvist|lund|gren|dahl|holm|lin|ander|ius"
_LOWER_ENDING_RE = re.compile(rf"[{LO}]{{2}}(?:{_ENDINGS})s?(?!\w)")
_CAPS_ENDING_RE = re.compile(rf"[{UP}]{{2}}(?:{_ENDINGS.upper()})S?(?!\w)")
_LOWER_PARTS_RE = re.compile(rf"[{LO}]+")
_CAPS_PARTS_RE = re.compile(rf"[{UP}]+")
_NEXT_CAPS_RE = re.compile(rf"[ \t\u00a0]+([{UP}]+(?:-[{UP}]+)*)(?![\w-])")
_NEXT_LOWER_RE = re.compile(rf"[ \t\u00a0]+([{LO}]+(?:-[{LO}]+)*)(?![\w-])")


def _title(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def find_cased_names(
    text: str,
    out: list[Span],
    first_forms: frozenset[str],
    surname_forms: frozenset[str],
    is_surname: Callable[[str], bool],
) -> None:
    """Names in capitals or lower case in text, appended to out as ("namn", start, end).

    first_forms, surname_forms: the first names and the surnames in capitals and in lower case
    ("ANNA", "anna"); is_surname takes a word in title case ("Svensson"). The words are only looked
    at one by one when the text has a first name and a surname of that case at all.
    """
    cases = (
        (_CAPS_RE, _NEXT_CAPS_RE, _CAPS_PARTS_RE, _CAPS_ENDING_RE),
        (_LOWER_RE, _NEXT_LOWER_RE, _LOWER_PARTS_RE, _LOWER_ENDING_RE),
    )
    for words, following, parts, ending in cases:
        found = parts.findall(text)  # hyphenated names in their parts
        if first_forms.isdisjoint(found):
            continue
        if surname_forms.isdisjoint(found) and ending.search(text) is None:
            continue
        pos = 0
        for first in words.finditer(text):
            if first.start() < pos or first.group() not in first_forms:
                continue
            end = first.end()
            while (m := following.match(text, end)) is not None and is_surname(_title(m.group(1))):
                end = m.end()
            if end > first.end():
                out.append(("namn", first.start(), end))
                pos = end


_STREET_WORDS = ("gatan", "vägen", "stigen", "gränden", "torget", "allén", "backen", "leden", "stråket")
_HOUSE_NUMBER = r"[ \t\u00a0]+[0-9]{1,4}(?:[A-Za-z]|[ \t][A-Z])?(?:-[0-9]{1,4})?(?![\w])(?![-/:.,][0-9])"
_CASED_STREET_RE = re.compile(
    rf"[{UP}](?<![\w-].)[{UP}-]*(?:{'|'.join(w.upper() for w in _STREET_WORDS)}){_HOUSE_NUMBER}"
    rf"|[{LO}](?<![\w-].)[{LO}-]*(?:{'|'.join(_STREET_WORDS)}){_HOUSE_NUMBER}"
)


def find_cased_streets(text: str, out: list[Span], not_streets: tuple[str, ...]) -> None:
    """Street addresses in capitals or lower case, appended to out as ("adress", start, end).

    not_streets: lower-case word endings that are ordinary words ("genomförandeplan").
    """
    for m in _CASED_STREET_RE.finditer(text):
        word = m.group().split(None, 1)[0].lower()
        if not word.endswith(not_streets):
            out.append(("adress", m.start(), m.end()))
