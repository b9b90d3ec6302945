"""The periods of the reports: their names, the list of reports, and how a delårsrapport names its
period in its tables and charts."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import jsonschema
import pytest

from kvalitet.annual.model import ReportData, categories_chart_label, interim_text
from kvalitet.annual.periods import HALF, QUARTER, TERTIAL, YEAR, ReportPeriod, report_periods
from kvalitet.messages import say
from tests.helpers import REPO

AS_OF = dt.date(2026, 10, 31)


@pytest.mark.parametrize(
    ("period", "id", "label", "start", "end"),
    [
        (ReportPeriod(2024, YEAR), "2024", "2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        (
            ReportPeriod(2024, HALF, 1),
            "2024-halvar",
            "januari–juni 2024",
            dt.date(2024, 1, 1),
            dt.date(2024, 6, 30),
        ),
        (
            ReportPeriod(2024, TERTIAL, 1),
            "2024-tertial-1",
            "januari–april 2024",
            dt.date(2024, 1, 1),
            dt.date(2024, 4, 30),
        ),
        (
            ReportPeriod(2024, TERTIAL, 2),
            "2024-tertial-2",
            "januari–augusti 2024",
            dt.date(2024, 1, 1),
            dt.date(2024, 8, 31),
        ),
        (
            ReportPeriod(2024, QUARTER, 1),
            "2024-kvartal-1",
            "januari–mars 2024",
            dt.date(2024, 1, 1),
            dt.date(2024, 3, 31),
        ),
        (
            ReportPeriod(2024, QUARTER, 2),
            "2024-kvartal-2",
            "april–juni 2024",
            dt.date(2024, 4, 1),
            dt.date(2024, 6, 30),
        ),
        (
            ReportPeriod(2024, QUARTER, 3),
            "2024-kvartal-3",
            "juli–september 2024",
            dt.date(2024, 7, 1),
            dt.date(2024, 9, 30),
        ),
        (
            ReportPeriod(2024, QUARTER, 4),
            "2024-kvartal-4",
            "oktober–december 2024",
            dt.date(2024, 10, 1),
            dt.date(2024, 12, 31),
        ),
    ],
)
def test_a_period_is_named_by_its_months(
    period: ReportPeriod, id: str, label: str, start: dt.date, end: dt.date
) -> None:
    assert (period.id, period.label(), period.start(), period.end()) == (id, label, start, end)
    assert ReportPeriod.from_id(id) == period


def test_titles_and_labels_of_other_years() -> None:
    assert ReportPeriod(2026, YEAR).title() == "Kvalitetsberättelse 2026"
    tertial = ReportPeriod.from_id("2026-tertial-2")
    assert tertial.title() == "Delårsrapport januari–augusti 2026"
    assert tertial.label(2024) == "januari–augusti 2024"
    assert tertial.window() == "januari–augusti"
    assert tertial.in_window(dt.date(2019, 8, 31)) and not tertial.in_window(dt.date(2026, 9, 1))
    quarter = ReportPeriod.from_id("2026-kvartal-3")
    assert not quarter.in_window(dt.date(2026, 6, 30)) and quarter.in_window(dt.date(2020, 7, 1))


def test_the_follow_up_is_the_end_of_the_next_month_at_the_latest_the_cut_off() -> None:
    assert ReportPeriod(2024, YEAR).default_follow_up(dt.date(2026, 1, 1)) == dt.date(2025, 1, 31)
    assert ReportPeriod(2024, YEAR).default_follow_up(dt.date(2025, 1, 10)) == dt.date(2025, 1, 10)
    assert ReportPeriod(2026, TERTIAL, 2).default_follow_up(AS_OF) == dt.date(2026, 9, 30)
    assert ReportPeriod(2026, TERTIAL, 1).default_follow_up(AS_OF) == dt.date(2026, 5, 31)


@pytest.mark.parametrize(
    "text",
    ["2024-kvartal-5", "2024-kvartal-0", "2024-kvartal-10", "2024-tertial-3", "2024-tertial", "2024-halvar-1",
     "2024-halvår", "24", "2024-", "2024-kvartal-1x"],
)  # fmt: skip
def test_an_unknown_report_name_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=re.escape(text)):
        ReportPeriod.from_id(text)


def test_the_default_gives_a_half_year_report_in_every_year() -> None:
    ids = [period.id for period in report_periods(2023, AS_OF)]
    assert ids == ["2026-halvar", "2025", "2025-halvar", "2024", "2024-halvar", "2023", "2023-halvar"]


def test_reports_are_ordered_by_period_end_newest_first_and_longer_first() -> None:
    ids = [period.id for period in report_periods(2025, AS_OF, kinds=(QUARTER, HALF, TERTIAL))]
    assert ids == [
        "2026-kvartal-3",  # ends 30 September 2026
        "2026-tertial-2",  # 31 August
        "2026-halvar",  # 30 June: januari–juni before april–juni
        "2026-kvartal-2",
        "2026-tertial-1",  # 30 April
        "2026-kvartal-1",
        "2025",  # 31 December 2025: the year before oktober–december
        "2025-kvartal-4",
        "2025-kvartal-3",
        "2025-tertial-2",
        "2025-halvar",
        "2025-kvartal-2",
        "2025-tertial-1",
        "2025-kvartal-1",
    ]


def test_a_period_has_a_report_from_its_last_day() -> None:
    ids = [period.id for period in report_periods(2026, dt.date(2026, 8, 31), kinds=(TERTIAL,))]
    assert ids == ["2026-tertial-2", "2026-tertial-1"]
    ids = [period.id for period in report_periods(2026, dt.date(2026, 8, 30), kinds=(TERTIAL,))]
    assert ids == ["2026-tertial-1"]


def test_without_delarsrapporter_only_years_and_approved_reports() -> None:
    periods = report_periods(2024, AS_OF, approved=["2025-kvartal-2", "2024-halvar"], kinds=())
    assert [period.id for period in periods] == ["2025", "2025-kvartal-2", "2024", "2024-halvar"]


def test_the_approval_schema_takes_every_report_name_and_no_other() -> None:
    schema = json.loads((REPO / "schemas" / "faststallda.schema.json").read_text(encoding="utf-8"))
    pattern = schema["properties"]["fastställda"]["items"]["properties"]["berättelse"]["pattern"]
    names = [period.id for period in report_periods(2024, AS_OF, kinds=(HALF, TERTIAL, QUARTER))]
    assert len(names) == 2 * (1 + 1 + 2 + 4) + 6
    assert [name for name in names if not re.fullmatch(pattern, name)] == []
    for wrong in ("2024-tertial-3", "2024-kvartal-5", "2024-halvar-1", "2024-tertial"):
        assert not re.fullmatch(pattern, wrong)
    jsonschema.Draft202012Validator.check_schema(schema)


def test_the_policy_schema_default_is_the_code_default() -> None:
    schema = json.loads((REPO / "schemas" / "kvalitet.schema.json").read_text(encoding="utf-8"))
    field = schema["properties"]["delårsrapporter"]
    assert field["items"]["enum"] == [HALF, TERTIAL, QUARTER]
    kinds = [period.kind for period in report_periods(2026, dt.date(2026, 12, 31))]
    assert kinds == [YEAR, *field["default"]]


TERTIAL_2 = ReportPeriod(2026, TERTIAL, 2)
COLUMNS = ("2024", "2025", "2026")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (say("title-units", group="Klagomål"), "Klagomål: per enhet, januari–augusti 2024–2026"),
        (say("title-categories", group="Lex Sarah"), "Lex Sarah: kategorier, januari–augusti 2024–2026"),
        (
            say("title-harm", group="Avvikelser enligt HSL"),
            "Avvikelser enligt HSL: skada, januari–augusti 2024–2026",
        ),
        (say("title-combined-feedback"), "Klagomål och synpunkter: kategorier, januari–augusti 2024–2026"),
        (say("title-feedback", group="Klagomål"), "Klagomål: återkoppling till den som hörde av sig"),
        (
            say("note-several-categories", year=2026, cases=79, marks=85),
            "Ett ärende kan ha mer än en kategori. Därför blir summan av raderna större än antalet ärenden. "
            "Januari–augusti 2026: antal ärenden 79, antal kategorier sammanlagt 85.",
        ),
        (
            say("note-ivo-decision"),
            "Tabellen gäller de ärenden som har anmälts till IVO, efter den period då ärendet registrerades.",
        ),
        ("Något annat per år", "Något annat per år"),
    ],
)
def test_a_delarsrapport_names_its_period_in_titles_and_notes(text: str, expected: str) -> None:
    assert interim_text(text, COLUMNS, TERTIAL_2) == expected
    assert interim_text(text, COLUMNS, ReportPeriod(2026, YEAR)) == text


def test_a_table_of_one_period_names_its_year_once() -> None:
    title = say("title-status", group="Lex Maja", date="30 september 2026")
    assert interim_text(title, ["2026"], TERTIAL_2) == (
        "Lex Maja: status den 30 september 2026 för ärenden registrerade januari–augusti 2026"
    )
    note = say("note-several-reasons", year=2026, cases=10, marks=12)
    assert interim_text(note, ["2025", "2026"], ReportPeriod(2026, QUARTER, 3)).endswith(
        " Juli–september 2026: antal beslut 10, antal skäl sammanlagt 12."
    )


def _report(site: Path, name: str) -> str:
    return (site / "kvalitetsberattelse" / f"{name}.html").read_text(encoding="utf-8")


def _captions_and_notes(page: str) -> list[str]:
    found = re.findall(r'<caption>(.*?)</caption>|<p class="kv-note">(.*?)</p>', page, flags=re.S)
    return [html.unescape(caption or note) for caption, note in found]


def test_the_demo_makes_a_report_for_every_year_and_tertial(demo_site: Path) -> None:
    pages = sorted(path.stem for path in (demo_site / "kvalitetsberattelse").glob("*.html"))
    years = [str(year) for year in range(2021, 2026)]
    expected = [*years, *(f"{year}-tertial-{part}" for year in [*years, "2026"] for part in (1, 2))]
    assert pages == sorted([*expected, "index"])
    index = html.unescape(_report(demo_site, "index"))
    titles = re.findall(r">((?:Kvalitetsberättelse|Delårsrapport) [^<]+)</a>", index)
    assert titles[:4] == [
        "Delårsrapport januari–augusti 2026",
        "Delårsrapport januari–april 2026",
        "Kvalitetsberättelse 2025",
        "Delårsrapport januari–augusti 2025",
    ]
    assert len(titles) == len(expected)


def test_a_built_delarsrapport_speaks_of_its_period(demo_site: Path) -> None:
    page = _report(demo_site, "2026-tertial-2")
    texts = _captions_and_notes(page)
    for expected in (
        "Klagomål och synpunkter: kategorier, januari–augusti 2023–2026",
        "Klagomål: per enhet, januari–augusti 2024–2026",
        "Avvikelser enligt SoL och LSS: status den 30 september 2026 för ärenden registrerade "
        "januari–augusti 2026",
        "Avvikelser enligt HSL: skada, januari–augusti 2024–2026",
        "Lex Sarah: anmälda till IVO, januari–augusti 2024–2026",
        "Ej verkställda beslut: SoL och LSS, januari–augusti 2024–2026",
    ):
        assert expected in texts
    several = [text for text in texts if text.startswith("Ett ärende kan ha mer än en kategori.")]
    assert several[0].endswith(" Januari–augusti 2026: antal ärenden 91, antal kategorier sammanlagt 94.")
    assert "Under januari–augusti 2026 kom 33 klagomål och 58 synpunkter in, sammanlagt 91" in page
    assert [text for text in texts if re.search(r"\b[Åå]r\b", text)] == []


def test_a_kvalitetsberattelse_still_counts_per_year(demo_site: Path) -> None:
    texts = _captions_and_notes(_report(demo_site, "2025"))
    assert "Klagomål: per enhet och år" in texts
    assert "Avvikelser enligt HSL: skada per år" in texts


def test_the_chart_of_categories_names_the_two_periods() -> None:
    class Years:
        years = (2024, 2025, 2026)

    data = ReportData(TERTIAL_2, Years(), dt.date(2026, 9, 30))  # type: ignore[arg-type]
    assert categories_chart_label(data, "Klagomål och synpunkter: kategorier, januari–augusti 2024–2026") == (
        "Liggande stapeldiagram: Klagomål och synpunkter: kategorier, januari–augusti 2024–2026, "
        "januari–augusti 2025 och januari–augusti 2026."
    )
    year = ReportData(ReportPeriod(2026, YEAR), Years(), dt.date(2027, 1, 31))  # type: ignore[arg-type]
    assert categories_chart_label(year, "T") == "Liggande stapeldiagram: T, de två senaste åren."
