"""Benchmark for validation, run by hand (not part of the test suite):

    .venv/bin/python -m tests.bench.validera [--antal 100000] [--mapp /tmp/kvalitet-bench]

1. Validating N generated records from a cold start (a new process) against merely parsing the same
   files with PyYAML's C loader, measured in the same run: the target is at most 3 times as long.
2. The pre-commit hook on 3 changed files of the demo records, start-up included: the target is 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from tests.bench.common import BIN, REPO, ensure_records, timed, warm

PARSE_ONLY = """
import os, sys, yaml
for directory, _, files in os.walk(sys.argv[1]):
    for name in files:
        if name.endswith(".yaml"):
            with open(os.path.join(directory, name), "rb") as handle:
                yaml.load(handle, Loader=yaml.CSafeLoader)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description="Mät hur snabb valideringen är.")
    parser.add_argument("--antal", type=int, default=100_000)
    parser.add_argument("--mapp", type=Path, default=Path("/tmp/kvalitet-bench"))
    parser.add_argument("--varv", type=int, default=1, help="antal mätningar av varje (bästa räknas)")
    args = parser.parse_args()

    folder = args.mapp.resolve()
    total = ensure_records(folder, args.antal)
    warm(folder)
    parse = min(timed([sys.executable, "-c", PARSE_ONLY, folder]) for _ in range(args.varv))
    check = min(timed([BIN / "kvalitet", "validera", folder]) for _ in range(args.varv))
    print(
        f"{total} filer: bara tolka med CSafeLoader {parse:.1f} s, validera {check:.1f} s, "
        f"kvot {check / parse:.2f} (mål: högst 3)"
    )

    changed = sorted((REPO / "records").glob("*/*.yaml"))[-3:]
    relative = [str(path.relative_to(REPO)) for path in changed]
    direct = [timed([BIN / "kvalitet", "validera", *relative]) for _ in range(5)]
    hook = [timed([BIN / "pre-commit", "run", "kvalitet-validera", "--files", *relative]) for _ in range(5)]
    print(
        f"3 ändrade filer: kvalitet validera {statistics.median(direct):.2f} s, "
        f"pre-commit run kvalitet-validera {statistics.median(hook):.2f} s (median av 5; mål: högst 1 s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
