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


def comments(text: str) -> Iterator[tuple[int, str]]:
    """Each comment of `text` (from its '#' to the end of its line), with its offset in `text`.

    A text that YAML cannot scan gives none: the caller reads such a file line by line instead.
    """
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
