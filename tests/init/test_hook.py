"""The generated repository's pre-commit hook for real: pre-commit installs the pinned kvalitet (here
the wheel of this checkout, found through PIP_FIND_LINKS; its dependencies from the package index the
first time, then cached) and stops a commit with a personnummer."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.init.ci_jobs import Tool

RECORD = """\
id: SYN-2026-0001
typ: synpunkt
registrerad: 2026-06-11
status: registrerad
kanal: telefon
avsändare: anhörig
kategorier: [bemötande]
sammanfattning: Anhörig ringde om Brukare A, 19811218-9876, och var nöjd med bemötandet.
"""


def _run(root: Path, tool: Tool, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = tool.env(PRE_COMMIT_HOME=str(root.parent / "pre-commit"))  # the hook built from this wheel
    del env["PIP_NO_INDEX"]  # pre-commit makes its own environment: the dependencies come from the index
    return subprocess.run(
        [str(arg) for arg in args],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def repo(tool: Tool, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kommun") / "ärenden"
    assert _run(root.parent, tool, tool.bin / "kvalitet", "init", root, "--år", "2026").returncode == 0
    installed = _run(root, tool, tool.bin / "python", "-m", "pre_commit", "install")
    assert installed.returncode == 0, installed.stdout
    assert _run(root, tool, "git", "add", "-A").returncode == 0
    first = _run(root, tool, "git", "commit", "-q", "-m", "Nytt förråd")
    assert first.returncode == 0, first.stdout
    return root


def test_a_personnummer_stops_the_commit(repo: Path, tool: Tool) -> None:
    record = repo / "records" / "2026" / "SYN-2026-0001.yaml"
    record.parent.mkdir(exist_ok=True)
    record.write_text(RECORD, encoding="utf-8")
    _run(repo, tool, "git", "add", record)
    refused = _run(repo, tool, "git", "commit", "-m", "Ny synpunkt")
    assert refused.returncode == 1, refused.stdout
    assert (
        "records/2026/SYN-2026-0001.yaml:8:46: ett personnummer på rad 8, kolumn 46. Ta bort det och skriv "
        "en kod i stället, till exempel 'Brukare A'." in refused.stdout
    )
    assert "19811218" not in refused.stdout and "9876" not in refused.stdout
    record.write_text(RECORD.replace(", 19811218-9876,", ""), encoding="utf-8")
    _run(repo, tool, "git", "add", record)
    done = _run(repo, tool, "git", "commit", "-m", "Ny synpunkt")
    assert done.returncode == 0, done.stdout
    assert "Kontrollera ärenden" in done.stdout
