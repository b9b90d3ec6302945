"""A build never harms the published site: killed at any moment, the folder holds the old site or the
complete new one; a second build into the same place waits its turn; leftovers are cleaned up."""

from __future__ import annotations

import fcntl
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import REPO

KILL_AT = (0.05, 0.2, 0.35, 0.5, 0.65, 0.75, 0.85, 0.92, 0.97)
"""When a build is killed, as a share of the time a whole build takes: from loading the records to
MkDocs writing the pages and the browser files being copied in."""


def _command(out: Path) -> list[str]:
    return [sys.executable, "-m", "kvalitet", "bygg", "records", "--per", "2026-10-31", "--ut", str(out)]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO / "scripts"), "SOURCE_DATE_EPOCH": "1793520000"}


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], float]:
    """The site built once, its files, and how long the build took."""
    out = tmp_path_factory.mktemp("publicerad") / "public"
    start = time.monotonic()
    subprocess.run(_command(out), cwd=REPO, env=_env(), check=True, capture_output=True)
    return out, _snapshot(out), time.monotonic() - start


def test_a_killed_build_leaves_the_site_whole(published: tuple[Path, dict[str, str], float]) -> None:
    out, before, duration = published
    outcomes = []
    for share in KILL_AT:
        seconds = share * duration
        build = subprocess.Popen(
            _command(out), cwd=REPO, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(seconds)
        build.send_signal(signal.SIGKILL)
        build.wait()
        now = _snapshot(out)
        assert now.keys() == before.keys(), seconds
        outcomes.append("gammal" if now == before else "ny")
        before = now
    # Each kill left a whole site; the new one, when the build had finished, is just as whole.
    assert len(outcomes) == len(KILL_AT)
    leftovers = sorted(path.name for path in out.parent.iterdir() if path.name != "public")
    assert all(name.startswith(".public.") for name in leftovers)
    subprocess.run(_command(out), cwd=REPO, env=_env(), check=True, capture_output=True)
    assert sorted(path.name for path in out.parent.iterdir()) == ["public"]
    assert _snapshot(out).keys() == before.keys()


def test_a_second_build_into_the_same_place_waits_its_turn(
    published: tuple[Path, dict[str, str], float],
) -> None:
    out, _, _ = published
    handle = os.open(out.parent, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        result = subprocess.run(_command(out), cwd=REPO, env=_env(), capture_output=True, text=True)
    finally:
        os.close(handle)
    assert result.returncode == 1
    assert f"Ett annat bygge skriver redan i {out.parent}." in result.stderr
    assert (out / "index.html").is_file()


def test_two_builds_of_one_commit_are_byte_identical(tmp_path: Path) -> None:
    """Without SOURCE_DATE_EPOCH the build is dated by its commit, so nothing differs."""
    env = {key: value for key, value in _env().items() if key != "SOURCE_DATE_EPOCH"}
    first, second = tmp_path / "ett" / "public", tmp_path / "två" / "public"
    for out in (first, second):
        subprocess.run(_command(out), cwd=REPO, env=env, check=True, capture_output=True)
    assert _snapshot(first) == _snapshot(second)
    footer = (first / "index.html").read_text(encoding="utf-8")
    assert "Uppgifter till och med" in footer and "Byggd" not in footer
