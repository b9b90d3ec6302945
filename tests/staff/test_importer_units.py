"""The importer's parts: Swedish dates, fields read from the schemas, the mapping schema, CSV reading."""

from __future__ import annotations

import datetime as dt
import json
from importlib.resources import files
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from kvalitet.demo.streams import PREFIX
from kvalitet.records.schemacheck import RECORD_TYPES
from kvalitet.staff.importer.dates import from_excel, parse_moment
from kvalitet.staff.importer.fields import Field, fields_of, id_prefix
from kvalitet.staff.importer.mapping import ImportMapping, load_mapping
from kvalitet.staff.importer.sources import Table, read_table
from tests.helpers import REPO

DAY = dt.date(2024, 3, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-18", (DAY, None)),
        ("2024-3-8", (dt.date(2024, 3, 8), None)),
        ("18/3/2024", (DAY, None)),
        ("18/03/2024", (DAY, None)),
        ("18.3.2024", (DAY, None)),
        ("18 mars 2024", (DAY, None)),
        ("18 Mars 2024", (DAY, None)),
        ("18 mar. 2024", (DAY, None)),
        ("1 maj 2024", (dt.date(2024, 5, 1), None)),
        (" 2024-03-18 ", (DAY, None)),
        ("2024-03-18 14:30", (DAY, dt.time(14, 30))),
        ("2024-03-18T14:30:15", (DAY, dt.time(14, 30, 15))),
        ("18/3/2024 kl. 14.30", (DAY, dt.time(14, 30))),
        ("18.3.2024 kl 8.05", (DAY, dt.time(8, 5))),
        ("29/2/2024", (dt.date(2024, 2, 29), None)),
        ("29/2/2023", None),
        ("2024-13-01", None),
        ("18 marz 2024", None),
        ("3/18/2024", None),
        ("18-03-2024", None),
        ("2024-03-18 25:00", None),
        ("igår", None),
        ("", None),
    ],
)
def test_swedish_dates(text: str, expected: tuple[dt.date, dt.time | None] | None) -> None:
    assert parse_moment(text) == expected


def test_only_the_named_formats_are_read() -> None:
    assert parse_moment("18/3/2024", ["ÅÅÅÅ-MM-DD"]) is None
    assert parse_moment("2024-03-18", ["D/M/ÅÅÅÅ", "ÅÅÅÅ-MM-DD"]) == (DAY, None)


def test_excel_day_numbers() -> None:
    assert from_excel(45369) == dt.datetime(2024, 3, 18)
    assert from_excel(45369.5) == dt.datetime(2024, 3, 18, 12)
    assert from_excel(0) is None
    assert from_excel(10_000_000) is None


def test_id_prefixes_come_from_the_schemas_and_match_the_demo() -> None:
    assert {typ: id_prefix(typ) for typ in RECORD_TYPES} == PREFIX


def test_fields_and_their_kinds_come_from_the_schemas() -> None:
    fields = fields_of("avvikelse")
    assert fields["registrerad"] == Field(("registrerad",), "date")
    assert fields["kategorier"] == Field(("kategorier",), "list")
    assert fields["risk.sannolikhet"] == Field(("risk", "sannolikhet"), "integer")
    assert fields["åtgärder.beskrivning"] == Field(("åtgärder", "beskrivning"), "text", in_list=True)
    assert fields["samverkan.riktning"].kind == "text"
    assert not {"id", "typ", "risk", "åtgärder", "godkända_fynd", "godkända_fynd.text"} & set(fields)
    assert fields_of("personuppgiftsincident")["upptäckt"].kind == "moment"  # a date alone will do
    assert fields_of("personuppgiftsincident")["handlingsplan"].kind == "boolean"
    assert "lagrum" not in fields_of("klagomål")


def test_the_mapping_schema_is_a_valid_schema() -> None:
    text = files("kvalitet.staff.importer").joinpath("mapping.schema.json").read_text(encoding="utf-8")
    Draft202012Validator.check_schema(json.loads(text))


@pytest.mark.parametrize("name", ["avvikelser-mappning.yaml", "enhetens-lista-mappning.yaml"])
def test_the_shipped_mappings_load(name: str) -> None:
    assert isinstance(load_mapping(REPO / "exempel" / "import" / name), ImportMapping)


def test_the_shorthands_and_defaults_of_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(
        "typ: avvikelse\nkällid: {kolumn: Nr, system: Listan}\nfält:\n  registrerad: Datum\n",
        encoding="utf-8",
    )
    mapping = load_mapping(path)
    assert isinstance(mapping, ImportMapping)
    assert (mapping.system, mapping.prefix) == ("Listan", "")
    assert (mapping.delimiter, mapping.encoding, mapping.sheet, mapping.header_row) == (
        ";",
        "utf-8-sig",
        None,
        None,
    )
    assert mapping.source_id is not None and mapping.source_id.name == "Nr"
    assert mapping.columns["registrerad"].name == "Datum"
    assert mapping.date_formats == ("ÅÅÅÅ-MM-DD", "D/M/ÅÅÅÅ", "D.M.ÅÅÅÅ", "D månad ÅÅÅÅ")


def test_value_maps_ignore_case_and_spacing(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    path.write_text(
        "typ: avvikelse\nkällid: {kolumn: Nr, system: Listan}\nfält:\n  registrerad: Datum\n"
        "  status:\n    kolumn: Status\n    värden:\n      Under  utredning: under_utredning\n",
        encoding="utf-8",
    )
    mapping = load_mapping(path)
    assert isinstance(mapping, ImportMapping)
    values = mapping.columns["status"].values
    assert values is not None
    assert values.find(" under UTREDNING ") == (True, "under_utredning")
    assert values.find("Utredning") == (False, None)


def test_csv_rows_keep_their_spreadsheet_numbers(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b'\r\n;;\r\nNr;Text;;Nr\r\n1;"tv\xc3\xa5\r\nrader";x\r\n\r\n2;"citat ""inom"" text"\r\n')
    table = read_table(path, delimiter=";", encoding="utf-8-sig", sheet=None)
    assert isinstance(table, Table)
    assert (table.header_row, table.columns, table.duplicates) == (3, ("Nr", "Text"), frozenset({"Nr"}))
    assert [(row.number, dict(row.cells)) for row in table.rows] == [
        (4, {"Nr": "1", "Text": "två\r\nrader"}),
        (6, {"Nr": "2", "Text": 'citat "inom" text'}),
    ]


def test_a_csv_file_without_rows_has_no_header(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"\xef\xbb\xbf\r\n;\r\n")
    problem = read_table(path, delimiter=";", encoding="utf-8-sig", sheet=None)
    assert not isinstance(problem, Table)
    assert (problem.line, problem.message) == (
        1,
        "hittar ingen rubrikrad med kolumnernas namn: filen är tom från den här raden och nedåt.",
    )
