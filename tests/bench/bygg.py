"""Benchmark for the site build, run by hand (not part of the test suite):

    .venv/bin/python -m tests.bench.bygg [--antal 100000] [--mapp /tmp/kvalitet-bench] [--varv 3]

1. `kvalitet bygg` on the demo records in the repository (a new process each time, median of
   `--varv` runs) and `kvalitet validera` alone on the same records: the target is at most 20 s.
2. `kvalitet bygg` on N generated records over 10 years (`--varv-stor` runs, 1 by default) and
   `kvalitet validera` alone: the target is at most 90 s, and validation inside the build should not
   take longer than validation alone.
3. `kvalitet.site.build.build` once in this process, broken down by stage: each function it calls (validate,
   to_cases, aggregate, site.pages.generate, writing the pages, MkDocs, the plotly files) is timed where
   it is called, so the stages add up to the whole build. Also the number of pages and the size of the
   built site.

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
import importlib
import io
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.bench.common import BIN, LAST_DAY, REPO, count_records, ensure_records, timed, warm

DEMO = REPO / "records"
DEMO_AS_OF = dt.date(2026, 10, 31)
"""The last day of the demo records in the repository."""
TARGET_DEMO = 20.0
TARGET_LARGE = 90.0


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


STAGES = (
    ("validate", "kvalitet.site.build", "validate"),
    ("to_cases", "kvalitet.site.build", "to_cases"),
    ("aggregate", "kvalitet.site.build", "aggregate"),
    ("generate", "kvalitet.site.build", "generate"),
    ("write_docs", "kvalitet.site.build", "_write_docs"),
    ("mkdocs", "kvalitet.site.build", "_mkdocs"),
    ("assets", "kvalitet.site.assets", "install_into"),
)
"""(stage, module, function): the functions that `kvalitet.site.build.build` calls, timed where called."""


def _clock(key: str, original: Callable[..., Any], times: dict[str, float], results: dict[str, Any]) -> Any:
    def clocked(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        result = original(*args, **kwargs)
        times[key] = times.get(key, 0.0) + time.perf_counter() - start
        results[key] = result
        return result

    return clocked


@contextlib.contextmanager
def clocked(times: dict[str, float], results: dict[str, Any]) -> Iterator[None]:
    """Time each of STAGES while the build runs (a function that is no longer there is left out)."""
    saved: list[tuple[ModuleType, str, Any]] = []
    for key, name, attribute in STAGES:
        module = importlib.import_module(name)
        original = getattr(module, attribute, None)
        if callable(original):
            saved.append((module, attribute, original))
            setattr(module, attribute, _clock(key, original, times, results))
    try:
        yield
    finally:
        for module, attribute, original in saved:
            setattr(module, attribute, original)


def stages(records: Path, as_of: dt.date, out: Path) -> tuple[dict[str, float], int]:
    """`kvalitet.site.build.build` in this process, each stage timed: seconds by stage, number of pages."""
    from kvalitet.render.page import SiteFiles
    from kvalitet.site.build import BuildOptions, build
    from kvalitet.site.pages import handwritten

    times: dict[str, float] = {}
    results: dict[str, Any] = {}
    shutil.rmtree(out, ignore_errors=True)
    options = BuildOptions(records=records, out=out, project=REPO, now=dt.datetime.now(dt.UTC), as_of=as_of)
    gc.collect()
    with clocked(times, results), contextlib.redirect_stdout(io.StringIO()):
        start = time.perf_counter()
        code = build(options)
        times["build"] = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"kvalitet.site.build.build gav {code}")
    files = results.get("generate")
    pages = len(files.pages) + len(handwritten(internal=False)) if isinstance(files, SiteFiles) else 0
    times["rest"] = times["build"] - sum(times.get(key, 0.0) for key, _, _ in STAGES)
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
        "write_docs": "sidfiler till docs/",
        "mkdocs": "MkDocs",
        "assets": "plotly-filer",
        "rest": "övrigt (referens, git, …)",
        "build": "build.build, hela",
    }
    print(f"{'i processen':28}" + "".join(f"{figures.name:>22}" for figures, _ in results))
    for key, label in labels.items():
        cells = []
        for figures, _ in results:
            times = figures.stages
            if key in times:
                share = f"({100 * times[key] / times['build']:.0f} %)"
                cells.append(f"{times[key]:>8.2f} s {share:>7}")
            else:
                cells.append("–")
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
