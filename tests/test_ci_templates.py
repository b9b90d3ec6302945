"""The CI templates a municipality copies as they are: they parse, publish only the public site, run
only commands the README documents (with options the CLI accepts), and their steps pass here."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from kvalitet.cli import build_parser
from tests.helpers import REPO

GITLAB = REPO / ".gitlab-ci.yml"
GITHUB = REPO / ".github" / "workflows" / "kvalitet.yml"
README = (REPO / "README.md").read_text(encoding="utf-8")


def _gitlab() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(GITLAB.read_text(encoding="utf-8"))
    return data


def _github() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(GITHUB.read_text(encoding="utf-8"))
    return data


def _commands() -> list[str]:
    """Every shell line of both templates that runs one of our commands."""
    lines: list[str] = []
    for job in _gitlab().values():
        if isinstance(job, dict) and "script" in job:
            lines += [line for item in job["script"] for line in str(item).splitlines()]
    for job in _github()["jobs"].values():
        lines += [line for step in job["steps"] for line in str(step.get("run", "")).splitlines()]
    ours = re.compile(r"^\s*(bash scripts/|\.venv/bin/)")
    return [line.strip() for line in lines if ours.match(line)]


def test_templates_parse_and_fetch_the_whole_history() -> None:
    gitlab = _gitlab()
    assert gitlab["variables"]["GIT_DEPTH"] == "0"
    assert set(gitlab["stages"]) == {"kontroll", "publicering"}
    github = _github()
    checkouts = [
        step for job in github["jobs"].values() for step in job["steps"] if "checkout" in step.get("uses", "")
    ]
    assert checkouts and all(step["with"]["fetch-depth"] == 0 for step in checkouts)


def test_only_the_default_branch_publishes_and_never_the_internal_site() -> None:
    pages = _gitlab()["pages"]
    assert pages["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert pages["artifacts"]["paths"] == ["public"]
    publish = _github()["jobs"]["publicera"]
    assert publish["if"] == "github.event_name == 'push' && github.ref == 'refs/heads/main'"
    for text in (GITLAB.read_text(encoding="utf-8"), GITHUB.read_text(encoding="utf-8")):
        assert "--intern" not in re.sub(r"#.*", "", text)
        assert "public-intern" not in text


def test_the_publish_jobs_refuse_an_internal_tree_before_publishing() -> None:
    check = ".venv/bin/python -m kvalitet.site.internal public"
    script = _gitlab()["pages"]["script"]
    build = next(i for i, line in enumerate(script) if "kvalitet bygg" in line)
    assert check in script[build + 1 :]
    steps = _github()["jobs"]["publicera"]["steps"]
    upload = next(i for i, step in enumerate(steps) if "upload-pages-artifact" in step.get("uses", ""))
    assert any(step.get("run") == check for step in steps[:upload])
    built = next(i for i, step in enumerate(steps) if "kvalitet bygg" in step.get("run", ""))
    assert built < next(i for i, step in enumerate(steps) if step.get("run") == check)


def test_every_merge_request_is_checked() -> None:
    gitlab = _gitlab()
    assert {"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'} in gitlab["kontrollera"]["rules"]
    assert gitlab["kontrollera"]["artifacts"]["reports"]["codequality"] == "kodkvalitet.json"
    triggers: dict[Any, Any] = _github()
    assert "pull_request" in triggers[True]  # YAML 1.1 reads the key `on` as true


def test_every_command_is_documented_and_accepted() -> None:
    commands = _commands()
    assert len(commands) >= 10
    for line in commands:
        words = shlex.split(line.split("|")[0].split(">")[0])
        if words[0] == "bash":
            assert f"bash {words[1]}" in README, line
        elif words[0] == ".venv/bin/python":
            assert " ".join(words[:3]) in README, line
        else:
            assert words[0] == ".venv/bin/kvalitet", line
            assert f"kvalitet {words[1]}" in README, line
            arguments = [re.sub(r"\$\{?\{?[^ ]*", "abc123", word) for word in words[1:]]
            build_parser().parse_args(arguments)  # exits (SystemExit) on an unknown option


def test_review_checklist_and_codeowners_exist() -> None:
    template = (REPO / ".gitlab" / "merge_request_templates" / "Ärende.md").read_text(encoding="utf-8")
    assert "pseudonymiserade" in template and "rätt enhet" in template
    assert (REPO / ".github" / "pull_request_template.md").read_text(encoding="utf-8") == template
    owners = (REPO / "CODEOWNERS").read_text(encoding="utf-8")
    assert re.search(r"^/records/ @", owners, re.MULTILINE)


def test_the_validation_step_gives_code_quality_json() -> None:
    result = subprocess.run(
        # At the demo's last day (kvalitet demo --till): from the next quarter on, the demo's
        # unverkställda beslut lack that quarter's report to IVO and validera refuses them.
        [
            sys.executable,
            "-m",
            "kvalitet",
            "validera",
            "records",
            "--format",
            "codequality",
            "--per",
            "2026-10-31",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_the_figures_step_runs_against_a_base_commit() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kvalitet", "diff", "HEAD"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "GIT_CONFIG_GLOBAL": "/dev/null"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("## Vad ändringen gör med siffrorna")


@pytest.mark.parametrize("path", [GITLAB, GITHUB])
def test_templates_name_no_host_but_package_registries_and_the_ci_platform(path: Path) -> None:
    hosts = set(re.findall(r"https?://([^/\s\"']+)", path.read_text(encoding="utf-8")))
    assert hosts == set()


def test_the_publishing_step_builds_the_site_with_a_pdf_per_report(tmp_path: Path) -> None:
    """`kvalitet bygg records --pdf --versioner --ut public`, as the templates run it (from the repo's
    commit; the demo's 2024 report is approved, so it is a version of its own)."""
    from pypdf import PdfReader

    out = tmp_path / "public"
    result = subprocess.run(
        [sys.executable, "-m", "kvalitet", "bygg", "records", "--pdf", "--versioner", "--ut", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    versions = json.loads((out / "versions.json").read_text(encoding="utf-8"))
    assert versions == [
        {"version": "senaste", "title": "Senaste uppgifterna (inte fastställda)", "aliases": []},
        {
            "version": "2024",
            "title": "Kvalitetsberättelse 2024, fastställd 18 mars 2025",
            "aliases": [],
            "properties": {"page": "kvalitetsberattelse/2024.html"},
        },
    ]
    approved = "kvalitetsberattelse/kvalitetsberattelse-2024.pdf"
    assert (out / "senaste" / approved).read_bytes() == (out / "2024" / approved).read_bytes()
    out = out / "senaste"
    pages = sorted(path.stem for path in (out / "kvalitetsberattelse").glob("*.html") if path.stem != "index")
    pdfs = sorted(path.stem for path in (out / "kvalitetsberattelse").glob("*.pdf"))
    assert pdfs == [f"kvalitetsberattelse-{page}" for page in pages]
    reader = PdfReader(out / "kvalitetsberattelse" / "kvalitetsberattelse-2025.pdf")
    first = reader.pages[0].extract_text()
    assert "Exempelby kommun" in first and "Kvalitetsberättelse 2025" in first
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Under 2025 rapporterades 257 avvikelser enligt SoL och LSS" in text
    assert f"Sida 1 av {len(reader.pages)}" in " ".join(reader.pages[0].extract_text().split())
    html = (out / "kvalitetsberattelse" / "2025.html").read_text(encoding="utf-8")
    assert 'href="../kvalitetsberattelse/kvalitetsberattelse-2025.pdf"' in html
