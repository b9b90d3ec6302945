"""Status at the cut-off date, handling times, återkoppling, and the internal longest-open list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.aggregate.helpers import run, values, write


def test_status_follows_the_dates_of_the_record(records: Path) -> None:
    # AVV-2024-0001: registered 03-18, investigated 03-19 to 03-28, closed 04-02.
    for as_of, status in [
        ("2024-03-18", "registrerad"),
        ("2024-03-25", "under_utredning"),
        ("2024-03-30", "åtgärder_pågår"),
        ("2024-04-02", "avslutad"),
    ]:
        table = run(records, as_of).group("avvikelse-sol-lss").status
        assert values(table, status) == (1,), as_of
        assert table.total is not None and table.total.values == (1,)
    table = run(records, "2024-12-31").group("avvikelse-sol-lss").status
    assert [row.key for row in table.rows] == ["avslutad", "åtgärder_pågår", "under_utredning", "registrerad"]
    assert [row.label for row in table.rows] == [
        "Avslutad",
        "Åtgärder pågår",
        "Under utredning",
        "Registrerad",
    ]
    assert (
        table.title
        == "Avvikelser enligt SoL och LSS: status den 31 december 2024, efter år då ärendet registrerades"
    )


def test_cases_registered_after_the_cut_off_are_left_out(records: Path) -> None:
    result = run(records, "2024-03-31")
    assert result.group("ej_verkställt_beslut").status.total.values == (0,)  # type: ignore[union-attr]
    assert values(result.group("klagomål").status, "avslutad") == (1,)


def test_handling_time_is_the_median_of_cases_closed_by_the_cut_off(records: Path) -> None:
    write(records, "klagomål", 2, "2024-03-01", avslutad="2024-03-21", återkoppling="2024-03-04")
    write(records, "klagomål", 3, "2024-03-01", avslutad="2025-01-10")
    table = run(records, "2024-12-31").group("klagomål").handling
    assert table.id == "klagomal-handlaggningstid-per-ar"
    assert table.unit == "dagar"
    assert values(table, "avslutad") == (17.5,)  # 15 and 20 days; the third closes after the cut-off
    assert values(table, "återkoppling") == (5.0,)  # 7 and 3 days
    assert run(records, "2024-02-10").group("klagomål").handling.row("avslutad").values == (None,)
    avvikelse = run(records, "2024-12-31").group("avvikelse-sol-lss").handling
    assert [row.key for row in avvikelse.rows] == ["avslutad"]
    assert values(avvikelse, "avslutad") == (15.0,)


def test_the_share_with_documented_feedback(records: Path) -> None:
    write(records, "klagomål", 2, "2024-03-01")
    write(records, "klagomål", 3, "2024-03-01", återkoppling="2025-01-10")
    counts, share = run(records, "2024-12-31").group("klagomål").feedback
    assert counts.id == "klagomal-aterkoppling-per-ar"
    assert values(counts, "med") == (1,) and values(counts, "utan") == (2,)
    assert share.id == "klagomal-aterkoppling-andel-per-ar"
    assert share.unit == "procent"
    assert values(share, "andel") == (33.3,)
    assert run(records, "2024-12-31").group("avvikelse-sol-lss").feedback == ()


def test_longest_open_cases_are_internal(records: Path) -> None:
    write(records, "personuppgiftsincident", 2, "2024-02-01")
    result = run(records, "2024-12-31")
    listed = result.group("personuppgiftsincident").longest_open
    assert [(case.id, case.days_open, case.unit_name) for case in listed] == [
        ("PUI-2024-0002", 334, "Vuxna"),
        ("PUI-2024-0001", 242, "Stöd och försörjning"),
    ]
    assert listed[0].registered == dt.date(2024, 2, 1)
    assert listed[1].status == "åtgärder_pågår"
    assert result.group("avvikelse-sol-lss").longest_open == ()
    assert "internal" not in result.group("personuppgiftsincident").to_json()
    internal = result.group("personuppgiftsincident").to_json(internal=True)["internal"]
    assert internal == {"longest_open": [case.to_json() for case in listed]}
