"""The demo site in a real browser: every page of the public and the internal build opened in Debian's
headless Chromium (kvalitet.site.browsercheck), with axe-core's WCAG 2.1 AA rules.

Set KVALITET_SCREENSHOTS=FOLDER to keep a full-page screenshot of every page.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from kvalitet.site import assets, browsercheck
from tests.helpers import REPO, build_site, demo_records_renaming

CACHE = REPO / ".cache" / "vendor"
FIRST_VIEW_LIMIT = 1_000_000
FURTHER_PAGE_LIMIT = 150_000
CHART_PAGES = ("index.html", "avvikelser-sol-lss.html", "trender.html", "enheter/hemtjanst-norr.html")


@dataclass(frozen=True, slots=True)
class Checked:
    root: Path
    result: browsercheck.SiteResult


def _screenshots(name: str) -> Path | None:
    chosen = os.environ.get("KVALITET_SCREENSHOTS")
    return Path(chosen) / name if chosen else None


@pytest.fixture(scope="module")
def axe_source() -> str:
    return assets.fetch(CACHE)["axe-core"].read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def public(demo_site: Path, axe_source: str) -> Checked:
    return Checked(
        demo_site,
        browsercheck.check_site(demo_site, axe_source=axe_source, screenshot_dir=_screenshots("publik")),
    )


@pytest.fixture(scope="module")
def internal(demo_site_internal: Path, axe_source: str) -> Checked:
    result = browsercheck.check_site(
        demo_site_internal, axe_source=axe_source, screenshot_dir=_screenshots("intern")
    )
    return Checked(demo_site_internal, result)


@pytest.fixture(params=["public", "internal"])
def checked(request: pytest.FixtureRequest) -> Checked:
    site: Checked = request.getfixturevalue(request.param)
    return site


def test_every_page_was_opened(checked: Checked) -> None:
    assert [page.path for page in checked.result.pages] == browsercheck.html_pages(checked.root)
    assert len(checked.result.pages) >= 30


def test_no_page_has_a_problem(checked: Checked) -> None:
    """No console error, no request leaving localhost, no failed request, every chart drawn, and no
    serious or critical axe-core violation: on every page."""
    assert checked.result.ok, checked.result.report()


def test_no_request_leaves_localhost(checked: Checked) -> None:
    assert [page.external_requests for page in checked.result.pages if page.external_requests] == []


def test_charts_are_drawn(checked: Checked) -> None:
    for path in CHART_PAGES:
        page = checked.result.page(path)
        assert page.plots > 0, path
        assert page.plots_rendered == page.plots, path
    assert sum(page.plots_rendered for page in checked.result.pages) > 40


def test_every_page_is_swedish(checked: Checked) -> None:
    assert {page.lang for page in checked.result.pages} == {"sv"}


def test_page_weight(public: Checked, capsys: pytest.CaptureFixture[str]) -> None:
    first = public.result.page("index.html")
    first_weight = browsercheck.weight(public.root, first.resources)
    cached = set(first.resources)
    heaviest = max(
        (
            browsercheck.weight(public.root, [r for r in page.resources if r not in cached]).gzip_bytes,
            page.path,
        )
        for page in public.result.pages
        if page.path != "index.html"
    )
    with capsys.disabled():
        print(
            f"\nSidvikt, gzip: Översikt första visning {first_weight.gzip_bytes} byte "
            f"({first_weight.files} filer); "
            f"tyngsta sida därefter {heaviest[1]} {heaviest[0]} byte"
        )
    assert first_weight.gzip_bytes <= FIRST_VIEW_LIMIT
    assert heaviest[0] <= FURTHER_PAGE_LIMIT


def test_a_unit_name_with_markup_runs_nothing_in_the_browser(tmp_path: Path, axe_source: str) -> None:
    name = "<img src=x onerror=alert(1)><script>alert(2)</script>"
    records = demo_records_renaming(tmp_path, name)
    assert build_site(records, tmp_path / "public") == 0
    probe = """() => ({
        h1: document.querySelector('h1').textContent.trim(),
        label: document.querySelector('.kv-plot')?.getAttribute('data-kv-label') ?? null,
        images: document.querySelectorAll('article img').length,
        dialogs: window.__dialogs || 0,
    })"""
    init = "window.alert = () => { window.__dialogs = (window.__dialogs || 0) + 1; };"
    result = browsercheck.check_site(
        tmp_path / "public",
        axe_source=axe_source,
        pages=["enheter/hemtjanst-norr.html", "enheter/index.html", "avvikelser-hsl.html"],
        probe=probe,
        init_script=init,
    )
    assert result.ok, result.report()
    unit = result.page("enheter/hemtjanst-norr.html").probe
    assert unit["h1"].removesuffix("¶") == name  # ¶: the heading's permalink
    assert unit["label"] == f"Stapeldiagram: {name}, Avvikelser enligt SoL och LSS per år."
    assert unit["images"] == 0
    assert [page.probe["dialogs"] for page in result.pages] == [0, 0, 0]
