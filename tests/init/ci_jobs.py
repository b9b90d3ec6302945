"""Running the jobs of the generated CI templates here, as a runner would, for tests/init/test_templates.py.

What stands in for the runner, and nothing else:
- the tool is the wheel built from this checkout, installed in a fresh venv; its dependencies are the
  ones installed in this checkout's .venv from requirements.lock (a .pth file), and pip is told to use
  no index (PIP_NO_INDEX) and the wheel's folder (PIP_FIND_LINKS), so the template's own
  `pip install -r requirements.txt` finds the pinned kvalitet already there instead of PyPI;
- the Debian packages the jobs install with apt-get (chromium) are this machine's, so the apt-get
  lines are not run (the tests check that they are there);
- the cache (.cache/vendor) is restored from this checkout's, as a runner's cache restores it, so
  npm is not needed;
- GitHub's `uses:` steps (checkout, cache, Pages) are not run: the repository is already here.
"""

from __future__ import annotations

import os
import re
import shutil
import site
import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tests.helpers import REPO

APT = re.compile(r"^(DEBIAN_FRONTEND=\S+ )?apt-get (update|install)\b")


UNPACKAGED = (".git", ".venv", ".venv-oracle", ".cache", "records", "tests", "public", "build", "bench-out")
"""The top folders that the copy the wheel is built from leaves out (none of them goes into the wheel)."""


def _unpackaged(folder: str, names: list[str]) -> list[str]:
    if Path(folder) == REPO:
        return [name for name in names if name in UNPACKAGED]
    return [name for name in names if name == "__pycache__" or name.endswith(".egg-info")]


def _clean_env() -> dict[str, str]:
    """This process's environment without the PYTHONPATH of the tests (the worktree's scripts/)."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


@dataclass(frozen=True, slots=True)
class Tool:
    bin: Path
    wheels: Path

    def env(self, **extra: str) -> dict[str, str]:
        env = _clean_env()
        return {
            **env,
            "PATH": f"{self.bin}{os.pathsep}{env['PATH']}",
            "PIP_NO_INDEX": "1",
            "PIP_FIND_LINKS": str(self.wheels),
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
            "GIT_CONFIG_GLOBAL": "/dev/null",
            "GIT_AUTHOR_NAME": "Test",
            "GIT_AUTHOR_EMAIL": "test@invalid",
            "GIT_COMMITTER_NAME": "Test",
            "GIT_COMMITTER_EMAIL": "test@invalid",
            "CI": "true",
            **extra,
        }


def install_tool(folder: Path) -> Tool:
    """The wheel of this checkout in a new venv (see the module's docstring)."""
    wheels = folder / "wheels"
    # Built from a copy, so that the build's own files (build/, *.egg-info) never land in the checkout.
    source = folder / "kalla"
    shutil.copytree(REPO, source, ignore=_unpackaged)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--wheel-dir",
            str(wheels),
            str(source),
        ],
        check=True,
        cwd=folder,
        env=_clean_env(),
    )
    target = folder / "venv"
    venv.create(target, with_pip=True)
    bin_dir = target / "bin"
    wheel = next(wheels.glob("kvalitet-*.whl"))
    subprocess.run(
        [bin_dir / "python", "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        env=_clean_env(),
    )
    # After the wheel: .venv's own (editable) kvalitet comes after the venv's on sys.path, and its
    # finder is never loaded (the .pth files of a folder added by a .pth are not read).
    packages = next((target / "lib").glob("python3*/site-packages"))
    (packages / "kvalitet-lock.pth").write_text(site.getsitepackages()[0] + "\n", encoding="utf-8")
    return Tool(bin=bin_dir, wheels=wheels)


@dataclass(frozen=True, slots=True)
class Run:
    code: int
    output: str
    skipped: tuple[str, ...]


def run_lines(lines: list[str], cwd: Path, env: dict[str, str]) -> Run:
    """Each line in bash, stopping at the first that fails (as GitLab runs `script:`)."""
    output: list[str] = []
    skipped: list[str] = []
    for line in lines:
        if APT.match(line):
            skipped.append(line)
            continue
        result = subprocess.run(
            ["bash", "-e", "-c", line],
            cwd=cwd,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        output.append(result.stdout)
        if result.returncode != 0:
            return Run(result.returncode, "".join(output), tuple(skipped))
    return Run(0, "".join(output), tuple(skipped))


def gitlab_lines(config: dict[str, Any], job: str) -> list[str]:
    """The job's before_script (its own or that of the template it extends) and script."""
    spec = config[job]
    before = spec.get("before_script") or config.get(spec.get("extends", ""), {}).get("before_script", [])
    return [str(line) for line in [*before, *spec["script"]]]


def github_lines(config: dict[str, Any], job: str, expressions: dict[str, str]) -> list[str]:
    """The job's `run:` steps, with each `${{ … }}` of a step's env replaced by `expressions`."""
    lines: list[str] = []
    for step in config["jobs"][job]["steps"]:
        if "run" not in step:
            continue
        if (
            step.get("if") == "github.event_name == 'pull_request'"
            and expressions.get("github.event_name") != "pull_request"
        ):
            continue
        exports = ""
        for name, value in step.get("env", {}).items():
            for expression, replacement in expressions.items():
                value = value.replace("${{ " + expression + " }}", replacement)
            assert "${{" not in value, value
            exports += f"export {name}={value!r}; "
        assert "${{" not in step["run"], step["run"]
        if (
            step.get("if") == "github.event_name == 'pull_request'"
            and expressions.get("github.event_name") != "pull_request"
        ):
            continue
        lines += [exports + line for line in step["run"].splitlines() if line.strip()]
    return lines


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data
