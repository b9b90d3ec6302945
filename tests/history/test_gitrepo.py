"""Records read from the git history: byte for byte, and clear Swedish errors for what is missing."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from kvalitet.errors import KvalitetError
from kvalitet.history import gitrepo
from tests.helpers import BASE

FIRST_DATE = "2024-06-30T12:00:00+02:00"
SECOND_DATE = "2024-12-31T12:00:00+01:00"
SYN = Path("2024") / "SYN-2024-0001.yaml"
SHALLOW_FIX = (
    "Hämta hela historiken med git fetch --unshallow (och grenen du jämför med, till exempel "
    "git fetch origin main), eller låt CI klona hela historiken: i GitLab CI variabeln GIT_DEPTH: 0, "
    "i GitHub Actions fetch-depth: 0 för actions/checkout."
)


def git(repo: Path, *args: str, date: str = SECOND_DATE) -> str:
    """Run git in `repo` with fixed dates and without the user's own configuration; must succeed."""
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    result = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def new_repo(root: Path, branch: str = "main") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", branch)
    git(root, "config", "user.name", "Test")
    git(root, "config", "user.email", "test@invalid")
    return root


def commit_all(repo: Path, message: str, date: str = SECOND_DATE) -> str:
    git(repo, "add", "-A", date=date)
    git(repo, "commit", "-q", "-m", message, date=date)
    return git(repo, "rev-parse", "HEAD")


def tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def history(tmp_path: Path) -> tuple[Path, list[str]]:
    """Three commits: no records yet; the base records; a changed, an added and a removed record.
    The working tree then has one more change that is not committed."""
    repo = new_repo(tmp_path / "kommun")
    (repo / "README.md").write_text("Ärenden\n", encoding="utf-8")
    # git archive would leave the records out; the export must not
    (repo / ".gitattributes").write_text("records/** export-ignore\n", encoding="utf-8")
    empty = commit_all(repo, "Tomt förråd", FIRST_DATE)
    shutil.copytree(BASE, repo / "records")
    base = commit_all(repo, "Första ärendena", FIRST_DATE)
    records = repo / "records"
    text = (records / SYN).read_text(encoding="utf-8")
    (records / SYN).write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    (records / "2024" / "LXM-2024-0001.yaml").unlink()
    shutil.copyfile(records / "2024" / "KLA-2024-0001.yaml", records / "2024" / "KLA-2024-0002.yaml")
    changed = commit_all(repo, "Ändrade ärenden", SECOND_DATE)
    (records / SYN).write_text("ändrat men inte committat\n", encoding="utf-8")
    return repo, [empty, base, changed]


def test_records_at_an_older_commit_are_the_committed_bytes(
    history: tuple[Path, list[str]], tmp_path: Path
) -> None:
    repo, (_, base, changed) = history
    root = gitrepo.records_at(repo, base, Path("records"), tmp_path / "bas")
    assert root == (tmp_path / "bas" / "records").resolve()
    assert tree(root) == tree(BASE)
    head = gitrepo.records_at(repo, "HEAD", repo / "records", tmp_path / "head")
    exported = tree(head)
    assert exported[SYN.as_posix()] == (BASE / SYN).read_bytes().replace(b"\n", b"\r\n")
    assert "2024/KLA-2024-0002.yaml" in exported
    assert "2024/LXM-2024-0001.yaml" not in exported
    assert gitrepo.resolve(repo, "HEAD") == changed


def test_resolve_names_and_expressions(history: tuple[Path, list[str]]) -> None:
    repo, (empty, base, changed) = history
    assert gitrepo.resolve(repo, "main") == changed
    assert gitrepo.resolve(repo, "HEAD~2") == empty
    assert gitrepo.resolve(repo, base[:8]) == base
    assert gitrepo.find_ref(repo, "--all") is None


def test_unknown_commit(history: tuple[Path, list[str]], tmp_path: Path) -> None:
    repo, _ = history
    with pytest.raises(KvalitetError) as error:
        gitrepo.records_at(repo, "finns-inte", Path("records"), tmp_path / "ut")
    assert str(error.value) == (
        "Hittar inte 'finns-inte' i git-förrådet. Ange en gren, tagg eller commit som finns, till exempel "
        "origin/main. Är grenen inte hämtad? Kör git fetch origin och försök igen."
    )


def test_folder_that_did_not_exist_yet(history: tuple[Path, list[str]], tmp_path: Path) -> None:
    repo, (empty, base, _) = history
    assert not gitrepo.folder_exists(repo, empty, repo / "records")
    assert gitrepo.folder_exists(repo, base, repo / "records")
    with pytest.raises(KvalitetError) as error:
        gitrepo.records_at(repo, empty, Path("records"), tmp_path / "ut")
    assert str(error.value) == (
        f"Mappen records fanns inte i commit {empty[:10]}. Ange en commit där ärendemappen finns."
    )


def test_commit_date_and_merge_base(history: tuple[Path, list[str]]) -> None:
    repo, (_, base, _) = history
    assert gitrepo.commit_date(repo, "HEAD") == dt.datetime(
        2024, 12, 31, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    git(repo, "checkout", "-q", "-f", "-b", "gren", base)
    (repo / "records" / SYN).unlink()
    commit_all(repo, "På grenen")
    assert gitrepo.merge_base(repo, "main", "gren") == base
    assert gitrepo.default_branch(repo) == "main"


def test_records_folder_must_be_inside_the_repository(tmp_path: Path) -> None:
    with pytest.raises(KvalitetError) as error:
        gitrepo.repo_root(tmp_path)
    assert str(error.value) == (
        f"{tmp_path} ligger inte i ett git-förråd, så det finns ingen historik att jämföra med. "
        "Kör kommandot i en klon av ärendeförrådet."
    )


def test_shallow_clone_says_which_history_is_needed(history: tuple[Path, list[str]], tmp_path: Path) -> None:
    repo, (empty, base, changed) = history
    git(repo, "branch", "gren", base)
    clone = tmp_path / "klon"
    git(tmp_path, "clone", "-q", "--depth", "1", "--no-single-branch", repo.as_uri(), str(clone))
    assert gitrepo.is_shallow(clone)
    assert not gitrepo.is_shallow(repo)
    assert gitrepo.resolve(clone, "HEAD") == changed
    assert gitrepo.default_branch(clone) == "origin/HEAD"
    assert gitrepo.ref_name(clone, "origin/HEAD") == "origin/main"
    with pytest.raises(KvalitetError) as error:
        gitrepo.records_at(clone, empty, Path("records"), tmp_path / "ut")
    assert str(error.value) == (
        f"Hittar inte '{empty}': klonen är grund (shallow) och har bara de senaste committarna, "
        f"inte historiken som behövs. {SHALLOW_FIX}"
    )
    with pytest.raises(KvalitetError) as error:
        gitrepo.merge_base(clone, "origin/gren", "HEAD")
    assert str(error.value) == (
        "Hittar inte var origin/gren och HEAD möts: klonen är grund (shallow) och saknar den del av "
        f"historiken där grenarna delar sig. {SHALLOW_FIX}"
    )
