"""One row of an export → the fields of a record, or the problems that stop the row.

The pseudonymisation guard runs first, over every cell the mapping reads. A cell that holds something
like a personnummer or a name stops its row, and from then on its text is never shown nor written: the
message names the column and the kind of identifier only. A cell that is a word of its value map is not
searched, since only the id it maps to reaches the record.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kvalitet.messages import say
from kvalitet.records.guard import find_identifiers
from kvalitet.records.problems import Problem
from kvalitet.records.schema_errors import guess_hint
from kvalitet.staff.importer.dates import examples, from_excel, parse_moment
from kvalitet.staff.importer.fields import AHEAD, Field, Kind, Path_, fields_of
from kvalitet.staff.importer.mapping import DEDUPLICATION_FIELD, REGISTERED, Column, ImportMapping
from kvalitet.staff.importer.sources import Cell, Row

_INTEGER = re.compile(r"[+-]?\d+\Z")
_YES = frozenset({"ja", "j", "true", "sant", "x", "1"})
_NO = frozenset({"nej", "n", "false", "falskt", "0"})


@dataclass(frozen=True, slots=True)
class Left:
    """A row of a typ that the mapping leaves out (its word maps to ~ under typkolumn)."""

    row: int
    word: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """A row that became the fields of a record (all but the id)."""

    row: int
    typ: str
    data: dict[str, Any]
    key: str
    """How a later import recognises the row: the source id, or else its diarienummer."""
    registered: dt.date
    sources: Mapping[str, str]
    """Dotted field name → where its value came from, for messages: "kolumnen 'Enhet'"."""
    origin: Mapping[str, str] | None = None
    """The record's källa: the source system and its id (None when the mapping has no källid)."""
    legacy: str | None = None
    """The diarienummer an older import wrote for the row (prefix and source id)."""


def cell_text(value: Cell) -> str:
    """A cell as text, with its spacing tidied: dates as ÅÅÅÅ-MM-DD, 3.0 as 3."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M") if _clock(value) else value.date().isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return " ".join(str(value).split())


def _parts(text: str, column: Column) -> list[str]:
    if column.separator is None:
        return [text]
    return [part.strip() for part in text.split(column.separator) if part.strip()]


class _Row:
    """The conversion of one row: its problems are collected, and a stopped cell is never echoed."""

    def __init__(self, row: Row, mapping: ImportMapping, source: Path, today: dt.date) -> None:
        self.row, self.mapping, self.source, self.today = row, mapping, source, today
        self.problems: list[Problem] = []
        self.hidden: set[str] = set()
        self.skipped: str | None = None
        """The row's typ word, when the mapping says rows of that typ are not imported."""

    def problem(self, code: str, /, **fields: object) -> None:
        self.problems.append(Problem.at(self.source, (self.row.number, 0), code, **fields))

    def guard(self) -> None:
        for column in self.mapping.referenced():
            text = cell_text(self.row.cells.get(column.name))
            if not text or column.name in self.hidden:
                continue
            if column.values is not None and all(column.values.find(p)[0] for p in _parts(text, column)):
                continue
            kinds: dict[str, tuple[int, int]] = {}
            for finding in find_identifiers(text):
                kinds.setdefault(finding.kind, (finding.start + 1, finding.end))
            for kind, (start, end) in kinds.items():
                self.hidden.add(column.name)
                what = say(f"import-kind-{kind}")
                self.problem("import-pseudonym", column=column.name, kind=what, start=start, end=end)

    def typ(self) -> str | None:
        if self.mapping.typ is not None:
            return self.mapping.typ
        column = self.mapping.typ_column
        assert column is not None
        cell = self.row.cells.get(column.name)
        if column.name in self.hidden:
            return None
        if not cell_text(cell):
            self.problem("import-empty", column=column.name, field="typ")
            return None
        value = self.value(column, "typ", cell)
        if value is None and column.values is not None and column.values.find(cell_text(cell))[0]:
            self.skipped = cell_text(cell)
        return value if isinstance(value, str) else None

    def value(self, column: Column, name: str, cell: Cell) -> Any:
        """The cell through the column's value map; None (with a problem) when the word is unknown."""
        text = cell_text(cell)
        if column.values is None:
            return cell
        found, target = column.values.find(text)
        if not found and column.name not in self.hidden:
            hint = guess_hint(text, list(column.values.words))
            self.problem(
                "import-unknown-value",
                column=column.name,
                value=text,
                field=name,
                hint=hint,
                label=column.label,
                mapping=self.mapping.file.name,
            )
        return target

    def convert(self, name: str, field: Field, column: Column) -> Any:
        cell = self.row.cells.get(column.name)
        if not cell_text(cell) or column.name in self.hidden:
            return None
        if field.kind != "list":
            return self.typed(name, field, self.value(column, name, cell), column.name)
        values: list[Any] = []
        for part in _parts(cell_text(cell), column):
            mapped = self.value(column, name, part)
            for item in mapped if isinstance(mapped, list) else [mapped]:
                if item is not None and item not in values:
                    values.append(item)
        return values or None

    def typed(self, name: str, field: Field, value: Any, origin: str) -> Any:
        """A value as its field's kind wants it; None (with a problem) when it cannot be read."""
        text = cell_text(value)
        if value is None or not text:
            return None
        if field.kind in ("date", "datetime", "moment"):
            return self.moment(name, field.kind, value, text, origin)
        if field.kind == "integer":
            if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
                return int(value)
            if _INTEGER.match(text):
                return int(text)
            self.problem("import-bad-integer", column=origin, value=text, field=name)
            return None
        if field.kind == "boolean":
            if isinstance(value, bool):
                return value
            if text.casefold() in _YES | _NO:
                return text.casefold() in _YES
            self.problem("import-bad-boolean", column=origin, value=text, field=name)
            return None
        if field.kind == "list":  # a fixed value: one id, or a list of them
            return [text] if isinstance(value, str) else value
        return text

    def moment(self, name: str, kind: Kind, value: Any, text: str, origin: str) -> Any:
        """A date, or a date and time, from a date cell, an Excel day number or a written date; a
        `moment` field takes a date and time, or the date alone when the cell has no time."""
        with_time = kind != "date"
        moment: tuple[dt.date, dt.time | None] | None
        if isinstance(value, dt.datetime):
            moment = value.date(), _clock(value)
        elif isinstance(value, dt.date):
            moment = value, None
        elif isinstance(value, int | float) and not isinstance(value, bool):
            serial = from_excel(value)
            moment = (serial.date(), _clock(serial)) if serial else None
        else:
            moment = parse_moment(text, self.mapping.date_formats)
        if moment is None:
            written = either(examples(self.mapping.date_formats, with_time=with_time))
            self.problem("import-bad-date", column=origin, value=text, field=name, examples=written)
            return None
        day, clock = moment
        if day > self.today and name not in AHEAD:
            self.problem("import-future-date", column=origin, date=day, today=self.today)
            return None
        if not with_time or (clock is None and kind == "moment"):
            return day
        if clock is None:
            self.problem("import-missing-time", column=origin, value=text, field=name)
            return None
        return dt.datetime.combine(day, clock)


def either(items: list[str]) -> str:
    """ "a, b eller c"."""
    if len(items) == 1:
        return items[0]
    return say("import-list-or", items=", ".join(items[:-1]), last=items[-1])


def _clock(moment: dt.datetime) -> dt.time | None:
    """The time of day, or None at midnight (a date cell without a time)."""
    return moment.time() if moment.time() != dt.time() else None


def convert_row(
    row: Row, mapping: ImportMapping, source: Path, today: dt.date
) -> Candidate | Left | list[Problem]:
    """The fields of the record a row becomes, or every problem in the row."""
    state = _Row(row, mapping, source, today)
    if row.overflow:
        cells = say("import-cells-one") if row.overflow == 1 else say("import-cells-many", n=row.overflow)
        state.problem("import-row-overflow", cells=cells)
    state.guard()
    typ = state.typ()
    if typ is None:
        if state.skipped is not None and not state.problems:
            return Left(row.number, state.skipped)
        return state.problems
    known = fields_of(typ)
    values: dict[Path_, Any] = {}
    sources: dict[str, str] = {}
    for name, column in mapping.columns.items():
        if name in known:
            sources[name] = say("import-from-column", column=column.name)
            value = state.convert(name, known[name], column)
            if value is not None:
                values[known[name].path] = value
    groups = {path[0] for path in values if len(path) > 1}
    mapped_groups = {known[name].group for name in mapping.columns if name in known}
    for name, fixed in mapping.fixed.items():
        group = known[name].group if name in known else None
        if name not in known or (group is not None and group in mapped_groups and group not in groups):
            continue  # not for this typ, or in a group this row leaves empty
        sources[name] = say("import-from-fixed", name=name)
        value = state.typed(name, known[name], fixed, name) if isinstance(fixed, str) else fixed
        if value is not None:
            values[known[name].path] = value
    key = _key(state, values, sources)
    registered = values.get((REGISTERED,))
    if not isinstance(registered, dt.date) and not state.problems:
        state.problem("import-empty", column=_column_of(mapping, REGISTERED), field=REGISTERED)
    if state.problems or key is None or not isinstance(registered, dt.date):
        return state.problems
    data = _nest(values, known)
    if mapping.source_id is None:
        return Candidate(row.number, typ, data, key, registered, sources)
    origin = {"system": mapping.system, "id": key}
    return Candidate(row.number, typ, data, key, registered, sources, origin, mapping.prefix + key)


def _key(state: _Row, values: dict[Path_, Any], sources: dict[str, str]) -> str | None:
    mapping = state.mapping
    if mapping.source_id is not None:
        column = mapping.source_id.name
        text = cell_text(state.row.cells.get(column))
        if column in state.hidden:
            return None
        if not text:
            state.problem("import-key-empty", column=column)
            return None
        sources["källa.id"] = say("import-from-column", column=column)
        sources["källa.system"] = say("reimport-from-system")
        return text
    key = values.get((DEDUPLICATION_FIELD,))
    if key is None and DEDUPLICATION_FIELD in mapping.columns and not state.problems:
        state.problem("import-key-empty", column=mapping.columns[DEDUPLICATION_FIELD].name)
    return str(key) if key is not None else None


def _column_of(mapping: ImportMapping, name: str) -> str:
    column = mapping.columns.get(name)
    return column.name if column is not None else name


def _nest(values: dict[Path_, Any], known: Mapping[str, Field]) -> dict[str, Any]:
    """Dotted fields into their groups: risk.sannolikhet → risk: {sannolikhet: …}; åtgärder → a list;
    åtgärder.resultat.bedömning → a group in the action; åtgärder.flyttad.datum → a list in it."""
    data: dict[str, Any] = {}
    fields = {field.path: field for field in known.values()}
    for path, value in values.items():
        field = fields[path]
        if len(path) == 1:
            data[path[0]] = value
            continue
        group = data.setdefault(path[0], [{}])[0] if field.in_list else data.setdefault(path[0], {})
        if len(path) == 3:
            group = group.setdefault(path[1], [{}])[0] if field.appended else group.setdefault(path[1], {})
        group[path[-1]] = value
    return data
