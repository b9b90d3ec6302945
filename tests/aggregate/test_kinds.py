"""Lex Sarah (bedömning, IVO, IVO:s beslut), personuppgiftsincidenter (IMY within 72 hours,
handlingsplan) and lex Maja (anmäld till)."""

from __future__ import annotations

from pathlib import Path

from tests.aggregate.helpers import run, values, write


def test_lex_sarah_by_assessment_report_and_decision(records: Path) -> None:
    # LXS-2024-0001: påtaglig risk för allvarligt missförhållande, anmäld 04-15, IVO:s beslut 09-02.
    group = run(records, "2024-12-31").group("lex_sarah")
    assessment = group.table("lex-sarah-bedomning-per-ar")
    assert values(assessment, "påtaglig_risk_för_allvarligt_missförhållande") == (1,)
    assert assessment.row("påtaglig_risk_för_allvarligt_missförhållande").label == (
        "Påtaglig risk för allvarligt missförhållande"
    )
    assert values(assessment, "ej_bedömd") == (0,)
    assert values(group.table("lex-sarah-ivo-per-ar"), "anmäld") == (1,)
    decision = group.table("lex-sarah-ivo-beslut-per-ar")
    assert values(decision, "avslutat_utan_åtgärd") == (1,)
    assert decision.total is not None and decision.total.values == (1,)


def test_lex_sarah_events_after_the_cut_off_have_not_happened(records: Path) -> None:
    group = run(records, "2024-08-01").group("lex_sarah")
    assert values(group.table("lex-sarah-ivo-beslut-per-ar"), "inget_beslut") == (1,)
    group = run(records, "2024-04-01").group("lex_sarah")
    assert values(group.table("lex-sarah-ivo-per-ar"), "ej_anmäld") == (1,)
    assert group.table("lex-sarah-ivo-beslut-per-ar").total.values == (0,)  # type: ignore[union-attr]


def test_lex_sarah_not_yet_assessed(records: Path) -> None:
    write(records, "lex_sarah", 2, "2024-10-01")
    group = run(records, "2024-12-31").group("lex_sarah")
    assert values(group.table("lex-sarah-bedomning-per-ar"), "ej_bedömd") == (1,)
    assert values(group.table("lex-sarah-ivo-per-ar"), "ej_anmäld") == (1,)


def test_incidents_reported_to_imy_within_72_hours_or_later(records: Path) -> None:
    # PUI-2024-0001: upptäckt 05-03 10:30, anmäld 05-05 09:00 (46.5 hours), handlingsplan true.
    write(records, "personuppgiftsincident", 2, "2024-06-01", anmäld_imy="2024-06-04 08:00")  # 72 hours
    write(
        records, "personuppgiftsincident", 3, "2024-06-01", anmäld_imy="2024-06-04 08:01", handlingsplan=False
    )
    write(records, "personuppgiftsincident", 4, "2024-06-01", anmäld_imy="2025-01-02 08:00")
    group = run(records, "2024-12-31").group("personuppgiftsincident")
    imy = group.table("personuppgiftsincident-imy-per-ar")
    assert [(row.key, row.label, row.values) for row in imy.rows] == [
        ("inom_72_timmar", "Anmäld inom 72 timmar", (2,)),
        ("efter_72_timmar", "Anmäld senare än 72 timmar", (1,)),
        ("ej_anmäld", "Inte anmäld", (1,)),
    ]
    plan = group.table("personuppgiftsincident-handlingsplan-per-ar")
    assert [(row.key, row.values) for row in plan.rows] == [("ja", (1,)), ("nej", (1,)), ("ej_angivet", (2,))]


def test_lex_maja_by_recipient(records: Path) -> None:
    write(records, "lex_maja", 2, "2024-09-01", anmäld_till="polisen")
    table = run(records, "2024-12-31").group("lex_maja").table("lex-maja-anmald-till-per-ar")
    assert [(row.key, row.label, row.values) for row in table.rows] == [
        ("länsstyrelsen", "Länsstyrelsen", (1,)),
        ("polisen", "Polisen", (1,)),
    ]
    assert table.total is not None and table.total.values == (2,)
