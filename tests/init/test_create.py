"""`kvalitet init`: a records repository with none of the tool's code, that validates, is a git
repository, and never overwrites what is there."""

from __future__ import annotations

import datetime as dt
import subprocess
from importlib import metadata
from pathlib import Path

import pytest

from kvalitet.cli import main
from kvalitet.cli.commands import validate_command
from tests.helpers import REPO

VERSION = metadata.version("kvalitet")
FILES = {
    ".github/pull_request_template.md",
    ".github/workflows/kvalitet.yml",
    ".gitignore",
    ".gitlab-ci.yml",
    ".gitlab/merge_request_templates/Ärende.md",
    ".pre-commit-config.yaml",
    ".vscode/extensions.json",
    ".vscode/settings.json",
    "CODEOWNERS",
    "README.md",
    "records/kategorier.yaml",
    "records/kvalitet.yaml",
    "records/organisation.yaml",
    "requirements.txt",
    "site/berattelse/2026.md",
}


def _files(root: Path) -> set[str]:
    return {
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and ".git" not in path.relative_to(root).parts
    }


def test_a_new_repository(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "ärenden"
    assert main(["init", str(root), "--kommun", "Ås kommun", "--år", "2026"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:2] == [
        f"{root} var inget Git-förråd: skapade ett (git init, grenen main).",
        f"Skapade ärendeförrådet i {root} (15 filer), med kvalitet {VERSION} från "
        "Python-paketindexet (PyPI).",
    ]
    files = _files(root)
    generated = {
        path for path in files if path.startswith((".vscode/kvalitet-koder/", ".vscode/kvalitet-scheman/"))
    }
    assert files - generated == FILES
    assert len([path for path in generated if "koder" in path]) == 7
    assert not [path for path in files if path.endswith((".py", ".sh"))]
    branch = subprocess.run(
        ["git", "symbolic-ref", "--short", "HEAD"], cwd=root, capture_output=True, text=True, check=True
    )
    assert branch.stdout.strip() == "main"
    assert (root / "requirements.txt").read_text(encoding="utf-8").splitlines()[-1] == (
        f"kvalitet[site,pdf]=={VERSION}"
    )
    assert f'additional_dependencies: ["kvalitet=={VERSION}"]' in (
        root / ".pre-commit-config.yaml"
    ).read_text(encoding="utf-8")
    assert "kommun: Ås kommun\n" in (root / "records" / "organisation.yaml").read_text(encoding="utf-8")
    assert (
        (root / "README.md")
        .read_text(encoding="utf-8")
        .startswith("# Ärendeförråd för kvalitetsarbetet i Ås kommun\n")
    )
    assert validate_command([root / "records"], as_of=dt.date(2026, 12, 31)) == 0
    text = (root / "site" / "berattelse" / "2026.md").read_text(encoding="utf-8")
    assert text == (REPO / "scripts" / "kvalitet" / "annual" / "mall.md").read_text(encoding="utf-8")
    assert not [
        path for path in files if "__" in (root / path).read_text(encoding="utf-8").replace("__pycache__", "")
    ]


def test_the_review_checklist_is_this_repository_s(tmp_path: Path) -> None:
    assert main(["init", str(tmp_path / "k"), "--år", "2026"]) == 0
    own = (REPO / ".gitlab" / "merge_request_templates" / "Ärende.md").read_text(encoding="utf-8")
    for path in (".gitlab/merge_request_templates/Ärende.md", ".github/pull_request_template.md"):
        assert (tmp_path / "k" / path).read_text(encoding="utf-8") == own
    assert (tmp_path / "k" / "CODEOWNERS").read_text(encoding="utf-8") == (REPO / "CODEOWNERS").read_text(
        encoding="utf-8"
    )


def test_a_folder_that_is_not_empty_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "k"
    root.mkdir()
    (root / "README.md").write_text("Vår egen text.\n", encoding="utf-8")
    assert main(["init", str(root)]) == 2
    assert capsys.readouterr().err == (
        f"kvalitet: mappen {root} är inte tom. Välj en ny eller tom mapp, eller lägg till --befintlig för "
        "att bara skriva de filer som saknas (inget skrivs över).\n"
    )
    assert _files(root) == {"README.md"}


def test_an_existing_folder_keeps_its_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "k"
    root.mkdir()
    subprocess.run(["git", "init", "-q", "-b", "huvud"], cwd=root, check=True)
    (root / "README.md").write_text("Vår egen text.\n", encoding="utf-8")
    assert main(["init", str(root), "--befintlig", "--år", "2026"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Fanns redan, lämnades som den var: README.md"
    assert out[1].startswith(f"Skapade ärendeförrådet i {root} (14 filer)")  # no git init: it is a repository
    assert (root / "README.md").read_text(encoding="utf-8") == "Vår egen text.\n"
    assert _files(root) >= FILES


def test_a_git_repository_with_only_git_in_it_counts_as_empty(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path / "k")], check=True)
    assert main(["init", str(tmp_path / "k"), "--år", "2026"]) == 0


def test_a_file_is_no_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "k").write_text("", encoding="utf-8")
    assert main(["init", str(tmp_path / "k")]) == 2
    assert (
        capsys.readouterr().err
        == f"kvalitet: {tmp_path / 'k'} finns redan och är ingen mapp. Välj en annan sökväg.\n"
    )
