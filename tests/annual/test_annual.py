"""The kvalitetsberättelse: Swedish counts, periods, markers in the staff's text, the generated prose
against the records, and approved reports read from git history."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
import yaml

from kvalitet.annual.narrative import Narrative, pieces
from kvalitet.annual.periods import HALF, QUARTER, YEAR, ReportPeriod, report_periods
from kvalitet.annual.words import NOUNS, count, percent
from kvalitet.errors import KvalitetError
from kvalitet.site import assets, browsercheck
from tests.helpers import BUILD_TIME, REPO, build_site


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


def test_periods_names_windows_and_follow_up() -> None:
    half = ReportPeriod(2026, HALF, 1)
    assert (half.id, half.label(), half.title()) == (
        "2026-halvar",
        "januari–juni 2026",
        "Delårsrapport januari–juni 2026",
    )
    assert half.in_window(dt.date(2019, 6, 30)) and not half.in_window(dt.date(2026, 7, 1))
    quarter = ReportPeriod.from_id("2026-kvartal-3")
    assert (quarter.kind, quarter.part, quarter.start(), quarter.end()) == (
        QUARTER,
        3,
        dt.date(2026, 7, 1),
        dt.date(2026, 9, 30),
    )
    year = ReportPeriod(2024, YEAR)
    assert year.default_follow_up(dt.date(2026, 1, 1)) == dt.date(2025, 1, 31)
    assert year.default_follow_up(dt.date(2025, 1, 10)) == dt.date(2025, 1, 10)
    with pytest.raises(ValueError, match="2024-kvartal-5"):
        ReportPeriod.from_id("2024-kvartal-5")


def test_reports_exist_for_ended_periods_only() -> None:
    ids = [period.id for period in report_periods(2021, dt.date(2026, 10, 31))]
    assert ids == [
        "2026-halvar",
        "2026-kvartal-1",
        "2026-kvartal-2",
        "2026-kvartal-3",
        "2025",
        "2024",
        "2023",
        "2022",
        "2021",
    ]


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


def test_a_report_without_text_has_its_sections_to_write(demo_site: Path) -> None:
    text = _text(demo_site / "kvalitetsberattelse" / "2024.html")
    assert "Texten är inte skriven än" in text
    assert text.count("Det här avsnittet skrivs av förvaltningen i site/berattelse/2024.md") == 5
    for heading in ("Inledning", "Ansvar och roller", "Processer och rutiner", "Förbättringsområden"):
        assert f"{heading} ¶" in text


def test_a_half_year_is_compared_with_the_same_half_year(demo_site: Path) -> None:
    text = _text(demo_site / "kvalitetsberattelse" / "2026-halvar.html")
    assert "Under januari–juni 2026 rapporterades" in text
    assert "samma period 2025" in text and "samma period 2024" in text


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True, env=_env()
    ).stdout.strip()


def _env() -> dict[str, str]:
    import os

    return {
        **os.environ,
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }


@pytest.fixture(scope="module")
def approved_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A git repo with the demo records, a decision approving 2025 at the first commit, and then one
    2025 record more and one changed."""
    project = tmp_path_factory.mktemp("faststalld") / "projekt"
    shutil.copytree(REPO / "records", project / "records")
    shutil.copytree(REPO / "site", project / "site")
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    _git(project, "init", "-q", "-b", "main")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "Ärenden")
    approved = _git(project, "rev-parse", "HEAD")
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
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "En avvikelse till, och beslutet")
    return project


def test_an_approved_report_keeps_the_figures_of_its_commit(approved_project: Path, tmp_path: Path) -> None:
    project = approved_project
    assert build_site(project / "records", tmp_path / "public", project=project) == 0
    text = _text(tmp_path / "public" / "kvalitetsberattelse" / "2025.html")
    sol = _per_year("avvikelse", law=("SoL", "LSS"))
    assert "Fastställd av socialnämnden den 18 mars 2026, § 43." in text
    assert "1 tillagda, 1 ändrade och 0 borttagna" in text
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
        ("senaste", "Senaste"),
        ("2025", "Kvalitetsberättelse 2025, fastställd 18 mars 2026"),
    ]
    assert "url=senaste/index.html" in (out / "index.html").read_text(encoding="utf-8")
    sol = _per_year("avvikelse", law=("SoL", "LSS"))
    frozen = (out / "2025" / "data" / "tabeller" / "oversikt-antal-per-ar.csv").read_text("utf-8-sig")
    sol_row = next(line for line in frozen.splitlines() if line.startswith("Avvikelser enligt SoL och LSS;"))
    assert sol_row.split(";")[5] == str(sol[2025])  # the approved commit's records
    footer = (out / "2025" / "index.html").read_text(encoding="utf-8")
    assert "<dd>31 januari 2026</dd>" in footer  # counted as of the follow-up date
    commit = _git(approved_project, "rev-parse", "HEAD~1")
    assert f"<dd>{commit[:10]}</dd>" in footer
    axe = assets.fetch(REPO / ".cache" / "vendor")["axe-core"].read_text(encoding="utf-8")
    probe = (
        "() => Array.from(document.querySelectorAll('.md-version__link')).map((a) => a.textContent.trim())"
    )
    result = browsercheck.check_site(
        out, axe_source=axe, pages=["senaste/index.html", "2025/kvalitetsberattelse/2025.html"], probe=probe
    )
    assert result.ok, result.report()
    assert result.page("senaste/index.html").probe == [
        "Senaste",
        "Kvalitetsberättelse 2025, fastställd 18 mars 2026",
    ]
