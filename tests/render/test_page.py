"""The page writer: escaping of text from records, chart and table blocks, data files."""

from __future__ import annotations

import json

import pytest

from kvalitet.aggregate import Row, Table
from kvalitet.render.page import PageWriter, SiteFiles, chart_text, text

TABLE = Table(
    id="enhet-x-per-ar",
    title="<b>Enhet</b>: per år",
    row_heading="Ärendetyp",
    columns=("2024", "2025"),
    rows=(Row("a", "<script>alert(1)</script>", (1, 2)), Row("b", "A & B", (3, None))),
    total=Row("totalt", "Totalt", (4, 2)),
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("A & B", "A &amp; B"),
        ("*fet* _kursiv_ [länk](x)", "\\*fet\\* \\_kursiv\\_ \\[länk\\](x)"),
        ("# rubrik | tabell `kod`", "\\# rubrik \\| tabell \\`kod\\`"),
    ],
)
def test_text_is_escaped_for_markdown_and_html(raw: str, expected: str) -> None:
    assert text(raw) == expected


def test_chart_text_escapes_every_label() -> None:
    safe = chart_text(TABLE)
    assert safe.rows[0].label == "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert safe.rows[1].label == "A &amp; B"
    assert safe.title == "&lt;b&gt;Enhet&lt;/b&gt;: per år"
    assert safe.rows[1].values == (3, None)


def test_a_chart_writes_its_figure_and_csv_with_links_relative_to_the_page() -> None:
    files = SiteFiles()
    writer = PageWriter(files, "enheter/x.md", "<i>X</i>")
    writer.chart(
        "enhet-x", {"data": [], "layout": {}}, label='Diagram "x" <y>', caption="Fler <än> förut", table=TABLE
    )
    page = writer.done()
    assert page.markdown.startswith("# &lt;i&gt;X&lt;/i&gt;\n")
    assert (
        '<div class="kv-plot" id="kv-enhet-x" data-figure="../data/diagram/enhet-x.json" role="img" '
        'aria-label="Diagram &quot;x&quot; &lt;y&gt;"></div>'
    ) in page.markdown
    assert (
        "<figcaption>Fler &lt;än&gt; förut</figcaption>\n</figure>\n<details><summary>Visa tabellen</summary>"
        in (page.markdown)
    )
    assert 'href="../data/tabeller/enhet-x-per-ar.csv" download' in page.markdown
    assert '<th scope="row" role="rowheader">&lt;script&gt;alert(1)&lt;/script&gt;</th>' in page.markdown
    assert json.loads(files.files["data/diagram/enhet-x.json"]) == {"data": [], "layout": {}}
    assert files.files["data/tabeller/enhet-x-per-ar.csv"].startswith(b"\xef\xbb\xbf")


def test_two_different_files_for_one_path_are_an_error() -> None:
    files = SiteFiles()
    files.add_file("data/a.csv", b"1")
    files.add_file("data/a.csv", b"1")
    with pytest.raises(ValueError, match=r"two different files for data/a\.csv"):
        files.add_file("data/a.csv", b"2")
