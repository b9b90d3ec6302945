"""The data-protection guide: a page of the internal build only.

The guide is written by hand in `dataskydd.md` beside this module (the README links to it), so that it
is read in the repository as well as on the internal site. It is never part of the public build: only
the internal build calls `guide_page`, and nothing under site/ holds it.
"""

from __future__ import annotations

from pathlib import Path

from kvalitet.render.page import PageWriter, SiteFiles

PATH = "intern/dataskydd.md"
SOURCE = Path(__file__).with_name("dataskydd.md")


def guide_page(files: SiteFiles) -> None:
    """Add the guide as a page, its first line (`# …`) as the title."""
    first, _, body = SOURCE.read_text(encoding="utf-8").partition("\n")
    writer = PageWriter(files, PATH, first.removeprefix("# ").strip())
    writer.markdown(body.strip())
    writer.done()
