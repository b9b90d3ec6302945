"""The IMY assessment of personuppgiftsincidenter, IVO's requests for komplettering of lex Sarah, and
the 72 hours from the day's start for an upptäckt known only to the day."""

from __future__ import annotations

from pathlib import Path

from tests.aggregate.helpers import run, values, write

UNTIMED = (
    "Där upptäckten är antecknad som en dag utan klockslag räknas de 72 timmarna från dagens början "
    "(kl. 00.00)."
)


def test_incidents_by_imy_assessment(records: Path) -> None:
    # PUI-2024-0001 (the base) has no assessment.
    assessed = {"utfall": "ej_anmälningspliktig", "datum": "2024-06-02", "av": "dataskyddsombud"}
    write(records, "personuppgiftsincident", 2, "2024-06-01", imy_bedömning=assessed)
    reported = {"utfall": "anmäld", "datum": "2024-06-03", "av": "personuppgiftsansvarig"}
    write(
        records,
        "personuppgiftsincident",
        3,
        "2024-06-01",
        imy_bedömning=reported,
        anmäld_imy="2024-06-03 09:00",
    )
    late = {"utfall": "ej_anmälningspliktig", "datum": "2025-01-03", "av": "enhetschef"}
    write(records, "personuppgiftsincident", 4, "2024-12-30", imy_bedömning=late)
    table = (
        run(records, "2024-12-31")
        .group("personuppgiftsincident")
        .table("personuppgiftsincident-imy-bedomning-per-ar")
    )
    assert [(row.label, row.values) for row in table.rows] == [
        ("Bedömd anmälningspliktig", (1,)),
        ("Bedömd ej anmälningspliktig", (1,)),
        ("Ingen bedömning antecknad", (2,)),  # the base, and one assessed after the cut-off date
    ]
    assert table.total is not None and table.total.values == (4,)
    assert table.title == "Personuppgiftsincidenter: bedömning av anmälan till IMY per år"


def test_a_day_only_upptackt_counts_from_the_days_start(records: Path) -> None:
    # Discovered on 06-01 (no clock time): 72 hours end 06-04 00:00.
    write(
        records,
        "personuppgiftsincident",
        2,
        "2024-06-01",
        upptäckt="2024-06-01",
        anmäld_imy="2024-06-03 23:59",
    )
    write(
        records,
        "personuppgiftsincident",
        3,
        "2024-06-01",
        upptäckt="2024-06-01",
        anmäld_imy="2024-06-04 00:01",
    )
    imy = (
        run(records, "2024-12-31").group("personuppgiftsincident").table("personuppgiftsincident-imy-per-ar")
    )
    assert values(imy, "inom_72_timmar") == (2,)  # the base and the first
    assert values(imy, "efter_72_timmar") == (1,)
    assert imy.notes[1] == UNTIMED


def test_no_assumption_is_noted_when_every_upptackt_has_a_time(records: Path) -> None:
    imy = (
        run(records, "2024-12-31").group("personuppgiftsincident").table("personuppgiftsincident-imy-per-ar")
    )
    assert UNTIMED not in imy.notes


def test_lex_sarah_by_ivos_request_for_komplettering(records: Path) -> None:
    # LXS-2024-0001 (the base) was reported to IVO 04-15, with no request.
    common = {"bedömning": "allvarligt_missförhållande", "avslutad": "2024-06-30", "anmäld_ivo": "2024-04-10"}
    sent = [{"begärd": "2024-05-02", "skickad": "2024-05-20"}]
    write(records, "lex_sarah", 2, "2024-03-21", ivo_komplettering=sent, **common)
    waiting = [{"begärd": "2024-05-02", "skickad": "2024-05-20"}, {"begärd": "2024-11-02"}]
    write(records, "lex_sarah", 3, "2024-03-21", ivo_komplettering=waiting, **common)
    later = [{"begärd": "2024-05-02", "skickad": "2025-01-20"}]
    write(records, "lex_sarah", 4, "2024-03-21", ivo_komplettering=later, **common)
    write(records, "lex_sarah", 5, "2024-03-21")  # not reported to IVO: not counted
    table = run(records, "2024-12-31").group("lex_sarah").table("lex-sarah-ivo-komplettering-per-ar")
    assert [(row.label, row.values) for row in table.rows] == [
        ("Begärd och skickad", (1,)),
        ("Begärd, inte skickad ännu", (2,)),  # one request still open, one sent after the cut-off
        ("Ingen begäran om komplettering", (1,)),
    ]
    assert table.total is not None and table.total.values == (4,)
