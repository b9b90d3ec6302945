"""The staff-written text of a report and its markers.

Staff write a report's text in Markdown, one file per report in `site/berattelse/` (`2024.md`,
`2025-halvar.md`). A line that holds only a marker places generated content there:

    {{ avvikelser-sol-lss }}            the whole section: text, chart and tables
    {{ avvikelser-sol-lss.text }}       only the paragraph
    {{ avvikelser-sol-lss.tabeller }}   only the tables
    {{ avvikelser-sol-lss.diagram }}    only the chart

A report without a file of its own gets the template (`mall.md` in this package, `mall-delar.md` for a
delårsrapport): every heading, the generated sections in place, and a note in each section that is
still to be written.

The file may begin with a front matter of what the tjänsteskrivelse needs, for the PDF's title page:

    ---
    diarienummer: SN 2026/14
    sammanträde: 2026-03-17
    förslag_till_beslut: Socialnämnden fastställer kvalitetsberättelsen för 2025.
    ---
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kvalitet.errors import KvalitetError
from kvalitet.messages import say
from kvalitet.records.dates import parse_date
from kvalitet.records.load import load_yaml

MARKER = re.compile(r"^\s*\{\{\s*([^{}.\s]+)(?:\.([^{}\s]*))?\s*\}\}\s*$")
"""A line that holds only `{{ … }}`: a marker, known or not (an unknown one is an error)."""
TODO = re.compile(r"^\s*\{\{\s*att-skriva\s*\}\}\s*$")
PARTS = ("text", "tabeller", "diagram")
NARRATIVE_DIR = "berattelse"


@dataclass(frozen=True, slots=True)
class Marker:
    section: str
    part: str | None
    line: int


FRONT_MATTER = "---"
FIELDS = ("diarienummer", "sammanträde", "förslag_till_beslut")
ACCEPTED = "godkända_fynd"
"""Texts the guard took for personal data and a reviewer accepted (kvalitet.records.staff_texts)."""


@dataclass(frozen=True, slots=True)
class Decision:
    """What the tjänsteskrivelse says, from the text's front matter: each may be missing."""

    case_number: str | None = None
    """Diarienummer: "SN 2026/14"."""
    meeting: dt.date | None = None
    """The day of the nämnd's meeting."""
    proposal: str | None = None
    """Förslag till beslut."""


@dataclass(frozen=True, slots=True)
class Narrative:
    source: str
    """Where the text comes from, for messages: `site/berattelse/2024.md` or the template."""
    lines: tuple[str, ...]
    written: bool
    """False for the template."""
    decision: Decision = field(default_factory=Decision)
    first_line: int = 1
    """The line number in the file of `lines[0]` (after the front matter)."""
    raw: str = ""
    """The file's text as written (empty for the template): what an approval freezes."""


def template(interim: bool = False) -> str:
    """The template of a kvalitetsberättelse (`mall.md`), or of a delårsrapport (`mall-delar.md`: the
    same results, and headings that speak of the period rather than the year)."""
    name = "mall-delar.md" if interim else "mall.md"
    return resources.files("kvalitet.annual").joinpath(name).read_text(encoding="utf-8")


def _decision(source: str, lines: list[str]) -> Decision:
    """The front matter's fields; an unknown field or a wrong value is an error with file and line."""
    block = "\n" + "\n".join(lines) + "\n"  # the opening line, so that line numbers are the file's
    doc = load_yaml(Path(source), block.encode("utf-8"))
    if isinstance(doc, list):
        problem = doc[0]
        raise KvalitetError(f"{source}:{problem.line}: {problem.message}")
    fields = doc.data
    for key, item in fields.items():
        line = doc.position((key,))[0]
        if key == ACCEPTED:
            continue
        if key not in FIELDS:
            raise KvalitetError(
                say("report-front-matter-unknown", source=source, line=line, known=", ".join(FIELDS))
            )
        if not isinstance(item, str) or not item.strip():
            raise KvalitetError(say("report-front-matter-text", source=source, line=line, field=key))
    meeting = fields.get("sammanträde")
    day = parse_date(meeting) if meeting is not None else None
    if meeting is not None and day is None:
        line = doc.position(("sammanträde",))[0]
        raise KvalitetError(say("report-front-matter-date", source=source, line=line))
    return Decision(fields.get("diarienummer"), day, fields.get("förslag_till_beslut"))


def from_text(source: str, text: str) -> Narrative:
    """The staff's text of a report as written in `source`, its front matter read."""
    lines = text.splitlines()
    if lines[:1] == [FRONT_MATTER] and FRONT_MATTER in lines[1:]:
        end = lines.index(FRONT_MATTER, 1)
        decision = _decision(source, lines[1:end])
        return Narrative(source, tuple(lines[end + 1 :]), True, decision, end + 2, text)
    return Narrative(source, tuple(lines), True, raw=text)


def text_path(report_id: str) -> str:
    """The text file of a report as staff know it: `site/berattelse/2024.md`."""
    return f"site/{NARRATIVE_DIR}/{report_id}.md"


def text_in_repo(folder: str, report_id: str) -> str:
    """The text file of a report as a path in the repository, `folder` being the text folder's path
    there ("" for the top)."""
    return f"{folder}/{report_id}.md" if folder not in ("", ".") else f"{report_id}.md"


def narrative(folder: Path | None, report_id: str) -> Narrative:
    """The staff's text for the report, or the template when there is none."""
    if folder is not None:
        path = folder / f"{report_id}.md"
        if path.is_file():
            return from_text(text_path(report_id), path.read_text(encoding="utf-8"))
    lines = tuple(template(interim="-" in report_id).splitlines())
    return Narrative(say("report-template-source"), lines, False)


def pieces(text: Narrative, known: set[str]) -> Iterator[str | Marker]:
    """The text in order: runs of Markdown lines, and markers. An unknown marker is an error that
    names the file and line and lists the known ones."""
    run: list[str] = []
    for number, line in enumerate(text.lines, start=text.first_line):
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


HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")


def _split_heading(run: str) -> tuple[str | None, str, bool]:
    """The last heading of a run of Markdown, the run without it, and whether nothing but blank lines
    follow it (the section under it is unwritten)."""
    lines = run.split("\n")
    for index in range(len(lines) - 1, -1, -1):
        found = HEADING.match(lines[index])
        if found:
            empty = all(not line.strip() for line in lines[index + 1 :])
            return found.group(1), "\n".join(lines[:index]), empty
    return None, run, False


def leave_out_unwritten(parts: list[str | Marker]) -> tuple[list[str | Marker], list[str]]:
    """The pieces without the sections still to write (for the public site and the PDF): each
    `{{ att-skriva }}` goes, and so does its heading when nothing is written under it. Also the
    headings of what was left out, in order ("Inledning", or "Inledning (delvis)" when some text was
    written under the heading)."""
    kept: list[str | Marker] = []
    missing: list[str] = []
    for part in parts:
        if not (isinstance(part, Marker) and part.section == "att-skriva"):
            kept.append(part)
            continue
        previous = kept[-1] if kept and isinstance(kept[-1], str) else ""
        heading, before, empty = _split_heading(previous)
        if heading is None:
            continue
        if empty:
            missing.append(heading)
            if kept and isinstance(kept[-1], str):
                kept.pop()
            if before.strip():
                kept.append(before)
        else:
            missing.append(say("report-missing-part", heading=heading))
    return kept, missing
