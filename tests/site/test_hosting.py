"""The built site as a host serves it, in a sub-folder, in real headless Chromium at 390 × 844 (phone),
820 × 1180 (tablet) and 1280 × 900 (laptop): the 404 page at any depth, the version selector and its
banner, the header on a phone, the search, and the house style of every page.

A versioned site (`kvalitet bygg --versioner`: senaste/ and an approved 2025/) is built from a git copy
of the demo records and copied to <tmp>/x/projekt/, which kvalitet.site.hostcheck serves as GitLab and
GitHub project Pages do (a missing address gets projekt/404.html, status 404).

Set KVALITET_SCREENSHOTS=FOLDER to keep the screenshots (default: pytest's tmp folder).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from kvalitet.site import hostcheck
from kvalitet.site.browsercheck import CHROMIUM, CHROMIUM_ARGS
from tests.helpers import BUILD_TIME, REPO, git

WIDTHS = ((390, 844), (820, 1180), (1280, 900))
FOLDER = "/projekt/"
APPROVED = "2025"
APPROVED_TITLE = "Kvalitetsberättelse 2025, fastställd 18 mars 2026"
NOT_FOUND = (
    "finns-inte.html",
    "enheter/finns-inte.html",
    "2025/enheter/a/b/finns-inte.html",
    "senaste/x.html",
)
STAFF_ONLY = ("arbetsgang.html", "postformat.html")
FOOTER = re.compile(
    r'<p class="kv-dataversion">Uppgifter till och med \d{1,2} \w+ \d{4} · version [0-9a-f]{7,40}</p>'
)


@dataclass(frozen=True, slots=True)
class Hosted:
    root: Path
    """The served folder; the site is in root/projekt."""
    site: Path


def screenshot_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    chosen = os.environ.get("KVALITET_SCREENSHOTS")
    folder = Path(chosen) / "hosting" if chosen else tmp_path_factory.mktemp("skarmbilder")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return screenshot_folder(tmp_path_factory)


@pytest.fixture(scope="module")
def hosted(tmp_path_factory: pytest.TempPathFactory) -> Hosted:
    """The versioned site of a git copy of the demo, the 2025 report approved at its first commit."""
    from kvalitet.site.build import BuildOptions
    from kvalitet.site.versions import build_versions

    project = tmp_path_factory.mktemp("hosting") / "projekt"
    shutil.copytree(REPO / "records", project / "records")
    shutil.copytree(REPO / "site", project / "site")
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    approvals = project / "site" / "berattelse" / "faststallda.yaml"
    approvals.unlink(missing_ok=True)
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Ärenden")
    commit = git(project, "rev-parse", "HEAD")
    approvals.write_text(
        f'fastställda:\n  - berättelse: "{APPROVED}"\n    datum: 2026-03-18\n    paragraf: § 43\n'
        f"    commit: {commit}\n",
        encoding="utf-8",
    )
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Beslutet")
    out = project.parent / "public"
    options = BuildOptions(
        records=project / "records",
        out=out,
        project=project,
        now=BUILD_TIME,
        as_of=dt.date(2026, 10, 31),
        cache_dir=REPO / ".cache" / "vendor",
    )
    assert build_versions(options) == 0
    root = project.parent / "x"
    shutil.copytree(out, root / FOLDER.strip("/"))
    return Hosted(root, root / FOLDER.strip("/"))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS), headless=True
        )
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def url(hosted: Hosted) -> Iterator[str]:
    with hostcheck.serve_pages(hosted.root, FOLDER) as base:
        yield base


def _page(browser: Any, size: tuple[int, int]) -> Any:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale="sv-SE")
    context.set_default_timeout(20_000)
    return context.new_page()


def test_no_link_asset_or_figure_is_missing_or_root_absolute(
    hosted: Hosted, demo_site_internal: Path
) -> None:
    assert hostcheck.broken_links(hosted.site) == []
    assert hostcheck.broken_links(demo_site_internal) == []


def test_the_link_check_finds_a_broken_and_a_root_absolute_link(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b.html").write_text(
        '<a href="../index.html">x</a><a href="/c.html">y</a><img src="saknas.png"><a href="#top">z</a>',
        encoding="utf-8",
    )
    (tmp_path / "index.html").write_text('<a href="a/b.html#x">x</a>', encoding="utf-8")
    assert hostcheck.broken_links(tmp_path) == ["a/b.html: /c.html", "a/b.html: saknas.png"]


@pytest.mark.parametrize("size", WIDTHS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_404_page_works_at_any_depth_in_a_sub_folder(
    browser: Any, url: str, size: tuple[int, int], shots: Path
) -> None:
    page = _page(browser, size)
    failed: list[str] = []
    page.on(
        "response",
        lambda response: failed.append(response.url) if response.status >= 400 else None,
    )
    for path in NOT_FOUND:
        failed.clear()
        response = page.goto(url + path, wait_until="networkidle")
        assert response is not None and response.status == 404
        found = page.evaluate(
            """() => ({
                h1: document.querySelector('h1').textContent,
                lang: document.documentElement.lang,
                links: Array.from(document.querySelectorAll('.kv-notfound a')).map((a) => a.href),
                header: getComputedStyle(document.querySelector('.md-header')).position,
                styles: document.styleSheets.length,
                nav: Array.from(document.querySelectorAll('.md-nav--primary a.md-nav__link[href]'))
                    .slice(0, 3).map((a) => a.href),
            })"""
        )
        assert found["h1"] == "Sidan finns inte" and found["lang"] == "sv"
        assert found["links"] == [f"{url}senaste/index.html", f"{url}senaste/index.html?q="]
        assert found["header"] == "sticky" and found["styles"] >= 4, "the stylesheets were loaded"
        assert found["nav"] and all(link.startswith(url + "senaste/") for link in found["nav"])
        # Only the page itself and the look-ups for versions.json on the way up answer 404.
        assert [item for item in failed if not item.endswith(("/versions.json", path))] == []
    page.screenshot(path=str(shots / f"404-{size[0]}.png"))
    page.click(".kv-notfound a >> nth=1")
    page.wait_for_selector(".md-search-result__meta")
    assert page.evaluate("() => document.getElementById('__search').checked") is True
    page.context.close()


def test_a_plain_build_s_404_finds_its_own_root(browser: Any, hosted: Hosted, tmp_path: Path) -> None:
    """Unversioned: the build's own 404.html, in a sub-folder two levels down."""
    shutil.copytree(hosted.site / "senaste", tmp_path / "a" / "b")
    with hostcheck.serve_pages(tmp_path, "/a/b/") as base:
        page = _page(browser, WIDTHS[2])
        response = page.goto(base + "enheter/saknas/sida.html", wait_until="networkidle")
        assert response is not None and response.status == 404
        links = page.evaluate(
            "() => Array.from(document.querySelectorAll('.kv-notfound a')).map((a) => a.href)"
        )
        assert links == [f"{base}index.html", f"{base}index.html?q="]
        page.context.close()


def test_the_versioned_root_has_a_swedish_404(hosted: Hosted) -> None:
    html = (hosted.site / "404.html").read_text(encoding="utf-8")
    assert 'data-probe="versions.json" data-into="senaste/"' in html
    assert "<h1>Sidan finns inte</h1>" in html and '<html lang="sv"' in html


def test_the_selector_lists_the_approved_report_by_its_name(hosted: Hosted) -> None:
    versions = json.loads((hosted.site / "versions.json").read_text(encoding="utf-8"))
    assert versions == [
        {"version": "senaste", "title": "Senaste uppgifterna (inte fastställda)", "aliases": []},
        {
            "version": APPROVED,
            "title": APPROVED_TITLE,
            "aliases": [],
            "properties": {"page": f"kvalitetsberattelse/{APPROVED}.html"},
        },
    ]


def _choose(page: Any, index: int) -> None:
    page.wait_for_selector(".md-version__link", state="attached")
    with page.expect_navigation():
        page.evaluate(f"document.querySelectorAll('a.md-version__link')[{index}].click()")
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("size", WIDTHS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_choosing_a_version_opens_the_same_page_or_the_report(
    browser: Any, url: str, size: tuple[int, int], shots: Path
) -> None:
    page = _page(browser, size)
    page.goto(url + "senaste/enheter/hemtjanst-norr.html", wait_until="networkidle")
    assert page.is_hidden("[data-md-component=outdated]")
    _choose(page, 1)
    assert page.url == f"{url}{APPROVED}/enheter/hemtjanst-norr.html"
    banner = page.locator("[data-md-component=outdated]")
    assert banner.is_visible()
    assert banner.inner_text().startswith("Du läser en äldre version")
    page.screenshot(path=str(shots / f"aldre-version-{size[0]}.png"))
    with page.expect_navigation():
        page.evaluate("document.querySelector('a.kv-newest').click()")
    assert page.url == f"{url}senaste/enheter/hemtjanst-norr.html"
    page.goto(url + "senaste/index.html", wait_until="networkidle")
    _choose(page, 1)
    assert page.url == f"{url}{APPROVED}/kvalitetsberattelse/{APPROVED}.html"
    page.goto(url + f"{APPROVED}/index.html", wait_until="networkidle")
    _choose(page, 0)
    assert page.url == f"{url}senaste/index.html"
    page.context.close()


HEADER = """() => {
    const box = (selector) => {
        const element = document.querySelector(selector);
        if (!element || element.getClientRects().length === 0) return null;
        const r = element.getBoundingClientRect();
        return r.width > 0 ? [r.left, r.top, r.right, r.bottom] : null;
    };
    return {
        name: box('.md-header__topic:first-child > .md-ellipsis'),
        version: box('.md-version__current'),
        search: box('label.md-header__button[for="__search"]') || box('.md-search__form'),
        width: document.documentElement.clientWidth,
        label: document.querySelector('.md-version__current').getAttribute('aria-label'),
    };
}"""


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


@pytest.mark.parametrize("size", WIDTHS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_header_fits_with_the_long_version_name(
    browser: Any, url: str, size: tuple[int, int], shots: Path
) -> None:
    page = _page(browser, size)
    page.goto(url + f"{APPROVED}/trender.html", wait_until="networkidle")
    page.wait_for_selector(".md-version__current")
    found = page.evaluate(HEADER)
    assert found["label"] == f"{APPROVED_TITLE} – välj version"
    assert found["name"] and found["version"] and found["search"], found
    assert not _overlap(found["name"], found["version"]), found
    assert not _overlap(found["version"], found["search"]), found
    assert found["version"][2] <= found["width"], found
    page.screenshot(path=str(shots / f"sidhuvud-{size[0]}.png"), clip=_top(size))
    page.context.close()


def _top(size: tuple[int, int]) -> dict[str, float]:
    return {"x": 0, "y": 0, "width": size[0], "height": 200}


def _search(page: Any, url: str, query: str) -> list[str]:
    page.goto(url + "senaste/index.html?q=" + quote(query), wait_until="networkidle")
    page.wait_for_function(
        "() => { const meta = document.querySelector('.md-search-result__meta');"
        " return meta && !/Initialiserar/.test(meta.textContent); }"
    )
    titles: list[str] = page.evaluate(
        "() => Array.from(document.querySelectorAll('.md-search-result__item > a h1'))"
        ".map((h) => h.textContent.trim())"
    )
    return titles


def test_search_ranks_the_newest_report_first_and_folds_swedish_letters(
    browser: Any, url: str, shots: Path
) -> None:
    page = _page(browser, WIDTHS[2])
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    for year in (2025, 2024):
        titles = _search(page, url, f"kvalitetsberättelse {year}")
        reports = [title for title in titles if re.fullmatch(r"Kvalitetsberättelse \d{4}", title)]
        assert reports[0] == f"Kvalitetsberättelse {year}", titles
    assert reports.index("Kvalitetsberättelse 2025") < reports.index("Kvalitetsberättelse 2021")
    folded = _search(page, url, "klagomal")
    assert len(folded) >= 5 and folded == _search(page, url, "klagomål")
    assert folded[0] == "Klagomål och synpunkter", folded
    text = page.inner_text(".md-search-result")
    assert "klagomål" in text.lower()
    page.screenshot(path=str(shots / "sok-klagomal-1280.png"))
    assert _search(page, url, "forvaltning") == _search(page, url, "förvaltning")
    assert errors == []
    assert "Delårsrapport januari–april 2023" in _search(page, url, "2023")  # numbers are words
    page.context.close()


def test_tables_are_not_in_the_search_index(hosted: Hosted) -> None:
    index = json.loads((hosted.site / "senaste" / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts = [doc["text"] for doc in index["docs"]]
    assert texts and not any("Ladda ner tabellen" in text or "Visa tabellen" in text for text in texts)
    reports = {doc["location"]: doc.get("boost") for doc in index["docs"] if "#" not in doc["location"]}
    assert reports["kvalitetsberattelse/2025.html"] > reports["kvalitetsberattelse/2021.html"]


def _pages(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("*.html") if "vendor" not in path.parts)


def _visible_text(html: str) -> str:
    for pattern in (r"<script.*?</script>", r"<style.*?</style>", r"<pre.*?</pre>", r"<code.*?</code>"):
        html = re.sub(pattern, " ", html, flags=re.DOTALL)
    return re.sub(r"<[^>]+>", "\n", html)


@pytest.mark.parametrize("build", ["public", "internal"])
def test_every_page_keeps_the_house_style(build: str, hosted: Hosted, demo_site_internal: Path) -> None:
    """One footer line, a meta description, Swedish names for the navigation and the search dialog,
    the minus sign, and the staff-only pages in the internal build only."""
    site = hosted.site / "senaste" if build == "public" else demo_site_internal
    pages = _pages(site)
    assert len(pages) > 30
    for path in pages:
        html = path.read_text(encoding="utf-8")
        name = path.relative_to(site).as_posix()
        assert len(FOOTER.findall(html)) == 1, name
        description = re.search(r'<meta name="description" content="([^"]+)">', html)
        assert name == "404.html" or (description and len(description.group(1)) > 20), name
        assert 'aria-label="Navigation"' not in html and 'aria-label="Huvudmeny"' in html, name
        assert 'role="dialog" aria-label="Sök på webbplatsen"' in html, name
        assert re.search(r"(?:^|[\s>(])-\d", _visible_text(html), flags=re.MULTILINE) is None, name
        # An approved report is shown as the nämnd approved it (its archived tables), not restyled.
        captions = [] if "kv-approved" in html else re.findall(r"<caption>(.*?)</caption>", html, re.DOTALL)
        for caption in captions:
            if re.search(r"\bandel\b", caption, flags=re.IGNORECASE):
                assert "procent" in caption or "%" in caption, (name, caption)
        for staff in STAFF_ONLY:
            assert (f'href="{staff}"' in html or f'/{staff}"' in html) == (build == "internal"), (name, staff)
    for staff in STAFF_ONLY:
        assert (site / staff).is_file() == (build == "internal")


def test_the_overview_gives_the_actions_with_their_denominator(hosted: Hosted) -> None:
    html = (hosted.site / "senaste" / "index.html").read_text(encoding="utf-8")
    found = re.search(r"inte har det: (\d+) av (\d+) \((\d+)\u00a0%\)\.", html)
    assert found, "the sentence on actions not followed up"
    part, whole, share = (int(value) for value in found.groups())
    assert 0 < part <= whole and share == round(100 * part / whole)
