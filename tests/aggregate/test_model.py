"""The model: lookups and the plain JSON of each type."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kvalitet.aggregate.model import OpenCase, Row, Series, Table


def table() -> Table:
    return Table(
        id="exempel-per-ar",
        title="Exempel",
        row_heading="Kategori",
        columns=("2023", "2024"),
        rows=(Row("a", "A", (1, None), section="Avdelning 1"), Row("b", "B", (0, 2))),
        total=Row("totalt", "Totalt", (1, 3)),
        notes=("En not.",),
    )


def test_table_json_is_plain_and_ordered() -> None:
    data = table().to_json()
    assert list(data) == [
        "id",
        "title",
        "row_heading",
        "columns",
        "unit",
        "rows",
        "total",
        "notes",
        "partial",
    ]
    assert data["rows"] == [
        {"key": "a", "label": "A", "values": [1, None], "section": "Avdelning 1"},
        {"key": "b", "label": "B", "values": [0, 2]},
    ]
    assert data["total"] == {"key": "totalt", "label": "Totalt", "values": [1, 3]}
    assert json.loads(json.dumps(data)) == data


def test_rows_are_found_by_key_including_the_total() -> None:
    assert table().row("b").values == (0, 2)
    assert table().row("totalt").values == (1, 3)
    with pytest.raises(KeyError):
        table().row("c")


def test_a_series_without_chart_has_none_in_json() -> None:
    series = Series(
        "x-per-manad",
        "X",
        "x",
        "antal-per-manad",
        "ingen",
        ("2024-01",),
        (3.0,),
        None,
        (),
        "spc-too-few",
        "För få.",
    )
    assert series.to_json()["chart"] is None
    assert series.to_json()["values"] == [3]


def test_open_case_json() -> None:
    case = OpenCase("AVV-2024-0001", dt.date(2024, 1, 2), 10, "registrerad", None, "Ej riktat")
    assert case.to_json() == {
        "id": "AVV-2024-0001",
        "registered": "2024-01-02",
        "days_open": 10,
        "status": "registrerad",
        "unit": None,
        "unit_name": "Ej riktat",
    }
