"""The package as pip installs it (without -e), as the pre-commit hook of another municipality does."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from tests.helpers import REPO


def test_every_subpackage_is_listed_in_pyproject() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    package = REPO / "scripts" / "kvalitet"
    found = {"kvalitet"} | {
        "kvalitet." + ".".join(path.relative_to(package).parts)
        for path in package.rglob("*")
        if path.is_dir() and path.name != "__pycache__" and any(path.iterdir())
    }
    assert found | {"kvalitet.schemas", "kvalitet.shell"} == listed


def _config() -> dict[str, Any]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    return re.split(r"[=<>;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _locked() -> dict[str, str]:
    """Package name → version, and each entry's lines with its hashes, from requirements.lock."""
    text = (REPO / "requirements.lock").read_text(encoding="utf-8")
    return {
        _name(found.group(1)): found.group(0)
        for found in re.finditer(
            r"^([A-Za-z0-9_.-]+==\S+)(?: \\\n(?:    --hash=sha256:[0-9a-f]{64}(?: \\\n)?)+)", text, re.M
        )
    }


def test_core_dependencies_are_exact_and_those_of_the_lock() -> None:
    locked = _locked()
    core = _config()["project"]["dependencies"]
    for requirement in core:
        pin = requirement.split(";")[0].strip()
        assert re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][0-9A-Za-z.]*", pin), requirement
        assert locked[_name(pin)].splitlines()[0].split(" ")[0].lower().replace(
            "_", "-"
        ) == pin.lower().replace("_", "-")
    assert {_name(r) for r in core} == CORE


def test_every_locked_package_has_its_hashes() -> None:
    text = (REPO / "requirements.lock").read_text(encoding="utf-8")
    pins = re.findall(r"^[A-Za-z0-9_.-]+==", text, re.M)
    assert len(pins) == len(_locked()) > len(CORE)


def test_heavy_packages_are_extras() -> None:
    extras = _config()["project"]["optional-dependencies"]
    assert {_name(r) for r in extras["site"]} == {"mkdocs", "mkdocs-material"}
    assert {_name(r) for r in extras["import"]} == {"openpyxl"}
    assert {_name(r) for r in extras["pdf"]} == {"playwright", "pypdf"}
    assert extras["alla"] == ["kvalitet[site,pdf,import]"]


def test_validation_runs_with_the_core_alone(tmp_path: Path) -> None:
    """A fresh venv with only the core (hash-checked, from requirements.lock) and kvalitet's wheel."""
    wheels = tmp_path / "wheels"
    built = _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", wheels, REPO])
    assert built.returncode == 0, built.stdout
    env = tmp_path / "env"
    assert _run([sys.executable, "-m", "venv", env]).returncode == 0
    core = tmp_path / "core.txt"
    core.write_text("\n".join(_locked()[name] for name in sorted(CORE)) + "\n", encoding="utf-8")
    pip: list[str | Path] = [
        env / "bin" / "python",
        "-m",
        "pip",
        "install",
        "-q",
        "--disable-pip-version-check",
    ]
    installed = _run([*pip, "--require-hashes", "-r", core])
    assert installed.returncode == 0, installed.stdout
    installed = _run([*pip, "--no-deps", *wheels.glob("kvalitet-*.whl")])
    assert installed.returncode == 0, installed.stdout
    listed = _run(
        [env / "bin" / "python", "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"]
    )
    assert {_name(line) for line in listed.stdout.split()} - {"pip", "setuptools"} == CORE | {"kvalitet"}
    checked = _run([env / "bin" / "kvalitet", "validera", REPO / "records"], cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout
    assert checked.stdout.strip().endswith("filer kontrollerade: allt i ordning.")
    heavy = _run([env / "bin" / "python", "-c", "import babel"])
    assert "ModuleNotFoundError" in heavy.stdout


CORE = {
    "pyyaml",
    "jsonschema",
    "jsonschema-specifications",
    "referencing",
    "rpds-py",
    "attrs",
    "typing-extensions",
    "fastjsonschema",
}
"""What `kvalitet validera` needs, and all that the pre-commit hook installs."""


def _run(command: list[str | Path], cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    """`command` without the tests' PYTHONPATH, which would show it the kvalitet of the work tree."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
