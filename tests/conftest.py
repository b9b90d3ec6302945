"""Shared test helpers: case folders on disk and the real command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CASES = Path(__file__).parent / "cases"
BASE = CASES / "base"
REPO = Path(__file__).parent.parent


def case_ids(paths: list[Path]) -> list[str]:
    return [path.stem if path.is_file() else path.name for path in paths]


@pytest.fixture
def records(tmp_path: Path) -> Path:
    """A copy of the small valid records root in tests/cases/base."""
    root = tmp_path / "records"
    shutil.copytree(BASE, root)
    return root
