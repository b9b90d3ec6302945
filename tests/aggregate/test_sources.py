"""Where klagomål and synpunkter came from: kanal, avsändare (a remiss counts as its authority) and
the sender's kön, suppressed like kön."""

from __future__ import annotations

from pathlib import Path

from kvalitet.aggregate import Table
from tests.aggregate.helpers import run, values, write


def _tables(records: Path, group: str) -> dict[str, Table]:
    found = run(records, "2024-12-31").group(group)
    prefix = "klagomal-" if group == "klagomål" else "synpunkt-"
    return {table.id.removeprefix(prefix): table for table in found.analysis}


def test_channels_and_senders_with_remisser(records: Path) -> None:
    # Seed 000: "9 klagomål varav majoriteten från IVO". The base klagomål: e-post, anhörig.
    for number in (2, 3):
        write(records, "klagomål", number, "2024-03-02", kanal="kontaktcenter")
    for number in range(4, 10):
        write(
            records,
            "klagomål",
            number,
            "2024-04-02",
            kanal="tillsynsmyndighet",
            avsändare="tillsynsmyndighet",
            remiss={"myndighet": "IVO"},
        )
    tables = _tables(records, "klagomål")
    channels, senders = tables["kanal-per-ar"], tables["avsandare-per-ar"]
    # Counts from 1 to 4 are hidden as kön is (kontaktcenter 2, e-post 1), the total is shown.
    assert [(row.label, row.values) for row in channels.rows] == [
        ("Kontaktcenter", (None,)),
        ("E-post", (None,)),
        ("Tillsynsmyndighet", (6,)),
    ]
    assert [(row.label, row.values) for row in senders.rows] == [
        ("Brukare", (None,)),
        ("Anhöriga", (None,)),
        ("Remiss från IVO", (6,)),
    ]
    assert channels.total is not None and channels.total.values == (9,)
    assert senders.total is not None and senders.total.values == (9,)
    assert senders.notes[0] == (
        "Ett ärende som en tillsynsmyndighet (IVO eller JO) har skickat vidare till nämnden räknas som "
        "remiss från den myndigheten, vem som än först lämnade det."
    )


def test_channels_shown_when_no_count_is_small(records: Path) -> None:
    # Seed 000: "28 synpunkter via Kontaktcenter". The base synpunkt came by webb.
    for number in range(2, 30):
        write(records, "synpunkt", number, "2024-03-02", kanal="kontaktcenter")
    for number in range(30, 35):
        write(records, "synpunkt", number, "2024-03-02", kanal="webb")
    channels = _tables(records, "synpunkt")["kanal-per-ar"]
    assert values(channels, "kontaktcenter") == (28,)
    assert values(channels, "webb") == (6,)
    assert channels.total is not None and channels.total.values == (34,)


def test_the_senders_gender_is_suppressed_like_gender(records: Path) -> None:
    for number in range(2, 8):
        write(records, "synpunkt", number, "2024-05-02", avsändarens_kön="kvinna")
    write(records, "synpunkt", 8, "2024-05-02", avsändarens_kön="man")
    table = _tables(records, "synpunkt")["avsandarens-kon-per-ar"]
    assert table.id == "synpunkt-avsandarens-kon-per-ar"
    assert table.title == "Synpunkter: avsändarens kön"
    # kvinna 6, man 1 (hidden), the rest 1 (ej angivet: the base synpunkt; hidden as the complement).
    assert [row.values[0] for row in table.rows] == [6, None, None]
    assert values(table, "kvinna") == (6,)
    assert table.total is not None and table.total.values == (8,)
