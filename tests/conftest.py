"""Shared fixtures: a copy of the small records root, and the demo site built once per test run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import BASE, REPO, build_site


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """A copy of the small valid records root in tests/cases/base."""
    root = tmp_path / "records"
    shutil.copytree(BASE, root)
    return root


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The public site built from the committed demo records."""
    out = tmp_path_factory.mktemp("bygg") / "public"
    assert build_site(REPO / "records", out) == 0
    return out


@pytest.fixture(scope="session")
def demo_site_internal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The internal site (single cases) built from the committed demo records."""
    out = tmp_path_factory.mktemp("bygg-intern") / "public-intern"
    assert build_site(REPO / "records", out, internal=True) == 0
    return out
