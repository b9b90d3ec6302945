"""`kvalitet bygg` for real: the demo records through validation, aggregation, MkDocs and the assets.

The browser half (every page in Chromium with axe-core) is in site/test_browser.py; here the built
files are read from disk: pages, privacy, numbers that agree, CSV and JSON, escaping, reproducibility.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import jsonschema
import pytest
import yaml

from kvalitet.cli import main
from tests.helpers import BUILD_TIME, REPO, build_site, demo_records_renaming

CASE_ID = re.compile(r"\b(?:AVV|KLA|SYN|LXS|PUI|LXM|EVB)-\d{4}-\d{4}\b")
KIND_PAGES = (
    "avvikelser-sol-lss.html",
    "avvikelser-hsl.html",
    "avvikelser-samverkan.html",
    "klagomal-och-synpunkter.html",
    "lex-sarah.html",
    "personuppgiftsincidenter.html",
    "lex-maja.html",
    "ej-verkstallda-beslut.html",
)
FIXED_PAGES = ("index.html", "trender.html", "enheter/index.html", "om-statistiken.html", "ordlista.html")
NOINDEX = '<meta name="robots" content="noindex, nofollow">'
BANNER = "Intern version för kvalitetsarbetet – får inte publiceras"


def _text_files(site: Path) -> dict[str, str]:
    suffixes = {".html", ".json", ".csv", ".xml", ".js"}
    return {
        path.relative_to(site).as_posix(): path.read_text(encoding="utf-8-sig")
        for path in sorted(site.rglob("*"))
        if path.suffix in suffixes and "vendor" not in path.parts
    }


def _records() -> list[dict[str, object]]:
    return [
        yaml.safe_load(path.read_text(encoding="utf-8"))
        for path in sorted((REPO / "records").glob("*/*.yaml"))
    ]


def _table_csv(site: Path, table_id: str) -> list[list[str]]:
    raw = (site / "data" / "tabeller" / f"{table_id}.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, so that Excel reads å, ä and ö"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_every_page_is_built(demo_site: Path) -> None:
    for page in (*KIND_PAGES, *FIXED_PAGES, "tillganglighet.html"):
        assert (demo_site / page).is_file(), page
    units = yaml.safe_load((REPO / "records" / "organisation.yaml").read_text(encoding="utf-8"))["enheter"]
    assert len(list((demo_site / "enheter").glob("*.html"))) == len(units) + 1
    assert (demo_site / "assets" / "vendor" / "plotly-cartesian.min.js").is_file()


def test_public_site_has_no_case_id_summary_or_diarienummer(demo_site: Path) -> None:
    records = _records()
    summaries = [str(record["sammanfattning"]) for record in records[::50]]
    diarienummer = [str(record["diarienummer"]) for record in records if "diarienummer" in record][::20]
    assert summaries and diarienummer
    examples = {
        found for page in (REPO / "site").glob("*.md") for found in CASE_ID.findall(page.read_text("utf-8"))
    }
    handwritten = {f"{page.stem}.html" for page in (REPO / "site").glob("*.md")}
    for name, content in _text_files(demo_site).items():
        found = set(CASE_ID.findall(content))
        if name in handwritten or name == "search/search_index.json":
            assert found <= examples, (name, found - examples)  # the examples in "Så skrivs ett ärende"
        else:
            assert not found, (name, found)
        for text in summaries:
            assert text not in content, (name, text)
        for number in diarienummer:
            assert number not in content, (name, number)


def test_internal_site_lists_cases_and_is_marked_everywhere(demo_site_internal: Path) -> None:
    pages = sorted(demo_site_internal.rglob("*.html"))
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert NOINDEX in html, page
        assert BANNER in html, page
    cases = (demo_site_internal / "intern" / "arenden.html").read_text(encoding="utf-8")
    assert len(set(CASE_ID.findall(cases))) > 50
    data = json.loads((demo_site_internal / "data" / "aggregat.json").read_text(encoding="utf-8"))
    assert all("internal" in group for group in data["groups"])


def test_public_site_is_neither_marked_nor_has_internal_pages(demo_site: Path) -> None:
    assert not (demo_site / "intern").exists()
    for page in demo_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert NOINDEX not in html and BANNER not in html, page
    data = json.loads((demo_site / "data" / "aggregat.json").read_text(encoding="utf-8"))
    assert not any("internal" in group for group in data["groups"])


def test_open_data_file_follows_its_schema(demo_site: Path) -> None:
    schema = json.loads((REPO / "schemas" / "aggregat.schema.json").read_text(encoding="utf-8"))
    data = json.loads((demo_site / "data" / "aggregat.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(data)
    assert data["as_of"] == "2026-10-31"


def test_counts_agree_with_the_records_on_every_page(demo_site: Path) -> None:
    """Counted straight from the YAML files: the overview, the kind page's CSV and the JSON agree."""
    per_kind: Counter[tuple[str, str]] = Counter()
    same_period: Counter[tuple[str, str]] = Counter()
    for record in _records():
        registered = str(record["registrerad"])
        if registered <= "2026-10-31":
            per_kind[(str(record["typ"]), registered[:4])] += 1
        if registered[5:] <= "10-31":
            same_period[(str(record["typ"]), registered[:4])] += 1
    overview = {row[0]: row[1:] for row in _table_csv(demo_site, "oversikt-antal-per-ar")}
    # The last heading names its part of the year when the year is not complete ("jan–okt 2026").
    years = [heading[-4:] for heading in _table_csv(demo_site, "oversikt-antal-per-ar")[0][1:]]
    klagomal = {row[0]: row[1:] for row in _table_csv(demo_site, "klagomal-antal-per-ar")}
    assert [int(value) for value in overview["Klagomål"]] == [per_kind[("klagomål", year)] for year in years]
    assert klagomal["Hela året"] == overview["Klagomål"]
    # The same part of every year as the incomplete last one, counted straight from the files too.
    expected = [str(same_period[("klagomål", year)]) for year in years]
    assert klagomal["jan–okt varje år"] == expected
    deviations = [
        sum(int(overview[label][index]) for label in overview if label.startswith("Avvikelser"))
        for index in range(len(years))
    ]
    assert deviations == [per_kind[("avvikelse", year)] for year in years]
    total = [int(value) for value in overview["Totalt"]]
    assert total == [sum(count for (_, y), count in per_kind.items() if y == year) for year in years]


def test_category_table_total_is_cases_and_note_explains_sums(demo_site: Path) -> None:
    rows = _table_csv(demo_site, "avvikelse-sol-lss-kategorier-per-ar")
    counts = _table_csv(demo_site, "avvikelse-sol-lss-antal-per-ar")
    assert rows[-1][0] == "Totalt"
    assert rows[-1][1:] == counts[1][1:]
    html = (demo_site / "avvikelser-sol-lss.html").read_text(encoding="utf-8")
    assert "Därför blir summan av raderna större än antalet ärenden" in html


def test_every_chart_has_its_json_and_a_table_beside_it(demo_site: Path) -> None:
    plots = 0
    for page in demo_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for chart_id, href in re.findall(r'class="kv-plot" id="kv-([^"]+)" data-figure="([^"]+)"', html):
            plots += 1
            figure = json.loads((page.parent / href).read_text(encoding="utf-8"))
            assert figure["data"] and "template" in figure["layout"], chart_id
            after = html[html.index(f'id="kv-{chart_id}"') :]
            beside = after[after.index("</figure>") : after.index("</figure>") + 200]
            assert "<details><summary>Visa tabellen</summary>" in beside or '<div class="kv-table"' in beside
    assert plots > 40


def test_dates_and_numbers_are_swedish(demo_site: Path) -> None:
    html = (demo_site / "index.html").read_text(encoding="utf-8")
    assert "till och med 31 oktober 2026" in html
    assert "3\u00a0107" in html or "3 107" in html


def test_footer_states_the_data_version(demo_site: Path) -> None:
    """One line for the data: the cut-off date and the version (the commit), on every page."""
    line = re.compile(
        r'<p class="kv-dataversion">Uppgifter till och med 31 oktober 2026 · version [0-9a-f]{7,40}</p>'
    )
    pages = sorted(demo_site.rglob("*.html"))
    assert len(pages) > 30
    for page in pages:
        assert len(line.findall(page.read_text(encoding="utf-8"))) == 1, page


def test_two_builds_of_one_commit_at_different_times_are_identical(demo_site: Path, tmp_path: Path) -> None:
    """The build time is not on the pages: a later build of one commit gives the same files."""
    later = BUILD_TIME + dt.timedelta(days=1, hours=2)
    assert build_site(REPO / "records", tmp_path / "again", now=later) == 0
    first = {p.relative_to(demo_site): p.read_bytes() for p in demo_site.rglob("*") if p.is_file()}
    second = {
        p.relative_to(tmp_path / "again"): p.read_bytes()
        for p in (tmp_path / "again").rglob("*")
        if p.is_file()
    }
    assert first.keys() == second.keys()
    assert sorted(str(path) for path in first if first[path] != second[path]) == []


def test_a_unit_name_with_markup_is_shown_as_text(tmp_path: Path) -> None:
    name = "<script>alert(1)</script> & Co"
    records = demo_records_renaming(tmp_path, name)
    assert build_site(records, tmp_path / "public") == 0
    site = tmp_path / "public"
    for page in site.rglob("*.html"):
        assert "<script>alert(1)" not in page.read_text(encoding="utf-8"), page
    html = (site / "enheter" / "hemtjanst-norr.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</h1>" in html.replace(
        '<a class="headerlink"', "</h1>", 1
    )
    assert "<title>‹script›alert(1)‹/script› ＆ Co - " in html
    search = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "<script>alert" not in search and "&lt;script&gt;alert(1)" in search
    assert 'aria-label="Stapeldiagram: &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co, Avvikelser' in html


def test_invalid_records_stop_the_build_with_the_validators_message(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = next(records.glob("*/AVV-*.yaml"))
    broken.write_text(broken.read_text(encoding="utf-8").replace("status:", "staus:"), encoding="utf-8")
    out = tmp_path / "public"
    assert main(["bygg", str(records), "--per", "2024-12-31", "--ut", str(out)]) == 1
    captured = capsys.readouterr()
    assert f"{broken.name}:" in captured.out
    assert captured.err.strip() == (
        "Webbplatsen byggdes inte, eftersom ärendena ovan har fel. Rätta dem och kör kommandot igen."
    )
    assert not out.exists()


def test_the_build_refuses_to_empty_a_project_folder(
    records: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["bygg", str(records), "--per", "2024-12-31", "--ut", str(records)]) == 2
    assert "mappen töms före bygget" in capsys.readouterr().err
    assert (records / "organisation.yaml").is_file()


def test_records_outside_git_need_a_cut_off_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "records"
    shutil.copytree(REPO / "tests" / "cases" / "base", records)
    assert main(["bygg", str(records), "--ut", str(tmp_path / "public")]) == 2
    assert "Ange datumet med --per ÅÅÅÅ-MM-DD." in capsys.readouterr().err


def test_no_csv_download_holds_a_live_formula(tmp_path: Path) -> None:
    records = demo_records_renaming(tmp_path, '=HYPERLINK("https://evil.example","Hemtjänst")')
    assert build_site(records, tmp_path / "public") == 0
    files = sorted((tmp_path / "public").rglob("*.csv"))
    rows = [
        row for path in files for row in csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=";")
    ]
    assert any("HYPERLINK" in cell for row in rows for cell in row)
    live = [cell for row in rows for cell in row if cell.startswith(("=", "+", "@", "\t", "\r"))]
    assert live == []
    assert not [cell for row in rows for cell in row if cell.startswith("-") and not _is_number(cell)]


def _is_number(cell: str) -> bool:
    return bool(re.fullmatch(r"-\d+(,\d+)?", cell))


def test_a_line_break_in_a_name_keeps_the_page_whole(tmp_path: Path) -> None:
    records = demo_records_renaming(tmp_path, "Hemtjänst\n# Rubrik\n\n- punkt")
    assert build_site(records, tmp_path / "public") == 0
    page = (tmp_path / "public" / "enheter" / "hemtjanst-norr.html").read_text(encoding="utf-8")
    article = page[page.index("<article") : page.index("</article>")]
    assert article.count("<h1") == 1
    assert "<h1" in article and "Hemtjänst # Rubrik - punkt<a" in article
    assert "<li>punkt" not in article
