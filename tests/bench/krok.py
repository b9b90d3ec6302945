"""The pre-commit hook's environment as another municipality gets it, measured by hand (not part of
the test suite):

    .venv/bin/python -m tests.bench.krok [--rev REV] [--mapp /tmp/kvalitet-krok]

A new records repository with the demo records and a .pre-commit-config.yaml that uses this
repository's `kvalitet-validera` hook at REV (standard: HEAD), a pre-commit home of its own and no pip
cache: the time of `pre-commit install-hooks` (the first install, from the package index) and the size
of the environment it made. The goal (issue 16): under 50 MB and under 10 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import time
from pathlib import Path

from tests.bench.common import BIN, REPO
from tests.helpers import git, git_env


def size_mb(folder: Path) -> float:
    """The disk space the files take, as du counts it (MiB)."""
    return sum(path.stat().st_blocks * 512 for path in folder.rglob("*") if path.is_file()) / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description="Mät pre-commit-krokens miljö.")
    parser.add_argument("--rev", default="HEAD")
    parser.add_argument("--mapp", type=Path, default=Path("/tmp/kvalitet-krok"))
    args = parser.parse_args()
    shutil.rmtree(args.mapp, ignore_errors=True)
    repo = args.mapp / "kommun"
    shutil.copytree(REPO / "records", repo / "records")
    rev = git(REPO, "rev-parse", args.rev)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {REPO}\n    rev: {rev}\n    hooks:\n      - id: kvalitet-validera\n",
        encoding="utf-8",
    )
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=git_env())
    env = {**os.environ, "PRE_COMMIT_HOME": str(args.mapp / "pre-commit"), "PIP_NO_CACHE_DIR": "1"}
    start = time.perf_counter()
    subprocess.run([BIN / "pre-commit", "install-hooks"], cwd=repo, env=env, check=True)
    seconds = time.perf_counter() - start
    (environment,) = (args.mapp / "pre-commit").glob("repo*/py_env-*")
    print(f"första installationen: {seconds:.1f} s, miljön: {size_mb(environment):.0f} MB ({environment})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
