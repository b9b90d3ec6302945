"""Limits that keep a check of any file, however hostile, bounded in time and memory.

A record is a few hundred bytes of short fields. Nothing a person writes comes near these limits; a
file beyond them is a mistake (a pasted log, a broken export) or an attack, and gets one clear message
instead of a check that runs out of memory, recurses without end or prints millions of lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kvalitet.messages import MESSAGES, say
from kvalitet.records.problems import Problem
from kvalitet.swedish import number

MAX_FILE_BYTES = 1_000_000
"""A file larger than this is not read as YAML (the largest demo record is under 2 KB)."""
MAX_DEPTH = 50
"""Lists and groups nested deeper than this (a record needs three levels)."""
MAX_TEXT_CHARS = 10_000
"""One text (value or field name) longer than this; the schemas allow 2,000 for a sammanfattning."""
MAX_INT_DIGITS = 18
"""A whole number with more digits than this (also keeps Python's 4,300-digit int limit away)."""
MAX_PROBLEMS_PER_FILE = 50
"""Problems shown for one file; the rest are counted in one last line."""

NOT_IN_YAML = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters that YAML does not allow anywhere in a file (control characters, non-characters)."""

_INVISIBLE = (
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
    "\u200b-\u200d\u2060\ufeff"  # zero-width characters
    "\u2028\u2029"  # line and paragraph separators
)
INVISIBLE = re.compile(f"[{_INVISIBLE}]")
REFUSED_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff{_INVISIBLE}]")
"""Characters a text may not hold: control characters except newline and tab, surrogates, and the
invisible characters above."""


def char_name(char: str) -> str:
    """The Swedish name and code point of a character: "vertikal tabb (U+000B)"."""
    code = f"U+{ord(char):04X}"
    key = f"char-{code}"
    if key in MESSAGES:
        name = say(key)
    elif INVISIBLE.match(char):
        name = say("char-invisible")
    else:
        name = say("char-control")
    return f"{name} ({code})"


def char_hint(char: str) -> str:
    """What usually puts `char` in a text, when known (Word's Shift+Enter for a vertical tab)."""
    key = f"char-hint-U+{ord(char):04X}"
    return say(key) if key in MESSAGES else ""


def cap(problems: list[Problem]) -> list[Problem]:
    """At most MAX_PROBLEMS_PER_FILE of each file's problems (given sorted), then one line for the rest."""
    shown: list[Problem] = []
    count, last = 0, None
    for problem in [*problems, None]:
        if problem is not None and problem.code == "file-more-problems":  # already counted the rest
            shown.append(problem)
            continue
        if problem is None or problem.file != (last.file if last else None):
            if last is not None and count > MAX_PROBLEMS_PER_FILE:
                shown.append(
                    more_problems(last.file, (last.line, last.column), count - MAX_PROBLEMS_PER_FILE)
                )
            count = 0
        if problem is None:
            break
        count += 1
        last = problem
        if count <= MAX_PROBLEMS_PER_FILE:
            shown.append(problem)
    return shown


def more_problems(file: Path, position: tuple[int, int], more: int) -> Problem:
    """The line that stands for `more` problems not shown."""
    return Problem.at(file, position, "file-more-problems", count=number(more), limit=MAX_PROBLEMS_PER_FILE)


def positions(text: str, offsets: Iterator[int]) -> Iterator[tuple[int, int]]:
    """Line and column (1-based) of increasing `offsets` in `text`, in one pass."""
    line, line_start, done = 1, 0, 0
    for offset in offsets:
        line += text.count("\n", done, offset)
        newline = text.rfind("\n", done, offset)
        if newline >= 0:
            line_start = newline + 1
        done = offset
        yield line, offset - line_start + 1
