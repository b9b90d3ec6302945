"""Checks on an .xlsx file before openpyxl reads it: every part can be unpacked, and no XML part
declares a DOCTYPE.

openpyxl parses the parts with the standard library's XML parser unless defusedxml is installed (it
is not a dependency here), and that parser expands entities declared in a DOCTYPE. Excel never writes
a DOCTYPE, so a file that has one is refused before any XML is parsed. Unpacking every part once also
finds a part that is cut off or damaged (its checksum fails) before any row is read.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

_CHUNK = 1 << 16
_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)
_KEEP = max(len(marker) for marker in _MARKERS) - 1
_UNPACK_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError)
"""What unpacking a cut-off, damaged, encrypted or oddly compressed part raises."""


def check_xlsx(file: Path) -> str | None:
    """None when the file can be handed to openpyxl; else the code of the message that says why not."""
    try:
        archive = zipfile.ZipFile(file)
    except (zipfile.BadZipFile, OSError):
        return "import-xlsx-broken"
    with archive:
        try:
            for member in archive.infolist():
                if not member.is_dir() and _declares_doctype(archive, member):
                    return "import-xlsx-doctype"
        except _UNPACK_ERRORS:
            return "import-xlsx-damaged"
    return None


def _declares_doctype(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bool:
    """Whether the part holds a DOCTYPE or ENTITY declaration. Read to its end, so its CRC is checked."""
    tail = b""
    with archive.open(member) as part:
        while chunk := part.read(_CHUNK):
            window = tail + chunk
            if any(marker in window for marker in _MARKERS):
                return True
            tail = window[-_KEEP:]
    return False
