"""The kvalitetsberättelse: Swedish counts, markers in the staff's text, the generated prose
against the records, and approved reports read from git history."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from kvalitet.annual.narrative import Decision, Narrative, from_text, leave_out_unwritten, narrative, pieces
from kvalitet.annual.words import NOUNS, count, percent
from kvalitet.errors import KvalitetError
from kvalitet.site import assets, browsercheck
from tests.helpers import BUILD_TIME, REPO, build_site, git


def _text(page: Path) -> str:
    """The article's text, tags removed, whitespace folded."""
    source = page.read_text(encoding="utf-8")
    article = source[source.index("<article") : source.index("</article>")]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", article)).split())


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [
        (0, "avvikelse", "inga avvikelser"),
        (1, "avvikelse", "en avvikelse"),
        (2, "avvikelse", "två avvikelser"),
        (12, "synpunkt", "tolv synpunkter"),
        (93, "avvikelse", "93 avvikelser"),
        (1234, "avvikelse", "1\u00a0234 avvikelser"),
        (1, "klagomål", "ett klagomål"),
        (0, "klagomål", "inga klagomål"),
        (1, "ej_verkställt_beslut", "ett ej verkställt beslut"),
        (3, "lex_maja", "tre anmälningar enligt lex Maja"),
    ],
)
def test_counts_read_as_swedish(n: int, noun: str, expected: str) -> None:
    assert count(n, NOUNS[noun]) == expected


def test_percent_has_a_decimal_comma() -> None:
    assert percent(7, 11) == "63,6 procent"
    assert percent(1, 3) == "33,3 procent"


def test_an_unknown_marker_names_file_line_and_the_known_ones() -> None:
    text = Narrative("site/berattelse/2024.md", ("## Inledning", "", "{{ avvikelser }}"), True)
    with pytest.raises(KvalitetError) as raised:
        list(pieces(text, {"avvikelser-hsl", "lex-sarah"}))
    assert str(raised.value) == (
        "site/berattelse/2024.md:3: markeringen {{ avvikelser }} finns inte. "
        "Använd någon av: avvikelser-hsl, lex-sarah, eventuellt med .text, tabeller, diagram "
        "efter namnet (till exempel {{ avvikelser-sol-lss.text }})."
    )


def test_markers_split_the_text() -> None:
    text = Narrative("x.md", ("Före", "{{ lex-sarah.text }}", "Efter", "  {{ att-skriva }}"), True)
    parts = list(pieces(text, {"lex-sarah"}))
    assert [part if isinstance(part, str) else (part.section, part.part, part.line) for part in parts] == [
        "Före",
        ("lex-sarah", "text", 2),
        "Efter",
        ("att-skriva", None, 4),
    ]


def _per_year(typ: str, *, law: tuple[str, ...] = ()) -> Counter[int]:
    counts: Counter[int] = Counter()
    for path in (REPO / "records").glob("*/*.yaml"):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        if record["typ"] == typ and (not law or (record.get("lagrum") in law and "samverkan" not in record)):
            counts[int(str(record["registrerad"])[:4])] += 1
    return counts


def _versus(now: int, then: int, year: int) -> str:
    """The clause of the comparison, as the records give it (the prose's own rule, written out)."""
    if now == then:
        return f"lika många som {year}"
    return f"{abs(now - then)} {'fler' if now > then else 'färre'} än {year} ({then})"


def test_the_report_states_the_figures_of_the_records(demo_site: Path) -> None:
    text = _text(demo_site / "kvalitetsberattelse" / "2025.html")
    sol = _per_year("avvikelse", law=("SoL", "LSS"))
    assert (
        f"Under 2025 rapporterades {sol[2025]} avvikelser enligt SoL och LSS, "
        f"{_versus(sol[2025], sol[2024], 2024)} och {_versus(sol[2025], sol[2023], 2023)}."
    ) in text
    complaints, views = _per_year("klagomål"), _per_year("synpunkt")
    total = {year: complaints[year] + views[year] for year in (2023, 2024, 2025)}
    assert f"sammanlagt {total[2025]}, {_versus(total[2025], total[2024], 2024)}" in text
    assert "vid uppföljningen den 31 januari 2026" in text
    assert "Vid uppföljningen den 31 januari 2026 hade" in text
    assert "Utkast: berättelsen är inte fastställd av nämnden" in text


UNWRITTEN = ("Inledning", "Ansvar och roller", "Processer och rutiner", "Årets kvalitetsarbete")


def test_a_report_without_text_shows_only_what_is_written(demo_site: Path) -> None:
    text = _text(demo_site / "kvalitetsberattelse" / "2023.html")
    assert (
        "Utkast: berättelsen är inte fastställd av nämnden, och siffrorna ändras om ärendena ändras. "
        "Avsnitt som inte är skrivna än och därför inte visas: Inledning, Ansvar och roller, Processer och "
        "rutiner, Årets kvalitetsarbete, Förbättringsområden."
    ) in text
    for heading in (*UNWRITTEN, "Förbättringsområden"):
        assert f"{heading} ¶" not in text
    assert "Att skriva" not in text and "site/berattelse" not in text
    assert "Resultat ¶" in text and "Lex Sarah ¶" in text


def test_the_internal_report_says_what_is_still_to_write(demo_site_internal: Path) -> None:
    text = _text(demo_site_internal / "kvalitetsberattelse" / "2023.html")
    assert "Texten är inte skriven än" in text
    assert text.count("Det här avsnittet skrivs av förvaltningen i site/berattelse/2023.md") == 5
    for heading in (*UNWRITTEN, "Förbättringsområden"):
        assert f"{heading} ¶" in text


def test_a_written_report_has_no_missing_sections(demo_site: Path) -> None:
    text = _text(demo_site / "kvalitetsberattelse" / "2025.html")
    assert "Avsnitt som inte är skrivna" not in text
    for heading in (*UNWRITTEN, "Förbättringsområden"):
        assert f"{heading} ¶" in text


def test_a_partly_written_section_is_named_as_partly_missing() -> None:
    text = Narrative("x.md", ("## Inledning", "", "Skrivet.", "", "{{ att-skriva }}", "## Mål", ""), True)
    kept, missing = leave_out_unwritten(list(pieces(text, set())))
    assert kept == ["## Inledning\n\nSkrivet.\n", "## Mål\n"]
    assert missing == ["Inledning (delvis)"]


@pytest.mark.parametrize(
    ("front", "message"),
    [
        (
            "diarienumer: SN 1",
            "site/berattelse/2025.md:2: fältet finns inte. Överst i berättelsens text (mellan raderna ---) "
            "kan stå: diarienummer, sammanträde, förslag_till_beslut.",
        ),
        (
            "diarienummer: SN 1\nsammanträde: 17 mars",
            "site/berattelse/2025.md:3: sammanträde ska vara ett datum skrivet ÅÅÅÅ-MM-DD, till exempel "
            "2026-03-17.",
        ),
        (
            "förslag_till_beslut:",
            "site/berattelse/2025.md:2: förslag_till_beslut ska vara en text på samma rad, till exempel "
            "diarienummer: SN 2026/14.",
        ),
    ],
)
def test_a_wrong_front_matter_names_file_and_line(front: str, message: str) -> None:
    with pytest.raises(KvalitetError) as raised:
        from_text("site/berattelse/2025.md", f"---\n{front}\n---\n## Inledning\n")
    assert str(raised.value) == message


def test_the_front_matter_is_read_and_markers_keep_their_file_lines() -> None:
    text = from_text(
        "site/berattelse/2025.md",
        "---\ndiarienummer: SN 2026/27\nsammanträde: 2026-03-17\n---\n## Resultat\n{{ okänd }}\n",
    )
    assert text.decision == Decision("SN 2026/27", dt.date(2026, 3, 17), None)
    with pytest.raises(KvalitetError, match=r"^site/berattelse/2025\.md:6: markeringen"):
        list(pieces(text, {"lex-sarah"}))


def test_a_tertial_is_compared_with_the_same_tertial(demo_site: Path) -> None:
    text = _text(demo_site / "kvalitetsberattelse" / "2026-tertial-2.html")
    assert "Under januari–augusti 2026 rapporterades" in text
    assert "samma period 2025" in text and "samma period 2024" in text


@pytest.fixture(scope="module")
def approved_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repo with the demo records, a decision approving 2025 at the first commit, and then one
    2025 record more and one changed."""
    project = tmp_path_factory.mktemp("faststalld") / "projekt"
    shutil.copytree(REPO / "records", project / "records")
    shutil.copytree(REPO / "site", project / "site")
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Ärenden")
    approved = git(project, "rev-parse", "HEAD")
    source = next(
        path
        for path in sorted((project / "records" / "2025").glob("AVV-*.yaml"))
        if "lagrum: SoL" in (text := path.read_text(encoding="utf-8"))
        and "samverkan" not in text
        and "lex_sarah" not in text
        and "diarienummer" not in text
    )
    extra = source.read_text(encoding="utf-8").replace(source.stem, "AVV-2025-9001")
    (project / "records" / "2025" / "AVV-2025-9001.yaml").write_text(extra, encoding="utf-8")
    source.write_text(source.read_text(encoding="utf-8") + "diarienummer: SN 2025/9999\n", encoding="utf-8")
    (project / "site" / "berattelse").mkdir(exist_ok=True)
    (project / "site" / "berattelse" / "faststallda.yaml").write_text(
        'fastställda:\n  - berättelse: "2025"\n    datum: 2026-03-18\n    paragraf: § 43\n'
        f"    commit: {approved}\n",
        encoding="utf-8",
    )
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "En avvikelse till, och beslutet")
    return project


def test_an_approved_report_keeps_the_figures_of_its_commit(approved_project: Path, tmp_path: Path) -> None:
    project = approved_project
    assert build_site(project / "records", tmp_path / "public", project=project) == 0
    text = _text(tmp_path / "public" / "kvalitetsberattelse" / "2025.html")
    sol = _per_year("avvikelse", law=("SoL", "LSS"))
    assert "Fastställd av socialnämnden den 18 mars 2026, § 43." in text
    assert (
        "Sedan berättelsen fastställdes har ett ärende tillkommit och ett ändrats bland periodens ärenden."
    ) in text
    assert f"Under 2025 rapporterades {sol[2025]} avvikelser enligt SoL och LSS" in text
    overview = (tmp_path / "public" / "data" / "tabeller" / "oversikt-antal-per-ar.csv").read_text(
        "utf-8-sig"
    )
    sol_row = next(
        line for line in overview.splitlines() if line.startswith("Avvikelser enligt SoL och LSS;")
    )
    assert sol_row.split(";")[5] == str(sol[2025] + 1)  # today's pages count the new record


def test_every_approved_report_is_a_version_of_its_own(approved_project: Path, tmp_path: Path) -> None:
    from kvalitet.site.build import BuildOptions
    from kvalitet.site.versions import build_versions

    out = tmp_path / "public"
    options = BuildOptions(
        records=approved_project / "records",
        out=out,
        project=approved_project,
        now=BUILD_TIME,
        as_of=dt.date(2026, 10, 31),
        cache_dir=REPO / ".cache" / "vendor",
    )
    assert build_versions(options) == 0
    versions = json.loads((out / "versions.json").read_text(encoding="utf-8"))
    assert [(item["version"], item["title"]) for item in versions] == [
        ("senaste", "Senaste uppgifterna (inte fastställda)"),
        ("2025", "Kvalitetsberättelse 2025, fastställd 18 mars 2026"),
    ]
    assert "url=senaste/index.html" in (out / "index.html").read_text(encoding="utf-8")
    sol = _per_year("avvikelse", law=("SoL", "LSS"))
    frozen = (out / "2025" / "data" / "tabeller" / "oversikt-antal-per-ar.csv").read_text("utf-8-sig")
    sol_row = next(line for line in frozen.splitlines() if line.startswith("Avvikelser enligt SoL och LSS;"))
    assert sol_row.split(";")[5] == str(sol[2025])  # the approved commit's records
    footer = (out / "2025" / "index.html").read_text(encoding="utf-8")
    commit = git(approved_project, "rev-parse", "HEAD~1")
    # Counted as of the follow-up date, from the approved commit.
    assert f"Uppgifter till och med 31 januari 2026 · version {commit[:10]}</p>" in footer
    axe = assets.fetch(REPO / ".cache" / "vendor")["axe-core"].read_text(encoding="utf-8")
    probe = (
        "() => Array.from(document.querySelectorAll('.md-version__link')).map((a) => a.textContent.trim())"
    )
    result = browsercheck.check_site(
        out, axe_source=axe, pages=["senaste/index.html", "2025/kvalitetsberattelse/2025.html"], probe=probe
    )
    assert result.ok, result.report()
    assert result.page("senaste/index.html").probe == [
        "Senaste uppgifterna (inte fastställda)",
        "Kvalitetsberättelse 2025, fastställd 18 mars 2026",
    ]


def test_a_delarsrapport_gets_the_template_of_a_period() -> None:
    interim, year = narrative(None, "2026-halvar"), narrative(None, "2025")
    assert "## Kvalitetsarbetet under perioden" in interim.lines
    assert "## Årets kvalitetsarbete" not in interim.lines
    assert "## Årets kvalitetsarbete" in year.lines
    results = [line for line in year.lines if line.startswith("{{ ") and "att-skriva" not in line]
    assert [line for line in interim.lines if line.startswith("{{ ") and "att-skriva" not in line] == results
