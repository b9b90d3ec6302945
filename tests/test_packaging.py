"""The package as pip installs it (without -e), as the pre-commit hook of another municipality does."""

from __future__ import annotations

import tomllib

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
