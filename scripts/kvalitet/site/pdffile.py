"""The bytes of a PDF that Chromium printed: made reproducible (the same page gives the same bytes),
and the page of each heading read from its outline (for the table of contents)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from typing import Any, Final

_DATE: Final = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}\+00'00'\)")
_NODE: Final = re.compile(rb"\(node(\d{8})\)")
_ID: Final = re.compile(rb"/ID \[<([0-9A-Fa-f]+)> ?<([0-9A-Fa-f]+)>\]")


def reproducible(data: bytes, created: dt.datetime) -> bytes:
    """The PDF as the same page always prints it: its creation and modification dates set to
    `created`, the ids of its structure elements (Chromium numbers them by the page's DOM nodes, so
    they move with anything hidden in print) numbered 1, 2, 3 … in their own order (which keeps the
    name tree of ids sorted), and its file id (if any) derived from the file itself. Every value keeps
    its length, so the offsets stay right."""
    stamp = created.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%S+00'00'").encode("ascii")
    data = _DATE.sub(lambda found: b"/" + found.group(1) + b" (" + stamp + b")", data)
    nodes = sorted({int(found) for found in _NODE.findall(data)})
    numbers = {node: index for index, node in enumerate(nodes, start=1)}

    def node_id(found: re.Match[bytes]) -> bytes:
        digits = found.group(1)
        return b"(node" + str(numbers[int(digits)]).zfill(len(digits)).encode("ascii") + b")"

    data = _NODE.sub(node_id, data)
    digest = hashlib.sha256(_ID.sub(b"", data)).hexdigest().upper().encode("ascii")

    def file_id(found: re.Match[bytes]) -> bytes:
        size = len(found.group(1))
        value = (digest * (size // len(digest) + 1))[:size]
        return b"/ID [<" + value + b"> <" + value + b">]"

    return _ID.sub(file_id, data)


def heading_pages(data: bytes, titles: list[str]) -> list[str]:
    """The page number of each heading in `titles` (in order), read from the PDF's outline."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    found: list[tuple[str, int | None]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((" ".join(str(item.title).split()), reader.get_destination_page_number(item)))

    walk(reader.outline)
    pages, at = [], 0
    for title in titles:
        wanted = " ".join(title.split())
        index = next((i for i in range(at, len(found)) if found[i][0] == wanted), None)
        if index is None:
            pages.append("")
            continue
        page = found[index][1]
        pages.append(str(page + 1) if page is not None else "")
        at = index + 1
    return pages
