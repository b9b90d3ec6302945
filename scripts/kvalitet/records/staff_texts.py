"""The guard over the staff's report texts: `site/berattelse/*.md` and the approvals beside them.

A kvalitetsberättelse is written by staff and published as it stands (page, search index, PDF), so the
same check as for the records applies to every line of it. A text that the check takes for a name or an
address but that is none (a cited author, a facility) is accepted in the text's front matter:

    ---
    godkända_fynd:
      - text: Villa Solbacken 3
        skäl: Adressen till ett stödboende, ingen privatadress.
    ---

Lines of one paragraph are read as one text, so that a name or number folded over two lines is found
(and "lex" at the end of a line still exempts "Sarah" at the start of the next).
"""

from __future__ import annotations

import re
from pathlib import Path

from kvalitet.records.guard import find_identifiers
from kvalitet.records.load import Document, decode, load_yaml, read_bytes
from kvalitet.records.problems import Problem
from kvalitet.records.pseudonyms import (
    ACCEPTED,
    Findings,
    accepted_texts,
    check_pseudonyms,
    check_raw,
    position_in_text,
)

TEXTS_FOLDER = Path("site") / "berattelse"
"""The staff's texts, relative to the project folder (the one above records/)."""
_FRONT_MATTER = re.compile(r"\A---\n(.*?\n)---(?:\n|\Z)", re.DOTALL)
_BLOCK_START = re.compile(r"[ \t]*(?:[-*+>|#]|[0-9]+[.)]|\{\{|```|---)")
"""A line that starts a block of its own (list item, heading, table, marker …), not a continuation."""


def staff_text_files(folder: Path) -> list[Path]:
    """The texts and the approvals file directly in `folder` (not the archive below it)."""
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.iterdir() if path.is_file() and path.suffix in (".md", ".yaml"))


def is_staff_text(path: Path) -> bool:
    """Whether `path` is in a site/berattelse folder (as pre-commit names the texts)."""
    parent = path.resolve().parent
    return parent.name == TEXTS_FOLDER.name and parent.parent.name == TEXTS_FOLDER.parent.name


def _joined(text: str) -> str:
    """`text` with each line break inside a paragraph made a space (the offsets stay the same)."""
    lines = text.split("\n")
    out = []
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        inside = line.strip() and not line.lstrip().startswith("#") and line.strip() != "---"
        joins = inside and following.strip() and not _BLOCK_START.match(following)
        out.append(line + (" " if joins else "\n"))
    out.append(lines[-1])
    return "".join(out)


def _front_matter(file: Path, text: str) -> tuple[Document | None, list[Problem]]:
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None, []
    block = "\n" + match.group(1)  # the opening line, so that line numbers are the file's
    loaded = load_yaml(file, block.encode("utf-8"))
    return (None, loaded) if isinstance(loaded, list) else (loaded, [])


def check_markdown(file: Path, text: str) -> list[Problem]:
    """Every identifier in a staff text that its front matter does not accept."""
    doc, problems = _front_matter(file, text)
    found = Findings(file, accept_code="pseudonym-accept-text")
    places: dict[int, tuple[int, int]] = {}
    if doc is not None:
        found.accepted = accepted_texts(doc.data.get(ACCEPTED))
        places = {index: doc.position((ACCEPTED, index, "text")) for index in found.accepted.values()}
    match = _FRONT_MATTER.match(text)
    body = match.end() if match else 0
    for finding in find_identifiers(text[:body] + _joined(text[body:])):
        line, column = position_in_text(text, finding.start)
        listed = doc is not None and any(line == place[0] for place in places.values())
        found.add(finding, (line, column), listed=listed)
    return problems + found.problems + found.unused(places)


def check_staff_text(file: Path) -> list[Problem]:
    """The guard's problems in one staff text (Markdown) or in the approvals file (YAML)."""
    raw = read_bytes(file)
    if isinstance(raw, Problem):
        return [raw]
    text = decode(file, raw)
    if isinstance(text, Problem):
        return [text, *check_raw(file, raw)]
    if file.suffix != ".yaml":
        return check_markdown(file, text)
    loaded = load_yaml(file, raw)
    if isinstance(loaded, list):
        return loaded + check_raw(file, raw)
    return check_pseudonyms(loaded, text)
