"""The site shell for real: mkdocs build --strict, then every page in headless Chromium with axe-core.

A small versioned site (one version folder, versions.json at the root) is built twice from a copy of
the shell in site/ (overrides, stylesheets, javascripts) and sample pages written here: once public,
once internal (`extra.intern: true`). The sample Översikt page has a bar chart and a heat map in the
generator's element contract (see kvalitet.site.browsercheck), each followed by its table.

Set KVALITET_SCREENSHOTS=FOLDER to keep the screenshots of every page (default: pytest's tmp folder).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import plotly.graph_objects as go  # type: ignore[import-untyped]
import pytest
import yaml

from kvalitet.errors import KvalitetError
from kvalitet.render import chartstyle
from kvalitet.site import assets, browsercheck
from kvalitet.site import shell_hook as shell
from tests.helpers import REPO

VERSION = "2024"
BANNER = "Intern version för kvalitetsarbetet – får inte publiceras"
NOINDEX = '<meta name="robots" content="noindex, nofollow">'
DATAVERSION = {
    "Dataversion (commit)": "3f2a9c1e0b",
    "Commitdatum": "2025-01-31 14:05",
    "Byggd": "2025-02-01 08:00",
    "Antal ärenden": "1 234",
}
CACHE = REPO / ".cache" / "vendor"
FIRST_VIEW_LIMIT = 1_000_000
FURTHER_PAGE_LIMIT = 150_000
# Third-party URLs that the vendor code carries but that this site never reaches: plotly.js's default
# topojsonURL (geo maps only, not in the cartesian bundle); in Material's bundle, a ResizeObserver
# polyfill (the override defines a stand-in first: see the old-browser test) and mermaid (loaded only
# for mermaid diagrams, which this configuration never produces: see the check for "mermaid").
DORMANT_URLS: dict[tuple[str, ...], tuple[str, ...]] = {
    ("assets", "vendor"): ("https://cdn.plot.ly/un/",),
    ("assets", "javascripts"): (
        "https://unpkg.com/resize-observer-polyfill",
        "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
    ),
}
EXTERNAL = re.compile(r"fonts\.googleapis|fonts\.gstatic|\bcdn[.\w-]*\.|jsdelivr|unpkg|cdnjs", re.IGNORECASE)

PROBE = """() => {
    const plots = Array.from(document.querySelectorAll('.kv-plot'));
    const banner = document.querySelector('.kv-intern');
    const version = document.querySelector('.md-version__current');
    return {
        configs: plots.map((element) => {
            const context = element._context || {};
            return {
                id: element.id,
                state: element.dataset.kvState,
                displaylogo: context.displaylogo,
                showSendToCloud: context.showSendToCloud,
                plotlyServerURL: context.plotlyServerURL,
                locale: context.locale,
                responsive: context.responsive,
                separators: element._fullLayout ? element._fullLayout.separators : null,
                buttons: Array.from(element.querySelectorAll('.modebar-btn')).map(
                    (button) => button.getAttribute('data-title') + '|' + button.className),
                displayModeBar: context.displayModeBar,
                download: element.closest('figure')?.querySelector('button.kv-download-image')
                    ?.textContent ?? null,
            };
        }),
        bannerVisible: banner !== null && banner.getBoundingClientRect().height > 0,
        footer: Array.from(document.querySelectorAll('.kv-dataversion > div')).map(
            (item) => [item.querySelector('dt').textContent, item.querySelector('dd').textContent]),
        version: version ? version.textContent.trim() : null,
        versionLabel: version ? version.getAttribute('aria-label') : null,
    };
}"""


def bar_figure() -> dict[str, Any]:
    years = ["2022", "2023", "2024"]
    groups = {
        "SoL och LSS": [37, 40, 93],
        "HSL": [21, 25, 30],
        "I samverkan": [4, 6, 9],
    }
    data = [
        {
            "type": "bar",
            "name": name,
            "x": years,
            "y": values,
            "text": values,
            "textposition": "outside",
            "hovertemplate": "%{x}: %{y:,d} avvikelser<extra>" + name + "</extra>",
        }
        for name, values in groups.items()
    ]
    layout = {"barmode": "group", "yaxis": {"title": {"text": "Antal avvikelser"}}, "height": 380}
    return chartstyle.figure(data, layout)


def heatmap_figure() -> dict[str, Any]:
    counts = [[12, 9, 4, 1], [8, 11, 6, 2], [3, 5, 7, 3], [1, 2, 2, 1]]
    data = [
        {
            "type": "heatmap",
            "x": ["1 Mycket liten", "2 Liten", "3 Stor", "4 Mycket stor"],
            "y": ["1 Ringa", "2 Måttlig", "3 Betydande", "4 Katastrofal"],
            "z": counts,
            "texttemplate": "%{z}",
            "hovertemplate": "Sannolikhet %{x}, allvarlighetsgrad %{y}: %{z} ärenden<extra></extra>",
            "colorbar": {"title": {"text": "Ärenden"}},
        }
    ]
    layout = {
        "xaxis": {"title": {"text": "Sannolikhet"}, "showgrid": False},
        "yaxis": {"title": {"text": "Allvarlighetsgrad"}, "showgrid": False},
        "height": 400,
    }
    return chartstyle.figure(data, layout)


def table_html(table_id: str, caption: str, head: list[str], rows: list[list[str]]) -> str:
    header = "".join(f'<th scope="col">{cell}</th>' for cell in head)
    body = "\n".join(
        f'<tr><th scope="row">{row[0]}</th>' + "".join(f"<td>{cell}</td>" for cell in row[1:]) + "</tr>"
        for row in rows
    )
    return (
        f'<div class="kv-table" id="tabell-{table_id}">\n<table>\n<caption>{caption}</caption>\n'
        f"<thead><tr>{header}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>\n</div>"
    )


def chart_block(chart_id: str, label: str, caption: str, table: str) -> str:
    return (
        f'<figure class="kv-chart">\n<div class="kv-plot" id="kv-{chart_id}" '
        f'data-figure="figurer/{chart_id}.json" role="img" aria-label="{label}"></div>\n'
        f"<figcaption>{caption}</figcaption>\n</figure>\n\n"
        f"<details><summary>Visa tabellen</summary>\n{table}\n</details>\n"
    )


OVERVIEW = (
    "# Översikt\n\n"
    "Antalet rapporterade avvikelser ökade 2024. Det betyder oftast att fler rapporterar, inte att fler "
    "misstag görs.\n\n"
    + chart_block(
        "avvikelser-per-ar",
        "Stapeldiagram: avvikelser per år och grupp 2022–2024. SoL och LSS ökade från 37 till 93.",
        "Avvikelser per år och grupp, 2022–2024.",
        table_html(
            "avvikelser-per-ar",
            "Avvikelser per år och grupp, 2022–2024",
            ["Grupp", "2022", "2023", "2024"],
            [["SoL och LSS", "37", "40", "93"], ["HSL", "21", "25", "30"], ["I samverkan", "4", "6", "9"]],
        ),
    )
    + "\n## Risk\n\n"
    + chart_block(
        "riskmatris",
        "Värmekarta: ärenden efter sannolikhet och allvarlighetsgrad. Flest har låg risk.",
        "Ärenden efter sannolikhet och allvarlighetsgrad, 2024.",
        table_html(
            "riskmatris",
            "Ärenden efter allvarlighetsgrad (rader) och sannolikhet (kolumner), 2024",
            ["Allvarlighetsgrad", "1 Mycket liten", "2 Liten", "3 Stor", "4 Mycket stor"],
            [
                ["1 Ringa", "12", "9", "4", "1"],
                ["2 Måttlig", "8", "11", "6", "2"],
                ["3 Betydande", "3", "5", "7", "3"],
                ["4 Katastrofal", "1", "2", "2", "1"],
            ],
        ),
    )
    + '\n!!! note "Om siffrorna"\n\n    Ett ärende kan ha flera kategorier.\n'
)
ABOUT = (
    "# Om statistiken\n\nSiffrorna räknas fram ur ärendena. [Tillbaka till översikten](index.md), "
    "[tabellen över risk](index.md#tabell-riskmatris).\n\n"
    "## Klagomål under utredning\n\nEtt klagomål som är under utredning räknas som öppet.\n"
)


@dataclass(frozen=True)
class BuiltSite:
    root: Path
    """Served folder: versions.json and one folder per version."""
    site: Path
    """The version folder (the MkDocs site)."""
    result: browsercheck.SiteResult
    intern: bool


def write_docs(docs: Path) -> None:
    for part in ("overrides", "stylesheets", "javascripts", "assets"):
        shutil.copytree(REPO / "site" / part, docs / part)
    (docs / "index.md").write_text(OVERVIEW, encoding="utf-8")
    (docs / "om.md").write_text(ABOUT, encoding="utf-8")
    figures = docs / "figurer"
    figures.mkdir()
    for name, figure in (("avvikelser-per-ar", bar_figure()), ("riskmatris", heatmap_figure())):
        go.Figure(figure)  # plotly's own validation: raises on any unknown or wrong property
        (figures / f"{name}.json").write_text(json.dumps(figure, ensure_ascii=False), encoding="utf-8")


def build(folder: Path, *, intern: bool) -> tuple[Path, Path]:
    docs = folder / "docs"
    write_docs(docs)
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(docs)
    config["theme"]["custom_dir"] = str(docs / "overrides")
    config["nav"] = [{"Översikt": "index.md"}, {"Om statistiken": "om.md"}]
    config["hooks"] = [shell.__file__]
    config["extra"].update(
        {"intern": intern, "dataversion": DATAVERSION, "version": {"provider": "mike", "default": "senaste"}}
    )
    config_file = folder / "mkdocs.yml"
    config_file.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    root = folder / "root"
    site = root / VERSION
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--quiet",
            "-f",
            str(config_file),
            "-d",
            str(site),
        ],
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    versions = [
        {"version": VERSION, "title": VERSION, "aliases": ["senaste"]},
        {"version": "2023", "title": "2023", "aliases": []},
    ]
    (root / "versions.json").write_text(json.dumps(versions), encoding="utf-8")
    assets.install_into(site, CACHE)
    return root, site


def screenshot_dir(fallback: Path, name: str) -> Path:
    chosen = os.environ.get("KVALITET_SCREENSHOTS")
    return (Path(chosen) if chosen else fallback) / name


@pytest.fixture(scope="module")
def axe_source() -> str:
    return assets.fetch(CACHE)["axe-core"].read_text(encoding="utf-8")


def _built(factory: pytest.TempPathFactory, axe_source: str, *, intern: bool) -> BuiltSite:
    name = "intern" if intern else "publik"
    folder = factory.mktemp(f"site-{name}")
    root, site = build(folder, intern=intern)
    result = browsercheck.check_site(
        root, axe_source=axe_source, probe=PROBE, screenshot_dir=screenshot_dir(folder, name)
    )
    return BuiltSite(root, site, result, intern)


@pytest.fixture(scope="module")
def public_site(tmp_path_factory: pytest.TempPathFactory, axe_source: str) -> BuiltSite:
    return _built(tmp_path_factory, axe_source, intern=False)


@pytest.fixture(scope="module")
def intern_site(tmp_path_factory: pytest.TempPathFactory, axe_source: str) -> BuiltSite:
    return _built(tmp_path_factory, axe_source, intern=True)


@pytest.fixture(params=["public", "intern"])
def any_site(request: pytest.FixtureRequest) -> BuiltSite:
    built: BuiltSite = request.getfixturevalue(f"{request.param}_site")
    return built


def overview(built: BuiltSite) -> browsercheck.PageResult:
    return built.result.page(f"{VERSION}/index.html")


# --- the browser check -----------------------------------------------------------------------------


def test_every_page_is_in_order(any_site: BuiltSite) -> None:
    assert [page.path for page in any_site.result.pages] == [f"{VERSION}/index.html", f"{VERSION}/om.html"]
    assert any_site.result.ok, any_site.result.report()


def test_no_request_leaves_the_site(any_site: BuiltSite) -> None:
    for page in any_site.result.pages:
        assert page.external_requests == [], page.path
        assert page.failed_requests == [], page.path
        assert page.console_errors == [] and page.page_errors == [], page.path


def test_pages_are_swedish(any_site: BuiltSite) -> None:
    assert {page.lang for page in any_site.result.pages} == {"sv"}


def test_both_charts_render(any_site: BuiltSite) -> None:
    page = overview(any_site)
    assert (page.plots, page.plots_rendered) == (2, 2)
    assert [item["state"] for item in page.probe["configs"]] == ["rendered", "rendered"]


def test_no_serious_or_critical_accessibility_violation(any_site: BuiltSite) -> None:
    for page in any_site.result.pages:
        assert page.blocking_violations == [], page.problems()


def test_plotly_config_has_no_logo_no_cloud_and_swedish_locale(public_site: BuiltSite) -> None:
    for config in overview(public_site).probe["configs"]:
        assert config["displaylogo"] is False
        assert config["showSendToCloud"] is False
        assert config["plotlyServerURL"] == ""
        assert config["locale"] == "sv"
        assert config["responsive"] is True
        assert config["separators"] == chartstyle.SEPARATORS
        # No mode bar (it covered the first bar on touch screens): one plain download button instead.
        assert config["displayModeBar"] is False
        assert config["buttons"] == []
        assert config["download"] == "Ladda ner bild"


def test_version_selector_and_data_version_are_shown(any_site: BuiltSite) -> None:
    probe = overview(any_site).probe
    assert probe["version"] == VERSION
    assert probe["footer"] == [[label, value] for label, value in DATAVERSION.items()]


# --- internal build: banner and noindex --------------------------------------------------------------


def built_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_internal_build_has_banner_and_noindex_on_every_page(intern_site: BuiltSite) -> None:
    for path in built_pages(intern_site.site):
        text = path.read_text(encoding="utf-8")
        assert NOINDEX in text, path
        assert BANNER in text, path
    assert overview(intern_site).probe["bannerVisible"] is True


def test_public_build_has_neither(public_site: BuiltSite) -> None:
    for path in built_pages(public_site.site):
        text = path.read_text(encoding="utf-8")
        assert "noindex" not in text, path
        assert BANNER not in text and "kv-intern" not in text, path
        # The announce banner (Material's md-banner) is not there; the older-version banner
        # (md-banner--warning, hidden unless this is an older version) may be.
        assert '<aside class="md-banner">' not in text, path
    assert overview(public_site).probe["bannerVisible"] is False


# --- the built files ---------------------------------------------------------------------------------


def test_no_third_party_host_in_any_built_file(any_site: BuiltSite) -> None:
    for path in any_site.site.rglob("*"):
        if not path.is_file() or path.suffix == ".gz" or path.suffix == ".map":
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        for known in DORMANT_URLS.get(path.relative_to(any_site.site).parts[:2], ()):
            text = text.replace(known, "")
        assert EXTERNAL.search(text) is None, f"{path}: {EXTERNAL.search(text)}"
    for path in built_pages(any_site.site):
        assert "mermaid" not in path.read_text(encoding="utf-8"), path


def test_old_browser_without_resize_observer_fetches_nothing_from_elsewhere(
    public_site: BuiltSite, axe_source: str
) -> None:
    result = browsercheck.check_site(
        public_site.root,
        axe_source=axe_source,
        pages=[f"{VERSION}/index.html"],
        init_script="delete window.ResizeObserver;",
    )
    page = result.pages[0]
    assert page.external_requests == []
    assert page.console_errors == [] and page.page_errors == []
    assert page.plots_rendered == 2


def test_search_is_swedish_without_stemmer(public_site: BuiltSite) -> None:
    index = json.loads((public_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["sv"]
    assert index["config"]["pipeline"] == ["trimmer"]


def test_vendor_files_are_the_pinned_ones(public_site: BuiltSite) -> None:
    vendor = public_site.site / assets.SITE_VENDOR_DIR
    assert sorted(path.name for path in vendor.iterdir()) == [
        "plotly-cartesian.min.js",
        "plotly-locale-sv.js",
    ]
    html = (public_site.site / "index.html").read_text(encoding="utf-8")
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts[-3:] == [
        "assets/vendor/plotly-cartesian.min.js",
        "assets/vendor/plotly-locale-sv.js",
        "javascripts/kvalitet-charts.js",
    ]


def test_page_weight(public_site: BuiltSite, capsys: pytest.CaptureFixture[str]) -> None:
    first = overview(public_site)
    further = public_site.result.page(f"{VERSION}/om.html")
    first_weight = browsercheck.weight(public_site.root, first.resources)
    cached = set(first.resources)
    further_weight = browsercheck.weight(public_site.root, [r for r in further.resources if r not in cached])
    with capsys.disabled():
        print(
            f"\nSidvikt, gzip: Översikt första visning {first_weight.gzip_bytes} byte "
            f"({first_weight.files} filer, {first_weight.raw_bytes} okomprimerat); "
            f"Om statistiken därefter {further_weight.gzip_bytes} byte ({further_weight.files} filer)"
        )
    assert first_weight.gzip_bytes <= FIRST_VIEW_LIMIT
    assert further_weight.gzip_bytes <= FURTHER_PAGE_LIMIT


# --- assets and chart style, without a browser ---------------------------------------------------------


def test_integrity_is_checked_in_python() -> None:
    assert assets.sri_sha512(b"") == (
        "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=="
    )
    with pytest.raises(KvalitetError, match="stämmer inte med den kontrollsumma"):
        assets.verify_tarball(assets.PLOTLY, b"not the tarball")


def test_missing_npm_is_a_swedish_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(KvalitetError, match="Programmet npm saknas"):
        assets.fetch(tmp_path)


def test_a_damaged_cache_is_fetched_again(tmp_path: Path) -> None:
    source = assets.fetch_one(assets.PLOTLY_LOCALE_SV, CACHE)
    cached = assets.cached_path(assets.PLOTLY_LOCALE_SV, tmp_path)
    cached.parent.mkdir(parents=True)
    cached.write_text("/* edited */", encoding="utf-8")
    assert assets.fetch_one(assets.PLOTLY_LOCALE_SV, tmp_path).read_bytes() == source.read_bytes()


@pytest.mark.parametrize("color", chartstyle.COLORWAY)
def test_series_colours_reach_3_to_1_on_white(color: str) -> None:
    assert chartstyle.contrast_ratio(color) >= 3.0


@pytest.mark.parametrize("color", [chartstyle.TEXT_COLOR, chartstyle.AXIS_COLOR])
def test_chart_text_reaches_4_5_to_1(color: str) -> None:
    assert chartstyle.contrast_ratio(color) >= 4.5


def test_template_is_valid_plotly() -> None:
    go.layout.Template(chartstyle.template())  # raises on any unknown or wrong property
    figure = chartstyle.figure([{"type": "bar", "x": [1], "y": [2]}], {"height": 300})
    assert figure["layout"]["template"]["layout"]["separators"] == ",\u00a0"
    assert figure["layout"]["height"] == 300
