"""Every generated page of a build, the open-data file, and the navigation that lists them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from kvalitet.aggregate import Aggregates
from kvalitet.cases import Case
from kvalitet.dataversion import DataVersion
from kvalitet.messages import say
from kvalitet.reference import Reference
from kvalitet.render import internal_pages, overview_page, trends_page, unit_pages
from kvalitet.render.kind_pages import KIND_PAGES, kind_pages
from kvalitet.render.page import SiteFiles

HANDWRITTEN = (
    ("nav-statistics", "om-statistiken.md"),
    ("nav-glossary", "ordlista.md"),
    ("nav-record-format", "postformat.md"),
    ("nav-accessibility", "tillganglighet.md"),
)
"""The staff-written pages in site/, in the order of the navigation."""

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
) -> SiteFiles:
    """The generated pages and data files of a build (public, or internal with single cases)."""
    files = SiteFiles()
    overview_page.overview_page(files, aggregates, version)
    kind_pages(files, aggregates)
    trends_page.trends_page(files, aggregates)
    unit_pages.unit_pages(files, aggregates)
    if internal:
        internal_pages.internal_pages(files, aggregates, cases, reference)
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
    nav: list[NavItem] = [
        item(overview_page.PATH),
        {say("nav-kinds"): [item(kind.path) for kind in KIND_PAGES]},
        item(trends_page.PATH),
        {say("nav-units"): [item(unit_pages.INDEX), *(item(path) for path in units)]},
    ]
    if internal:
        nav.append(item(internal_pages.PATH))
    nav += [{say(code): path} for code, path in HANDWRITTEN]
    return nav
