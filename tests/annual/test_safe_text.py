"""The staff's report text runs nothing and fetches nothing: raw HTML, attribute lists and unsafe
addresses are taken out, on the function and on a built report page."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kvalitet.annual.safe_text import safe_markdown
from tests.helpers import REPO, build_site, git

PAYLOADS = (
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "<svg onload=alert(1)>",
    '<iframe src="https://evil.example/"></iframe>',
    '<a href="javascript:alert(1)">klicka</a>',
    "[klicka](javascript:alert(1))",
    "[klicka](JaVaScRiPt:alert(1))",
    "[klicka](java\tscript:alert(1))",
    "[klicka](&#106;avascript:alert(1))",
    "[klicka](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[klicka][ref]\n\n[ref]: javascript:alert(1)",
    "![bild](https://evil.example/spårning.png)",
    "![bild](//evil.example/spårning.png)",
    'Text{: onclick="alert(1)" }',
    "Text\n{: onmouseover=alert(1) }",
    "<style>body{display:none}</style>",
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<b>fet</b>", "&lt;b>fet&lt;/b>"),
        (
            "[Socialstyrelsen](https://www.socialstyrelsen.se/)",
            "[Socialstyrelsen](https://www.socialstyrelsen.se/)",
        ),
        ("[rutinen](../arbetsgang.md)", "[rutinen](../arbetsgang.md)"),
        ("[skriv](mailto:kvalitet@example.invalid)", "[skriv](mailto:kvalitet@example.invalid)"),
        ("[klicka](javascript:alert(1))", "[klicka](#)"),
        ('[klicka](javascript:x "titel")', '[klicka](# "titel")'),
        ("![diagram](bilder/flode.png)", "![diagram](bilder/flode.png)"),
        ("![bild](https://evil.example/x.png)", "bild"),
        ("[ref]: data:text/html,x", "[ref]: #"),
        ("Text{: .klass }", "Text&#123;: .klass }"),
        ("Hälsa & omsorg > 3 **fet**", "Hälsa & omsorg > 3 **fet**"),
    ],
)
def test_safe_markdown(text: str, expected: str) -> None:
    assert safe_markdown(text) == expected


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo built with a 2025 text made of every payload, in a repository of its own."""
    project = tmp_path_factory.mktemp("fientlig") / "projekt"
    shutil.copytree(REPO / "records", project / "records")
    shutil.copytree(REPO / "site", project / "site", ignore=shutil.ignore_patterns("berattelse"))
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    (project / "site" / "berattelse").mkdir()
    text = "## Inledning\n\n" + "\n\n".join(PAYLOADS) + "\n\n## Resultat\n\n{{ lex-sarah }}\n"
    (project / "site" / "berattelse" / "2025.md").write_text(text, encoding="utf-8")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Ärenden")
    out = project.parent / "public"
    assert build_site(project / "records", out, project=project) == 0
    return out


class _Markup(HTMLParser):
    """The tags and attributes of a piece of HTML (what a browser would build, not its text)."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.feed(source)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {name: value or "" for name, value in attrs}))


def _unsafe(source: str) -> list[str]:
    found = []
    for tag, attributes in _Markup(source).tags:
        if tag in ("script", "svg", "iframe", "style", "object", "embed"):
            found.append(tag)
        for name, value in attributes.items():
            if name.startswith("on"):
                found.append(f"{tag} {name}")
            if name in ("href", "src") and re.match(r"(?i)\s*(javascript|data|vbscript):", value):
                found.append(f"{tag} {name}={value}")
            if tag == "img" and "evil.example" in attributes.get("src", ""):
                found.append("img from another site")
    return found


def test_nothing_in_the_staff_text_reaches_the_page_as_markup(hostile_site: Path) -> None:
    page = (hostile_site / "kvalitetsberattelse" / "2025.html").read_text(encoding="utf-8")
    article = page[page.index("<article") : page.index("</article>")]
    assert _unsafe(article) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article  # shown as text
    assert '<a href="#">klicka</a>' in article


def test_the_search_index_holds_no_markup_from_the_text(hostile_site: Path) -> None:
    index = json.loads((hostile_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts = [doc["text"] for doc in index["docs"] if doc["location"].startswith("kvalitetsberattelse/2025")]
    assert any("alert(1)" in text for text in texts)
    assert [problem for text in texts for problem in _unsafe(text)] == []
