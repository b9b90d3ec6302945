"""Validation of records: load → schema → rules for one record → rules between records.

`validate` takes folders or single files (as pre-commit passes them). For each file it finds the
records root (the folder holding organisation.yaml) and checks the file against the whole root: its
reference files, the other records' ids, and the records it links to. Every file under the root is
checked, whatever its name: one that is not a record (`.YAML`, `.yml.bak`, a note) is an error, and the
guard reads it all the same. The reference files and the staff's texts in site/berattelse/ pass the
guard too (kvalitet.records.staff_texts). All problems of all files are
collected; nothing stops at the first one, and a file that cannot be checked (even by a fault in this
program) is a problem of that file, never the end of the run. Within a file too, every check runs: a
problem the loader can read past (a field written twice, a number other programs read otherwise) leaves
the schema and the rules to check the rest, and only a file that YAML cannot read stops at its error
(whose message says that more may follow). Each mistake is told once (`_content`). Each file shows at most
`limits.MAX_PROBLEMS_PER_FILE` problems.
"""

from __future__ import annotations

import datetime as dt
import os
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kvalitet.errors import UsageError
from kvalitet.messages import say
from kvalitet.records.decision_rules import missing_reports
from kvalitet.records.limits import cap
from kvalitet.records.load import MARKS, Document, decode, load_document, load_yaml, read_bytes
from kvalitet.records.problems import Problem
from kvalitet.records.pseudonyms import check_pseudonyms, check_raw
from kvalitet.records.recordformat import format_hint, format_problems, written_in
from kvalitet.records.reference import REFERENCE_FILES, Reference, find_root, load_reference
from kvalitet.records.rules import check_record, record_path_problems
from kvalitet.records.schema_errors import field_label, guess_hint
from kvalitet.records.schemacheck import NAMES_A_PLACE, RECORD_TYPES, load_schemas
from kvalitet.records.staff_texts import TEXTS_FOLDER, check_staff_text, is_staff_text, staff_text_files
from kvalitet.records.text_rules import check_texts

YAML_SUFFIXES = (".yaml", ".yml")
LINKS = (("avvikelse", "lex_sarah", "avvikelse"), ("lex_sarah", "avvikelse", "lex_sarah"))
"""(typ, field naming the other records, field in each of them that must name this one back). Each
field holds one id or a list of ids: an avvikelse can lead to several lex Sarah, a lex Sarah can stem
from several avvikelser."""
SAME_MISTAKE = (("rule-file-place", "rule-folder-year"),)
"""(code, code): when a file has the first problem, the second says the same (a record outside a year
folder is in the wrong folder for its id's year too) and is left out."""


@dataclass(slots=True)
class Outcome:
    """What a validation run found."""

    problems: list[Problem] = field(default_factory=list)
    checked: int = 0
    """Files checked: records, other files under the records root, reference files and staff texts."""
    records: list[Document] = field(default_factory=list)
    """The records that loaded and passed every check, for the steps after validation."""
    versions: list[int] = field(default_factory=list)
    """The record format version of each record checked that loaded (valid or not)."""

    @property
    def hints(self) -> list[str]:
        """Lines that follow the summary: the record format hint, when a record is of an older one."""
        return format_hint(self.versions)

    @property
    def ok(self) -> bool:
        return not self.problems


def record_files(folder: Path, root: Path) -> list[Path]:
    """Every YAML file below `folder` except the reference files at the top of the root."""
    return [file for file in all_files(folder, root) if file.name.endswith(YAML_SUFFIXES)]


def all_files(folder: Path, root: Path) -> list[Path]:
    """Every file below `folder`, whatever its name, except the reference files at the top of the root
    and empty .gitkeep files: what the validator checks (a file that is no record is an error)."""
    found: list[Path] = []
    for directory, subfolders, files in os.walk(folder):
        subfolders[:] = sorted(name for name in subfolders if name != ".git")
        here = Path(directory)
        for name in files:
            path = here / name
            if here == root and name in REFERENCE_FILES:
                continue
            if name == ".gitkeep" and path.stat().st_size == 0:
                continue
            found.append(path)
    return sorted(found)


@dataclass(slots=True)
class _Root:
    """One records root and what to check in it."""

    root: Path
    targets: set[Path] = field(default_factory=set)
    everything: bool = False
    references: set[Path] = field(default_factory=set)
    """Reference files to guard (every one when `everything`)."""


def _plan(paths: Sequence[Path], outcome: Outcome, texts: set[Path]) -> list[_Root]:
    roots: dict[Path, _Root] = {}
    for given in paths:
        if not given.exists():
            raise UsageError(say("usage-missing-path", path=given))
        path = given.resolve()
        if path.is_file() and is_staff_text(path):
            texts.add(path)
            continue
        if path.is_dir() and is_staff_text(path / "x"):
            texts.update(staff_text_files(path))
            continue
        root = find_root(path)
        if root is None:
            outcome.problems.append(Problem.at(given, (1, 1), "reference-missing-root"))
            continue
        plan = roots.setdefault(root, _Root(root))
        if path.is_dir():
            if path == root or root not in path.parents:
                plan.everything = True
                texts.update(staff_text_files(root.parent / TEXTS_FOLDER))
            else:
                plan.targets.update(all_files(path, root))
        elif path.parent == root and path.name in REFERENCE_FILES:
            plan.everything = True  # a changed unit or category can break any record
            plan.references.add(path)
        else:
            plan.targets.add(path)
    return list(roots.values())


def validate(paths: Sequence[Path], *, as_of: dt.date | None = None) -> Outcome:
    """Check the records at `paths` (folders or files); report every problem found.

    A records root checked as a whole brings its reference files and the staff's texts in
    site/berattelse/ beside it: everything that is committed and published passes the same guard.
    With `as_of` (the cut-off date), an ej verkställt beslut of postformat 2 that is otherwise valid
    must also have been reported to IVO for every quarter that ended before it while the decision
    stayed unverkställt (`missing_reports`, the same check that stops `kvalitet bygg`).
    """
    outcome = Outcome()
    texts: set[Path] = set()
    for plan in _plan(paths, outcome, texts):
        _validate_root(plan, outcome)
    if as_of is not None:
        outcome.problems += missing_reports(outcome.records, as_of)
    for file in sorted(texts):
        outcome.problems += check_staff_text(file)
    outcome.checked += len(texts)
    outcome.problems = cap(sorted(outcome.problems))
    return outcome


def _guard_references(plan: _Root, outcome: Outcome) -> list[Problem]:
    """The guard over the reference files: unit and category names are published on every page."""
    problems: list[Problem] = []
    files = [plan.root / name for name in REFERENCE_FILES] if plan.everything else []
    for file in sorted({*files, *plan.references}):
        if not file.is_file():
            continue
        outcome.checked += 1
        raw = read_bytes(file)
        if isinstance(raw, Problem):
            continue  # load_reference reports it
        loaded = load_yaml(file, raw)
        text = decode(file, raw)
        if isinstance(loaded, list) or isinstance(text, Problem):
            problems += check_raw(file, raw)
        else:
            problems += check_pseudonyms(loaded, text)
    return problems


def _validate_root(plan: _Root, outcome: Outcome) -> None:
    reference, problems = load_reference(plan.root)
    outcome.problems += problems + _guard_references(plan, outcome)
    everything = all_files(plan.root, plan.root)
    targets = everything if plan.everything else sorted(plan.targets)
    ids: dict[str, list[Path]] = {}
    for file in everything:
        if file.suffix == ".yaml":
            ids.setdefault(file.stem, []).append(file)
    cache: dict[Path, Document | None] = {}
    outcome.checked += len(targets)
    if reference is None:
        return
    for file in targets:
        try:
            found = _check_file(file, plan.root, reference, ids, cache)
        except Exception:  # noqa: BLE001 - a fault with one file must not stop the others' check
            traceback.print_exc()  # for the bug report that the message asks for
            cache[file] = None
            found = [Problem.at(file, (1, 1), "file-check-failed")]
        doc = cache.get(file)
        version = written_in(doc.data) if doc is not None and doc.data.get("typ") in RECORD_TYPES else None
        if version is not None:
            outcome.versions.append(version)
        if found:
            outcome.problems += found
        elif doc is not None:
            outcome.records.append(doc)


def _load(file: Path, cache: dict[Path, Document | None]) -> Document | None:
    """A linked record, loaded once; None when it cannot be read (its own check reports why)."""
    if file not in cache:
        raw = read_bytes(file)
        cache[file] = load_document(file, raw)[0] if isinstance(raw, bytes) else None
    return cache[file]


def _check_file(
    file: Path,
    root: Path,
    reference: Reference,
    ids: dict[str, list[Path]],
    cache: dict[Path, Document | None],
) -> list[Problem]:
    problems = record_path_problems(file, root)
    raw = read_bytes(file)
    if isinstance(raw, Problem):
        return [*problems, raw]
    if file.suffix != ".yaml":  # no record: only why, and whatever identifier it holds
        cache[file] = None
        loaded = load_yaml(file, raw)
        text = decode(file, raw)
        if isinstance(loaded, list) or isinstance(text, Problem):
            return problems + check_raw(file, raw)
        return problems + check_pseudonyms(loaded, text)
    doc, read = load_document(file, raw)
    cache[file] = doc
    if doc is None:
        return problems + read + check_raw(file, raw)
    problems += read + _content(doc, reference, {(problem.line, problem.column) for problem in read})
    problems = _once(problems)
    if str(doc.data.get("typ")) in RECORD_TYPES:
        problems += _links(doc, str(doc.data.get("typ")), ids, cache)
    text = decode(file, raw)
    if any(problem.code in MARKS for problem in read) or not isinstance(text, str):
        problems += check_raw(file, raw)
    else:
        problems += check_pseudonyms(doc, text)
    others = [other for other in ids.get(file.stem, []) if other != file]
    if others:
        listed = ", ".join(str(other.relative_to(root)) for other in others)
        problems.append(Problem.at(file, doc.position(("id",)), "rule-duplicate-id", other=listed))
    return problems


def _content(doc: Document, reference: Reference, wrong: set[tuple[int, int]]) -> list[Problem]:
    """The problems with what a record says, one per mistake: a value found wrong at one stage (the
    loader's, at `wrong`; the text check and the format version; the schema; the rules) is not reported
    again by a later one, while a problem that only stands at the place of something else (a missing
    field at its group) hides nothing. A record of unknown typ has no schema; the rules that do not
    depend on it still run."""
    typ = doc.data.get("typ")
    schema = load_schemas().check(doc, str(typ)) if typ in RECORD_TYPES else _unknown_typ(doc)
    problems: list[Problem] = []
    for stage in [check_texts(doc) + format_problems(doc), schema, check_record(doc, reference)]:
        found = [p for p in stage if p.code in NAMES_A_PLACE or (p.line, p.column) not in wrong]
        wrong |= {(p.line, p.column) for p in found if p.code not in NAMES_A_PLACE}
        problems += found
    return problems


def _once(problems: list[Problem]) -> list[Problem]:
    """Without the problems that repeat another one's mistake in other words (`SAME_MISTAKE`)."""
    codes = {problem.code for problem in problems}
    repeated = {later for first, later in SAME_MISTAKE if first in codes}
    return [problem for problem in problems if problem.code not in repeated]


def _unknown_typ(doc: Document) -> list[Problem]:
    value = doc.data.get("typ")
    if value is None:
        return [
            Problem.at(doc.file, (1, 1), "schema-required", name="typ", place="", hint=say("hint-required"))
        ]
    hint = guess_hint(str(value), list(RECORD_TYPES))
    allowed = ", ".join(RECORD_TYPES)
    return [Problem.at(doc.file, doc.position(("typ",)), "schema-unknown-typ", hint=hint, allowed=allowed)]


def linked_ids(value: object) -> list[str]:
    """The ids a link field names: one id, or a list of them (other values: none, the schema says why)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def _links(
    doc: Document, typ: str, ids: dict[str, list[Path]], cache: dict[Path, Document | None]
) -> Iterable[Problem]:
    """Each id a link field names must be a record that names this one back (one id or a list, both ways)."""
    for source_typ, name, back in LINKS:
        value = doc.data.get(name)
        if typ != source_typ:
            continue
        for index, target in enumerate(value if isinstance(value, list) else [value]):
            if not isinstance(target, str):
                continue
            where: tuple[str | int, ...] = (name, index) if isinstance(value, list) else (name,)
            label = say("link-item", name=name, number=index + 1) if len(where) > 1 else field_label(where)
            paths = ids.get(target)
            if not paths:
                yield Problem.at(doc.file, doc.position(where), "link-missing", field=label)
                continue
            others = [_load(path, cache) for path in paths]
            backs = [linked_ids(other.data.get(back)) for other in others if other is not None]
            if not any(doc.data.get("id") in named for named in backs):
                fields = {"field": label, "back": back}
                yield Problem.at(doc.file, doc.position(where), "link-not-mutual", **fields)
