"""One wheel of this checkout, in one venv, for every test of the generated repository's CI and hook."""

from __future__ import annotations

import pytest

from tests.init.ci_jobs import Tool, install_tool


@pytest.fixture(scope="session")
def tool(tmp_path_factory: pytest.TempPathFactory) -> Tool:
    return install_tool(tmp_path_factory.mktemp("verktyg"))
