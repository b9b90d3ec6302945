"""What the generated CI templates promise, read from the files: the official schemas of GitLab CI and
GitHub Actions (check-jsonschema's built-in copies, pinned in requirements-oracle.lock), the least
permissions, caches keyed on requirements.txt, and never the tool's own tests or scripts."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from kvalitet.cli import main
from tests.helpers import REPO
from tests.init.ci_jobs import load

CHECK_JSONSCHEMA = REPO / ".venv-oracle" / "bin" / "check-jsonschema"
GITLAB_SCHEMA = "vendor.gitlab-ci"
GITHUB_SCHEMA = "vendor.github-workflows"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kommun") / "ärenden"
    assert main(["init", str(root), "--år", "2026"]) == 0
    return root


def _check(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CHECK_JSONSCHEMA, "--builtin-schema", schema, *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_official_schemas_accept_the_generated_and_the_own_templates(repo: Path) -> None:
    gitlab = _check(GITLAB_SCHEMA, repo / ".gitlab-ci.yml", REPO / ".gitlab-ci.yml")
    assert gitlab.returncode == 0, gitlab.stdout + gitlab.stderr
    github = _check(
        GITHUB_SCHEMA,
        repo / ".github" / "workflows" / "kvalitet.yml",
        REPO / ".github" / "workflows" / "kvalitet.yml",
    )
    assert github.returncode == 0, github.stdout + github.stderr


def test_the_schema_check_finds_a_wrong_template(repo: Path, tmp_path: Path) -> None:
    """The control: the same check refuses a template with one wrong value."""
    wrong = tmp_path / ".gitlab-ci.yml"
    wrong.write_text(
        (repo / ".gitlab-ci.yml")
        .read_text(encoding="utf-8")
        .replace("interruptible: true", "interruptible: ja"),
        encoding="utf-8",
    )
    assert _check(GITLAB_SCHEMA, wrong).returncode == 1
    workflow = tmp_path / "kvalitet.yml"
    workflow.write_text(
        (repo / ".github" / "workflows" / "kvalitet.yml")
        .read_text(encoding="utf-8")
        .replace("contents: read", "contents: läsa", 1),
        encoding="utf-8",
    )
    assert _check(GITHUB_SCHEMA, workflow).returncode == 1


def _checkouts(job: dict[str, Any]) -> bool:
    return any("actions/checkout" in step.get("uses", "") for step in job["steps"])


def test_github_least_permissions_a_pip_cache_on_the_lock_and_one_pages_deploy_at_a_time(repo: Path) -> None:
    workflow = load(repo / ".github" / "workflows" / "kvalitet.yml")
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    for name, job in jobs.items():
        if _checkouts(job):
            assert job["permissions"] == {"contents": "read"}, name
            caches = [step for step in job["steps"] if "actions/cache" in step.get("uses", "")]
            assert len(caches) == 1 and ".cache/pip" in caches[0]["with"]["path"], name
            assert "${{ hashFiles('requirements.txt') }}" in caches[0]["with"]["key"], name
            assert all(
                step["with"]["fetch-depth"] == 0
                for step in job["steps"]
                if "checkout" in step.get("uses", "")
            )
    publish = jobs["publicera"]
    assert not _checkouts(publish)
    assert publish["permissions"] == {"pages": "write", "id-token": "write"}
    assert publish["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert workflow["env"]["PIP_CACHE_DIR"] == ".cache/pip"


def test_this_repository_s_own_publish_job_can_check_out_a_private_repository() -> None:
    workflow = load(REPO / ".github" / "workflows" / "kvalitet.yml")
    for job in workflow["jobs"].values():
        if _checkouts(job) and "permissions" in job:
            assert job["permissions"].get("contents") == "read"


def test_gitlab_interruptible_with_a_cache_on_the_lock(repo: Path) -> None:
    config = load(repo / ".gitlab-ci.yml")
    assert config["default"]["interruptible"] is True
    assert config["cache"]["key"] == {"files": ["requirements.txt"]}
    assert config["variables"]["GIT_DEPTH"] == "0"
    assert config["pages"]["interruptible"] is False
    assert config["pages"]["artifacts"]["paths"] == ["public"]
    assert config["pages"]["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert config["kontrollera"]["artifacts"]["reports"]["codequality"] == "kodkvalitet.json"


@pytest.mark.parametrize(
    "path", [".gitlab-ci.yml", ".github/workflows/kvalitet.yml", ".pre-commit-config.yaml"]
)
def test_no_tool_code_tests_or_hosts_in_the_templates(repo: Path, path: str) -> None:
    text = (repo / path).read_text(encoding="utf-8")
    code = re.sub(r"#.*", "", text)
    for word in ("scripts/", "pytest", "testa.sh", "installera.sh", "--intern", ".venv/"):
        assert word not in code, word
    assert set(re.findall(r"https?://([^/\s\"']+)", text)) == set()


def test_the_tool_is_installed_only_from_requirements_txt(repo: Path) -> None:
    """Every pip install in both templates installs requirements.txt, and nothing else."""
    for path in (".gitlab-ci.yml", ".github/workflows/kvalitet.yml"):
        text = (repo / path).read_text(encoding="utf-8")
        installs = re.findall(r"pip install (.*)", text)
        assert installs and all(line.strip() == "--quiet -r requirements.txt" for line in installs), path
