"""From candidates to files: ids, the YAML text, the validator's verdict, and writing without overwriting.

Ids continue above the highest id of the typ and year in records/. Each candidate is rendered once;
that exact text is validated and, with --skriv, written. Validation is `kvalitet validera` itself, run on
a temporary records root that holds copies of the reference files, the candidates, and the existing
records a candidate links to; nothing is written into records/ before every check has passed.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kvalitet.messages import say
from kvalitet.records.dump import dump
from kvalitet.records.guard import find_identifiers
from kvalitet.records.load import Document, load_yaml
from kvalitet.records.problems import Problem
from kvalitet.records.reference import REFERENCE_FILES
from kvalitet.records.validate import LINKS, record_files, validate
from kvalitet.staff.importer.convert import Candidate
from kvalitet.staff.importer.fields import dotted, id_prefix, properties

_ID = re.compile(r"([A-Z]{3})-([0-9]{4})-([0-9]{4,})\Z")
FIRST = (
    *("id", "typ", "registrerad", "inträffad", "status", "avslutad", "enhet", "diarienummer"),
    *("lagrum", "kategorier", "sammanfattning"),
)
"""Fields written first, in this order; the others follow in the order of the schema."""
REQUIRED_CODES = frozenset({"schema-required", "schema-required-when"})


@dataclass(frozen=True, slots=True)
class Existing:
    """What records/ already holds."""

    highest: Mapping[tuple[str, int], int]
    """(prefix, year) → the highest number in use."""
    keys: Mapping[tuple[str, str], Path]
    """(typ, diarienummer) → the record that has it."""
    files: Mapping[str, Path]
    """id → file."""


@dataclass(frozen=True, slots=True)
class Planned:
    candidate: Candidate
    id: str
    path: Path
    text: str


def scan(root: Path) -> Existing:
    """The ids and diarienummer of every record under `root`."""
    highest: dict[tuple[str, int], int] = {}
    keys: dict[tuple[str, str], Path] = {}
    files: dict[str, Path] = {}
    for file in record_files(root, root):
        files[file.stem] = file
        match = _ID.match(file.stem)
        if match:
            slot = (match[1], int(match[2]))
            highest[slot] = max(highest.get(slot, 0), int(match[3]))
        doc = load_yaml(file)
        if isinstance(doc, Document):
            typ, key = doc.data.get("typ"), doc.data.get("diarienummer")
            if isinstance(typ, str) and isinstance(key, str):
                keys.setdefault((typ, key), file)
    return Existing(highest, keys, files)


def render(record_id: str, candidate: Candidate, origin: str) -> str:
    """The record as YAML text, written as `kvalitet demo` writes, under a comment naming its source."""
    data: dict[str, Any] = {"id": record_id, "typ": candidate.typ, **candidate.data}
    order = [*FIRST, *properties(candidate.typ)]
    fields = {name: data[name] for name in sorted(data, key=order.index)}
    shown = origin if not find_identifiers(origin) else say("import-file-header-unnamed")
    return dump(fields, "# " + say("import-file-header", source=shown, row=candidate.row))


def assign(
    candidates: Iterable[Candidate], existing: Existing, root: Path, source: Path
) -> tuple[list[Planned], list[Problem]]:
    """Ids for the candidates in row order, the next free number of each typ and year."""
    numbers = dict(existing.highest)
    planned: list[Planned] = []
    problems: list[Problem] = []
    for candidate in candidates:
        slot = (id_prefix(candidate.typ), candidate.registered.year)
        number = numbers[slot] = numbers.get(slot, 0) + 1
        record_id = f"{slot[0]}-{slot[1]}-{number:04d}"
        try:
            text = render(record_id, candidate, source.name)
        except (TypeError, ValueError):  # a value map gave an empty or nested list
            numbers[slot] -= 1
            problems.append(Problem.at(source, (candidate.row, 0), "import-unwritable"))
            continue
        planned.append(Planned(candidate, record_id, root / str(slot[1]) / f"{record_id}.yaml", text))
    return planned, problems


def check(root: Path, planned: Sequence[Planned], existing: Existing, source: Path) -> list[Problem]:
    """`kvalitet validera` on the planned records, its problems told per row of the source."""
    by_file: dict[Path, Planned] = {}
    with tempfile.TemporaryDirectory(prefix="kvalitet-import-") as folder:
        copy = Path(folder).resolve() / "records"
        copy.mkdir()
        for name in REFERENCE_FILES:
            if (root / name).is_file():
                shutil.copyfile(root / name, copy / name)
        for item in planned:
            target = copy / item.path.relative_to(root)
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(item.text.encode("utf-8"))
            by_file[target] = item
            for typ, name, _ in LINKS:
                linked = item.candidate.data.get(name) if item.candidate.typ == typ else None
                if isinstance(linked, str) and linked in existing.files:
                    original = existing.files[linked]
                    (copy / original.relative_to(root)).parent.mkdir(exist_ok=True)
                    shutil.copyfile(original, copy / original.relative_to(root))
        outcome = validate(list(by_file)) if by_file else None
    if outcome is None:
        return []
    return [_told(problem, by_file.get(problem.file), source) for problem in outcome.problems]


def _field_at(text: str, line: int) -> str | None:
    """The dotted name of the field a problem at `line` of the rendered record is about."""
    doc = load_yaml(Path("post.yaml"), text.encode("utf-8"))
    if not isinstance(doc, Document):
        return None
    best: tuple[tuple[int, int], str] | None = None
    for where, (key_line, column) in doc.keys.items():
        names = tuple(part for part in where if isinstance(part, str))
        if key_line <= line and len(names) <= 2 and (best is None or (key_line, column) >= best[0]):
            best = (key_line, column), dotted(names)
    return best[1] if best else None


def _told(problem: Problem, item: Planned | None, source: Path) -> Problem:
    """A validator's problem as a problem of the row, with the column the field came from."""
    if item is None:  # not about a candidate: cannot happen while the reference files are in order
        return Problem(source, 0, 0, problem.code, problem.message)
    candidate = item.candidate
    message = problem.message
    if problem.code in REQUIRED_CODES:  # placed at the group the field is missing from: find it by name
        name = next((n for n in candidate.sources if _names_missing(problem, candidate, n)), None)
        origin = candidate.sources.get(name) if name else None
        message = message.removesuffix(say("hint-required")).rstrip()
        message += " " + say("import-hint-fill" if origin else "import-hint-map")
    else:
        name = _field_at(item.text, problem.line)
        origin = candidate.sources.get(name) if name else None
    kind = problem.code.removeprefix("pseudonym-")
    if problem.code.startswith("pseudonym-") and kind != "unused":
        where = origin or say("import-from-field", name=name or "?")
        message = say("import-pseudonym-record", where=where, kind=say(f"import-kind-{kind}"))
    elif origin:
        message = f"{origin}: {message}"
    return Problem(source, candidate.row, 0, problem.code, message)


def _names_missing(problem: Problem, candidate: Candidate, name: str) -> bool:
    """Is `name` (dotted) a field this required-field problem is about, and missing from the record?"""
    *group, last = name.split(".")
    value: Any = candidate.data
    for part in group:
        value = value.get(part) if isinstance(value, dict) else None
        value = value[0] if isinstance(value, list) and value else value
    return f"'{last}'" in problem.message and not (isinstance(value, dict) and last in value)


def write(planned: Iterable[Planned], source: Path) -> tuple[list[Planned], list[Problem]]:
    """Write each planned record, never over an existing file."""
    written: list[Planned] = []
    problems: list[Problem] = []
    for item in planned:
        item.path.parent.mkdir(exist_ok=True)
        try:
            with item.path.open("xb") as handle:
                handle.write(item.text.encode("utf-8"))
        except FileExistsError:
            problems.append(Problem.at(source, (item.candidate.row, 0), "import-file-exists", path=item.path))
            continue
        written.append(item)
    return written, problems
