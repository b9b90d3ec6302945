"""The guard's e-mail finder, also for addresses written around spam filters.

Used by `kvalitet.records.guard`. An address is a local part, an "at" and a domain with at least one
dot and a top-level domain. The "at" is "@" (also with spaces round it), or "at", "a" or "snabel-a"
in brackets ("(at)", "[at]", "{at}", "<at>"), or the bare words "at" and "snabel-a" between spaces;
a dot is "." or "dot", "punkt" or "p" in brackets, or the bare words "dot" and "punkt". An address
with anything but a plain "@" and plain dots needs a top-level domain from `_TLDS`, so that prose
("möte at kl. 13 ...") is not taken for one.
"""

from __future__ import annotations

import re

from kvalitet.records.guard_types import Span

_S = r"[ \t\u00a0]{0,2}"
# The core of an "at"; the spaces round it are taken by `_around`. Each branch starts with one character.
_AT_RE = re.compile(
    rf"@|[(\[{{<]{_S}(?:at|snabel-?a|a){_S}[)\]}}>]|(?<=[ \t\u00a0])(?:at|snabel-a)(?=[ \t\u00a0])",
    re.IGNORECASE,
)
_DOT = rf"(?:\.|{_S}[(\[{{<]{_S}(?:dot|punkt|p){_S}[)\]}}>]{_S}|[ \t\u00a0](?:dot|punkt)[ \t\u00a0])"
_LABEL = r"[^\W_](?:[\w-]{0,62}[^\W_])?"
_DOMAIN_RE = re.compile(rf"(?P<domain>{_LABEL}(?:{_DOT}{_LABEL})*){_DOT}(?P<tld>[^\W\d_]{{2,}})(?![\w-])")
_PLAIN_DOMAIN_RE = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
# The local part read backwards from the "at": word characters, "+", "-" and dots of either form.
_LOCAL_REVERSED_RE = re.compile(
    rf"[\w+-]{{1,64}}(?:(?:\.|{_S}[)\]}}>]{_S}(?:tod|tknup|p){_S}[(\[{{<]{_S})[\w+-]{{1,64}})*",
    re.IGNORECASE,
)
_TLDS = frozenset(
    {
        *("se", "nu", "com", "net", "org", "eu", "info", "biz", "io", "fi", "no", "dk", "is", "de"),
        *("at", "ch", "nl", "be", "fr", "es", "it", "pl", "ee", "lv", "lt", "uk", "ie", "co", "me"),
        *("tv", "app", "dev", "online", "email", "mail"),
    }
)


_HINT_RE = re.compile(r"[@(\[{<]|[ \t\u00a0](?:at|snabel)", re.IGNORECASE)  # worth a closer look?


def _around(text: str, at: re.Match[str]) -> tuple[int, int]:
    """The "at" with up to two spaces either side (one is needed round a bare word)."""
    start, end = at.start(), at.end()
    for _ in range(2):
        if start > 0 and text[start - 1] in " \t\u00a0":
            start -= 1
        if end < len(text) and text[end] in " \t\u00a0":
            end += 1
    return start, end


def find_emails(text: str, out: list[Span]) -> None:
    """E-mail addresses in text, appended to out as ("epost", start, end)."""
    if _HINT_RE.search(text) is None:
        return
    for at in _AT_RE.finditer(text):
        start, end = _around(text, at)
        reversed_before = text[max(0, start - 200) : start][::-1]
        local = _LOCAL_REVERSED_RE.match(reversed_before)
        if local is None:
            continue
        plain = start == at.start() and end == at.end() and at.group() == "@"
        domain = _PLAIN_DOMAIN_RE.match(text, end) if plain else None
        if domain is None:
            domain = _DOMAIN_RE.match(text, end)
            if domain is None or domain.group("tld").lower() not in _TLDS:
                continue
        out.append(("epost", start - local.end(), domain.end()))
