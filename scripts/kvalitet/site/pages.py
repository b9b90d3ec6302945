"""Every generated page of a build, the open-data file, and the navigation that lists them."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from kvalitet.aggregate import Aggregates
from kvalitet.annual.pages import FOLDER, INDEX, PdfVersion, Source, report_pages
from kvalitet.history.dataversion import DataVersion
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.reference import Reference
from kvalitet.render import guide_page, internal_pages, ivo_quarter, overview_page, trends_page, unit_pages
from kvalitet.render.kind_pages import KIND_PAGES, kind_pages
from kvalitet.render.page import SiteFiles, chart_source

HANDWRITTEN = (
    ("nav-statistics", "om-statistiken.md"),
    ("nav-glossary", "ordlista.md"),
    ("nav-guide", "arbetsgang.md"),
    ("nav-record-format", "postformat.md"),
    ("nav-accessibility", "tillganglighet.md"),
)
"""The staff-written pages in site/, in the order of the navigation."""
STAFF_ONLY = frozenset({"arbetsgang.md", "postformat.md"})
"""Pages for the staff who write the records (branches, commits, YAML): in the internal build only."""


def handwritten(*, internal: bool) -> tuple[tuple[str, str], ...]:
    """The staff-written pages of a build: all of them in the internal build, the public ones otherwise."""
    return tuple((code, path) for code, path in HANDWRITTEN if internal or path not in STAFF_ONLY)


NavItem = dict[str, Any]
NAV_SAFE = str.maketrans("<>&\"'", "‹›＆”’")


def nav_title(name: str) -> str:
    """A title for the navigation and the browser tab. Material puts these into the HTML unescaped (and
    unescapes entities for the tab title), so the few characters that HTML reads as markup are replaced
    by look-alikes that it does not: the name still reads the same, and nothing in it runs."""
    return name.translate(NAV_SAFE)


def generate(
    aggregates: Aggregates,
    version: DataVersion,
    *,
    internal: bool,
    cases: Sequence[Case],
    reference: Reference,
    narratives: Path | None = None,
    approved: Mapping[str, Source] | None = None,
    pdf: bool = False,
) -> SiteFiles:
    """The generated pages and data files of a build (public, or internal with single cases).

    `narratives` is the folder of the staff's report texts (site/berattelse); `approved` gives the
    approved reports' own cases (read from the commit each approval names).
    """
    files = SiteFiles(source=chart_source(aggregates.municipality, aggregates.board, aggregates.as_of))
    overview_page.overview_page(files, aggregates, version)
    kind_pages(files, aggregates)
    trends_page.trends_page(files, aggregates)
    unit_pages.unit_pages(files, aggregates, cases, reference)
    report_pages(
        files,
        approved or {},
        Source(cases, reference),
        as_of=aggregates.as_of,
        narratives=narratives,
        internal=internal,
        pdf_version=PdfVersion(version.short_commit, version.records, version.commit_date) if pdf else None,
    )
    if internal:
        internal_pages.internal_pages(files, aggregates, cases, reference)
        ivo_quarter.ivo_quarter_page(files, cases, reference, aggregates.as_of)
        guide_page.guide_page(files)
    data = json.dumps(aggregates.to_json(internal=internal), ensure_ascii=False, indent=1, allow_nan=False)
    files.add_file(overview_page.DATA_FILE, (data + "\n").encode("utf-8"))
    return files


def navigation(files: SiteFiles, *, internal: bool) -> list[NavItem]:
    """The nav of mkdocs.yml: Översikt, the kinds, Trender, the units, (Intern), the staff-written pages."""

    def item(path: str) -> NavItem:
        return {nav_title(files.page(path).title): path}

    units = [
        page.path
        for page in files.pages
        if page.path.startswith("enheter/") and page.path != unit_pages.INDEX
    ]
    reports = [page.path for page in files.pages if page.path.startswith(FOLDER + "/") and page.path != INDEX]
    nav: list[NavItem] = [
        item(overview_page.PATH),
        {say("nav-kinds"): [item(kind.path) for kind in KIND_PAGES]},
        item(trends_page.PATH),
        {say("nav-units"): [item(unit_pages.INDEX), *(item(path) for path in units)]},
        {say("nav-reports"): [item(INDEX), *(item(path) for path in reports)]},
    ]
    if internal:
        nav += [item(internal_pages.PATH), item(ivo_quarter.PATH), item(guide_page.PATH)]
    nav += [{say(code): path} for code, path in handwritten(internal=internal)]
    return nav
