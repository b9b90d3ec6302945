"""The pre-commit hooks for real: a git repository, `pre-commit install`, and real commits.

The repository's own `.pre-commit-config.yaml` is used as it is; its validator hook calls
`.venv/bin/kvalitet`, which here is linked to the kvalitet these tests run with. The hygiene hooks are
installed by pre-commit from the package index the first time (then cached).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import BASE, CASES, REPO

BIN = Path(sys.executable).parent
PERSONNUMMER_RECORD = """\
id: SYN-2024-0002
typ: synpunkt
registrerad: 2024-06-11
status: registrerad
kanal: telefon
avsändare: anhörig
kategorier: [bemötande]
sammanfattning: Anhörig ringde om Brukare A, 19811218-9876, och var nöjd med bemötandet.
"""


def git(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@invalid",
        "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}",
    }
    return subprocess.run(
        ["git", *args],
        cwd=repo,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kommun")
    shutil.copytree(BASE, root / "records")
    shutil.copyfile(REPO / ".pre-commit-config.yaml", root / ".pre-commit-config.yaml")
    (root / ".venv" / "bin").mkdir(parents=True)
    (root / ".venv" / "bin" / "kvalitet").symlink_to(BIN / "kvalitet")
    (root / ".gitignore").write_text("/.venv/\n", encoding="utf-8")
    assert git(root, "init", "-q", "-b", "main").returncode == 0
    installed = subprocess.run(
        [BIN / "pre-commit", "install"], cwd=root, capture_output=True, text=True, check=False
    )
    assert installed.returncode == 0, installed.stderr
    git(root, "add", "-A")
    first = git(root, "commit", "-q", "-m", "Första ärendena")
    assert first.returncode == 0, first.stdout + first.stderr
    return root


def test_commit_with_personnummer_is_refused(repo: Path) -> None:
    record = repo / "records" / "2024" / "SYN-2024-0002.yaml"
    record.write_text(PERSONNUMMER_RECORD, encoding="utf-8")
    git(repo, "add", str(record))
    result = git(repo, "commit", "-m", "Ny synpunkt")
    assert result.returncode != 0
    assert "records/2024/SYN-2024-0002.yaml:8:46: ett personnummer på rad 8, kolumn 46." in result.stdout
    assert git(repo, "log", "--format=%s").stdout.split("\n")[0] == "Första ärendena"
    assert "19811218-9876" not in git(repo, "log", "-p", "--all").stdout


def test_clean_commit_goes_through(repo: Path) -> None:
    record = repo / "records" / "2024" / "SYN-2024-0002.yaml"
    record.write_text(PERSONNUMMER_RECORD.replace(", 19811218-9876,", ""), encoding="utf-8")
    git(repo, "add", str(record))
    result = git(repo, "commit", "-m", "Ny synpunkt")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Kontrollera ärenden" in result.stdout
    assert git(repo, "log", "--format=%s").stdout.split("\n")[0] == "Ny synpunkt"


def test_changed_organisation_checks_every_record(repo: Path) -> None:
    organisation = repo / "records" / "organisation.yaml"
    text = organisation.read_text(encoding="utf-8")
    organisation.write_text(text.replace("  - id: vuxna\n", "  - id: vuxen\n"), encoding="utf-8")
    git(repo, "add", str(organisation))
    result = git(repo, "commit", "-m", "Byt id")
    assert result.returncode != 0
    assert (
        "records/2024/KLA-2024-0001.yaml:11:8: enheten här finns inte i organisation.yaml." in result.stdout
    )
    git(repo, "checkout", "--", ".")
    git(repo, "reset", "-q", "--hard")


def test_a_missed_report_to_ivo_stops_the_commit(repo: Path) -> None:
    """A decision of postformat 2 verkställd in 2024 and never reported: the hook counts per today."""
    path = "records/2024/EVB-2024-0003.yaml"
    shutil.copyfile(CASES / "ivo-quarters" / "missing" / "2024" / "EVB-2024-0003.yaml", repo / path)
    git(repo, "add", path)
    result = git(repo, "commit", "-m", "Nytt beslut")
    git(repo, "reset", "-q", "--hard")
    git(repo, "clean", "-qfd", "records")
    assert result.returncode != 0, result.stdout
    assert (
        f"{path}:10:15: beslutet har inte rapporterats till IVO för 2024-Q2, 2024-Q3, kvartal som slutade "
        f"före {dt.date.today().isoformat()} medan beslutet inte var verkställt." in result.stdout
    )
    assert git(repo, "log", "--format=%s").stdout.split("\n")[0] != "Nytt beslut"


@pytest.mark.parametrize(
    ("path", "content", "expected"),
    [
        (
            "records/2024/SYN-2024-0002.YAML",
            PERSONNUMMER_RECORD.replace(", 19811218-9876,", ""),
            "records/2024/SYN-2024-0002.YAML:1:1: filen är ingen post",
        ),
        (
            "records/2024/SYN-2024-0002.yml.bak",
            PERSONNUMMER_RECORD,
            "records/2024/SYN-2024-0002.yml.bak:8:46: ett personnummer på rad 8, kolumn 46.",
        ),
        (
            "records/2024/SYN-2024-0002.yaml",
            "# Ring Brukare A på 070-123 45 67\n" + PERSONNUMMER_RECORD.replace(", 19811218-9876,", ""),
            "records/2024/SYN-2024-0002.yaml:1:21: ett telefonnummer i en kommentar på rad 1, kolumn 21.",
        ),
        (
            "records/organisation.yaml",
            None,
            "records/organisation.yaml:14:11: ett namn på rad 14, kolumn 11.",
        ),
        (
            "site/berattelse/2025.md",
            "## Inledning\n\nUnder året flyttade Brukare A, 19811218-9876, till ett\nannat boende.\n",
            "site/berattelse/2025.md:3:32: ett personnummer på rad 3, kolumn 32.",
        ),
    ],
    ids=["suffix-case", "backup-file", "comment", "unit-name", "staff-text"],
)
def test_every_committed_file_is_guarded(repo: Path, path: str, content: str | None, expected: str) -> None:
    file = repo / path
    if content is None:  # a unit named after a person
        text = file.read_text(encoding="utf-8")
        content = text.replace("namn: Vuxna", "namn: Karin Johansson", 1)
        assert content != text
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(content, encoding="utf-8")
    git(repo, "add", path)
    result = git(repo, "commit", "-m", "Ny fil")
    git(repo, "reset", "-q", "--hard")
    git(repo, "clean", "-qfd", "records", "site")
    assert result.returncode != 0, result.stdout
    assert expected in result.stdout
    assert "19811218" not in result.stdout and "Johansson" not in result.stdout
    assert "070-123" not in result.stdout
    assert git(repo, "log", "--format=%s").stdout.split("\n")[0] != "Ny fil"


def test_hook_for_other_municipalities(repo: Path) -> None:
    """`.pre-commit-hooks.yaml` as another records repository would use it: installed from this repo."""
    record = repo / "records" / "2024" / "SYN-2024-0003.yaml"
    record.write_text(PERSONNUMMER_RECORD.replace("SYN-2024-0002", "SYN-2024-0003"), encoding="utf-8")
    result = subprocess.run(
        [
            BIN / "pre-commit",
            "try-repo",
            REPO,
            "kvalitet-validera",
            "--files",
            "records/2024/SYN-2024-0003.yaml",
        ],
        cwd=repo,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    record.unlink()
    assert result.returncode == 1, result.stdout
    assert "records/2024/SYN-2024-0003.yaml:8:46: ett personnummer på rad 8, kolumn 46." in result.stdout
