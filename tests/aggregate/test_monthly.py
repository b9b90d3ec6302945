"""Each group's control chart and its verdict in words: exactly true of the chart it describes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from kvalitet.aggregate import aggregate
from kvalitet.aggregate.monthly import month_range
from kvalitet.aggregate.verdict import point_words
from kvalitet.records.reference import Change, Policy
from tests.aggregate.helpers import load, run, write
from tests.aggregate.spc_helpers import counts_series, days_series


def test_months_run_to_the_last_complete_month() -> None:
    first = dt.date(2023, 11, 20)
    assert month_range(first, dt.date(2024, 2, 29)) == ("2023-11", "2023-12", "2024-01", "2024-02")
    assert month_range(first, dt.date(2024, 2, 28)) == ("2023-11", "2023-12", "2024-01")
    assert month_range(first, dt.date(2024, 1, 15)) == ("2023-11", "2023-12")
    assert month_range(first, dt.date(2023, 11, 30)) == ("2023-11",)
    assert month_range(first, dt.date(2023, 11, 29)) == ()
    assert month_range(None, dt.date(2024, 1, 1)) == ()


def test_points_are_named_as_months_or_days() -> None:
    assert point_words(counts_series([10, 14] * 6), 2) == "mars 2023"
    assert point_words(days_series([5] * 12), 0) == "7 januari 2023"


VERDICTS = [
    ("ordinary", [10, 14] * 12, {}, "spc-no-signal", "Inom vanlig variation sedan januari 2023."),
    (
        "a run at the end",
        [14, 10] * 9 + [20] * 9,
        {"freeze": 18},
        "spc-run-now",
        "Högre än vanligt sedan juli 2024: nio månader i rad över medellinjen. Ingen dokumenterad "
        "förändring förklarar det.",
    ),
    (
        "a run at the end, where higher is worse",
        [14, 10] * 9 + [20] * 9,
        {"freeze": 18, "direction": "hogre-samre"},
        "spc-run-now",
        "Högre än vanligt sedan juli 2024: nio månader i rad över medellinjen. Ingen dokumenterad "
        "förändring förklarar det, och det är en försämring.",
    ),
    (
        "a run at the end, where higher is better",
        [14, 18] * 9 + [8] * 9,
        {"freeze": 18, "direction": "hogre-battre"},
        "spc-run-now",
        "Lägre än vanligt sedan juli 2024: nio månader i rad under medellinjen. Ingen dokumenterad "
        "förändring förklarar det, och det är en försämring.",
    ),
    (
        "a recent point outside the limits",
        [10, 14] * 11 + [30, 14],
        {},
        "spc-outside",
        "November 2024: högre än vanligt, över den övre gränsen för vanlig variation.",
    ),
    (
        "a point outside the limits earlier in the part",
        [30] + [10, 14] * 12,
        {},
        "spc-earlier-outside",
        "Inom vanlig variation sedan februari 2023. Januari 2023 låg över den övre gränsen för vanlig "
        "variation.",
    ),
    (
        "a run earlier in the part",
        [12, 16] * 3 + [24] * 10 + [10, 18] * 6,
        {},
        "spc-run-earlier",
        "En varaktig förändring från juli 2023 till april 2024 som inte är förklarad: tio månader i rad "
        "över medellinjen. Sedan dess inom vanlig variation.",
    ),
    (
        "a new part too short to judge",
        [10, 14] * 9 + [20] * 6,
        {"changes": [(18, "Ny rutin för rapportering")]},
        "spc-new-part",
        "Sedan juli 2024 (Ny rutin för rapportering) finns bara 6 månader att bedöma. Minst 12 behövs "
        "innan diagrammet kan skilja en förändring från slumpen.",
    ),
    (
        "a documented change explains a new level",
        [10, 14] * 9 + [20, 24] * 6,
        {"changes": [(18, "Ny rutin för rapportering")]},
        "spc-no-signal",
        "Inom vanlig variation sedan juli 2024.",
    ),
    (
        "too few months",
        [10, 14, 12],
        {},
        "spc-too-few",
        "Det finns bara 3 månader att jämföra. Minst 12 månader behövs för att säga om variationen är "
        "vanlig eller inte.",
    ),
]


@pytest.mark.parametrize(
    ("name", "values", "options", "code", "sentence"), VERDICTS, ids=[v[0] for v in VERDICTS]
)
def test_the_verdict_says_exactly_what_the_chart_shows(
    name: str, values: list[int], options: dict[str, object], code: str, sentence: str
) -> None:
    series = counts_series(values, **options)  # type: ignore[arg-type]
    assert (series.verdict_code, series.verdict) == (code, sentence)


def test_a_signal_of_the_current_part_has_its_side_and_meaning() -> None:
    rise = counts_series([14, 10] * 9 + [20] * 9, freeze=18, direction="hogre-samre")
    assert rise.verdict_side == "high" and rise.meaning("high") == "concern"
    assert rise.meaning("low") == "improvement"
    assert counts_series([10, 14] * 12).verdict_side == ""


def test_days_between_rare_cases_have_words_of_their_own() -> None:
    quiet = days_series([20, 30] * 8)
    assert quiet.verdict == "Inom vanlig variation sedan 22 januari 2023."
    longer = days_series([20, 30] * 8 + [90] * 10)
    assert longer.verdict_code == "spc-run-now"
    assert longer.verdict.startswith("Längre tid än vanligt mellan ärendena sedan ")
    assert days_series([20] * 5).verdict == (
        "För få ärenden för ett styrdiagram: 6 på 24 månader. Jämför i stället antalet per år."
    )


def test_a_group_of_few_cases_gets_days_between_and_the_changes_of_its_own(records: Path) -> None:
    for number, day in enumerate(("2024-02-10", "2024-05-02", "2024-09-30", "2024-12-01"), start=2):
        write(records, "lex_sarah", number, day)
    change = Change(dt.date(2024, 6, 1), "Ny rutin", ("lex_sarah",))
    other = Change(dt.date(2024, 3, 1), "Annat", ("klagomål",))
    series = run(records, "2024-12-31", Policy(changes=(other, change))).group("lex_sarah").monthly
    assert series.measure == "dagar-mellan"
    assert series.chart is None  # four intervals are too few for a chart
    assert [marker.text for marker in series.changes] == ["Ny rutin"]
    assert series.verdict_code == "spc-rare"


def test_the_series_json_names_its_points_parts_and_signals() -> None:
    series = counts_series([14, 10] * 9 + [20] * 9, freeze=18, direction="hogre-samre")
    data: Any = series.to_json()
    assert data["measure"] == "antal-per-manad" and data["direction"] == "hogre-samre"
    chart = data["chart"]
    assert isinstance(chart, dict)
    assert chart["type"] == "c"
    assert chart["centre"][0] == 12 and chart["upper"][0] == round(12 + 3 * 12**0.5, 3)
    signals = chart["signals"]
    assert isinstance(signals, list) and signals
    assert {signal["meaning"] for signal in signals} == {"concern"}
    assert data["verdict_side"] == "high"


def test_a_report_counted_after_its_year_ends_its_months_in_december(records: Path) -> None:
    """The 2024 report is counted as of 31 January 2025, but holds no case of 2025: January 2025 is not
    a month without cases, and must not be charted as one."""
    write(records, "avvikelse", 2, "2024-12-20")
    cases, reference = load(records)
    result = aggregate(cases, reference, as_of=dt.date(2025, 1, 31), last_year=2024)
    assert result.group("avvikelse-sol-lss").monthly.last_month == "2024-12"
    assert run(records, "2025-01-31").group("avvikelse-sol-lss").monthly.last_month == "2025-01"
