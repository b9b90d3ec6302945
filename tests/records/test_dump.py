"""The one YAML writer: whatever it writes loads back as the same value."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from kvalitet.records.dump import Value, dump

HEADER = "# Ett testärende."


@pytest.mark.parametrize(
    "text",
    [
        "Svar: nej",
        "#1 i kön",
        "yes",
        "No",
        "null",
        "2024-01-01",
        "2024-Q1",
        "0123",
        "- punkt",
        "'citat'",
        'sa "hej"',
        "snedstreck \\ här",
        "",
        " inledande mellanslag",
        "avslutande mellanslag ",
        "Region Exempelland, vårdcentral",
        "SN 2024/0123",
        "Brukare A:s beslut",
        "En lång mening med kolon: och # tecken som ska vikas till flera rader " * 3,
    ],
)
def test_writer_round_trips_awkward_strings(text: str) -> None:
    document: dict[str, Value] = {"text": text, "lista": [text], "karta": {"text": text}}
    assert yaml.safe_load(dump(document, HEADER)) == document


def test_writer_round_trips_dates_times_numbers_and_booleans() -> None:
    moment = dt.datetime(2024, 5, 3, 10, 30)
    document: dict[str, Value] = {"datum": dt.date(2024, 3, 18), "tal": 3, "sant": True, "falskt": False}
    loaded = yaml.safe_load(dump({**document, "tid": moment}, HEADER))
    assert loaded == {**document, "tid": "2024-05-03 10:30"}
