"""Avvikelser: risk matrix per year and for all years, riskvärde against the limit, skada, riktning."""

from __future__ import annotations

from pathlib import Path

from kvalitet.records.reference import Policy
from tests.aggregate.helpers import row_sums, run, values, write


def test_the_risk_matrix_places_each_assessed_case(records: Path) -> None:
    write(records, "avvikelse", 1, "2023-05-02", risk={"allvarlighetsgrad": 1, "sannolikhet": 4})
    write(records, "avvikelse", 2, "2024-05-02")
    group = run(records, "2024-12-31").group("avvikelse-sol-lss")
    matrix = group.table("avvikelse-sol-lss-riskmatris-2024")
    assert [row.key for row in matrix.rows] == ["4", "3", "2", "1"]
    assert matrix.columns == ("Sannolikhet 1", "Sannolikhet 2", "Sannolikhet 3", "Sannolikhet 4")
    assert values(matrix, "3") == (0, 0, 1, 0)  # AVV-2024-0001: 3 × 3
    assert matrix.total is not None and matrix.total.values == (0, 0, 1, 0)
    assert matrix.notes == (
        "Riskvärdet är allvarlighetsgrad gånger sannolikhet. Ärenden med riskvärde över 8 ska utredas "
        "närmare; här är de 1.",
        "Ärenden utan riskbedömning finns inte med i matrisen: 1 av 2.",
    )
    every = group.table("avvikelse-sol-lss-riskmatris-alla-ar")
    assert values(every, "1") == (0, 0, 0, 1)
    assert sum(row_sums(every)) == 2
    assert "alla år" in every.title


def test_riskvarde_is_counted_against_the_policy_limit(records: Path) -> None:
    write(records, "avvikelse", 2, "2024-05-02", risk={"allvarlighetsgrad": 2, "sannolikhet": 4})
    write(records, "avvikelse", 3, "2024-05-03")
    table = run(records, "2024-12-31").group("avvikelse-sol-lss").table("avvikelse-sol-lss-riskvarde-per-ar")
    assert [(row.key, row.label, row.values) for row in table.rows] == [
        ("över_gränsen", "Riskvärde över 8", (1,)),
        ("inom_gränsen", "Riskvärde 8 eller lägre", (1,)),
        ("ej_bedömd", "Ingen riskbedömning", (1,)),
    ]
    stricter = run(records, "2024-12-31", Policy(risk_limit=9)).group("avvikelse-sol-lss")
    assert values(stricter.table("avvikelse-sol-lss-riskvarde-per-ar"), "över_gränsen") == (0,)


def test_hsl_has_skada_and_samverkan_has_direction(records: Path) -> None:
    write(records, "avvikelse", 2, "2024-05-02", lagrum="HSL", kategorier=["fall"], skada="lindrig")
    write(records, "avvikelse", 3, "2024-05-03", lagrum="HSL", kategorier=["fall"])
    write(records, "avvikelse", 4, "2024-05-04", samverkan={"riktning": "inkommande", "part": "Regionen"})
    result = run(records, "2024-12-31")
    hsl = result.group("avvikelse-hsl")
    harm = hsl.table("avvikelse-hsl-skada-per-ar")
    assert [(row.key, row.values) for row in harm.rows] == [
        ("ingen", (0,)),
        ("lindrig", (1,)),
        ("allvarlig", (0,)),
        ("ej_angivet", (1,)),
    ]
    samverkan = result.group("avvikelse-samverkan")
    direction = samverkan.table("avvikelse-samverkan-riktning-per-ar")
    assert values(direction, "inkommande") == (1,) and values(direction, "utgående") == (0,)
    assert not any(table.id.endswith("skada-per-ar") for table in samverkan.specific)
    assert not any(table.id.endswith("riktning-per-ar") for table in hsl.specific)
    assert [table.id for table in result.group("avvikelse-sol-lss").specific] == [
        "avvikelse-sol-lss-riskvarde-per-ar",
        "avvikelse-sol-lss-riskmatris-2024",
        "avvikelse-sol-lss-riskmatris-alla-ar",
    ]  # no table per law: socialtjänstlagen kept its name all of 2024


DATED_LIMIT = "riskgräns:\n  - värde: 8\n    till: 2024-06-30\n  - värde: 6\n    från: 2024-07-01\n"


def test_each_case_is_counted_against_the_limit_in_force_when_registered(records: Path) -> None:
    (records / "kvalitet.yaml").write_text(DATED_LIMIT, encoding="utf-8")
    investigated = {"påbörjad": "2024-08-01"}
    write(records, "avvikelse", 2, "2024-06-30", risk={"allvarlighetsgrad": 2, "sannolikhet": 4})
    write(
        records,
        "avvikelse",
        3,
        "2024-07-01",
        risk={"allvarlighetsgrad": 2, "sannolikhet": 4},
        utredning=investigated,
    )
    group = run(records, "2024-12-31").group("avvikelse-sol-lss")
    table = group.table("avvikelse-sol-lss-riskvarde-per-ar")
    assert [(row.key, row.label, row.values) for row in table.rows] == [
        ("över_gränsen", "Riskvärde över den riskgräns som gällde", (2,)),  # with AVV-2024-0001: 3 × 3
        ("inom_gränsen", "Riskvärde inom den riskgräns som gällde", (1,)),
        ("ej_bedömd", "Ingen riskbedömning", (0,)),
    ]
    changed = (
        "Riskgränsen har ändrats: den var 8 till och med 30 juni 2024 och 6 från och med 1 juli 2024. "
        "Varje ärende jämförs med den gräns som gällde den dag det registrerades."
    )
    assert table.notes == (changed,)
    matrix = group.table("avvikelse-sol-lss-riskmatris-2024")
    assert matrix.notes[:2] == (
        "Riskvärdet är allvarlighetsgrad gånger sannolikhet. Ärenden med riskvärde över den riskgräns som "
        "gällde när de registrerades ska utredas närmare; här är de 2. Färgerna visar gränsen 6, som "
        "gällde den 31 december 2024.",
        changed,
    )


def test_a_limit_changed_before_the_years_shown_is_the_plain_limit(records: Path) -> None:
    (records / "kvalitet.yaml").write_text(DATED_LIMIT.replace("2024", "2023"), encoding="utf-8")
    risk = {"allvarlighetsgrad": 2, "sannolikhet": 4}
    write(records, "avvikelse", 2, "2024-05-02", risk=risk, utredning={"påbörjad": "2024-05-03"})
    result = run(records, "2024-12-31")
    table = result.group("avvikelse-sol-lss").table("avvikelse-sol-lss-riskvarde-per-ar")
    assert table.row("över_gränsen").label == "Riskvärde över 6"
    assert values(table, "över_gränsen") == (2,)  # with AVV-2024-0001: 3 × 3
    assert result.risk_limit == 6 and table.notes == ()
