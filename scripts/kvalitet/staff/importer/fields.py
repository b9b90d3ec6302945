"""What the record schemas say about the fields an import can fill: their kind and the id prefix.

Everything here is read from the schemas in `schemas/`, so the importer follows the record format
without a second description of it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from kvalitet.records.field_names import schema_dir
from kvalitet.records.schemacheck import load_schemas

Kind = Literal["text", "list", "date", "datetime", "moment", "integer", "boolean"]
"""`moment`: a date and time, or the date alone (gemensamt.schema.json `tidpunkt-eller-datum`)."""
Path_ = tuple[str, ...]
"""A field: ("enhet",), or a field in a group: ("risk", "sannolikhet"), ("åtgärder", "beskrivning"),
or in a group of a group: ("åtgärder", "resultat", "bedömning"), ("åtgärder", "flyttad", "datum")."""

NOT_IMPORTED = frozenset({"id", "typ", "godkända_fynd", "källa"})
"""Set by the importer itself (källa: from källid), or only by a reviewer."""
AHEAD = frozenset({"åtgärder.uppföljning_planerad", "åtgärder.flyttad.datum"})
"""Dates of what is planned: they may lie after today."""


@dataclass(frozen=True, slots=True)
class Field:
    path: Path_
    kind: Kind
    in_list: bool = False
    """The field is in a list of groups (åtgärder): the row gives one item of it."""
    appended: bool = False
    """The field is in a list inside the group (åtgärder.flyttad): the row gives one more item of
    it, added to those the record has (a moved date is added; the earlier ones stay)."""

    @property
    def group(self) -> str | None:
        return self.path[0] if len(self.path) > 1 else None

    @property
    def inner(self) -> Path_ | None:
        """The group inside the group, for a field three deep: ("åtgärder", "flyttad")."""
        return self.path[:2] if len(self.path) > 2 else None


def dotted(path: Path_) -> str:
    return ".".join(path)


def properties(typ: str) -> dict[str, Any]:
    """The fields of `typ` in its schema (bundled: no $refs), in the schema's order."""
    schema = load_schemas().validators[typ].schema
    assert isinstance(schema, Mapping)
    found: dict[str, Any] = schema["properties"]
    return found


def _kind(schema: dict[str, Any]) -> Kind | None:
    kind = schema.get("type")
    if kind == "array":
        return "list" if schema.get("items", {}).get("type") == "string" else None
    if kind == "object":
        return None
    if schema.get("format") == "date":
        return "date"
    if schema.get("format") == "local-date-time":
        return "datetime"
    if "pattern" in schema and schema.get("pattern") == _moment_pattern():
        return "moment"
    if kind in ("integer", "boolean"):
        return "integer" if kind == "integer" else "boolean"
    return "text"


@cache
def _moment_pattern() -> str:
    """The pattern of a field that takes a date and time or a date alone."""
    common = json.loads((schema_dir() / "gemensamt.schema.json").read_text(encoding="utf-8"))
    return str(common["$defs"]["tidpunkt-eller-datum"]["pattern"])


@cache
def fields_of(typ: str) -> dict[str, Field]:
    """Every field of `typ` an import can fill, by its dotted name."""
    found: dict[str, Field] = {}
    for name, schema in properties(typ).items():
        if name in NOT_IMPORTED:
            continue
        kind = _kind(schema)
        if kind is not None:
            found[name] = Field((name,), kind)
            continue
        in_list = schema.get("type") == "array"
        group = schema.get("items", {}) if in_list else schema
        for part, inner in group.get("properties", {}).items():
            inner_kind = _kind(inner)
            if inner_kind is not None:
                found[f"{name}.{part}"] = Field((name, part), inner_kind, in_list)
                continue
            appended = inner.get("type") == "array"
            deeper = inner.get("items", {}) if appended else inner
            for last, leaf in deeper.get("properties", {}).items():
                leaf_kind = _kind(leaf)
                if leaf_kind is not None:
                    found[f"{name}.{part}.{last}"] = Field((name, part, last), leaf_kind, in_list, appended)
    return found


def schema_of(typ: str, item: Field) -> dict[str, Any]:
    """The schema of one field, from the record schema of `typ`."""
    schema: dict[str, Any] = properties(typ).get(item.path[0], {})
    for part in item.path[1:]:
        schema = schema.get("items", {}) if schema.get("type") == "array" else schema
        schema = schema.get("properties", {}).get(part, {})
    return schema


@cache
def id_prefix(typ: str) -> str:
    """The letters an id of `typ` starts with, from the pattern of the schema's id: AVV, KLA ..."""
    pattern: str = properties(typ)["id"]["pattern"]
    return pattern.removeprefix("^").split("-", 1)[0]
