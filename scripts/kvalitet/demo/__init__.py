"""Demo data: a fictional municipality with realistic, pseudonymised case records.

``generate`` writes ``organisation.yaml``, ``kategorier.yaml``, ``kvalitet.yaml`` and one
``<year>/<id>.yaml`` per case registered from 1 January ``first_year`` to ``last_day``. The
output depends only on the arguments: the same arguments give byte-identical files.
"""

from __future__ import annotations

import datetime
import random
import re
from pathlib import Path

from kvalitet.errors import UsageError

from .catalogue import categories_document, policy_document
from .lifecycle import Context
from .organisation import organisation_document
from .plan import Case, plan
from .records import build
from .sizes import volumes_document
from .writer import is_demo_file, write

__all__ = ["generate"]

_YEAR_FOLDER = re.compile(r"\d{4}")
_SETTINGS = ("organisation.yaml", "kategorier.yaml", "kvalitet.yaml", "volymer.yaml")


def _existing(out: Path) -> tuple[list[Path], set[Path]]:
    """The YAML files already in ``out``: those an earlier run wrote (by their header), and others."""
    candidates = [out / name for name in _SETTINGS]
    if out.is_dir():
        for folder in sorted(out.iterdir()):
            if folder.is_dir() and _YEAR_FOLDER.fullmatch(folder.name):
                candidates.extend(sorted(folder.glob("*.yaml")))
    demo: list[Path] = []
    other: set[Path] = set()
    for path in candidates:
        if not path.is_file():
            continue
        if is_demo_file(path):
            demo.append(path)
        else:
            other.add(path)
    return demo, other


def _targets(out: Path, cases: list[Case]) -> set[Path]:
    targets = {out / name for name in _SETTINGS}
    targets.update(out / str(case.registrerad.year) / f"{case.id}.yaml" for case in cases)
    return targets


def generate(
    out: Path,
    *,
    first_year: int,
    last_day: datetime.date,
    per_year: int | None = None,
    seed: int = 1,
) -> int:
    """Write the demo data set into ``out`` and return the number of record files written.

    ``per_year`` is the total number of records in a full year (all kinds together); ``None``
    gives the realistic volume of a mid-sized municipality, a few hundred a year.
    """
    if first_year > last_day.year:
        raise UsageError(
            f"Första året ({first_year}) ligger efter sista dagen ({last_day}): välj ett tidigare år."
        )
    if per_year is not None and per_year <= 0:
        raise UsageError(f"Antalet ärenden per år måste vara minst 1, inte {per_year}.")
    cases = plan(seed, first_year, last_day, per_year)
    ctx = Context(random.Random(), last_day)

    # Earlier demo files are replaced or, if this run has no such case, removed; anything else
    # must stay untouched.
    previous, foreign = _existing(out)
    targets = _targets(out, cases)
    clashes = sorted(targets & foreign)
    if clashes:
        raise UsageError(f"{clashes[0]} finns redan och är inte demodata. Välj en annan mapp för demodata.")
    for path in previous:
        if path not in targets:
            path.unlink()
    out.mkdir(parents=True, exist_ok=True)
    write(out / "organisation.yaml", organisation_document())
    write(out / "kategorier.yaml", categories_document())
    write(out / "kvalitet.yaml", policy_document())
    write(out / "volymer.yaml", volumes_document(first_year, last_day.year, seed))
    folders = {year: out / str(year) for year in range(first_year, last_day.year + 1)}
    for folder in folders.values():
        folder.mkdir(exist_ok=True)
    for case in cases:
        # One random source per case: a later last_day leaves earlier closed cases unchanged.
        ctx.rng.seed(f"{seed}:{case.id}")
        record = build(ctx, case)
        write(folders[case.registrerad.year] / f"{case.id}.yaml", record)
        # A lex Sarah report built later copies facts from the deviation it came from.
        if case.link is not None and case.kind == "avvikelse":
            case.record = record
    return len(cases)
