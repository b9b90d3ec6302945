"""A page of the demo site printed to PDF for the nämnd (kvalitet.site.pdf), read back with pypdf and drawn
as a PNG with pdftoppm.

Until stylesheets/kvalitet-print.css is listed under extra_css in mkdocs.yml, the tests put the
`<link>` that MkDocs would write into a copy of the built site (`_with_print_css`); once it is listed,
that step changes nothing.
"""

from __future__ import annotations

import csv
import re
import shutil
import struct
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from kvalitet.errors import KvalitetError
from kvalitet.site.pdf import TitlePage, print_pdf, render_page_png
from tests.helpers import REPO

PAGE = "avvikelser-sol-lss.html"
CSV = "data/tabeller/avvikelse-sol-lss-antal-per-ar.csv"
PRINT_CSS = REPO / "site" / "stylesheets" / "kvalitet-print.css"
TITLE = TitlePage(
    municipality="Exempelby kommun",
    board="Socialnämnden",
    title="Kvalitetsberättelse 2025",
    period="1 januari–31 december 2025",
    approval="Fastställd av socialnämnden den 18 mars 2025, § 43",
    commit="0123456789",
    records=3177,
)
A4 = (595.3, 841.9)
"""A4 in PostScript points (210 × 297 mm)."""
_CSS_LINK = re.compile(r'<link rel="stylesheet" href="((?:\.\./)*)stylesheets/kvalitet\.css">')


def _with_print_css(site: Path, copy: Path) -> Path:
    """A copy of the built `site` whose pages all link the print stylesheet, as extra_css does."""
    shutil.copytree(site, copy)
    shutil.copyfile(PRINT_CSS, copy / "stylesheets" / "kvalitet-print.css")
    for page in copy.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if "kvalitet-print.css" not in text:
            linked = _CSS_LINK.sub(
                lambda found: (
                    found[0] + f'<link rel="stylesheet" href="{found[1]}stylesheets/kvalitet-print.css">'
                ),
                text,
            )
            page.write_text(linked, encoding="utf-8")
    return copy


def _text(page_text: str) -> str:
    """Extracted text with every kind of space (Babel's no-break spaces too) as one plain space."""
    return re.sub(r"\s+", " ", page_text.replace("\u00a0", " ").replace("\u202f", " "))


@dataclass(frozen=True, slots=True)
class Printed:
    site: Path
    pdf: Path
    pages: list[str]
    """The text of each page, spaces normalised."""
    reader: PdfReader
    seconds: float


@pytest.fixture(scope="module")
def print_site(demo_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _with_print_css(demo_site, tmp_path_factory.mktemp("utskrift") / "public")


@pytest.fixture(scope="module")
def printed(print_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Printed:
    out = tmp_path_factory.mktemp("pdf") / "handlingar" / "kvalitet.pdf"
    start = time.monotonic()
    assert print_pdf(print_site, PAGE, out, title=TITLE) == out
    seconds = time.monotonic() - start
    reader = PdfReader(out)
    return Printed(print_site, out, [_text(page.extract_text()) for page in reader.pages], reader, seconds)


@pytest.fixture
def site_copy(print_site: Path, tmp_path: Path) -> Path:
    return _with_print_css(print_site, tmp_path / "public")


def test_the_title_page_comes_first(printed: Printed) -> None:
    first = printed.pages[0]
    for line in (TITLE.municipality, TITLE.board, TITLE.title, TITLE.period, TITLE.approval or ""):
        assert line in first
    assert "Dataversion (commit): 0123456789. Antal ärenden: 3 177." in first
    assert "Avvikelser enligt SoL och LSS" not in first
    assert printed.reader.metadata is not None
    assert printed.reader.metadata.title == TITLE.title


def test_every_page_has_header_and_page_number(printed: Printed) -> None:
    count = len(printed.pages)
    assert count > 2
    for number, text in enumerate(printed.pages, start=1):
        assert f"Sida {number} av {count}" in text
        assert TITLE.title in text
    assert "Sida 1 av " in printed.pages[0]


def test_the_pages_are_a4(printed: Printed) -> None:
    for page in printed.reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width == pytest.approx(A4[0], abs=1)
        assert height == pytest.approx(A4[1], abs=1)


def test_the_figures_of_the_page_are_in_the_pdf(printed: Printed) -> None:
    with (printed.site / CSV).open(encoding="utf-8-sig", newline="") as handle:
        header, row, *_ = list(csv.reader(handle, delimiter=";"))
    latest_year, latest = header[-1], row[-1]
    text = " ".join(printed.pages[1:])
    assert f"{row[0]} {' '.join(row[1:])}" in text  # the table behind "Visa tabellen", row by row
    assert re.search(rf"\b{latest_year}\b.*\b{latest}\b", printed.pages[2])  # chart and caption
    assert "Avvikelser enligt SoL och LSS: riskmatris, 2021" in text  # a details box without chart


def test_the_site_around_the_page_is_not_printed(printed: Printed) -> None:
    text = " ".join(printed.pages)
    for site_only in ("Visa tabellen", "Ladda ner tabellen", "Versionens datum", "Ordlista", "Sök"):
        assert site_only not in text


def test_the_outline_has_the_headings(printed: Printed) -> None:
    titles = [item["/Title"] for item in _flat(printed.reader.outline)]
    assert titles[:3] == ["Avvikelser enligt SoL och LSS", "Antal per år", "Kategorier"]


def test_the_contents_give_each_heading_its_page(printed: Printed) -> None:
    contents = printed.pages[1].split(f" {TITLE.title} Sida 2 av ")[0]  # without header and footer
    assert contents.startswith("Innehåll ")
    entries = re.findall(r"([A-ZÅÄÖ][^\d]*?) (\d+)(?= |$)", contents.removeprefix("Innehåll "))
    titles = [item["/Title"] for item in _flat(printed.reader.outline)][1:]  # the page's h1 is not listed
    assert [title for title, _ in entries] == titles
    for title, page in entries:
        assert title in printed.pages[int(page) - 1], (title, page)


def test_page_three_as_png(printed: Printed, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = render_page_png(printed.pdf, 3, tmp_path / "sida-3.png", dpi=48)
    width, height, pixels = _read_png(out)
    assert height / width == pytest.approx(297 / 210, rel=0.01)
    ink = sum(1 for pixel in pixels if min(pixel) < 200)
    coloured = sum(1 for pixel in pixels if max(pixel) - min(pixel) > 80)  # the bars, not grey text
    assert ink > len(pixels) // 100
    assert coloured > len(pixels) // 50
    margin = int(width * 18 / 210)  # left of the 20 mm margin: no navigation, nothing at all
    assert all(min(pixels[y * width + x]) > 240 for y in range(height) for x in range(margin))
    with capsys.disabled():
        print(f"\nPDF: {len(printed.pages)} sidor på {printed.seconds:.1f} s ({PAGE})")


def test_a_chart_that_fails_stops_the_pdf(site_copy: Path, tmp_path: Path) -> None:
    (site_copy / "data" / "diagram" / "avvikelse-sol-lss-kategorier-samma-period.json").unlink()
    out = tmp_path / "ut.pdf"
    with pytest.raises(KvalitetError, match="kunde inte ritas") as caught:
        print_pdf(site_copy, PAGE, out, title=TITLE)
    assert "kv-avvikelse-sol-lss-kategorier-samma-period" in str(caught.value)
    assert "kv-avvikelse-sol-lss-antal-per-ar" not in str(caught.value)
    assert not out.exists()


def test_a_chart_that_never_finishes_stops_the_pdf(site_copy: Path, tmp_path: Path) -> None:
    (site_copy / "javascripts" / "kvalitet-charts.js").write_text("", encoding="utf-8")
    out = tmp_path / "ut.pdf"
    with pytest.raises(KvalitetError, match="blev inte färdigritade inom 1,5 sekunder"):
        print_pdf(site_copy, PAGE, out, title=TITLE, timeout_ms=1500)
    assert not out.exists()


def test_a_page_without_the_print_stylesheet_is_refused(site_copy: Path, tmp_path: Path) -> None:
    page = site_copy / PAGE
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r'<link rel="stylesheet" href="[^"]*kvalitet-print\.css">', "", text), "utf-8")
    with pytest.raises(KvalitetError, match="saknar utskriftsmallen"):
        print_pdf(site_copy, PAGE, tmp_path / "ut.pdf", title=TITLE)


def test_page_margins_must_match(site_copy: Path, tmp_path: Path) -> None:
    css = site_copy / "stylesheets" / "kvalitet-print.css"
    css.write_text(css.read_text(encoding="utf-8").replace("margin: 20mm;", "margin: 25mm;"), "utf-8")
    with pytest.raises(KvalitetError, match="sidmarginalen 25mm"):
        print_pdf(site_copy, PAGE, tmp_path / "ut.pdf", title=TITLE)


@pytest.mark.parametrize("page", ["finns-inte.html", "../utanfor.html", "data/tabeller", CSV])
def test_a_missing_page_is_refused(print_site: Path, tmp_path: Path, page: str) -> None:
    with pytest.raises(KvalitetError, match="finns inte i webbplatsmappen"):
        print_pdf(print_site, page, tmp_path / "ut.pdf", title=TITLE)


def test_title_text_is_text_not_markup(print_site: Path, tmp_path: Path) -> None:
    markup = '<img src=x onerror="document.title=1">Exempelby <b>kommun</b>'
    title = TitlePage(markup, "Socialnämnden", "Kvalitetsberättelse <i>2025</i>", "2025", None, "okänd", 0)
    out = print_pdf(print_site, "om-statistiken.html", tmp_path / "ut.pdf", title=title)
    reader = PdfReader(out)
    first = _text(reader.pages[0].extract_text())
    assert markup in first
    assert "Förslag: ännu inte fastställd av nämnden." in first
    assert "Kvalitetsberättelse <i>2025</i>" in _text(reader.pages[1].extract_text())  # the header
    assert reader.metadata is not None
    assert reader.metadata.title == "Kvalitetsberättelse <i>2025</i>"


def test_render_refuses_page_zero(printed: Printed, tmp_path: Path) -> None:
    with pytest.raises(KvalitetError, match="Sidan 0 finns inte"):
        render_page_png(printed.pdf, 0, tmp_path / "x.png")
    with pytest.raises(KvalitetError, match="kunde inte ritas som bild"):
        render_page_png(printed.pdf, len(printed.pages) + 1, tmp_path / "x.png")


def _flat(outline: Iterable[object]) -> Iterator[dict[str, object]]:
    for item in outline:
        if isinstance(item, list):
            yield from _flat(item)
        else:
            assert isinstance(item, dict)
            yield item


def _read_png(path: Path) -> tuple[int, int, list[tuple[int, ...]]]:
    """Width, height and RGB pixels of an 8-bit, non-interlaced grey or RGB PNG (as pdftoppm writes)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks = 8, b""
    width = height = channels = 0
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind, body = data[position + 4 : position + 8], data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert (depth, interlace) == (8, 0) and colour in (0, 2)
            channels = 3 if colour == 2 else 1
        elif kind == b"IDAT":
            chunks += body
        position += 12 + length
    raw, stride = zlib.decompress(chunks), width * channels
    previous, pixels = bytearray(stride), []
    for row in range(height):
        start = row * (stride + 1)
        method, line = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if method == 1:
                line[i] = (line[i] + left) & 0xFF
            elif method == 2:
                line[i] = (line[i] + up) & 0xFF
            elif method == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif method == 4:
                guess = left + up - corner
                near = min(
                    (abs(guess - left), 0, left), (abs(guess - up), 1, up), (abs(guess - corner), 2, corner)
                )
                line[i] = (line[i] + near[2]) & 0xFF
        pixels += [tuple(line[i : i + channels]) for i in range(0, stride, channels)]
        previous = line
    return width, height, pixels
