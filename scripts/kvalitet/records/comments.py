"""The comments of a YAML file: the text between its tokens.

YAML's parser drops comments, but a comment is committed like any value, so the guard reads it too.
The scanner's tokens cover every key, value and indicator (a block text `|` or `>` with its lines
included); what lies between two tokens is spaces, line breaks and comments.
"""

from __future__ import annotations

from collections.abc import Iterator

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml is part of the PyYAML wheels we pin
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def _line_starts(text: str) -> list[int] | None:
    """The offsets of the '#' when each one starts a line, else None. Without quotes in the text such
    a line is a comment for certain: the continuation lines of a plain or block value are indented."""
    offsets = []
    offset = text.find("#")
    while offset >= 0:
        if offset > 0 and text[offset - 1] != "\n":
            return None
        offsets.append(offset)
        offset = text.find("#", text.find("\n", offset) + 1 if "\n" in text[offset:] else len(text))
    return offsets


def comments(text: str) -> Iterator[tuple[int, str]]:
    """Each comment of `text` (from its '#' to the end of its line), with its offset in `text`.

    A text that YAML cannot scan gives none: the caller reads such a file line by line instead.
    """
    if "#" not in text:
        return
    starts = None if '"' in text or "'" in text else _line_starts(text)
    if starts is not None:  # the common case, quick: whole-line comments at the left margin, no quotes
        for offset in starts:
            line_end = text.find("\n", offset)
            yield offset, text[offset : line_end if line_end >= 0 else len(text)]
        return
    end = 0
    gaps: list[tuple[int, int]] = []
    try:
        for token in yaml.scan(text, Loader=_Loader):
            start = token.start_mark.index
            if start > end:
                gaps.append((end, start))
            end = max(end, token.end_mark.index)
    except yaml.YAMLError:
        return
    if end < len(text):
        gaps.append((end, len(text)))
    for start, stop in gaps:
        offset = text.find("#", start, stop)
        while offset >= 0:
            line_end = text.find("\n", offset, stop)
            line_end = stop if line_end < 0 else line_end
            yield offset, text[offset:line_end]
            offset = text.find("#", line_end, stop)
