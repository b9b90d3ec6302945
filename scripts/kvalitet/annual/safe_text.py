"""The staff's report text as Markdown that cannot run anything or fetch anything.

The text is Markdown without raw HTML: every `<` is written as `&lt;`, so a tag shows as text and
never reaches the page as markup (an autolink `<https://…>` shows as text too). `{` is written as
`&#123;`, so that an attribute list (`{: onclick=… }`, MkDocs' attr_list) cannot add attributes.
A link keeps its address only when it is relative or http(s) or mailto; any other (`javascript:`,
`data:`, …) becomes `#`. An image keeps its address only when it is relative: a picture from
another site would be a request to a third party, so it shows as its alt text.
"""

from __future__ import annotations

import html
import re

_SAFE_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^\s*([a-zA-Z][a-zA-Z0-9+.\-]*)\s*:")
_INLINE = re.compile(r"(!?)\[([^\]]*)\]\(\s*((?:[^()\s]|\([^()\s]*\))*)([^)]*)\)")
"""An inline link or image: `[label](address "title")`; the address may hold balanced parentheses."""
_REFERENCE = re.compile(r"(?m)^( {0,3}\[[^\]]+\]:[ \t]*)(\S+)(.*)$")


def _scheme(address: str) -> str | None:
    # The page's HTML decodes entities in an address ("&#106;avascript:"), and browsers ignore tabs,
    # newlines and other control characters inside a scheme ("java\tscript:").
    decoded = html.unescape(address)
    cleaned = "".join(char for char in decoded if char.isprintable() and not char.isspace())
    found = _SCHEME.match(cleaned)
    return found.group(1).lower() if found else None


def _safe_link(address: str) -> bool:
    scheme = _scheme(address)
    return scheme is None or scheme in _SAFE_SCHEMES


def _local(address: str) -> bool:
    return _scheme(address) is None and not address.lstrip().startswith("//")


def _inline(found: re.Match[str]) -> str:
    image, label, address, rest = found.group(1), found.group(2), found.group(3), found.group(4)
    whole = address + rest  # "java\tscript:" is read as one address
    if image:
        return found.group(0) if _local(address) and _local(whole) else label
    if _safe_link(address) and _safe_link(whole):
        return found.group(0)
    title = rest if rest.strip()[:1] in ('"', "'", "(") else ""
    return f"[{label}](#{title})"


def _reference(found: re.Match[str]) -> str:
    address = found.group(2)
    return found.group(0) if _local(address) or _safe_link(address) else f"{found.group(1)}#{found.group(3)}"


def safe_markdown(text: str) -> str:
    """`text` (staff-written Markdown) with raw HTML, attribute lists and unsafe addresses taken out."""
    text = text.replace("<", "&lt;").replace("{", "&#123;")
    text = _INLINE.sub(_inline, text)
    return _REFERENCE.sub(_reference, text)
