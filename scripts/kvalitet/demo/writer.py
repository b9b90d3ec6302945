"""Write demo documents as YAML files, under a header that marks them as demo data."""

from __future__ import annotations

import os
from pathlib import Path

from kvalitet.records.dump import Document, Value, dump

__all__ = ["HEADER", "Document", "Value", "is_demo_file", "write"]

HEADER = '# Demodata, genererad av "kvalitet demo". Påhittad kommun, inga verkliga personer.'


# Low-level writes: Python's file objects cost more than the write itself for 100,000 small files.
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)


def write(path: Path, document: Document) -> None:
    data = dump(document, HEADER).encode("utf-8")
    handle = os.open(path, _FLAGS, 0o644)
    try:
        os.write(handle, data)
    finally:
        os.close(handle)


_HEADER_LINE = (HEADER + "\n").encode("utf-8")


def is_demo_file(path: Path) -> bool:
    """True when ``path`` starts with the demo header, i.e. was written by this generator."""
    with path.open("rb") as handle:
        return handle.read(len(_HEADER_LINE)) == _HEADER_LINE
