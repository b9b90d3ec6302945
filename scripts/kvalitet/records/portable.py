"""What other programs read differently from the loader, so that `kvalitet validera` refuses it too.

The editor (yaml-language-server) and other JSON Schema tools read the same files with YAML 1.2
parsers and compare texts character by character. Two things the loader could read leniently would
then be valid here and wrong there (tests/records/test_engines.py runs them on the same records):

- a plain value that YAML 1.2 reads as a number though it is not a plain whole number: `0030` is the
  number 30 elsewhere (and 24 in YAML 1.1), `1.5`, `1e3`, `0x1F`, `+7`, `1_000` are numbers too;
- letters written decomposed, as some Mac programs save them: "ö" as "o" and a combining diaeresis.
  Elsewhere the field `kön` written so is an unknown field and `förvaltning` is not in the list.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from kvalitet.records.limits import MAX_PROBLEMS_PER_FILE, more_problems
from kvalitet.records.problems import Problem

NUMBER_LIKE = re.compile(
    r"[-+]?(?:"
    r"0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+"  # other bases (YAML 1.2; 0b and _ by ruamel.yaml)
    r"|(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?"  # whole and decimal numbers
    r"|\.(?:inf|Inf|INF))"
    r"|\.(?:nan|NaN|NAN)\Z"
)
"""A plain value some YAML 1.2 reader takes for a number (a whole number without leading zeros too)."""


def number_like(value: str) -> bool:
    """Whether a plain value would be read as a number elsewhere (the caller knows it is not a plain
    whole number, which the loader reads as a number too)."""
    return NUMBER_LIKE.fullmatch(value) is not None


def decomposed(file: Path, text: str) -> list[Problem]:
    """A problem for each line with a letter written decomposed (the first ones, then a count)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return []
    problems: list[Problem] = []
    lines = [
        (number, line)
        for number, line in enumerate(text.split("\n"), start=1)
        if not unicodedata.is_normalized("NFC", line)
    ]
    for number, line in lines:
        if len(problems) == MAX_PROBLEMS_PER_FILE:
            problems.append(more_problems(file, (number, 1), len(lines) - MAX_PROBLEMS_PER_FILE))
            break
        mark = next(index for index, char in enumerate(line) if unicodedata.combining(char))
        problems.append(Problem.at(file, (number, max(mark, 1)), "yaml-decomposed"))
    return problems
