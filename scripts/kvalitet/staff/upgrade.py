"""`kvalitet uppgradera`: give `postformat: 2` to the records of version 1 that already follow it.

A record of version 1 is upgraded only when it passes every check now and still does with
`postformat: 2`, checked by `kvalitet validera` on a copy of the whole records folder (so that rules
between records count too). Without `write` nothing is written: the run says what would change. A
written file is replaced in one step (a temporary file beside it, then a rename), and a file that
changed since it was checked is left as it is.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from kvalitet.errors import UsageError
from kvalitet.messages import say
from kvalitet.records.recordformat import CURRENT, FIELD, written_in
from kvalitet.records.reference import find_root
from kvalitet.records.report import display_path
from kvalitet.records.validate import validate

_TYP_LINE = re.compile(rb"^typ:[^\r\n]*(\r?\n)", re.MULTILINE)


def with_format(raw: bytes) -> bytes | None:
    """`raw` with the line `postformat: 2` after its top-level `typ:` line, or None when there is none."""
    found = _TYP_LINE.search(raw)
    if found is None:
        return None
    line = f"{FIELD}: {CURRENT}".encode() + found[1]
    return raw[: found.end()] + line + raw[found.end() :]


@dataclass(slots=True)
class Upgrade:
    """What an upgrade of a records folder finds."""

    ready: dict[Path, tuple[bytes, bytes]] = field(default_factory=dict)
    """Each file that can be upgraded: its bytes as checked, and as upgraded."""
    refused: dict[Path, int] = field(default_factory=dict)
    """Each file that would have problems in the current version: how many."""
    unplaced: list[Path] = field(default_factory=list)
    """Files without a `typ:` line of their own, after which the version would stand."""
    invalid: int = 0
    """Records of an older version that have problems already: left for `kvalitet validera`."""


def plan_upgrade(records: Path) -> Upgrade:
    """Which records of an older version can be given the current one, checked on a copy."""
    if not records.exists():
        raise UsageError(say("usage-missing-path", path=display_path(records)))
    root = find_root(records)
    if root is None:
        raise UsageError(say("upgrade-no-root", path=display_path(records)))
    outcome = validate([root])
    old = [doc.file for doc in outcome.records if written_in(doc.data) != CURRENT]
    upgrade = Upgrade(invalid=sum(1 for v in outcome.versions if v != CURRENT) - len(old))
    for file in sorted(old):
        raw = file.read_bytes()
        changed = with_format(raw)
        if changed is None:
            upgrade.unplaced.append(file)
        else:
            upgrade.ready[file] = (raw, changed)
    with tempfile.TemporaryDirectory(prefix="kvalitet-uppgradera-") as folder:
        copy = Path(folder).resolve() / root.name
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".git"))
        while upgrade.ready:  # a file left out can change what the others' rules between records find
            for file, (_, changed) in upgrade.ready.items():
                (copy / file.relative_to(root)).write_bytes(changed)
            counts: dict[Path, int] = {}
            for problem in validate([copy]).problems:
                original = root / problem.file.relative_to(copy)
                counts[original] = counts.get(original, 0) + 1
            failing = [file for file in upgrade.ready if file in counts]
            if not failing:
                break
            for file in failing:
                upgrade.refused[file] = counts[file]
                (copy / file.relative_to(root)).write_bytes(upgrade.ready.pop(file)[0])
    return upgrade


def write_upgrade(upgrade: Upgrade) -> list[Path]:
    """Write each ready file in one step; return those left as they were because they changed."""
    changed: list[Path] = []
    for file, (before, after) in upgrade.ready.items():
        if file.read_bytes() != before:
            changed.append(file)
            continue
        handle, temporary = tempfile.mkstemp(prefix=f".{file.name}.", dir=file.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(after)
                out.flush()
                os.fsync(out.fileno())
            shutil.copymode(file, temporary)
            Path(temporary).replace(file)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    return changed


def upgrade_command(records: Path, *, write: bool) -> int:
    """`kvalitet uppgradera`: what would change (or, with `write`, change it); 0 when done."""
    upgrade = plan_upgrade(records)
    changed = write_upgrade(upgrade) if write else []
    lines = [
        say("upgrade-written" if write else "upgrade-ready", path=display_path(file), current=CURRENT)
        for file in upgrade.ready
        if file not in changed
    ]
    lines += [say("upgrade-changed", path=display_path(file)) for file in changed]
    lines += [
        say("upgrade-refused", path=display_path(file), problems=_problems(count), current=CURRENT)
        for file, count in sorted(upgrade.refused.items())
    ]
    lines += [say("upgrade-unplaced", path=display_path(file), current=CURRENT) for file in upgrade.unplaced]
    old = len(upgrade.ready) + len(upgrade.refused) + len(upgrade.unplaced) + upgrade.invalid
    if upgrade.invalid:
        one = upgrade.invalid == 1
        lines.append(say("upgrade-invalid-one") if one else say("upgrade-invalid", n=upgrade.invalid))
    if not old:
        lines.append(say("upgrade-none"))
    else:
        ready = len(upgrade.ready) - len(changed)
        code = "upgrade-summary-written" if write else "upgrade-summary-dry"
        lines.append(say(code, ready=ready, old=old, current=CURRENT))
    print("\n".join(lines))
    return 0


def _problems(count: int) -> str:
    return say("count-problem-one") if count == 1 else say("count-problem-many", n=count)
