"""The limits that keep a check bounded: file size, the per-file cap of problems, what a message may
quote, and that one file that cannot be checked never stops the others or the report."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from kvalitet.cli.main import main
from kvalitet.records.limits import MAX_FILE_BYTES, cap
from kvalitet.records.load import Document, load_yaml
from kvalitet.records.problems import Problem
from kvalitet.records.text_rules import check_texts as real_check_texts
from kvalitet.records.validate import validate


def test_file_larger_than_the_limit_is_one_problem(tmp_path: Path) -> None:
    file = tmp_path / "stor.yaml"
    file.write_bytes(b"a: b\n" * (MAX_FILE_BYTES // 5 + 1))
    loaded = load_yaml(file)
    assert isinstance(loaded, list)
    assert [(p.line, p.column, p.message) for p in loaded] == [
        (
            1,
            1,
            "filen är större än 1 MB och kontrolleras inte. En post är några hundra tecken: "
            "kontrollera att rätt fil sparades här.",
        )
    ]


def test_file_at_the_limit_is_read(tmp_path: Path) -> None:
    file = tmp_path / "lagom.yaml"
    file.write_bytes(b"a: " + b"b" * (MAX_FILE_BYTES - 5) + b"\n")
    loaded = load_yaml(file)
    assert isinstance(loaded, list)
    assert [p.code for p in loaded] == ["yaml-text-too-long"]


def test_cap_keeps_fifty_problems_per_file_and_counts_the_rest() -> None:
    one, other = Path("a.yaml"), Path("b.yaml")
    problems = sorted(
        [Problem.at(one, (line, 1), "yaml-empty") for line in range(1, 1_235)]
        + [Problem.at(other, (1, 1), "yaml-empty")]
    )
    shown = cap(problems)
    assert len(shown) == 52
    assert shown[50] == Problem.at(one, (1234, 1), "file-more-problems", count="1\xa0184", limit=50)
    assert shown[50].message == (
        "och 1\xa0184 fler fel i den här filen (högst 50 visas). Rätta dem ovan och kontrollera igen."
    )
    assert shown[51].file == other


def test_a_message_never_shows_control_or_bidi_characters() -> None:
    problem = Problem.at(Path("a.yaml"), (1, 1), "file-unreadable", reason="x\x1b[2J\u202ey\n")
    assert problem.message == "filen går inte att läsa (x\ufffd[2J\ufffdy\ufffd)."
    long = Problem.at(Path("a.yaml"), (1, 1), "file-unreadable", reason="x" * 1_000)
    assert len(long.message) < 400


def test_a_message_field_never_shows_what_the_guard_finds() -> None:
    problem = Problem.at(Path("a.yaml"), (1, 1), "file-unreadable", reason="19121212-1212 Anna Andersson")
    assert problem.message == "filen går inte att läsa ([dolt] [dolt])."


def test_a_fault_with_one_file_is_its_problem_and_the_others_are_checked(
    records: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = records / "2024" / "SYN-2024-0001.yaml"

    def check_texts(doc: Document) -> list[Problem]:
        if doc.file == broken:
            raise RecursionError
        return real_check_texts(doc)

    monkeypatch.setattr("kvalitet.records.validate.check_texts", check_texts)
    (records / "2024" / "KLA-2024-0001.yaml").write_text(
        (records / "2024" / "KLA-2024-0001.yaml").read_text(encoding="utf-8").replace("e-post", "brevduva"),
        encoding="utf-8",
    )
    outcome = validate([records])
    assert [(p.file.name, p.code) for p in outcome.problems] == [
        ("KLA-2024-0001.yaml", "schema-enum"),
        ("SYN-2024-0001.yaml", "file-check-failed"),
    ]
    assert outcome.checked == 10  # 7 records and 3 reference files
    assert capsys.readouterr().err.splitlines()[-1] == "RecursionError"


def test_codequality_report_is_written_when_a_file_has_a_control_character(
    records: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = records / "2024" / "SYN-2024-0001.yaml"
    file.write_bytes(file.read_bytes().replace(b"Ber\xc3\xb6m till", b"Ber\xc3\xb6m\x0btill"))
    assert main(["validera", "--format", "codequality", str(records)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(issue["check_name"], issue["location"]["lines"]["begin"]) for issue in report] == [
        ("yaml-control-char", 8)
    ]


def test_nesting_a_hundred_thousand_deep_stops_at_the_limit_in_little_memory(tmp_path: Path) -> None:
    file = tmp_path / "djup.yaml"
    file.write_text("id: X\nx: " + "[" * 100_000 + "1" + "]" * 100_000 + "\n", encoding="utf-8")
    tracemalloc.start()
    try:
        loaded = load_yaml(file)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(loaded, list)
    assert [(p.line, p.column, p.code) for p in loaded] == [(2, 53, "yaml-too-deep")]
    assert peak < 10 * len(file.read_bytes())  # linear: it was 23.6 GB, growing with the square
