"""Policy values with dates: a plain value, or a list of values each with its own `från`/`till`.

`riskgräns: 8` is in force always. `riskgräns: [{värde: 8, till: 2025-06-30}, {värde: 6, från:
2025-07-01}]` changes the value from a date: a case is checked against the value in force on its date,
so changing a routine never turns an older case invalid. `uppföljning_dagar` takes the same forms (an
action is judged by the value in force on its `klar` date, an open case by the one on its registrerad
date). The periods of a list, in the order written, must follow each other day by day, without
overlap and without a gap, from the first (which may have no `från`) to the last (which may have no
`till`). `read_dated` reads either form and reports what
is wrong with a list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from kvalitet.messages import say
from kvalitet.records.dates import parse_date
from kvalitet.records.load import Document
from kvalitet.records.problems import Problem

VALUE = "värde"
START, END = "från", "till"


@dataclass(frozen=True, slots=True)
class DatedValue:
    """One value and the days it is in force, from `start` to `end`, both included (None: open)."""

    value: int
    start: dt.date | None = None
    end: dt.date | None = None

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Dated:
    """A policy value over time: one or more `DatedValue`s in date order."""

    values: tuple[DatedValue, ...]

    @classmethod
    def plain(cls, value: int) -> Dated:
        return cls((DatedValue(value),))

    def on(self, day: dt.date) -> int:
        """The value in force on `day`; before the first period the first value, after the last the last."""
        for item in self.values:
            if item.contains(day):
                return item.value
        first = self.values[0]
        return first.value if first.start is not None and day < first.start else self.values[-1].value

    def between(self, start: dt.date, end: dt.date) -> tuple[DatedValue, ...]:
        """The values in force on some day from `start` to `end`, in date order."""
        return tuple(
            item
            for item in self.values
            if (item.start is None or item.start <= end) and (item.end is None or start <= item.end)
        )

    def changes(self) -> bool:
        """Whether the value is ever different from the first."""
        return len({item.value for item in self.values}) > 1


def read_dated(doc: Document, key: str, default: int) -> tuple[Dated, list[Problem]]:
    """The value of `key` in `doc` (already schema-checked), and every problem with its periods."""
    raw = doc.data.get(key)
    if raw is None:
        return Dated.plain(default), []
    if not isinstance(raw, list):
        return Dated.plain(int(raw)), []
    items: list[tuple[DatedValue, int]] = []
    problems: list[Problem] = []
    for index, item in enumerate(raw):
        start, end = _day(item, START), _day(item, END)
        if start is not None and end is not None and end < start:
            problems.append(Problem.at(doc.file, doc.position((key, index, END)), "dated-order"))
            continue
        items.append((DatedValue(int(item[VALUE]), start, end), index))
    problems += _sequence(doc, key, items)
    return Dated(tuple(item for item, _ in items) or (DatedValue(default),)), problems


def _day(item: Any, name: str) -> dt.date | None:
    value = item.get(name) if isinstance(item, dict) else None
    return parse_date(value) if isinstance(value, str) else None


def _sequence(doc: Document, key: str, items: Sequence[tuple[DatedValue, int]]) -> list[Problem]:
    """That the periods, in the order they are written, follow each other day by day."""
    problems: list[Problem] = []
    for number, (item, index) in enumerate(items):
        at = doc.position((key, index))
        if number > 0 and item.start is None:
            problems.append(Problem.at(doc.file, at, "dated-start-missing"))
        if number < len(items) - 1 and item.end is None:
            problems.append(Problem.at(doc.file, doc.position((key, index)), "dated-end-missing"))
        if number == 0:
            continue
        previous, previous_index = items[number - 1]
        if previous.end is None or item.start is None:
            continue
        expected = previous.end + dt.timedelta(days=1)
        fields = {"end": previous.end.isoformat(), "previous_line": doc.position((key, previous_index))[0]}
        at = doc.position((key, index, START))
        if item.start < expected:
            problems.append(Problem.at(doc.file, at, "dated-overlap", **fields))
        elif item.start > expected:
            problems.append(Problem.at(doc.file, at, "dated-gap", expected=expected.isoformat(), **fields))
    return problems


def describe(
    values: Sequence[DatedValue],
    day: Callable[[dt.date], str] = dt.date.isoformat,
    value: Callable[[int], str] = str,
) -> str:
    """The values in words, for a note: "8 till och med 2025-06-30 och 6 från och med 2025-07-01"
    (`day` writes the dates: ISO unless the caller wants "30 juni 2025"; `value` the values, "90
    dagar" for a number of days)."""
    parts = []
    for item in values:
        if item.start and item.end:
            code = "dated-value-range"
        elif item.end:
            code = "dated-value-between"
        else:
            code = "dated-value-from" if item.start else "dated-value-always"
        start, end = (day(date) if date else "" for date in (item.start, item.end))
        parts.append(say(code, value=value(item.value), start=start, end=end))
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + say("word-and") + parts[-1]
