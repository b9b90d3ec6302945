"""An approved report stays as the nämnd approved it: built from the records and the text of its
commit, its PDF byte-identical from any later commit, and what has changed since stated on its page
(and in `kvalitet diff`), never in the PDF."""

from __future__ import annotations

import datetime as dt
import html
import io
import os
import re
import shutil
from contextlib import redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from kvalitet.cli.main import main
from tests.helpers import REPO, build_site, git

AS_OF = dt.date(2026, 1, 31)
TEXT = """---
diarienummer: SN 2026/27
sammanträde: 2026-03-17
förslag_till_beslut: Socialnämnden fastställer kvalitetsberättelsen för 2025.
---

## Inledning

Berättelsen som nämnden fastställde.

## Resultat

### Lex Sarah

{{ lex-sarah }}

## Förbättringsområden

{{ att-skriva }}
"""
EDITED = TEXT.replace("Berättelsen som nämnden fastställde.", "En mening som skrevs efteråt.")
PDF = Path("kvalitetsberattelse") / "kvalitetsberattelse-2025.pdf"
PAGE = Path("kvalitetsberattelse") / "2025.html"


def _build(project: Path, out: Path, *, pdf: bool = True) -> None:
    assert build_site(project / "records", out, as_of=AS_OF, project=project, pdf=pdf) == 0


def _approve(project: Path, *args: str) -> tuple[int, str]:
    """`kvalitet faststall` in `project`: the exit code and what it printed."""
    output = io.StringIO()
    cwd = Path.cwd()
    os.chdir(project)
    try:
        with redirect_stdout(output):
            code = main(["faststall", *args])
    finally:
        os.chdir(cwd)
    return code, output.getvalue()


def _article(page: Path) -> str:
    source = page.read_text(encoding="utf-8")
    return source[source.index("<article") : source.index("</article>")]


def _text(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _without_drift(markup: str) -> str:
    kept = re.sub(r'<p class="kv-drift">.*?</p>', "", markup, flags=re.DOTALL)
    return re.sub(r">\s+<", "><", kept)


@dataclass(frozen=True, slots=True)
class History:
    project: Path
    approved: str
    """The approved commit."""
    decision: str
    """The commit that records the decision."""
    before: Path
    """The site built at `decision`."""
    after: Path
    """The site built after the text and the records were changed."""


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    """2025's records and text committed and approved; then the text edited, a 2025 record added and
    one changed, and committed; the site (with PDFs) built before and after."""
    root = tmp_path_factory.mktemp("faststalld")
    project = root / "projekt"
    records = project / "records"
    records.mkdir(parents=True)
    for name in ("organisation.yaml", "kategorier.yaml", "kvalitet.yaml", "volymer.yaml"):
        shutil.copy(REPO / "records" / name, records / name)
    shutil.copytree(REPO / "records" / "2025", records / "2025")
    shutil.copytree(REPO / "site", project / "site", ignore=shutil.ignore_patterns("berattelse"))
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    texts = project / "site" / "berattelse"
    texts.mkdir()
    (texts / "2025.md").write_text(TEXT, encoding="utf-8")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Ärenden och text")
    approved = git(project, "rev-parse", "HEAD")
    _approve(project, "2025", "--datum", "2026-03-17", "--paragraf", "§ 12", "--commit", approved[:12])
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Nämndens beslut")
    decision = git(project, "rev-parse", "HEAD")
    before = root / "före"
    _build(project, before)
    (texts / "2025.md").write_text(EDITED, encoding="utf-8")
    source = sorted((records / "2025").glob("LXS-*.yaml"))[0]
    (records / "2025" / "LXS-2025-9001.yaml").write_text(
        source.read_text(encoding="utf-8").replace(source.stem, "LXS-2025-9001"), encoding="utf-8"
    )
    changed = sorted((records / "2025").glob("LXS-*.yaml"))[1]
    content = changed.read_text(encoding="utf-8")
    changed.write_text(re.sub(r"(?m)^diarienummer: .*$", "diarienummer: SN 2025/9999", content), "utf-8")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Ändrad text och ändrade ärenden")
    after = root / "efter"
    _build(project, after)
    return History(project, approved, decision, before, after)


def test_the_pdf_is_byte_identical_from_a_later_commit(history: History) -> None:
    first = (history.before / PDF).read_bytes()
    assert first == (history.after / PDF).read_bytes()
    assert first.startswith(b"%PDF-")


def test_the_pdf_is_dated_by_the_approved_commit(history: History) -> None:
    created = PdfReader(history.after / PDF).metadata
    assert created is not None and created.creation_date is not None
    stamp = git(history.project, "show", "-s", "--format=%cI", history.approved)
    committed = dt.datetime.fromisoformat(stamp)
    assert created.creation_date == committed.astimezone(dt.UTC).replace(microsecond=0)
    assert created.modification_date == created.creation_date


def test_the_page_keeps_the_approved_text_and_figures(history: History) -> None:
    before, after = _article(history.before / PAGE), _article(history.after / PAGE)
    assert _without_drift(before) == _without_drift(after)
    text = _text(after)
    assert "Berättelsen som nämnden fastställde." in text
    assert "En mening som skrevs efteråt." not in text
    assert "Fastställd av socialnämnden den 17 mars 2026, § 12." in text


def test_the_page_says_what_changed_since_the_approval(history: History) -> None:
    assert "Periodens ärenden har inte ändrats sedan berättelsen fastställdes." in _text(
        _article(history.before / PAGE)
    )
    drift = re.findall(r'<p class="kv-drift">(.*?)</p>', _article(history.after / PAGE), flags=re.DOTALL)
    assert [_text(part) for part in drift] == [
        "Sedan berättelsen fastställdes har ett ärende tillkommit och ett ändrats bland periodens ärenden. "
        "Här visas siffrorna som nämnden fastställde; de aktuella finns på sidorna för varje slag av ärende.",
        "Texten har ändrats efter fastställandet: en rad i förvaltningens arbetsversion skiljer sig från den "
        "fastställda. Här visas texten som nämnden fastställde.",
    ]


def test_the_drift_note_is_not_printed(history: History) -> None:
    printed = " ".join(page.extract_text() for page in PdfReader(history.after / PDF).pages)
    assert "Texten har ändrats" not in printed
    assert "Berättelsen som nämnden fastställde." in printed


def test_the_title_page_has_what_the_tjansteskrivelse_needs(history: History) -> None:
    first = " ".join(PdfReader(history.before / PDF).pages[0].extract_text().split())
    assert "Diarienummer: SN 2026/27" in first
    assert "Sammanträde: 17 mars 2026" in first
    assert "Fastställd av socialnämnden den 17 mars 2026, § 12." in first
    assert "Förslag till beslut" not in first  # approved: the decision is made


def test_a_section_not_written_is_left_out_of_the_pdf(history: History) -> None:
    printed = " ".join(page.extract_text() for page in PdfReader(history.before / PDF).pages)
    assert "Förbättringsområden" not in printed
    assert "Att skriva" not in printed


def test_diff_warns_that_the_change_touches_the_approved_report(
    history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(history.project)
    output = io.StringIO()
    with redirect_stdout(output):
        code = main(["diff", history.decision, "--per", AS_OF.isoformat()])
    assert code == 0
    lines = output.getvalue().splitlines()
    heading = lines.index("### Fastställda berättelser")
    assert lines[heading + 2] == (
        "- Ändringen rör **Kvalitetsberättelse 2025**, som är fastställd av socialnämnden den 17 mars "
        "2026, § 12: två ärenden för perioden och texten (site/berattelse/2025.md). Den fastställda "
        "berättelsen och dess PDF förblir som nämnden fastställde dem, och berättelsens sida kommer att "
        "säga att underlaget har ändrats efter fastställandet."
    )


def test_diff_says_nothing_of_approvals_when_none_is_touched(
    history: History, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(history.project)
    output = io.StringIO()
    with redirect_stdout(output):
        assert main(["diff", "HEAD", "--per", AS_OF.isoformat()]) == 0
    assert "### Fastställda berättelser" not in output.getvalue()


def test_faststall_wrote_the_decision_and_the_archive(history: History) -> None:
    texts = history.project / "site" / "berattelse"
    decisions = (texts / "faststallda.yaml").read_text(encoding="utf-8")
    assert decisions.endswith(
        'fastställda:\n  - berättelse: "2025"\n    datum: 2026-03-17\n    paragraf: § 12\n'
        f"    commit: {history.approved}\n"
    )
    archive = texts / "arkiv" / "2025"
    assert sorted(path.name for path in archive.iterdir()) == ["filer", "sida.md", "utskrift.json"]
    assert "Berättelsen som nämnden fastställde." in (archive / "sida.md").read_text(encoding="utf-8")
    assert "berattelse-2025-lex-sarah-status.csv" in {path.name for path in archive.rglob("*.csv")}


def test_the_archive_keeps_the_wording_when_the_program_changes(
    history: History, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kvalitet.messages import MESSAGES

    monkeypatch.setitem(MESSAGES, "report-lead", "En ny inledning av {municipality} om {period}.")
    monkeypatch.setitem(MESSAGES, "report-lex-sarah", "Ny formulering: {count}{comparison}.")
    _build(history.project, tmp_path / "public", pdf=False)
    article = _article(tmp_path / "public" / PAGE)
    printed = _without_drift(_article(history.after / PAGE))
    pdf_link = r'<p class="kv-download"><a href="[^"]*\.pdf">[^<]*</a>[^<]*</p>'
    assert _without_drift(article) == re.sub(pdf_link, "", printed)
    assert "En ny inledning" not in article and "Ny formulering" not in article


def test_faststall_refuses_a_report_approved_already(history: History) -> None:
    code, _ = _approve(history.project, "2025", "--datum", "2026-04-01", "--paragraf", "§ 3")
    assert code == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["2025-vår", "--datum", "2026-04-01", "--paragraf", "§ 3"],
            "kvalitet: 2025-vår är ingen berättelse. Skriv året (2025), halvåret (2025-halvar) eller "
            "kvartalet (2025-kvartal-1), som i filnamnet under site/berattelse/.",
        ),
        (
            ["2024", "--datum", "2026-04-01", "--paragraf", "43"],
            'kvalitet: Paragrafen skrivs som i protokollet, till exempel "§ 43", inte 43.',
        ),
    ],
)
def test_faststall_says_what_is_wrong(
    history: History, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = _approve(history.project, *args)
    assert code == 2
    assert capsys.readouterr().err.strip() == message
