"""From candidates to files: ids, the YAML text, the validator's verdict, and writing without overwriting.

Ids continue above the highest id of the typ and year in records/. Each candidate is rendered once;
that exact text is validated and, with --skriv, written. A record that a later export updates is
rendered and validated the same way, with the comments staff wrote in it kept in their places
(`keep_comments`), and replaced in one step (a temporary file renamed over it).
Validation is `kvalitet validera` itself, run on a temporary records root that holds copies of the
reference files, the candidates, and the existing records a candidate links to; nothing is written
into records/ before every check has passed.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kvalitet.messages import say
from kvalitet.records.dump import dump
from kvalitet.records.guard import find_identifiers
from kvalitet.records.load import Document, decode, load_yaml
from kvalitet.records.problems import Problem
from kvalitet.records.reference import REFERENCE_FILES
from kvalitet.records.validate import LINKS, record_files, validate
from kvalitet.staff.importer.convert import Candidate
from kvalitet.staff.importer.fields import dotted, fields_of, id_prefix, properties
from kvalitet.staff.importer.keep_comments import Dropped, rewrite
from kvalitet.staff.importer.update import CHECKSUMS, SOURCE, Merge, checksums
from kvalitet.staff.importer.update import merge as merge_record

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
    origins: Mapping[tuple[str, str, str], Path] = field(default_factory=dict)
    """(typ, system, source id) → the record imported from it."""
    unsourced: frozenset[Path] = frozenset()
    """Records without källa: an older import's have the source id in diarienummer."""
    systems: Mapping[tuple[str, str], tuple[str, Path]] = field(default_factory=dict)
    """(typ, source id) → the system named in the first record that has it, and that record."""

    def other_system(self, candidate: Candidate) -> tuple[str, Path] | None:
        """A record with the row's source id from a system of another name: a renamed system."""
        if candidate.origin is None or self.find(candidate) is not None:
            return None
        found = self.systems.get((candidate.typ, candidate.origin["id"]))
        return found if found and found[0] != candidate.origin["system"] else None

    def find(self, candidate: Candidate) -> Path | None:
        """The record a row was imported to before, if any."""
        if candidate.origin is None:
            return self.keys.get((candidate.typ, candidate.key))
        slot = (candidate.typ, candidate.origin["system"], candidate.origin["id"])
        if slot in self.origins:
            return self.origins[slot]
        older = self.keys.get((candidate.typ, candidate.legacy or ""))
        return older if older in self.unsourced else None


@dataclass(frozen=True, slots=True)
class Planned:
    candidate: Candidate
    id: str
    path: Path
    text: str
    merge: Merge | None = None
    """For a record that exists: how it changes."""
    before: bytes | None = None
    """The record's bytes when planned: it is not replaced if they have changed since."""
    dropped: tuple[Dropped, ...] = ()
    """The comments of the record that go with a field the update removes."""


def scan(root: Path) -> Existing:
    """The ids and diarienummer of every record under `root`."""
    highest: dict[tuple[str, int], int] = {}
    keys: dict[tuple[str, str], Path] = {}
    files: dict[str, Path] = {}
    origins: dict[tuple[str, str, str], Path] = {}
    systems: dict[tuple[str, str], tuple[str, Path]] = {}
    unsourced: set[Path] = set()
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
            origin = doc.data.get(SOURCE)
            if not isinstance(origin, dict):
                unsourced.add(file)
            elif isinstance(typ, str) and isinstance(origin.get("system"), str):
                origins.setdefault((typ, origin["system"], str(origin.get("id"))), file)
                systems.setdefault((typ, str(origin.get("id"))), (origin["system"], file))
    return Existing(highest, keys, files, origins, frozenset(unsourced), systems)


def render(record_id: str, candidate: Candidate, origin: str) -> str:
    """The record as YAML text, written as `kvalitet demo` writes, under a comment naming its source."""
    data: dict[str, Any] = {"id": record_id, "typ": candidate.typ, **candidate.data}
    order = [*FIRST, *properties(candidate.typ)]
    fields = {name: data[name] for name in sorted(data, key=order.index) if name != SOURCE}
    if candidate.origin is not None:
        sums = checksums(candidate.data, list(candidate.sources), candidate.typ)
        fields[SOURCE] = {**candidate.origin, CHECKSUMS: sums} if sums else dict(candidate.origin)
    shown = origin if not find_identifiers(origin) else say("import-file-header-unnamed")
    return dump(fields, "# " + say("import-file-header", source=shown, row=candidate.row))


def updated(file: Path, candidate: Candidate, *, overwrite: bool) -> Planned | Merge | None:
    """The record `file` as a later import of `candidate` leaves it: planned when its text changes,
    else the merge (which may keep hand edits); None when the record cannot be read."""
    before = file.read_bytes()
    doc = load_yaml(file, before)
    if not isinstance(doc, Document):
        return None
    names = [name for name in candidate.sources if name in fields_of(candidate.typ)]
    merge = merge_record(
        doc.data, candidate.typ, candidate.data, names, candidate.origin, overwrite=overwrite
    )
    if not merge.written:
        return merge
    order = [*doc.data, *FIRST, *properties(candidate.typ)]
    ranked = sorted(merge.data, key=lambda name: order.index(name) if name in order else len(order))
    data = {name: merge.data[name] for name in ranked if name != SOURCE}
    if SOURCE in merge.data:
        data[SOURCE] = merge.data[SOURCE]
    text = decode(file, before)
    assert isinstance(text, str)  # it loaded above
    rewritten = rewrite(text, data)
    return Planned(candidate, file.stem, file, rewritten.text, merge, before, rewritten.dropped)


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
        if key_line <= line and len(names) <= 3 and (best is None or (key_line, column) >= best[0]):
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
        origin = _origin(candidate, name) if name else None
    kind = problem.code.removeprefix("pseudonym-")
    if problem.code.startswith("pseudonym-") and kind != "unused":
        where = origin or say("import-from-field", name=name or "?")
        message = say("import-pseudonym-record", where=where, kind=say(f"import-kind-{kind}"))
    elif origin:
        message = f"{origin}: {message}"
    kept = (
        [change.name for change in item.merge.conflicts if change.verdict == "conflict"] if item.merge else []
    )
    if kept:
        message += " " + say("reimport-invalid-kept", fields=", ".join(f"'{name}'" for name in kept))
    return Problem(source, candidate.row, 0, problem.code, message)


def _origin(candidate: Candidate, name: str) -> str | None:
    """Where the field `name` came from; for a group (åtgärder.resultat), where its first field did."""
    inside = (origin for field, origin in candidate.sources.items() if field.startswith(name + "."))
    return candidate.sources.get(name) or next(inside, None)


def _names_missing(problem: Problem, candidate: Candidate, name: str) -> bool:
    """Is `name` (dotted) a field this required-field problem is about, and missing from the record?"""
    *group, last = name.split(".")
    value: Any = candidate.data
    for part in group:
        value = value.get(part) if isinstance(value, dict) else None
        value = value[0] if isinstance(value, list) and value else value
    return f"'{last}'" in problem.message and not (isinstance(value, dict) and last in value)


def _temporary(item: Planned) -> Path:
    """The record's text in a new file beside it, flushed to disk."""
    handle, name = tempfile.mkstemp(prefix=".import-", suffix=".tmp", dir=item.path.parent)
    with os.fdopen(handle, "wb") as out:
        out.write(item.text.encode("utf-8"))
        out.flush()
        os.fsync(out.fileno())
    return Path(name)


def write(planned: Iterable[Planned], source: Path) -> tuple[list[Planned], list[Problem]]:
    """Write each planned record whole or not at all: a new one never over an existing file, an
    updated one only if nobody changed it since it was planned."""
    written: list[Planned] = []
    problems: list[Problem] = []
    for item in planned:
        where = (item.candidate.row, 0)
        item.path.parent.mkdir(exist_ok=True)
        if item.before is not None and (not item.path.is_file() or item.path.read_bytes() != item.before):
            problems.append(Problem.at(source, where, "reimport-changed-meanwhile", path=item.path))
            continue
        temporary = _temporary(item)
        try:
            if item.before is None:
                os.link(temporary, item.path)  # fails if the file exists
            else:
                temporary.replace(item.path)
        except FileExistsError:
            problems.append(Problem.at(source, where, "import-file-exists", path=item.path))
            continue
        finally:
            temporary.unlink(missing_ok=True)
        written.append(item)
    return written, problems
