"""`kvalitet ny`: a new record file with the next free id and a commented skeleton of its fields.

The id is PREFIX-ÅÅÅÅ-NNNN: the prefix of the typ, the year of the registration day and one more than
the highest number of that prefix and year among the files below the records root. The file is opened
with mode "x", so an existing file is never overwritten: if another file took the number in the
meantime, the next number is tried.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from pathlib import Path

from kvalitet.errors import KvalitetError, UsageError
from kvalitet.messages import say
from kvalitet.records.reference import Reference, find_root, load_reference
from kvalitet.records.schema_errors import guess_hint
from kvalitet.staff.editor import keeps_editor_files, write_editor_files
from kvalitet.staff.skeleton import record_prefixes, skeleton


def new_record(records: Path, typ: str, *, today: dt.date) -> Path:
    """Create the next record of `typ` registered `today` below `records`; return its path.

    `typ` may also be given by its id prefix (AVV) or without å, ä and ö (klagomal).
    """
    kind = resolve_typ(typ)
    root = find_root(records)
    if root is None:
        raise KvalitetError(say("new-no-root", folder=records))
    reference = _reference(root)
    prefix = record_prefixes()[kind]
    folder = root / f"{today.year:04d}"
    folder.mkdir(exist_ok=True)
    number = next_number(root, prefix, today.year)
    while True:
        record_id = f"{prefix}-{today.year:04d}-{number:04d}"
        path = folder / f"{record_id}.yaml"
        check_path = f"{root.name}/{folder.name}/{path.name}"
        text = skeleton(kind, record_id, today, reference, check_path)
        try:
            with path.open("x", encoding="utf-8", newline="\n") as file:
                file.write(text)
        except FileExistsError:
            number += 1
            continue
        return path


def new_command(records: Path, typ: str, today: dt.date) -> int:
    """`kvalitet ny`: create the record and say where it is. An unknown typ or a records folder with
    problems raises a `KvalitetError` with the Swedish message (printed by `kvalitet.cli.main`)."""
    path = new_record(records, typ, today=today)
    print(say("new-created", path=_shown(path)))
    refresh_editor_ids(records)
    return 0


def refresh_editor_ids(records: Path) -> None:
    """Write the editor's generated ids again (staff.editor), in a repository made by `kvalitet init`,
    so that they follow organisation.yaml and kategorier.yaml."""
    root = find_root(records)
    if root is None or not keeps_editor_files(root.parent):
        return
    reference, problems = load_reference(root)
    if reference is not None and not problems:
        write_editor_files(root.parent, reference)


def resolve_typ(text: str) -> str:
    """The typ that `text` names: the typ itself, its id prefix, in any case, with or without å, ä
    and ö, with - or space for _. Unknown: a `UsageError` listing the typs."""
    prefixes = record_prefixes()
    wanted = _fold(text)
    for kind, prefix in prefixes.items():
        if wanted in (_fold(kind), _fold(prefix)):
            return kind
    allowed = ", ".join(
        say("new-typ-with-prefix", typ=kind, prefix=prefix) for kind, prefix in prefixes.items()
    )
    hint = guess_hint(text, list(prefixes))
    raise UsageError(say("new-unknown-typ", value=text, hint=hint, allowed=allowed))


def next_number(root: Path, prefix: str, year: int) -> int:
    """One more than the highest number of `prefix` and `year` among the files below `root`."""
    pattern = re.compile(rf"{re.escape(prefix)}-{year:04d}-([0-9]{{4,}})\.ya?ml")
    numbers = [
        int(match[1])
        for path in root.rglob(f"{prefix}-{year:04d}-*")
        if (match := pattern.fullmatch(path.name)) is not None
    ]
    return max(numbers, default=0) + 1


def _reference(root: Path) -> Reference:
    reference, problems = load_reference(root)
    if reference is None:
        listed = "\n".join(
            f"{_shown(problem.file)}:{problem.line}:{problem.column}: {problem.message}"
            for problem in problems
        )
        raise KvalitetError(say("new-reference-problems", problems=listed))
    return reference


def _fold(text: str) -> str:
    """`text` compared loosely: lower case, å ä ö é as a a o e, - and space as _."""
    decomposed = unicodedata.normalize("NFD", text.strip().lower())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[\s-]+", "_", plain)


def _shown(path: Path) -> str:
    """`path` relative to the working folder, as the user would type it."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
