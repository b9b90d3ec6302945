"""The data-protection guide: its procedure for a committed personnummer, run as the guide writes it.

A real git repository with a "host" (a bare repository), a personnummer committed in a record and in a
commit message, and the nämnd's decision naming a commit; then every command block of the guide's
procedure is run as written (the host's address put in place of the example address), and afterwards
no object in the rewritten copy, at the host or in a new clone contains the personnummer, and the
decision names a commit that exists.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from kvalitet.render import guide_page
from kvalitet.render.page import SiteFiles
from tests.helpers import REPO, git, git_env

PERSONNUMMER = "19121212-1212"
"""Skatteverket's test personnummer (the guide's example, too)."""
OTHER = "20010101-0106"
"""A second number, to show the replacement file is the one the test writes."""
EXAMPLE_URL = "https://git.example.se/kvalitet/kvalitet.git"


def _blocks() -> list[tuple[str, str]]:
    """The guide's fenced blocks after its heading "När en personuppgift …": (language, text)."""
    text = guide_page.SOURCE.read_text(encoding="utf-8")
    text = text[text.index("## När en personuppgift har kommit in i förrådet") :]
    text = text[: text.index("\n## ", 5)]
    blocks = re.findall(r"^( *)```(\w+)\n(.*?)^\1```", text, re.S | re.M)
    return [(language, re.sub(rf"^{indent}", "", body, flags=re.M)) for indent, language, body in blocks]


def _run(script: str, folder: Path, host: Path) -> str:
    result = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", script.replace(EXAMPLE_URL, str(host))],
        cwd=folder,
        env=git_env(),
        capture_output=True,
        text=True,
    )
    assert result.returncode in (0, 1), result.stderr  # grep -c exits 1 when it counts 0
    return result.stdout


def _objects(repo: Path) -> bytes:
    return subprocess.run(
        ["git", "-C", str(repo), "cat-file", "--batch-all-objects", "--batch"],
        check=True,
        capture_output=True,
        env=git_env(),
    ).stdout


def _repository(tmp_path: Path) -> tuple[Path, str]:
    """A host with a project: reference files, a record with the personnummer, the decision."""
    work = tmp_path / "arbete"
    (work / "records" / "2026").mkdir(parents=True)
    for name in ("kvalitet.yaml", "organisation.yaml", "kategorier.yaml"):
        shutil.copy(REPO / "records" / name, work / "records" / name)
    record = (REPO / "records" / "2024" / "SYN-2024-0001.yaml").read_text(encoding="utf-8")
    record = record.replace("SYN-2024-0001", "SYN-2026-0001").replace("2024-", "2026-")
    record = record.replace("sammanfattning: ", f"sammanfattning: Gäller {PERSONNUMMER}. ")
    (work / "records" / "2026" / "SYN-2026-0001.yaml").write_text(record, encoding="utf-8")
    git(tmp_path, "init", "-q", "-b", "main", str(work))
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", f"Synpunkt om {PERSONNUMMER}")
    approved = git(work, "rev-parse", "HEAD")
    (work / "site" / "berattelse").mkdir(parents=True)
    (work / "site" / "berattelse" / "faststallda.yaml").write_text(
        'fastställda:\n  - berättelse: "2026"\n    datum: 2027-03-16\n    paragraf: § 12\n'
        f"    commit: {approved}\n",
        encoding="utf-8",
    )
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "Nämndens beslut")
    host = tmp_path / "vard.git"
    git(tmp_path, "clone", "-q", "--bare", str(work), str(host))
    shutil.rmtree(work)
    return host, approved


def test_the_guides_procedure_leaves_no_object_with_the_personnummer(tmp_path: Path) -> None:
    host, approved = _repository(tmp_path)
    assert PERSONNUMMER.encode() in _objects(host)
    admin = tmp_path / "admin"
    admin.mkdir()
    (admin / ".venv").symlink_to(REPO / ".venv")
    blocks = _blocks()
    assert [language for language, _ in blocks] == ["sh", "sh", "text", "sh", "sh", "sh", "sh"]
    (_, incident), (_, clone), (_, replace), (_, rewrite), (_, check), (_, push), (_, decision) = blocks
    assert PERSONNUMMER in replace  # the guide's example line, with the number of this test
    (admin / "ersatt.txt").write_text(replace + replace.replace(PERSONNUMMER, OTHER), encoding="utf-8")
    (admin / "sok.txt").write_text(f"{PERSONNUMMER}\n{OTHER}\n", encoding="utf-8")

    _run(clone, admin, host)
    _run(rewrite, admin, host)
    assert _run(check, admin / "rensning.git", host).strip() == "0"
    _run(push, admin / "rensning.git", host)
    # What the host's cleanup does (GitLab's "Repository cleanup"): drop what nothing refers to.
    git(host, "reflog", "expire", "--expire=now", "--all")
    git(host, "gc", "-q", "--prune=now")
    _run(decision, admin / "rensning.git", host)
    clone_folder = admin / "kvalitet"
    (clone_folder / ".venv").symlink_to(REPO / ".venv")
    _run(incident, clone_folder, host)

    for repo in (admin / "rensning.git", host, clone_folder):
        objects = _objects(repo)
        assert PERSONNUMMER.encode() not in objects
        assert PERSONNUMMER.replace("-", "").encode() not in objects
    assert b"[borttaget]" in _objects(host)
    decided = (clone_folder / "site" / "berattelse" / "faststallda.yaml").read_text(encoding="utf-8")
    commit = re.search(r"commit: ([0-9a-f]{40})", decided)
    assert commit is not None and commit.group(1) != approved
    shown = git(clone_folder, "show", f"{commit.group(1)}:records/2026/SYN-2026-0001.yaml")
    assert "Gäller [borttaget]." in shown
    assert "Nämndens beslut" not in git(clone_folder, "log", "-1", "--format=%s", commit.group(1))
    incidents = list((clone_folder / "records").rglob("PUI-*.yaml"))
    assert len(incidents) == 1
    assert PERSONNUMMER not in incidents[0].read_text(encoding="utf-8")


def test_the_guide_is_a_page_of_the_internal_build_only() -> None:
    files = SiteFiles()
    guide_page.guide_page(files)
    (page,) = files.pages
    assert page.path == "intern/dataskydd.md"
    assert page.title == "Dataskydd: så hanteras ärendena"
    assert not (REPO / "site" / "intern").exists()
    assert "26 kap. 1 § offentlighets- och sekretesslagen" in page.markdown
    assert "skäl 26" in page.markdown
