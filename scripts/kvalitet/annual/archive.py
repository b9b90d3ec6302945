"""The archive of an approved report: the page as it was rendered from the approved commit, kept in
the repository so that the wording stays as approved whatever later versions of the program write.

`kvalitet faststall` renders the report from its commit and writes, in `site/berattelse/arkiv/2024/`:

    sida.md          the page (Markdown with HTML), with one line where a build puts what has changed
                     since the approval and the link to the PDF
    utskrift.json    what the PDF's title page says
    filer/…          the chart and table files the page uses, at their paths in the site

A build that finds the archive of an approved report publishes it as it is; only the drift note and
the PDF link are added. A report approved without an archive is rendered from its commit by the
program of today.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from kvalitet.errors import KvalitetError
from kvalitet.messages import say
from kvalitet.render.page import Page, PrintJob

ARCHIVE_DIR = "arkiv"
PAGE_FILE = "sida.md"
PRINT_FILE = "utskrift.json"
FILES_DIR = "filer"
PLACE = "<!-- kvalitet: efter fastställandet -->"
"""The line in `sida.md` where the build adds the drift note and the PDF link."""


@dataclass(frozen=True, slots=True)
class Archived:
    page: Page
    """The page, with `PLACE` where the build adds its lines."""
    files: dict[str, bytes]
    job: PrintJob
    """What the PDF's title page says, and where page and PDF are."""

    def markdown(self, lines: list[str]) -> str:
        """The page with `lines` (Markdown) in their place."""
        return self.page.markdown.replace(PLACE, "\n\n".join(lines) if lines else "", 1)


def archive_folder(texts: Path, report: str) -> Path:
    return texts / ARCHIVE_DIR / report


def _job_json(job: PrintJob) -> dict[str, Any]:
    fields = dataclasses.asdict(job)
    fields["created"] = job.created.isoformat() if job.created else None
    return fields


def write_archive(folder: Path, archived: Archived) -> None:
    """Write `archived` into the empty or missing `folder`."""
    if folder.exists() and any(folder.iterdir()):
        raise KvalitetError(say("archive-exists", folder=folder))
    for path, content in sorted(archived.files.items()):
        target = folder / FILES_DIR / PurePosixPath(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PAGE_FILE).write_text(archived.page.markdown, encoding="utf-8")
    fields = {"page": _job_json(archived.job), "site_page": [archived.page.path, archived.page.title]}
    text = json.dumps(fields, ensure_ascii=False, indent=1, sort_keys=True)
    (folder / PRINT_FILE).write_text(text + "\n", encoding="utf-8")


def read_archive(folder: Path) -> Archived | None:
    """The archive in `folder`, or None when there is none; an archive that cannot be read is an error
    (it would otherwise be replaced by a page the nämnd never saw)."""
    page_file, print_file = folder / PAGE_FILE, folder / PRINT_FILE
    if not page_file.is_file() and not print_file.is_file():
        return None
    try:
        markdown = page_file.read_text(encoding="utf-8")
        stored = json.loads(print_file.read_text(encoding="utf-8"))
        path, title = stored["site_page"]
        fields = stored["page"]
        created = fields.pop("created")
        job = PrintJob(**fields, created=dt.datetime.fromisoformat(created) if created else None)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise KvalitetError(say("archive-unreadable", folder=folder)) from None
    if PLACE not in markdown:
        raise KvalitetError(say("archive-unreadable", folder=folder))
    files_root = folder / FILES_DIR
    files = {
        file.relative_to(files_root).as_posix(): file.read_bytes()
        for file in sorted(files_root.rglob("*"))
        if file.is_file()
    }
    return Archived(Page(path, title, markdown), files, job)
