"""The staff-written text of a report and its markers.

Staff write a report's text in Markdown, one file per report in `site/berattelse/` (`2024.md`,
`2025-halvar.md`). A line that holds only a marker places generated content there:

    {{ avvikelser-sol-lss }}            the whole section: text, chart and tables
    {{ avvikelser-sol-lss.text }}       only the paragraph
    {{ avvikelser-sol-lss.tabeller }}   only the tables
    {{ avvikelser-sol-lss.diagram }}    only the chart

A report without a file of its own gets the template (`mall.md` in this package): every heading, the
generated sections in place, and a note in each section that is still to be written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kvalitet.errors import KvalitetError
from kvalitet.messages import say

MARKER = re.compile(r"^\s*\{\{\s*([a-z0-9-]+)(?:\.([a-z]+))?\s*\}\}\s*$")
TODO = re.compile(r"^\s*\{\{\s*att-skriva\s*\}\}\s*$")
PARTS = ("text", "tabeller", "diagram")
NARRATIVE_DIR = "berattelse"


@dataclass(frozen=True, slots=True)
class Marker:
    section: str
    part: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Narrative:
    source: str
    """Where the text comes from, for messages: `site/berattelse/2024.md` or the template."""
    lines: tuple[str, ...]
    written: bool
    """False for the template."""


def template() -> str:
    return resources.files("kvalitet.annual").joinpath("mall.md").read_text(encoding="utf-8")


def narrative(folder: Path | None, report_id: str) -> Narrative:
    """The staff's text for the report, or the template when there is none."""
    if folder is not None:
        path = folder / f"{report_id}.md"
        if path.is_file():
            return Narrative(
                f"site/{NARRATIVE_DIR}/{path.name}",
                tuple(path.read_text(encoding="utf-8").splitlines()),
                True,
            )
    return Narrative(say("report-template-source"), tuple(template().splitlines()), False)


def pieces(text: Narrative, known: set[str]) -> Iterator[str | Marker]:
    """The text in order: runs of Markdown lines, and markers. An unknown marker is an error that
    names the file and line and lists the known ones."""
    run: list[str] = []
    for number, line in enumerate(text.lines, start=1):
        if TODO.match(line):
            if run:
                yield "\n".join(run)
                run = []
            yield Marker("att-skriva", None, number)
            continue
        found = MARKER.match(line)
        if found is None:
            run.append(line)
            continue
        section, part = found.group(1), found.group(2)
        if section not in known or (part is not None and part not in PARTS):
            raise KvalitetError(
                say(
                    "report-unknown-marker",
                    source=text.source,
                    line=number,
                    marker=line.strip(),
                    known=", ".join(sorted(known)),
                    parts=", ".join(PARTS),
                )
            )
        if run:
            yield "\n".join(run)
            run = []
        yield Marker(section, part, number)
    if run:
        yield "\n".join(run)
