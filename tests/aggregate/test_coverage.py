"""Records that begin recently: a period before they begin is no data, not a count of 0, and is never
compared with."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from kvalitet.aggregate.coverage import covered, records_start
from kvalitet.annual.pages import Source, report_data
from kvalitet.annual.periods import HALF, ReportPeriod
from kvalitet.annual.sections import sections
from kvalitet.history.dataversion import DataVersion
from kvalitet.records.reference import load_reference
from kvalitet.render.findings import count_finding
from kvalitet.render.kind_pages import kind_pages
from kvalitet.render.overview_page import overview_page
from kvalitet.render.page import SiteFiles
from tests.aggregate.helpers import load, run, values, write

VERSION = DataVersion("0123456789abcdef", None, dt.datetime(2026, 11, 1, 8, 0), 3)
MISSING = "Jämförelse med 2025 saknas: uppgifterna börjar 3 mars 2026."


@pytest.fixture
def recent(records: Path) -> Path:
    """tests/cases/base without its 2024 cases and its `uppgifter_från`: records that begin with the
    three cases of 2026 written here, the first on 3 March."""
    shutil.rmtree(records / "2024")
    policy = records / "kvalitet.yaml"
    kept = [line for line in policy.read_text(encoding="utf-8").splitlines() if "uppgifter" not in line]
    policy.write_text("\n".join(kept) + "\n", encoding="utf-8")
    write(records, "avvikelse", 1, "2026-03-03")
    write(records, "avvikelse", 2, "2026-05-10")
    write(records, "klagomål", 1, "2026-04-01")
    return records


def _declare(root: Path, day: str) -> None:
    policy = root / "kvalitet.yaml"
    policy.write_text(policy.read_text(encoding="utf-8") + f"uppgifter_från: {day}\n", encoding="utf-8")


def _page(files: SiteFiles, path: str) -> str:
    return next(page for page in files.pages if page.path == path).markdown


def test_the_records_begin_with_the_earliest_case_or_the_earlier_declared_day() -> None:
    assert records_start([], None) is None
    assert records_start([], dt.date(2026, 1, 1)) == dt.date(2026, 1, 1)
    assert covered(dt.date(2026, 1, 1), dt.date(2026, 1, 1))
    assert not covered(dt.date(2026, 1, 2), dt.date(2026, 1, 1))
    assert not covered(None, dt.date(2026, 1, 1))


def test_the_same_period_before_the_records_began_is_not_compared(recent: Path) -> None:
    result = run(recent, "2026-10-31")
    assert result.overview.records_start == dt.date(2026, 3, 3)
    assert not result.overview.previous_covered
    item = next(item for item in result.overview.items if item.group == "avvikelse-sol-lss")
    assert (item.year_to_date, item.previous_to_date, item.difference) == (2, None, None)
    table = result.overview.tables[1]
    assert values(table, "avvikelse-sol-lss") == (0, 2, 0)
    assert table.row("avvikelse-sol-lss").absent == (0, 2)
    assert table.total is not None and table.total.absent == (0, 2)
    assert table.row("avvikelse-sol-lss").to_json()["values"] == [None, 2, None]
    assert table.notes == (
        "Perioden 1 januari 2026 till 31 oktober 2026 jämförs inte med 1 januari 2025 till 31 oktober "
        "2025: uppgifterna börjar 3 mars 2026. Ett streck (–) betyder att uppgift saknas, inte noll.",
    )
    assert result.overview.to_json()["records_start"] == "2026-03-03"
    assert item.to_json()["previous_to_date"] is None


def test_the_overview_and_kind_pages_say_the_comparison_is_missing(recent: Path) -> None:
    files = SiteFiles()
    aggregates = run(recent, "2026-10-31")
    overview_page(files, aggregates, VERSION)
    kind_pages(files, aggregates)
    overview = _page(files, "index.md")
    assert "- [Avvikelser enligt SoL och LSS](avvikelser-sol-lss.md): 2 hittills i år\n" in overview
    assert "- [Lex Maja](lex-maja.md): 0 hittills i år\n" in overview
    assert "samma period 2025" not in overview
    assert "ökat och" not in overview  # no rise or fall against no data
    assert MISSING in overview  # the chart's caption
    assert "antal hittills i år 2026, per slag av ärende." in overview
    lead = (
        "Avvikelser enligt SoL och LSS: 2 registrerade från 1 januari 2026 till 31 oktober 2026. "
        f"{MISSING} Öppna den 31 oktober 2026: 2."
    )
    assert lead in _page(files, "avvikelser-sol-lss.md")
    feedback = _page(files, "klagomal-och-synpunkter.md")
    assert "Klagomål: 1 registrerade från 1 januari 2026 till 31 oktober 2026. " + MISSING in feedback
    assert "jämfört med" not in feedback


def test_a_declared_start_makes_the_empty_year_before_a_real_zero(recent: Path) -> None:
    _declare(recent, "2025-01-01")
    files = SiteFiles()
    aggregates = run(recent, "2026-10-31")
    assert aggregates.overview.records_start == dt.date(2025, 1, 1)
    overview_page(files, aggregates, VERSION)
    kind_pages(files, aggregates)
    overview = _page(files, "index.md")
    item = "- [Avvikelser enligt SoL och LSS](avvikelser-sol-lss.md): 2 hittills i år (0 samma period 2025)"
    assert item in overview
    assert "saknas" not in overview
    assert (
        "Avvikelser enligt SoL och LSS: 2 registrerade från 1 januari 2026 till 31 oktober 2026, jämfört "
        "med 0 samma period 2025. Öppna den 31 oktober 2026: 2."
    ) in _page(files, "avvikelser-sol-lss.md")


def test_a_year_the_records_began_within_is_not_compared_with(recent: Path) -> None:
    write(recent, "avvikelse", 3, "2025-03-03", kategorier=["informationsöverföring"])
    write(recent, "avvikelse", 4, "2025-09-01")
    aggregates = run(recent, "2026-10-31")
    group = aggregates.group("avvikelse-sol-lss")
    assert count_finding(group.counts, aggregates.as_of, aggregates.overview.records_start) == (
        "Jan–okt 2026: 2. Jämförelse med 2025 saknas: uppgifterna börjar 3 mars 2025."
    )
    categories = group.categories_same_period
    assert categories is not None and categories.columns == ("jan–okt 2025", "jan–okt 2026")
    assert all(row.absent == (0,) for row in categories.rows)
    assert categories.total is not None and categories.total.absent == (0,)
    assert categories.notes[-1] == (
        "Jämförelse med jan–okt 2025 saknas: uppgifterna börjar 3 mars 2025. Ett streck (–) betyder att "
        "uppgift saknas, inte noll."
    )
    whole = run(recent, "2026-12-31").group("avvikelse-sol-lss").counts
    assert count_finding(whole, dt.date(2026, 12, 31), dt.date(2025, 3, 3)) == (
        "År 2026: 2. Jämförelse med 2025 saknas: uppgifterna börjar 3 mars 2025."
    )


def test_a_year_from_its_first_day_is_compared_with(recent: Path) -> None:
    write(recent, "avvikelse", 3, "2025-01-01")
    aggregates = run(recent, "2026-10-31")
    assert aggregates.overview.previous_covered
    assert count_finding(
        aggregates.group("avvikelse-sol-lss").counts, aggregates.as_of, aggregates.overview.records_start
    ) == ("Jan–okt 2026: 2. Samma period 2025: 1 (hela 2025: 1).")


def test_a_case_before_the_declared_day_moves_the_start(recent: Path) -> None:
    _declare(recent, "2026-01-01")
    write(recent, "avvikelse", 3, "2025-12-01")
    cases, reference = load(recent)
    assert reference.policy.records_from == dt.date(2026, 1, 1)
    assert records_start(cases, reference.policy.records_from) == dt.date(2025, 12, 1)


def _report(root: Path, period: ReportPeriod) -> dict[str, str]:
    cases, reference = load(root)
    data = report_data(Source(cases, reference), period, dt.date(2026, 10, 31))
    return {key: section.paragraphs[0] for key, section in sections(data).items()}


def test_a_report_says_the_same_period_before_the_records_is_missing(recent: Path) -> None:
    opening = _report(recent, ReportPeriod(2026, HALF, 1))["avvikelser-sol-lss"]
    assert opening.startswith(
        "Under januari–juni 2026 rapporterades två avvikelser enligt SoL och LSS. Jämförelse med "
        "januari–juni 2025 saknas: uppgifterna börjar 3 mars 2026."
    )


def test_a_report_does_not_compare_with_a_period_the_records_began_within(recent: Path) -> None:
    write(recent, "avvikelse", 3, "2025-03-03")
    opening = _report(recent, ReportPeriod(2026, HALF, 1))["avvikelser-sol-lss"]
    assert "fler än" not in opening and "samma period 2025" not in opening
    assert "Jämförelse med januari–juni 2025 saknas: uppgifterna börjar 3 mars 2025." in opening
    _declare(recent, "2025-01-01")
    compared = _report(recent, ReportPeriod(2026, HALF, 1))["avvikelser-sol-lss"]
    assert "saknas" not in compared
    assert "1 fler än samma period 2025 (1)" in compared


def test_uppgifter_fran_must_be_a_date(recent: Path) -> None:
    _declare(recent, "mars 2026")
    _, problems = load_reference(recent)
    assert [(problem.file.name, problem.code) for problem in problems] == [("kvalitet.yaml", "schema-date")]
