"""`kvalitet importera FIL --mappning M [--skriv]`: an export's rows become records in records/.

`plan_import` decides everything (which rows become which files, which update a record an earlier
import made, which are already imported, which have problems) without writing; `import_command`
prints the plan and, with --skriv, writes the rows that are in order. Every row between the header
and the last filled row is told exactly one thing (to be imported, to update a record, already
there, left out by the mapping, empty, or its problems), and the summary's numbers add up to the
file's rows; a plan where they would not is refused whole.

Exit 0 when every row is in order or already imported, 1 when a row or the file has a problem, 2 when
the command is called wrongly (a missing file, a mapping with problems).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from kvalitet.errors import UsageError
from kvalitet.messages import say
from kvalitet.records.load import Document, load_yaml
from kvalitet.records.problems import Problem, shown_text
from kvalitet.records.reference import ORGANISATION, load_reference
from kvalitet.records.report import display_path, write_text
from kvalitet.records.schema_errors import guess_hint
from kvalitet.staff.importer.changes import told
from kvalitet.staff.importer.convert import Candidate, Left, convert_row
from kvalitet.staff.importer.keep_comments import Dropped, dotted_place
from kvalitet.staff.importer.mapping import ImportMapping, load_mapping
from kvalitet.staff.importer.plan import Existing, Planned, assign, check, scan, updated
from kvalitet.staff.importer.plan import write as write_records
from kvalitet.staff.importer.sources import CSV_SUFFIXES, XLSX_SUFFIXES, Table, read_table
from kvalitet.staff.importer.update import Merge


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row whose record is already in records/."""

    row: int
    key: str
    file: Path
    merge: Merge | None = None
    """How a later export compares, when the record has hand edits that are kept."""
    sourced: bool = False
    """Recognised by its source id (never shown), not by its diarienummer."""


@dataclass(slots=True)
class Plan:
    """What an import would do with each row of the source."""

    source: Path
    rows: int = 0
    """How many rows the file has below the header, up to its last filled row."""
    empty: list[int] = field(default_factory=list)
    planned: list[Planned] = field(default_factory=list)
    updates: list[Planned] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    left: list[Left] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def conflicts(self) -> int:
        """How many fields changed by hand are kept although the export says otherwise."""
        merges = [item.merge for item in self.updates] + [item.merge for item in self.skipped]
        return sum(len([c for c in m.changes if c.verdict == "conflict"]) for m in merges if m)

    @property
    def stopped(self) -> int:
        """How many rows have a problem."""
        return len({problem.line for problem in self.problems})

    def fates(self) -> list[int]:
        """The number of every row that is told something, once for each thing it is told."""
        told = [item.candidate.row for item in self.planned + self.updates]
        told += [item.row for item in self.skipped]
        told += [item.row for item in self.left] + self.empty
        return told + sorted({problem.line for problem in self.problems})


def check_usage(source: Path, mapping: Path, records: Path) -> None:
    """Raise UsageError when the files named on the command line cannot be used."""
    suffix = source.suffix.lower()
    if not source.is_file():
        raise UsageError(say("import-usage-source-missing", path=source))
    if suffix == ".xls":
        raise UsageError(say("import-usage-xls", path=source))
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        raise UsageError(say("import-usage-suffix", path=source))
    if not mapping.is_file():
        raise UsageError(say("import-usage-mapping-missing", path=mapping))
    if not (records / ORGANISATION).is_file():
        raise UsageError(say("import-usage-records", path=records))


def _missing_columns(table: Table, mapping: ImportMapping) -> list[Problem]:
    problems: list[Problem] = []
    position = (table.header_row, 0)
    for column in {column.name: column for column in mapping.referenced()}.values():
        if column.name in table.duplicates:
            problems.append(Problem.at(table.file, position, "import-column-twice", column=column.name))
        elif column.name not in table.columns:
            hint = guess_hint(column.name, list(table.columns))
            if not hint:
                hint = say("import-columns-listed", columns=", ".join(f"'{c}'" for c in table.columns))
            fields = {"column": column.name, "label": column.label, "hint": hint}
            problems.append(Problem.at(table.file, position, "import-column-missing", **fields))
    return problems


def plan_import(
    source: Path, mapping: ImportMapping, records: Path, *, today: dt.date, overwrite: bool = False
) -> Plan:
    """Everything the import would do, checked by the validator; nothing is written. With
    `overwrite`, fields changed by hand since the last import take the export's value."""
    plan = Plan(source)
    table = read_table(
        source,
        delimiter=mapping.delimiter,
        encoding=mapping.encoding,
        sheet=mapping.sheet,
        header_row=mapping.header_row,
    )
    if isinstance(table, Problem):
        plan.problems.append(table)
        return plan
    plan.problems += _missing_columns(table, mapping)
    if plan.problems:
        return plan
    if table.last_row == table.header_row:
        plan.problems.append(Problem.at(source, (table.header_row, 0), "import-no-rows"))
        return plan
    plan.rows = table.last_row - table.header_row
    plan.empty = list(table.empty)
    existing = scan(records)
    candidates: list[Candidate] = []
    updates: list[Planned] = []
    seen: dict[tuple[str, str], int] = {}
    for row in table.rows:
        converted = convert_row(row, mapping, source, today)
        if isinstance(converted, list):
            plan.problems += converted
        elif isinstance(converted, Left):
            plan.left.append(converted)
        elif (slot := (converted.typ, converted.key)) in seen:
            fields = {"key": converted.key, "other": seen[slot]}
            plan.problems.append(Problem.at(source, (row.number, 0), "import-duplicate-row", **fields))
        elif (renamed := existing.other_system(converted)) is not None:
            fields = {"system": shown_text(renamed[0]), "path": display_path(renamed[1])}
            plan.problems.append(Problem.at(source, (row.number, 0), "reimport-other-system", **fields))
        elif (found := existing.find(converted)) is not None:
            seen[slot] = row.number
            result = updated(found, converted, overwrite=overwrite)
            if isinstance(result, Planned):
                updates.append(result)
            else:
                sourced = converted.origin is not None
                plan.skipped.append(Skipped(row.number, converted.key, found, result, sourced))
        else:
            seen[slot] = row.number
            candidates.append(converted)
    plan.planned, plan.updates = _validated(candidates, updates, existing, records, source, plan.problems)
    _account(plan, range(table.header_row + 1, table.last_row + 1))
    return plan


def _account(plan: Plan, expected: range) -> None:
    """Make sure that every row of the file is told exactly one thing: imported, skipped or refused.
    If not (a fault in this program), nothing is imported and the file is refused."""
    fates = plan.fates()
    if sorted(fates) == list(expected):
        return
    accounted = len(set(fates) & set(expected))
    problem = Problem.at(plan.source, (0, 0), "import-rows-unaccounted", accounted=accounted, rows=plan.rows)
    plan.planned, plan.skipped, plan.left, plan.empty = [], [], [], []
    plan.problems, plan.rows = [problem], 0


def _validated(
    candidates: list[Candidate],
    updates: list[Planned],
    existing: Existing,
    records: Path,
    source: Path,
    problems: list[Problem],
) -> tuple[list[Planned], list[Planned]]:
    """The new records and the updates that pass `kvalitet validera`, the new ones numbered without
    gaps; the others' problems added."""
    while True:
        planned, unwritable = assign(candidates, existing, records, source)
        found = unwritable + check(records, planned + updates, existing, source)
        if not found:
            return planned, updates
        problems += found
        failed = {problem.line for problem in found}
        candidates = [candidate for candidate in candidates if candidate.row not in failed]
        updates = [item for item in updates if item.candidate.row not in failed]


def _summary(planned: Planned) -> str:
    data = planned.candidate.data
    parts = [planned.candidate.typ, say("import-registered", date=planned.candidate.registered)]
    if "enhet" in data:
        parts.append(str(data["enhet"]))
    if "status" in data:
        parts.append(say("import-status", status=data["status"]))
    return ", ".join(parts)


def _change_lines(item: Planned | Skipped, written: bool | None) -> str:
    """What a later import does to a record: a head line and one indented line per field."""
    if isinstance(item, Planned):
        code = "reimport-row-updated" if written else "reimport-row-update"
        head, merge, typ = say(code, path=display_path(item.path)), item.merge, item.candidate.typ
    else:
        head, merge = say("reimport-row-kept", path=display_path(item.file)), item.merge
        doc = load_yaml(item.file)
        typ = str(doc.data.get("typ")) if isinstance(doc, Document) else ""
    assert merge is not None
    lines = told(typ, merge)
    if isinstance(item, Planned):
        lines += [_dropped_line(dropped, written) for dropped in item.dropped]
    return head + "".join(f"\n  - {line}" for line in lines)


def _dropped_line(dropped: Dropped, written: bool | None) -> str:
    """A comment that goes with the field the update removes (its text is never shown)."""
    code = "reimport-comment-item" if isinstance(dropped.place[-1], int) else "reimport-comment-field"
    place = say(code, name=dotted_place(dropped.place))
    code = "reimport-comment-dropped-written" if written else "reimport-comment-dropped"
    return say(code, line=dropped.line, place=place)


def _skipped_line(skipped: Skipped) -> str:
    if skipped.merge is not None and skipped.merge.changes:
        return _change_lines(skipped, None)
    if skipped.sourced:
        return say("reimport-row-same", path=display_path(skipped.file))
    return say("import-row-skipped", key=shown_text(skipped.key), path=display_path(skipped.file))


def report(plan: Plan, written: Sequence[Planned] | None, out: TextIO) -> None:
    """Every row's fate in row order, then a summary. `written` is None for a dry run."""
    where = display_path(plan.source)
    lines: list[tuple[int, str]] = []
    done = {item.candidate.row for item in written} if written is not None else set()
    for item in plan.planned:
        code = "import-row-planned" if written is None else "import-row-written"
        if written is None or item.candidate.row in done:
            lines.append(
                (item.candidate.row, say(code, path=display_path(item.path), summary=_summary(item)))
            )
    for item in plan.updates:
        if written is None or item.candidate.row in done:
            lines.append((item.candidate.row, _change_lines(item, written is not None)))
    lines += [(skipped.row, _skipped_line(skipped)) for skipped in plan.skipped]
    lines += [(left.row, say("import-row-left", word=shown_text(left.word))) for left in plan.left]
    lines += [(row, say("import-row-empty")) for row in plan.empty]
    lines += [(problem.line, problem.message) for problem in plan.problems]
    for row, text in sorted(lines, key=lambda line: line[0]):
        out.write(f"{where}:rad {row}: {text}\n" if row else f"{where}: {text}\n")
    if plan.rows == 0 and plan.problems:
        out.write(say("import-summary-file") + "\n")
        return
    new = [item for item in written if item.merge is None] if written is not None else plan.planned
    changed = [item for item in written if item.merge] if written is not None else plan.updates
    counts = [
        (len(new), "import-count-written" if written is not None else "import-count-ready"),
        (len(changed), "reimport-count-updated" if written is not None else "reimport-count-update"),
        (len(plan.skipped), "import-count-skipped"),
        (len(plan.left), "import-count-left"),
        (len(plan.empty), "import-count-empty-one" if len(plan.empty) == 1 else "import-count-empty-many"),
        (plan.stopped, "import-count-stopped"),
    ]
    parts = [say(code, n=n) for n, code in counts if n or code == counts[0][1]]
    rows = say("import-count-row-one") if plan.rows == 1 else say("import-count-row-many", n=plan.rows)
    out.write(say("import-summary", rows=rows, parts=", ".join(parts)) + "\n")
    _tell_older_and_conflicts(plan, written is not None, out)
    ready = len(new) + len(changed)
    if written is not None:
        next_step = "import-next-fix-written" if plan.stopped else ""
    elif plan.stopped:
        next_step = "import-next-fix-or-write" if ready else "import-next-fix"
    else:
        next_step = "import-next-write" if ready else "import-next-nothing"
    if next_step:
        rows_ready = say("import-ready-one") if ready == 1 else say("import-ready-many", n=ready)
        out.write(say(next_step, ready=rows_ready) + "\n")


def _tell_older_and_conflicts(plan: Plan, written: bool, out: TextIO) -> None:
    """The records of an older import that move their id (dry run), and the hand edits kept."""
    older = len([item for item in plan.updates if item.merge and item.merge.migrated])
    if older and not written:
        records = say("reimport-records-one") if older == 1 else say("reimport-records-many", n=older)
        out.write(say("reimport-migrations", records=records) + "\n")
    if plan.conflicts:
        code = "reimport-conflicts-one" if plan.conflicts == 1 else "reimport-conflicts-many"
        out.write(say(code, n=plan.conflicts) + "\n")


def import_command(
    source: Path, mapping: Path, records: Path, *, write: bool, today: dt.date, overwrite: bool = False
) -> int:
    """`kvalitet importera`: 0 when every row is in order or already imported, 1 if not, 2 on wrong usage."""
    out = sys.stdout
    try:
        check_usage(source, mapping, records)
    except UsageError as error:
        print(f"kvalitet: {error}", file=sys.stderr)
        return error.exit_code
    loaded = load_mapping(mapping)
    if isinstance(loaded, list):
        for problem in sorted(loaded):
            out.write(f"{display_path(problem.file)}:{problem.line}:{problem.column}: {problem.message}\n")
        out.write(say("import-mapping-broken") + "\n")
        return 2
    _, broken = load_reference(records)
    if broken:
        write_text(broken, 0, out)
        out.write(say("import-records-broken", path=display_path(records)) + "\n")
        return 1
    if not write:
        out.write(say("import-dry-run") + "\n")
    plan = plan_import(source, loaded, records, today=today, overwrite=overwrite)
    done: list[Planned] | None = None
    if write:
        done, problems = write_records(plan.planned + plan.updates, plan.source)
        plan.problems += problems
    report(plan, done, out)
    return 1 if plan.problems else 0
