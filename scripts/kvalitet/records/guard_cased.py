"""The guard's finder for names written in capitals or in lower case ("ANNA SVENSSON", "anna svensson").

Used by `kvalitet.records.guard`, which passes its word lists. A name here is two or more words of
the same case, separated by spaces only, whose first word is a first name (also an ambiguous one:
"PER LINDQVIST") and whose second word is a listed surname that is not also an ordinary word, or has
a typical surname ending ("-sson", "-qvist" ...). A single word in capitals or lower case is never
taken for a name: "LSS", "IVO", "anna" alone would be guesses.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kvalitet.records.guard_types import LO, UP, Span

_CAPS_RE = re.compile(rf"[{UP}](?<![\w-].)[{UP}]+(?:-[{UP}]+)*(?![\w-])")
_LOWER_RE = re.compile(rf"[{LO}](?<![\w-].)[{LO}]+(?:-[{LO}]+)*(?![\w-])")
_GAP = frozenset(" \t\u00a0")


def _title(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


def find_cased_names(
    text: str,
    out: list[Span],
    is_first: Callable[[str], bool],
    is_surname: Callable[[str], bool],
) -> None:
    """Names in capitals or lower case in text, appended to out as ("namn", start, end).

    is_first and is_surname take a word in title case ("Anna", "Svensson").
    """
    for pattern in (_CAPS_RE, _LOWER_RE):
        words = list(pattern.finditer(text))
        i = 0
        while i + 1 < len(words):
            first, second = words[i], words[i + 1]
            gap = text[first.end() : second.start()]
            if (
                gap
                and set(gap) <= _GAP
                and is_first(_title(first.group()))
                and is_surname(_title(second.group()))
            ):
                j = i + 1
                while j + 1 < len(words) and set(text[words[j].end() : words[j + 1].start()]) <= _GAP:
                    if not is_surname(_title(words[j + 1].group())):
                        break
                    j += 1
                out.append(("namn", first.start(), words[j].end()))
                i = j + 1
            else:
                i += 1
