"""What a change does to the records and the figures: the facts behind `kvalitet diff`.

Two records roots are compared: before (the records exported from a commit) and after (the records on
disk). A record is known by its id (the file name), so a record moved to another year's folder is
changed, not removed and added. A record is changed when its file differs in any byte.

Both sides are aggregated with the same cut-off date and every cell of every table is compared.
A cell that exists on one side only counts as changed unless the other side would show nothing
there anyway (a count of 0, or no value).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kvalitet.aggregate import Aggregates, Row, Table, Value, aggregate
from kvalitet.aggregate.context import slug
from kvalitet.records.cases import GROUPS, group_of, to_cases
from kvalitet.records.dates import parse_date
from kvalitet.records.load import Document, load_yaml
from kvalitet.records.reference import REFERENCE_FILES, Reference, load_reference
from kvalitet.records.schemacheck import RECORD_TYPES
from kvalitet.records.validate import Outcome, record_files, validate

COUNTS_TABLE = "oversikt-antal-per-ar"
"""The table whose changes are shown first: cases per kind and year."""
REPEATED_TABLES = frozenset(f"{slug(group)}-antal-per-ar" for group in GROUPS)
"""Each group's count table repeats one row of `COUNTS_TABLE`; its changes are not listed twice."""


@dataclass(frozen=True, slots=True)
class Base:
    """What the records on disk are compared with."""

    commit: str
    ref: str
    """The BAS given, or the default branch whose merge base with HEAD is `commit`."""
    merge_base: bool
    has_folder: bool = True
    """False when the records folder did not exist at `commit`: every record is new."""
    problems: int = 0
    """Problems the validator finds in the records at `commit`."""


@dataclass(frozen=True, slots=True)
class RecordChange:
    """A record added, changed or removed; group and year are None when the file cannot tell."""

    id: str
    group: str | None
    year: int | None
    registered: dt.date | None = None


@dataclass(frozen=True, slots=True)
class StatusChange:
    id: str
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class CellChange:
    """One cell that changes. `before`/`after` say whether the cell exists on that side at all."""

    table: str
    title: str
    row: str
    label: str
    column: str
    unit: str
    old: Value
    new: Value
    before: bool = True
    after: bool = True


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything `kvalitet diff` reports."""

    as_of: dt.date
    added: tuple[RecordChange, ...]
    changed: tuple[RecordChange, ...]
    removed: tuple[RecordChange, ...]
    statuses: tuple[StatusChange, ...]
    reference_files: tuple[str, ...]
    """Names of the changed files organisation.yaml, kategorier.yaml and kvalitet.yaml."""
    late: tuple[str, ...]
    """Ids of added or changed records registered after `as_of`: not in the figures."""
    counts: tuple[CellChange, ...]
    """Changed cells of the table of cases per kind and year."""
    cells: tuple[CellChange, ...]
    """Every other changed cell, in site order."""

    @property
    def records_changed(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    @property
    def anything_changed(self) -> bool:
        return self.records_changed or bool(self.reference_files)


@dataclass(slots=True)
class Side:
    """One side of the comparison: a records root (None when the folder did not exist) and its checks."""

    root: Path | None
    outcome: Outcome = field(default_factory=Outcome)
    reference: Reference | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    """Record files: path relative to the root → content."""
    settings: dict[str, bytes] = field(default_factory=dict)
    """Reference files → content."""
    docs: dict[str, Document] = field(default_factory=dict)
    """Records that passed validation, by path relative to the root."""

    @classmethod
    def load(cls, root: Path | None, outcome: Outcome | None = None) -> Side:
        """Read and check the records root `root` (validated here unless `outcome` is given)."""
        if root is None:
            return cls(None)
        root = root.resolve()
        outcome = outcome if outcome is not None else validate([root])
        reference, _ = load_reference(root)
        files = {file.relative_to(root).as_posix(): file.read_bytes() for file in record_files(root, root)}
        settings = {name: (root / name).read_bytes() for name in REFERENCE_FILES if (root / name).is_file()}
        docs = {doc.file.relative_to(root).as_posix(): doc for doc in outcome.records}
        return cls(root, outcome, reference, files, settings, docs)

    @property
    def problems(self) -> int:
        return len(self.outcome.problems)

    def keys(self) -> dict[str, str]:
        """Record id (the file name) → path; a file whose id is not unique is known by its path."""
        stems: dict[str, int] = {}
        for path in self.files:
            stem = Path(path).stem
            stems[stem] = stems.get(stem, 0) + 1
        return {(Path(path).stem if stems[Path(path).stem] == 1 else path): path for path in self.files}

    def data(self, path: str) -> Mapping[str, Any]:
        """The record's fields: validated, or read as well as the file allows ({} when not at all)."""
        if path in self.docs:
            return self.docs[path].data
        if self.root is None:
            return {}
        loaded = load_yaml(self.root / path, self.files[path])
        return loaded.data if isinstance(loaded, Document) else {}

    def aggregates(self, as_of: dt.date, fallback: Reference) -> Aggregates:
        """The figures of the valid records (with the other side's reference data when this has none)."""
        return aggregate(to_cases(self.docs.values()), self.reference or fallback, as_of=as_of)


def _describe(key: str, path: str, data: Mapping[str, Any]) -> RecordChange:
    typ = data.get("typ")
    group = group_of(data) if isinstance(typ, str) and typ in RECORD_TYPES else None
    registered = data.get("registrerad")
    day = parse_date(registered) if isinstance(registered, str) else None
    folder = Path(path).parent.name
    year = day.year if day else (int(folder) if folder.isdigit() else None)
    return RecordChange(key, group, year, day)


def _status(data: Mapping[str, Any]) -> str | None:
    status = data.get("status")
    return status if isinstance(status, str) else None


def _rows(table: Table) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    for row in [*table.rows, *([table.total] if table.total else [])]:
        key = row.key if row.key not in rows else f"{row.key}#{len(rows)}"
        rows[key] = row
    return rows


def _union(first: Iterable[str], second: Iterable[str]) -> list[str]:
    """The keys of both, in the order of `first`, then what only `second` has."""
    return list(dict.fromkeys([*first, *second]))


def _table_changes(old: Table | None, new: Table | None) -> Iterator[CellChange]:
    shown = new or old
    assert shown is not None
    old_rows, new_rows = _rows(old) if old else {}, _rows(new) if new else {}
    old_columns = {column: i for i, column in enumerate(old.columns)} if old else {}
    new_columns = {column: i for i, column in enumerate(new.columns)} if new else {}
    for key in _union(new_rows, old_rows):
        old_row, new_row = old_rows.get(key), new_rows.get(key)
        label = (new_row or old_row or Row(key, key, ())).label
        for column in _union(new_columns, old_columns):
            before = old_row is not None and column in old_columns
            after = new_row is not None and column in new_columns
            old_value = old_row.values[old_columns[column]] if before and old_row else None
            new_value = new_row.values[new_columns[column]] if after and new_row else None
            if before and after and old_value == new_value:
                continue
            present = new_value if after else old_value
            if before != after and (present is None or (present == 0 and shown.unit == "antal")):
                continue
            yield CellChange(
                shown.id, shown.title, key, label, column, shown.unit, old_value, new_value, before, after
            )


def table_changes(old: Aggregates, new: Aggregates) -> list[CellChange]:
    """Every changed cell of every table: in the order of the new site, then what only the old had."""
    old_tables = {table.id: table for table in old.tables()}
    new_tables = {table.id: table for table in new.tables()}
    changes: list[CellChange] = []
    for table_id in _union(new_tables, old_tables):
        changes += _table_changes(old_tables.get(table_id), new_tables.get(table_id))
    return changes


def compare(old: Side, new: Side, *, as_of: dt.date) -> Comparison:
    """What changes from `old` to `new` (`new` must have valid reference data)."""
    assert new.reference is not None, "the new side has passed validation"
    old_keys, new_keys = old.keys(), new.keys()
    removed = [_describe(key, path, old.data(path)) for key, path in old_keys.items() if key not in new_keys]
    added: list[RecordChange] = []
    changed: list[RecordChange] = []
    statuses: list[StatusChange] = []
    late: list[str] = []
    for key, path in new_keys.items():
        before, data = old_keys.get(key), new.data(path)
        if before is not None and before == path and old.files[before] == new.files[path]:
            continue
        (added if before is None else changed).append(_describe(key, path, data))
        if before is not None and _status(old.data(before)) != _status(data):
            statuses.append(StatusChange(key, _status(old.data(before)), _status(data)))
        registered = data.get("registrerad")
        day = parse_date(registered) if isinstance(registered, str) else None
        if day is not None and day > as_of:
            late.append(key)
    settings = tuple(
        name
        for name in REFERENCE_FILES
        if old.root is not None and old.settings.get(name) != new.settings.get(name)
    )
    cells = table_changes(old.aggregates(as_of, new.reference), new.aggregates(as_of, new.reference))
    return Comparison(
        as_of=as_of,
        added=tuple(sorted(added, key=lambda record: record.id)),
        changed=tuple(sorted(changed, key=lambda record: record.id)),
        removed=tuple(sorted(removed, key=lambda record: record.id)),
        statuses=tuple(sorted(statuses, key=lambda status: status.id)),
        reference_files=settings,
        late=tuple(sorted(late)),
        counts=tuple(cell for cell in cells if cell.table == COUNTS_TABLE),
        cells=tuple(cell for cell in cells if cell.table not in (COUNTS_TABLE, *REPEATED_TABLES)),
    )
