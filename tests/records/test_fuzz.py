"""Fuzzing `kvalitet validera` with Hypothesis: valid records, mutated the ways real files break.

Each example takes one record of the small valid root and applies one to three mutations: a flipped
byte, an inserted control, bidi or zero-width character (raw or as a YAML escape), deep nesting, a huge
whole number, a truncation, or a line repeated. The command must answer with exit code 0 or 1 and a
complete GitLab report, never a crash (exit 3), a fault caught per file, or a long wait. The run is
derandomized, so CI sees the same examples each time.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kvalitet.cli.main import main
from tests.helpers import BASE

SEEDS = sorted((BASE / "2024").glob("*.yaml"))
CHARACTERS = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u200b\u200d\u202e\u2066\u2028\ufeff\ud7ff\ufffe"
ESCAPES = (
    "\\0",
    "\\e[31m",
    "\\x7f",
    "\\u202e",
    "\\u200b",
    "\\v",
    "\\a",
    "\\N",
    "\\L",
    "\\ud800",
    "\\U0010ffff",
)
SECONDS_PER_FILE = 5.0

Mutation = Callable[[bytes], bytes]


def _at(data: bytes, fraction: float) -> int:
    return int(len(data) * fraction)


def _line(data: bytes, fraction: float) -> bytes:
    lines = data.splitlines(keepends=True)
    return lines[min(int(len(lines) * fraction), len(lines) - 1)] if lines else b""


@st.composite
def mutations(draw: st.DrawFn) -> Mutation:
    kind = draw(st.sampled_from(["flip", "char", "escape", "nest", "int", "truncate", "repeat", "text"]))
    where = draw(st.floats(0, 1))
    if kind == "flip":
        byte = draw(st.integers(0, 255))
        return lambda data: data[: _at(data, where)] + bytes([byte]) + data[_at(data, where) + 1 :]
    if kind == "char":
        char = draw(st.sampled_from(CHARACTERS)).encode("utf-8", "surrogatepass")
        return lambda data: data[: _at(data, where)] + char + data[_at(data, where) :]
    if kind == "escape":
        line = f'x: "a{draw(st.sampled_from(ESCAPES))}b"\n'.encode()
        return lambda data: data + line
    if kind == "nest":
        depth = draw(st.integers(1, 20_000))
        style = draw(st.sampled_from(["[", "{a: "]))
        close = "]" if style == "[" else "}"
        return lambda data: data + f"x: {style * depth}1{close * depth}\n".encode()
    if kind == "int":
        digits = draw(st.integers(1, 6_000))
        return lambda data: data + b"risk:\n  allvarlighetsgrad: " + b"9" * digits + b"\n"
    if kind == "truncate":
        return lambda data: data[: _at(data, where)]
    if kind == "repeat":
        times = draw(st.integers(2, 2_000))
        return lambda data: data + _line(data, where) * times
    text = draw(st.text(max_size=40)).encode("utf-8", "surrogatepass")
    return lambda data: data[: _at(data, where)] + text + data[_at(data, where) :]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("fuzz") / "records"
    shutil.copytree(BASE, folder)
    yield folder


@settings(
    max_examples=200,
    deadline=timedelta(seconds=20),
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(seed=st.sampled_from(SEEDS), changes=st.lists(mutations(), min_size=1, max_size=3))
def test_validate_never_crashes_on_a_mutated_record(root: Path, seed: Path, changes: list[Mutation]) -> None:
    data = seed.read_bytes()
    for change in changes:
        data = change(data)
    file = root / "2024" / seed.name
    file.write_bytes(data)
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["validera", "--format", "codequality", str(file)])
    finally:
        shutil.copyfile(seed, file)
    elapsed = time.monotonic() - started
    assert code in (0, 1), err.getvalue()
    report = json.loads(out.getvalue())
    assert "file-check-failed" not in {issue["check_name"] for issue in report}
    assert (code == 0) == (report == [])
    assert elapsed < SECONDS_PER_FILE
