"""Texts hold text: no control characters, terminal codes, bidi overrides or zero-width characters,
and no text of only spaces.

YAML lets a quoted value carry any character as an escape ("\\0", "\\e[31m", "\\u202e"), and a file may
hold bidi and zero-width characters as they are. Such a character is invisible or changes what a reader
sees (U+202E shows the rest of the line backwards), so a record's text may not contain one: newline and
tab are the only characters below the space that a text may hold.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kvalitet.records.limits import REFUSED_IN_TEXT, char_hint, char_name
from kvalitet.records.load import Document, Where
from kvalitet.records.problems import Problem
from kvalitet.records.schema_errors import field_label


def _texts(value: Any, where: Where) -> Iterator[tuple[Where, str]]:
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*where, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*where, index))


def check_texts(doc: Document) -> list[Problem]:
    """One problem for each text value of `doc` that holds a refused character or only whitespace."""
    problems = []
    for where, text in _texts(doc.data, ()):
        position = doc.position(where)
        found = REFUSED_IN_TEXT.search(text)
        if found is not None:
            refused = found[0]
            fields = {"field": field_label(where), "char": char_name(refused), "hint": char_hint(refused)}
            problems.append(Problem.at(doc.file, position, "text-character", **fields))
        elif text and text.isspace():
            problems.append(Problem.at(doc.file, position, "text-blank", field=field_label(where)))
    return problems
