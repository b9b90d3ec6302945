"""The schemas themselves: valid Draft 2020-12, self-contained, and fully translated to Swedish."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from kvalitet.records.load import Document, load_yaml
from kvalitet.records.schema_errors import field_label
from kvalitet.records.schemacheck import (
    RECORD_TYPES,
    SCHEMA_FILES,
    _is_date,
    _is_date_time,
    load_schemas,
    schema_dir,
)
from tests.helpers import BASE, CASES, REPO

SCHEMAS = sorted((REPO / "schemas").glob("*.schema.json"))
# Keywords that only describe or structure: they can never fail on their own.
STRUCTURAL = {
    "$schema", "$id", "$defs", "$ref", "title", "description", "examples", "default", "properties",
    "items", "allOf", "if", "then", "else", "additionalProperties", "propertyNames",
}  # fmt: skip
TRANSLATED = {
    "type", "enum", "const", "format", "pattern", "minimum", "maximum", "maxLength", "minLength",
    "minItems", "uniqueItems", "required", "not", "additionalProperties", "anyOf",
}  # fmt: skip


def keywords(schema: Any) -> set[str]:
    """Every keyword used in a schema and in all its subschemas."""
    if not isinstance(schema, dict):
        return set()
    found = set(schema)
    for key in ("items", "if", "then", "else", "not", "additionalProperties", "propertyNames"):
        found |= keywords(schema.get(key))
    for key in ("properties", "$defs"):
        for sub in schema.get(key, {}).values():
            found |= keywords(sub)
    for sub in schema.get("allOf", []):
        found |= keywords(sub)
    return found


@pytest.mark.parametrize("file", SCHEMAS, ids=[file.name for file in SCHEMAS])
def test_schema_is_valid_against_the_metaschema(file: Path) -> None:
    schema = json.loads(file.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    # No $id: every engine then takes the file's own location as its base, so that "gemensamt.schema.json"
    # is the file beside it from any working folder (a relative $id was resolved against the working
    # folder by check-jsonschema, an absolute one would be fetched).
    assert "$id" not in schema


@pytest.mark.parametrize("file", SCHEMAS, ids=[file.name for file in SCHEMAS])
def test_definitions_and_refs_are_ascii(file: Path) -> None:
    """A URI reference is ASCII (RFC 3986): jsonschema-rs refuses `#/$defs/kön`. Field names stay Swedish."""
    schema = json.loads(file.read_text(encoding="utf-8"))
    assert all(name.isascii() for name in schema.get("$defs", {}))
    text = file.read_text(encoding="utf-8")
    assert all(part.split('"')[0].isascii() for part in text.split('"$ref": "')[1:])


@pytest.mark.parametrize("file", SCHEMAS, ids=[file.name for file in SCHEMAS])
def test_schema_refers_only_to_local_files(file: Path) -> None:
    text = file.read_text(encoding="utf-8")
    refs = [part.split('"')[0] for part in text.split('"$ref": "')[1:]]
    assert refs, "every schema uses the shared definitions" if file.name != "gemensamt.schema.json" else True
    for ref in refs:
        target = ref.split("#")[0]
        assert "://" not in ref
        assert target == "" or (file.parent / target).is_file()


def test_every_keyword_that_can_fail_has_a_swedish_message() -> None:
    used = set().union(*(keywords(json.loads(file.read_text(encoding="utf-8"))) for file in SCHEMAS))
    assert used - STRUCTURAL <= TRANSLATED


def test_every_record_schema_lists_the_common_fields() -> None:
    common = {"id", "typ", "registrerad", "status", "avslutad", "sammanfattning", "enhet", "godkända_fynd"}
    for typ in RECORD_TYPES:
        schema = json.loads((schema_dir() / SCHEMA_FILES[typ]).read_text(encoding="utf-8"))
        assert common <= set(schema["properties"]), typ
        assert schema["additionalProperties"] is False
        assert schema["properties"]["typ"] == {"const": typ}


def test_schemas_compile_without_network() -> None:
    schemas = load_schemas()
    assert set(schemas.validators) == set(SCHEMA_FILES)


@pytest.mark.parametrize(
    ("where", "label"),
    [
        (("status",), "fältet 'status'"),
        (("risk", "sannolikhet"), "fältet 'sannolikhet' i risk"),
        (("åtgärder", 1, "nivå"), "fältet 'nivå' i åtgärder nr 2"),
        (("skäl", 0), "fältet 'skäl'"),
    ],
)
def test_field_label(where: tuple[str | int, ...], label: str) -> None:
    assert field_label(where) == label


def _documents() -> list[Document]:
    files = sorted(BASE.rglob("*.yaml")) + sorted((CASES / "records").rglob("*.yaml"))
    files += sorted((REPO / "records").glob("*/*.yaml"))[:400]
    loaded = [load_yaml(file) for file in files]
    return [doc for doc in loaded if isinstance(doc, Document)]


def _kind(doc: Document) -> str | None:
    name = doc.file.name.removesuffix(".yaml")
    if name in SCHEMA_FILES:
        return name
    typ = doc.data.get("typ")
    return typ if typ in RECORD_TYPES else None


WRONG: tuple[object, ...] = (
    None,
    "x",
    7,
    0,
    5,
    True,
    [],
    {},
    ["x", "x"],
    "2024-02-30",
    "2024-05-03 10:30",
    "A" * 2001,
)


def _variants(data: dict[str, Any]) -> list[Any]:
    """The record with each field (also inside groups and lists) removed or set to a wrong value."""
    variants: list[Any] = []
    for key, value in data.items():
        variants.append({k: v for k, v in data.items() if k != key})
        variants += [{**data, key: wrong} for wrong in WRONG]
        if isinstance(value, dict):
            variants += [{**data, key: inner} for inner in _variants(value)]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            variants += [{**data, key: [inner, *value[1:]]} for inner in _variants(value[0])]
    return variants


def test_fast_and_full_validators_always_agree() -> None:
    """The fast validator decides alone for valid records: it must never pass what jsonschema fails."""
    schemas = load_schemas()
    checked = 0
    for doc in _documents():
        kind = _kind(doc)
        if kind is None:
            continue
        candidates = [doc.data, *(_variants(doc.data) if kind in RECORD_TYPES else [])]
        for data in candidates:
            full = not any(True for _ in schemas.validators[kind].iter_errors(data))
            assert schemas.is_valid(data, kind) == full, (doc.file, data)
            checked += 1
    assert checked > 1000


def _pattern(definition: str) -> re.Pattern[str]:
    schema = json.loads((REPO / "schemas" / "gemensamt.schema.json").read_text(encoding="utf-8"))
    return re.compile(schema["$defs"][definition]["pattern"])


DAYS = [
    f"{year:04d}-{month:02d}-{day:02d}"
    for year in (1999, 2000, 2023, 2024, 2096, 2100, 2101, 9999)
    for month in range(14)
    for day in range(33)
]


def test_date_pattern_says_what_the_date_format_says() -> None:
    """Other engines check the pattern, kvalitet the format: the same days pass both (2000-2100)."""
    pattern = _pattern("datum")
    for text in [*DAYS, "2024-1-01", "2024-01-01x", "24-01-01", " 2024-01-01", "2024-01-01 10:30"]:
        assert (pattern.search(text) is not None) == _is_date(text), text


def test_time_pattern_says_what_the_local_date_time_format_says() -> None:
    pattern = _pattern("tidpunkt")
    times = [f"{hour:02d}:{minute:02d}" for hour in (0, 9, 23, 24, 25) for minute in (0, 59, 60)]
    texts = [f"{day}{sep}{time}" for day in DAYS[::7] for sep in (" ", "T") for time in times]
    texts += ["2024-05-03 10:30:59", "2024-05-03T10:30:60", "2024-05-03 1:30", "2024-05-03", "10:30"]
    for text in texts:
        assert (pattern.search(text) is not None) == _is_date_time(text), text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "2024-13-01",
            [("schema-date-impossible", ("upptäckt",))],
        ),
        (5, [("schema-type", ("upptäckt",))]),
        ("2024-05-03", []),
        ("2024-05-03 10:30", []),
    ],
)
def test_a_value_that_fits_no_alternative_is_told_once(value: object, expected: list[object]) -> None:
    """`anyOf` (a date, or a date and time): one message, for the alternative the value comes closest
    to, never one per alternative nor the untranslated keyword."""
    from kvalitet.records.schema_errors import describe
    from kvalitet.records.schemacheck import _FORMATS

    either = [{"type": "string", "format": "date"}, {"type": "string", "format": "local-date-time"}]
    schema = {"type": "object", "properties": {"upptäckt": {"anyOf": either}}}
    errors = Draft202012Validator(schema, format_checker=_FORMATS).iter_errors({"upptäckt": value})
    found = [
        (code, where)
        for error in errors
        for code, _, where, _ in describe(error, tuple(error.absolute_path), {})
    ]
    assert found == expected
