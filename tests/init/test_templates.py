"""The CI templates of a records repository made by `kvalitet init`: their jobs run here, in a
generated repository, with the tool installed as the pinned package (what stands in for a runner is
listed in tests/init/ci_jobs.py). What the files promise is read in test_template_rules.py."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import REPO
from tests.init.ci_jobs import Tool, github_lines, gitlab_lines, load, run_lines

AVVIKELSE = """\
id: AVV-2026-0001
typ: avvikelse
registrerad: 2026-03-18
inträffad: 2026-03-15
status: avslutad
avslutad: 2026-04-02
enhet: hemtjänst
lagrum: SoL
kategorier: [informationsöverföring]
sammanfattning: >-
  Medarbetare A lämnade inte vidare uppgifter till kvällspersonalen inför ett besök hos Brukare B.
  Besöket blev en timme sent.
risk:
  allvarlighetsgrad: 2
  sannolikhet: 2
åtgärder:
  - beskrivning: Rutinen för överlämning gicks igenom på APT.
    nivå: enhet
    klar: 2026-04-02
kön: kvinna
"""
SYNPUNKT = """\
id: SYN-2026-0001
typ: synpunkt
registrerad: 2026-06-11
status: registrerad
kanal: webb
avsändare: allmänhet
kategorier: [beröm]
enhet: särskilt-boende
sammanfattning: Beröm till personalen för ett vänligt bemötande.
"""


def git(root: Path, tool: Tool, *args: str) -> str:
    result = subprocess.run(
        ["git", *args], cwd=root, env=tool.env(), capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


@pytest.fixture(scope="module")
def repo(tool: Tool, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository from `kvalitet init` with one record on main and a second one on a branch."""
    root = tmp_path_factory.mktemp("kommun") / "ärenden"
    made = subprocess.run(
        [tool.bin / "kvalitet", "init", str(root), "--kommun", "Ås kommun", "--år", "2026"],
        env=tool.env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    (root / "records" / "2026").mkdir()
    (root / "records" / "2026" / "AVV-2026-0001.yaml").write_text(AVVIKELSE, encoding="utf-8")
    git(root, tool, "add", "-A")
    git(root, tool, "commit", "-q", "-m", "Första ärendet")
    git(root, tool, "checkout", "-q", "-b", "ny-synpunkt")
    (root / "records" / "2026" / "SYN-2026-0001.yaml").write_text(SYNPUNKT, encoding="utf-8")
    git(root, tool, "add", "-A")
    git(root, tool, "commit", "-q", "-m", "Ny synpunkt")
    # The runner's cache: plotly.js and axe-core as an earlier job left them.
    shutil.copytree(REPO / ".cache" / "vendor", root / ".cache" / "vendor")
    return root


def _gitlab(root: Path) -> dict[str, Any]:
    return load(root / ".gitlab-ci.yml")


def _github(root: Path) -> dict[str, Any]:
    return load(root / ".github" / "workflows" / "kvalitet.yml")


def _gitlab_env(tool: Tool, root: Path, source: str) -> dict[str, str]:
    return tool.env(
        CI_PROJECT_DIR=str(root),
        CI_PIPELINE_SOURCE=source,
        CI_DEFAULT_BRANCH="main",
        CI_MERGE_REQUEST_DIFF_BASE_SHA=git(root, tool, "rev-parse", "main"),
        PIP_CACHE_DIR=str(root / ".cache" / "pip"),
    )


def test_the_review_jobs_check_the_records_and_tell_what_the_change_does(repo: Path, tool: Tool) -> None:
    config = _gitlab(repo)
    env = _gitlab_env(tool, repo, "merge_request_event")
    checked = run_lines(gitlab_lines(config, "kontrollera"), repo, env)
    assert checked.code == 0, checked.output
    # every file under records/ (records and reference files) and the staff's report texts
    every_file = sum(path.is_file() for path in (repo / "records").rglob("*"))
    every_file += len(list((repo / "site" / "berattelse").glob("*.md")))
    assert every_file > 2
    assert f"{every_file} filer kontrollerade: allt i ordning." in checked.output
    assert json.loads((repo / "kodkvalitet.json").read_text(encoding="utf-8")) == []
    figures = run_lines(gitlab_lines(config, "siffror"), repo, env)
    assert figures.code == 0, figures.output
    text = (repo / "siffror.md").read_text(encoding="utf-8")
    assert text.startswith("## Vad ändringen gör med siffrorna")
    assert "SYN-2026-0001" in text


def test_a_wrong_record_is_shown_on_its_line_and_stops_the_review(repo: Path, tool: Tool) -> None:
    record = repo / "records" / "2026" / "SYN-2026-0001.yaml"
    record.write_text(SYNPUNKT.replace("enhet: särskilt-boende", "enhet: särskilt-boendet"), encoding="utf-8")
    try:
        env = _gitlab_env(tool, repo, "merge_request_event")
        checked = run_lines(gitlab_lines(_gitlab(repo), "kontrollera"), repo, env)
        github = run_lines(
            github_lines(_github(repo), "kontrollera", {"github.event_name": "push"})[1:], repo, env
        )
    finally:
        record.write_text(SYNPUNKT, encoding="utf-8")
    assert checked.code == 1
    report = json.loads((repo / "kodkvalitet.json").read_text(encoding="utf-8"))
    assert [(item["location"]["path"], item["location"]["lines"]["begin"]) for item in report] == [
        ("records/2026/SYN-2026-0001.yaml", 8)
    ]
    assert github.code == 1
    assert "::error file=records/2026/SYN-2026-0001.yaml,line=8," in github.output


def test_the_review_builds_the_public_site_and_checks_it_in_a_browser(repo: Path, tool: Tool) -> None:
    config = _gitlab(repo)
    site = run_lines(gitlab_lines(config, "webbplats"), repo, _gitlab_env(tool, repo, "merge_request_event"))
    assert site.code == 0, site.output
    assert site.skipped == (
        "apt-get update -qq",
        "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null",
    )
    assert "Webbplatsen är byggd i public: " in site.output
    assert "index.html: i ordning" in site.output
    assert (repo / "public" / "assets" / "vendor" / "plotly-cartesian.min.js").is_file()
    assert not (repo / "public-intern").exists()


def test_the_default_branch_publishes_the_versioned_site_with_pdfs(repo: Path, tool: Tool) -> None:
    from pypdf import PdfReader

    git(repo, tool, "checkout", "-q", "main")
    try:
        lines = gitlab_lines(_gitlab(repo), "pages")
        assert "python -m kvalitet.site.internal public" in lines  # never an internal tree published
        pages = run_lines(lines, repo, _gitlab_env(tool, repo, "push"))
    finally:
        git(repo, tool, "checkout", "-q", "ny-synpunkt")
    assert pages.code == 0, pages.output
    public = repo / "public"
    versions = json.loads((public / "versions.json").read_text(encoding="utf-8"))
    assert [version["version"] for version in versions] == ["senaste"]
    pdfs = sorted((public / "senaste" / "kvalitetsberattelse").glob("*.pdf"))
    assert [pdf.name for pdf in pdfs] == ["kvalitetsberattelse-2026-halvar.pdf"]
    first = " ".join(PdfReader(pdfs[0]).pages[0].extract_text().split())
    assert "Ås kommun" in first


def test_the_github_jobs_run_the_same_commands(repo: Path, tool: Tool) -> None:
    """The GitHub review job, run (validation with annotations, the figures in the summary); its site
    and publishing jobs run exactly the commands of the GitLab jobs above."""
    github = _github(repo)
    summary = repo.parent / "sammanfattning.md"
    base = git(repo, tool, "rev-parse", "main")
    expressions = {"github.event_name": "pull_request", "github.event.pull_request.base.sha": base}
    env = tool.env(GITHUB_STEP_SUMMARY=str(summary), GITHUB_WORKSPACE=str(repo), HOME=str(repo.parent))
    lines = github_lines(github, "kontrollera", expressions)
    assert lines[0] == 'git config --global --add safe.directory "$GITHUB_WORKSPACE"'
    review = run_lines(lines[1:], repo, env)
    assert review.code == 0, review.output
    assert summary.read_text(encoding="utf-8").startswith("## Vad ändringen gör med siffrorna")
    gitlab = _gitlab(repo)

    def ours(lines: list[str]) -> list[str]:
        return [line for line in lines if re.match(r"(rm |kvalitet |python -m kvalitet)", line)]

    assert ours(github_lines(github, "webbplats", expressions)) == ours(gitlab_lines(gitlab, "webbplats"))
    assert ours(github_lines(github, "bygg", {"github.event_name": "push"})) == ours(
        gitlab_lines(gitlab, "pages")
    )


def test_the_wheel_carries_the_site_shell_and_the_templates_but_no_report_texts(tool: Tool) -> None:
    with zipfile.ZipFile(next(tool.wheels.glob("kvalitet-*.whl"))) as wheel:
        names = set(wheel.namelist())
        assert wheel.read("kvalitet/shell/mkdocs.yml") == (REPO / "mkdocs.yml").read_bytes()
    shell = {name.removeprefix("kvalitet/shell/") for name in names if name.startswith("kvalitet/shell/")}
    own = {
        path.relative_to(REPO).as_posix()
        for path in (REPO / "site").rglob("*")
        if path.is_file() and "berattelse" not in path.relative_to(REPO / "site").parts
    }
    assert shell == own | {"mkdocs.yml"}
    assert {"kvalitet/init/mall/gitlab-ci.yml", "kvalitet/init/mall/README.md"} <= names
