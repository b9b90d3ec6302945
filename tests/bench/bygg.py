"""Benchmark for the site build, run by hand (not part of the test suite):

    .venv/bin/python tests/bench/bygg.py [--antal 100000] [--mapp /tmp/kvalitet-bench] [--varv 3]

1. `kvalitet bygg` on the demo records in the repository (a new process each time, median of
   `--varv` runs) and `kvalitet validera` alone on the same records: the target is at most 20 s.
2. `kvalitet bygg` on N generated records over 10 years (`--varv-stor` runs, 1 by default) and
   `kvalitet validera` alone: the target is at most 90 s, and validation inside the build should not
   take longer than validation alone.
3. The build broken down by stage, in-process (validate, to_cases, aggregate, generate pages, and the
   whole `kvalitet.build.build`; the rest of it is writing the pages, MkDocs and the plotly files), with
   the number of pages and the size of the built site.

The generated records go into a temporary folder that is removed afterwards, unless `--mapp` names a
folder: one that already holds at least N records is used as it is (to save the generation), otherwise
the records are generated into it and kept. A benchmark, not a test: the exit code is 0 unless a command
fails, whatever the figures.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DEMO = REPO / "records"
DEMO_AS_OF = dt.date(2026, 10, 31)
"""The last day of the demo records in the repository."""
FIRST_YEAR = 2017
LAST_DAY = dt.date(2026, 12, 31)
"""The generated records: 10 years, 2017–2026."""
TARGET_DEMO = 20.0
TARGET_LARGE = 90.0
REFERENCE = ("organisation.yaml", "kategorier.yaml", "kvalitet.yaml")


@dataclass
class Figures:
    """What was measured for one set of records."""

    name: str
    records: int
    build: list[float] = field(default_factory=list)
    check: list[float] = field(default_factory=list)
    stages: dict[str, float] = field(default_factory=dict)
    pages: int = 0
    files: int = 0
    size: int = 0


def timed(command: list[str | Path], *, cwd: Path = REPO, expect: int = 0) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != expect:
        raise SystemExit(
            f"{command} gav {result.returncode}:\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
        )
    return elapsed


def count_records(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    return sum(
        1
        for directory, _, files in os.walk(folder)
        for name in files
        if name.endswith(".yaml") and not (Path(directory) == folder and name in REFERENCE)
    )


def ensure_records(folder: Path, count: int) -> int:
    from kvalitet.demo import generate

    existing = count_records(folder)
    if existing >= count:
        print(f"använder {existing} befintliga ärenden i {folder}")
        return existing
    years = LAST_DAY.year - FIRST_YEAR + 1
    start = time.perf_counter()
    written = generate(folder, first_year=FIRST_YEAR, last_day=LAST_DAY, per_year=count // years, seed=1)
    print(f"genererade {written} ärenden i {folder} på {time.perf_counter() - start:.1f} s")
    return written


@contextlib.contextmanager
def records_folder(given: Path | None) -> Iterator[Path]:
    if given is not None:
        folder = given.resolve()
        if folder == DEMO.resolve():
            raise SystemExit(f"{given} är demodatat i förrådet: välj en annan mapp för de genererade.")
        yield folder
        return
    with tempfile.TemporaryDirectory(prefix="kvalitet-bench-bygg-") as work:
        yield Path(work) / "records"


def warm(folder: Path) -> None:
    for directory, _, files in os.walk(folder):
        for name in files:
            (Path(directory) / name).read_bytes()


def site_size(folder: Path) -> tuple[int, int]:
    files = 0
    size = 0
    for directory, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += (Path(directory) / name).stat().st_size
    return files, size


def build_runs(records: Path, as_of: dt.date, out: Path, runs: int) -> list[float]:
    """`kvalitet bygg` in a new process, into an output folder that is empty each time."""
    times = []
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        command: list[str | Path] = [BIN / "kvalitet", "bygg", records, "--per", as_of.isoformat()]
        times.append(timed([*command, "--ut", out]))
    return times


def stages(records: Path, as_of: dt.date, out: Path) -> tuple[dict[str, float], int]:
    """The build's stages timed in this process, then the whole build: seconds by stage, pages."""
    from kvalitet.aggregate import aggregate
    from kvalitet.build import BuildOptions, build
    from kvalitet.cases import to_cases
    from kvalitet.dataversion import data_version
    from kvalitet.reference import find_root, load_reference
    from kvalitet.render.site import HANDWRITTEN, generate
    from kvalitet.validate import validate

    now = dt.datetime.now(dt.UTC)
    times: dict[str, float] = {}
    start = time.perf_counter()
    outcome = validate([records])
    times["validate"] = time.perf_counter() - start
    if not outcome.ok:
        raise SystemExit(f"{records}: {len(outcome.problems)} problem vid valideringen")
    root = find_root(records)
    if root is None:
        raise SystemExit(f"{records}: ingen organisation.yaml")
    reference, problems = load_reference(root)
    if reference is None or problems:
        raise SystemExit(f"{root}: referensdatat har problem")

    start = time.perf_counter()
    cases = to_cases(outcome.records)
    times["to_cases"] = time.perf_counter() - start
    version = data_version(root, records=len(cases), now=now)

    start = time.perf_counter()
    aggregates = aggregate(cases, reference, as_of=as_of)
    times["aggregate"] = time.perf_counter() - start

    start = time.perf_counter()
    files = generate(aggregates, version, internal=False, cases=cases, reference=reference)
    times["generate"] = time.perf_counter() - start
    pages = len(files.pages) + len(HANDWRITTEN)

    del outcome, cases, aggregates, files
    gc.collect()
    shutil.rmtree(out, ignore_errors=True)
    options = BuildOptions(records=records, out=out, project=REPO, now=now, as_of=as_of)
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        code = build(options)
    times["build"] = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"kvalitet.build.build gav {code}")
    return times, pages


def measure(name: str, records: Path, as_of: dt.date, work: Path, *, runs: int, count: int) -> Figures:
    figures = Figures(name, count)
    warm(records)
    out = work / "site"
    figures.build = build_runs(records, as_of, out, runs)
    figures.files, figures.size = site_size(out)
    figures.check = [timed([BIN / "kvalitet", "validera", records]) for _ in range(runs)]
    figures.stages, figures.pages = stages(records, as_of, out)
    print(
        f"{name}: bygg {statistics.median(figures.build):.1f} s, "
        f"validera {statistics.median(figures.check):.1f} s (median av {runs})"
    )
    return figures


def seconds(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} s" if values else "–"


def verdict(value: float, target: float) -> str:
    return f"≤ {target:.0f} s: {'ja' if value <= target else 'NEJ'}"


def report(results: list[tuple[Figures, float]]) -> None:
    print()
    print(f"{'':24}{'ärenden':>9}{'bygg':>9}{'validera':>10}  mål")
    for figures, target in results:
        build = statistics.median(figures.build)
        print(
            f"{figures.name:24}{figures.records:>9}{seconds(figures.build):>9}"
            f"{seconds(figures.check):>10}  {verdict(build, target)}"
        )

    print()
    labels = {
        "validate": "validate",
        "to_cases": "to_cases",
        "aggregate": "aggregate",
        "generate": "render.site.generate",
        "rest": "sidfiler + MkDocs + plotly",
        "build": "build.build, hela",
    }
    print(f"{'i processen':28}" + "".join(f"{figures.name:>22}" for figures, _ in results))
    for key, label in labels.items():
        cells = []
        for figures, _ in results:
            times = figures.stages
            if key == "rest":
                value = times["build"] - sum(
                    times[name] for name in ("validate", "to_cases", "aggregate", "generate")
                )
            else:
                value = times[key]
            share = f"({100 * value / times['build']:.0f} %)" if key != "build" else "(100 %)"
            cells.append(f"{value:>8.2f} s {share:>7}")
        print(f"{label:28}" + "".join(f"{cell:>22}" for cell in cells))
    print(f"{'sidor':28}" + "".join(f"{figures.pages:>22}" for figures, _ in results))
    print(f"{'filer i webbplatsen':28}" + "".join(f"{figures.files:>22}" for figures, _ in results))
    print(f"{'storlek':28}" + "".join(f"{figures.size / 1e6:>19.1f} MB" for figures, _ in results))

    print()
    for figures, _ in results:
        inside = figures.stages["validate"]
        alone = statistics.median(figures.check)
        print(
            f"{figures.name}: valideringen i bygget {inside:.1f} s, ensam (egen process) {alone:.1f} s"
            f" – {'inte längre' if inside <= alone else 'LÄNGRE'} än ensam"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description="Mät hur snabbt webbplatsen byggs.")
    parser.add_argument("--antal", type=int, default=100_000, help="antal genererade ärenden")
    parser.add_argument(
        "--mapp", type=Path, default=None, help="mapp för de genererade ärendena (återanvänds om den räcker)"
    )
    parser.add_argument("--varv", type=int, default=3, help="antal mätningar på demodatat (median räknas)")
    parser.add_argument("--varv-stor", type=int, default=1, help="antal mätningar på de genererade")
    parser.add_argument("--bara-demo", action="store_true", help="mät inte de genererade ärendena")
    args = parser.parse_args()

    results: list[tuple[Figures, float]] = []
    with tempfile.TemporaryDirectory(prefix="kvalitet-bench-ut-") as work:
        demo_count = count_records(DEMO)
        results.append(
            (measure("demo", DEMO, DEMO_AS_OF, Path(work), runs=args.varv, count=demo_count), TARGET_DEMO)
        )
        if not args.bara_demo:
            with records_folder(args.mapp) as folder:
                total = ensure_records(folder, args.antal)
                large = measure(
                    f"{total} genererade", folder, LAST_DAY, Path(work), runs=args.varv_stor, count=total
                )
                results.append((large, TARGET_LARGE))
    report(results)
    print(f"\n(maskinen har {os.cpu_count()} kärnor; annat arbete på den påverkar siffrorna)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
