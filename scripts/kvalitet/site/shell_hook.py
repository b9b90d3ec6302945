"""The MkDocs hook of the site shell (registered by kvalitet.site.build as `hooks:`).

- The shell's texts (kvalitet.messages.shell) go to the templates as `config.extra.shell`.
- The 404 page is rendered with relative links, as every other page is. MkDocs renders it with
  root-absolute links (`/assets/…`), since a host serves it at any depth; that breaks a site in a
  sub-folder (project Pages on GitLab or GitHub). The page's first script (site/overrides/404.html)
  finds the site's root at run time and sets `<base href>` to it; see `NOT_FOUND_PROBE`.
- Every page gets a meta description: its own (front matter), or else its first paragraph.
- Search: the tables (and the "Visa tabellen" boxes around them) are left out of the index, so a hit
  shows words, not digits; a report page is boosted by its year, so "kvalitetsberättelse 2025" lists
  2025 before 2021. (The folding of å, ä and ö is in site/assets/javascripts/workers/kvalitet-search.js.)
"""

from __future__ import annotations

import copy
import re
from html import unescape
from typing import Any

from kvalitet.messages import say

NOT_FOUND = "404.html"
NOT_FOUND_PROBE = "search/search_index.json"
"""The file the 404 page looks for, from the requested folder upwards, to find the root of its build
(a JSON file, so a host that answers a missing file with the 404 page and status 200 is not taken for
it). The versioned site's root 404 (kvalitet.site.versions) looks for versions.json instead."""
DESCRIPTION_LENGTH = 160
SEARCH_EXCLUDE = ' data-search-exclude="ja"'
"""Material's search leaves an element with this attribute out of the index (and strips it)."""
_TABLE = re.compile(r'<div class="kv-table\b')
_TABLE_BOX = re.compile(r"<details>(?=\s*<summary>)")
_REPORT = re.compile(r"^kvalitetsberattelse/(\d{4})\b")
_ANNUAL_REPORT = re.compile(r"^kvalitetsberattelse/\d{4}\.md$")
REPORT_BOOST_PER_YEAR = 0.85
"""A report page's search boost: 1 for the newest kvalitetsberättelse (and the delårsrapporter after
it), times this for each year older (so an old report never outranks another page, only the newer
reports)."""
_PARAGRAPH = re.compile(r"<p\b[^>]*>(.*?)</p>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def shell_texts() -> dict[str, str]:
    codes = {
        "not_found_title": "shell-404-title",
        "not_found_lead": "shell-404-lead",
        "not_found_overview": "shell-404-overview",
        "not_found_search": "shell-404-search",
        "outdated": "shell-outdated",
        "outdated_link": "shell-outdated-link",
        "search_label": "shell-search-label",
        "version_suffix": "shell-version-suffix",
    }
    return {key: say(code) for key, code in codes.items()}


def on_config(config: Any) -> Any:
    config.extra["shell"] = {**shell_texts(), "probe": NOT_FOUND_PROBE}
    return config


def on_template_context(context: Any, template_name: str, config: Any) -> Any:
    """The 404 page's links relative to the site root, like the other pages' (see the module text)."""
    if template_name != NOT_FOUND:
        return context
    context["base_url"] = "."
    # The stylesheets and scripts are written by the page's script once <base> is set (404.html): as
    # plain tags, Chromium's preload scanner would fetch them from the wrong folder first.
    context["kv_extra_css"] = list(config.extra_css)
    context["kv_extra_javascript"] = list(config.extra_javascript)
    shown = copy.copy(config)
    shown["extra_css"] = []
    shown["extra_javascript"] = []
    context["config"] = shown
    return context


def description(html: str, title: str, site: str) -> str:
    """A page's meta description: its first paragraph with text, cut at a word near 160 characters."""
    for match in _PARAGRAPH.finditer(html):
        words = unescape(_TAG.sub(" ", match.group(1))).split()
        if len(words) >= 4:
            text = " ".join(words)
            if len(text) > DESCRIPTION_LENGTH:
                text = text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"
            return text
    return say("shell-description", title=title, site=site)


def report_year(path: str) -> int | None:
    """The year of the report page at `path` (docs-relative), or None for another page."""
    found = _REPORT.match(path)
    return int(found.group(1)) if found else None


def search_boost(path: str, newest: int) -> float | None:
    """The search boost of the page at `path`: 1 for a report of the `newest` year, less for each year
    older; None for a page that is not a report."""
    year = report_year(path)
    if year is None:
        return None
    return round(REPORT_BOOST_PER_YEAR ** max(newest - year, 0), 3)


def on_files(files: Any, config: Any) -> Any:
    years = [
        year
        for file in files
        if _ANNUAL_REPORT.match(file.src_uri) and (year := report_year(file.src_uri)) is not None
    ]
    config.extra["shell"]["newest_report"] = max(years, default=0)
    return files


def without_tables_in_search(html: str) -> str:
    html = _TABLE.sub(lambda found: f"<div{SEARCH_EXCLUDE}" + found.group(0)[4:], html)
    return _TABLE_BOX.sub(f"<details{SEARCH_EXCLUDE}>", html)


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    if not page.meta.get("description"):
        page.meta["description"] = description(html, page.title or "", config.site_name).replace('"', "”")
    boost = search_boost(page.file.src_uri, config.extra["shell"]["newest_report"])
    if boost is not None:
        page.meta["search"] = {**(page.meta.get("search") or {}), "boost": boost}
    return without_tables_in_search(html)
