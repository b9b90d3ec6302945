"""A record rewritten by a later import keeps the comments staff wrote in it, each in its place.

The YAML loader drops comments and the writer (`records.dump`) writes none, so the comments of the
old text are placed on the new one by where they stand. A comment is tied to a place in the document
(a key, or an item of a list): an end-of-line comment to the deepest place that starts on its line; a
run of comment lines to the place on the next line that holds one (the first key of a list item: the
item itself); the comments above the first field stay at the top and those after the last at the end.

A place is found again in the new text by its keys; an item of a list by its value when the list holds
codes or dates (the list of categories may gain or lose a code), else by its distance from the end
(an import changes, adds or removes only the first action: the ones added by hand keep their place).
A comment whose place the update removes goes with it, and is reported, never silently lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kvalitet.records.comments import comments
from kvalitet.records.dump import Document as Written
from kvalitet.records.dump import dump
from kvalitet.records.load import Document, Where, load_yaml

START: Where = ("\0start",)
END: Where = ("\0end",)


@dataclass(frozen=True, slots=True)
class Dropped:
    """A comment that goes with the field it stands at."""

    line: int
    """Its line in the old text."""
    place: Where


@dataclass(frozen=True, slots=True)
class Rewritten:
    text: str
    dropped: tuple[Dropped, ...] = ()


@dataclass(slots=True)
class _Placed:
    above: dict[Where, list[str]]
    """Place → the lines (comments, and the blank lines between them) written above it."""
    after: dict[Where, tuple[str, int]]
    """Place → the end-of-line comment on its line (with the spaces before it) and its line."""
    lines_of: dict[Where, int]
    """Place → the line of the first comment above it, for the report."""


def _load(text: str) -> Document:
    doc = load_yaml(Path("post.yaml"), text.encode("utf-8"))
    if not isinstance(doc, Document):
        raise ValueError("a record to rewrite must load")
    return doc


def _starts(doc: Document) -> dict[int, list[Where]]:
    """Line → the places that start on it, the shallowest first."""
    found: dict[int, list[Where]] = {}
    places = [(where, line) for where, (line, _) in doc.keys.items()]
    places += [
        (where, line) for where, (line, _) in doc.values.items() if where and isinstance(where[-1], int)
    ]
    for where, line in places:
        found.setdefault(line, []).append(where)
    for wheres in found.values():
        wheres.sort(key=len)
    return found


def _place(old: str, doc: Document) -> _Placed:
    lines = old.split("\n")
    starts = _starts(doc)
    content = sorted(starts)
    placed = _Placed({}, {}, {})
    runs: dict[Where, list[int]] = {}
    for offset, _ in comments(old):
        number = old.count("\n", 0, offset) + 1
        column = offset - (old.rfind("\n", 0, offset) + 1)
        before = lines[number - 1][:column]
        earlier = [line for line in content if line <= number]
        if before.strip() and earlier:  # end of line: the deepest place on it (or above it)
            spaces = before[len(before.rstrip()) :] or " "
            placed.after[starts[earlier[-1]][-1]] = (spaces + lines[number - 1][column:], number)
            continue
        following = [line for line in content if line > number]
        where = START if not earlier else starts[following[0]][0] if following else END
        runs.setdefault(where, []).append(number)
    for where, numbers in runs.items():
        own = set(numbers)
        last = content[0] - 1 if where == START and content else numbers[-1]
        span = lines[numbers[0] - 1 : last]  # the comments at the top, with the blank lines below them
        block = [line for number, line in enumerate(span, numbers[0]) if number in own or not line.strip()]
        placed.above[where] = block
        placed.lines_of[where] = numbers[0]
    return placed


def _translate(where: Where, old: Any, new: Any) -> Where | None:
    """The place in the new data that is `where` in the old, or None when it is gone."""
    found: list[str | int] = []
    for part in where:
        if isinstance(part, str):
            if not isinstance(old, Mapping) or not isinstance(new, Mapping) or part not in new:
                return None
            old, new = old.get(part), new[part]
            found.append(part)
            continue
        if not isinstance(old, list) or not isinstance(new, list) or part >= len(old):
            return None
        index = _item(part, old, new)
        if index is None:
            return None
        old, new = old[part], new[index]
        found.append(index)
    return tuple(found)


def _item(index: int, old: list[Any], new: list[Any]) -> int | None:
    value = old[index]
    if isinstance(value, Mapping | list):
        moved = index - (len(old) - len(new))
        return moved if 0 <= moved < len(new) else None
    occurrence = old[:index].count(value)
    matches = [number for number, item in enumerate(new) if item == value]
    return matches[occurrence] if occurrence < len(matches) else None


def _line_of(doc: Document, where: Where) -> int:
    position = doc.keys.get(where) or doc.values[where]
    return position[0]


def rewrite(old: str, data: Written) -> Rewritten:
    """`data` written as YAML with the comments of `old` (the record's text before) in their places."""
    before = _load(old)
    text = dump(data, "").removeprefix("\n")
    after = _load(text)
    placed = _place(old, before)
    lines = text.rstrip("\n").split("\n")
    above: dict[int, list[str]] = {}
    tail: dict[int, list[str]] = {}
    dropped: list[Dropped] = []
    for where, block in placed.above.items():
        target = where if where in (START, END) else _translate(where, before.data, after.data)
        if target is None:
            dropped.append(Dropped(placed.lines_of[where], where))
        elif target == START:
            above.setdefault(0, [])[:0] = block
        elif target == END:
            above.setdefault(len(lines), []).extend(block)
        else:
            above.setdefault(_line_of(after, target) - 1, []).extend(block)
    for where, (comment, number) in placed.after.items():
        target = _translate(where, before.data, after.data)
        if target is None:
            dropped.append(Dropped(number, where))
        else:
            tail.setdefault(_line_of(after, target) - 1, []).append(comment)
    out: list[str] = []
    for index, line in enumerate([*lines, None]):
        out.extend(above.get(index, []))
        if line is not None:
            out.append(line + "".join(tail.get(index, [])))
    result = "\n".join(out) + "\n"
    if _load(result).data != after.data:  # pragma: no cover - a fault in the placing above
        raise AssertionError("kommentarerna ändrade ärendets värden")
    return Rewritten(result, tuple(sorted(dropped, key=lambda item: item.line)))


def dotted_place(where: Where) -> str:
    """A place as the dotted field name a mapping uses: ("åtgärder", 0, "klar") → åtgärder.klar."""
    return ".".join(part for part in where if isinstance(part, str))
