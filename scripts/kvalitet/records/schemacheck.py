"""Checking a loaded document against the JSON Schemas in `schemas/`.

The schemas (Draft 2020-12) are the public contract. They are read from the package's own copy (a
wheel carries them as kvalitet/schemas) or from the repository's `schemas/` folder; `$ref`s between
them are resolved from that folder only, never from the network.

Each schema is bundled at start-up: its `$ref`s are replaced by what they point to. The bundle is
compiled twice: by fastjsonschema, which only says valid or not but is ten times faster and decides
for the great majority of records, and by jsonschema, which lists every error of a record that is not
valid so that each can be translated into Swedish (`schema_errors`). The schemas use only keywords
that mean the same in Draft 7 (fastjsonschema) and Draft 2020-12, and the tests check that both always agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator, FormatChecker, ValidationError

from kvalitet.records.dates import parse_date, parse_date_time, plausible
from kvalitet.records.field_names import schema_dir as schema_dir
from kvalitet.records.load import Document, Where
from kvalitet.records.problems import Problem
from kvalitet.records.schema_errors import Found, describe

SCHEMA_FILES: dict[str, str] = {
    "avvikelse": "avvikelse.schema.json",
    "klagomål": "klagomal.schema.json",
    "synpunkt": "synpunkt.schema.json",
    "lex_sarah": "lex_sarah.schema.json",
    "personuppgiftsincident": "personuppgiftsincident.schema.json",
    "lex_maja": "lex_maja.schema.json",
    "ej_verkställt_beslut": "ej_verkstallt_beslut.schema.json",
    "organisation": "organisation.schema.json",
    "kategorier": "kategorier.schema.json",
    "kvalitet": "kvalitet.schema.json",
    "faststallda": "faststallda.schema.json",
    "volymer": "volymer.schema.json",
}
RECORD_TYPES: tuple[str, ...] = tuple(SCHEMA_FILES)[:7]
NAMES_A_PLACE = frozenset({"schema-required", "schema-required-when", "schema-unknown-field"})
"""Problems that stand at the place of something else (a missing field at its group, an unknown field
at its name): they say nothing about the value there, which other checks still report."""


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    day = parse_date(value)
    return day is not None and plausible(day)


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    moment = parse_date_time(value)
    return moment is not None and plausible(moment.date())


_FORMAT_CHECKS: dict[str, Callable[[object], bool]] = {"date": _is_date, "local-date-time": _is_date_time}
"""The formats checked here. The schemas give each a `pattern` too, for the engines that only annotate
a format (Draft 2020-12's default) or do not know it; the bundle leaves that pattern out, since the
format says the same (tests/records/test_engines.py) and its message is the one a person can act on."""
_FORMATS = FormatChecker(formats=())
for _name, _check in _FORMAT_CHECKS.items():
    _FORMATS.checks(_name)(_check)


@dataclass(frozen=True, slots=True)
class Schemas:
    """Compiled validators, and what the translation of errors needs to know about the schemas."""

    fast: Mapping[str, Callable[[Any], Any]]
    validators: Mapping[str, Draft202012Validator]
    conditions: Mapping[int, tuple[dict[str, Any], bool]]
    """For each `then`/`else` subschema (by object id): its `if` schema, and True for `then`."""

    def is_valid(self, data: Any, kind: str) -> bool:
        """Whether `data` is valid as `kind`, by the fast validator."""
        try:
            self.fast[kind](data)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    def check(self, doc: Document, kind: str) -> list[Problem]:
        """Every schema problem in `doc`, checked as `kind` (a typ or a config file name)."""
        if self.is_valid(doc.data, kind):
            return []
        found: list[Found] = []
        seen: set[tuple[int, Where]] = set()
        for error in sorted(self.validators[kind].iter_errors(doc.data), key=_error_order):
            where: Where = tuple(error.absolute_path)
            if error.validator == "required":  # one error per missing name: all handled at once
                if (id(error.schema), where) in seen:
                    continue
                seen.add((id(error.schema), where))
            found += describe(error, where, self.conditions)
        # A misspelt field is reported once, as unknown with its right name, not also as missing.
        misspelt = {
            (at[:-1], fields.get("guess")) for code, fields, at, _ in found if code == "schema-unknown-field"
        }
        return [
            Problem.at(doc.file, doc.position(at, key=key), code, **fields)
            for code, fields, at, key in found
            if not (code == "schema-required" and (at, fields["name"]) in misspelt)
        ]


def _error_order(error: ValidationError) -> tuple[str, ...]:
    return tuple(str(part) for part in error.absolute_path)


def bundle(contents: Mapping[str, Any], name: str) -> dict[str, Any]:
    """The schema `name` with every `$ref` replaced by the schema it points to, and no `$defs` (and no
    `pattern` beside a format checked here)."""

    def resolve(node: Any, base: str) -> Any:
        if isinstance(node, list):
            return [resolve(item, base) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            file, _, pointer = node["$ref"].partition("#")
            file = file or base
            target = contents[file]
            for part in filter(None, pointer.split("/")):
                target = target[part]
            siblings = {key: value for key, value in node.items() if key != "$ref"}
            return resolve({**target, **siblings}, file)
        return {
            key: value if key in _LITERAL_KEYWORDS else resolve(value, base)
            for key, value in node.items()
            if key != "$defs" and not (key == "pattern" and node.get("format") in _FORMAT_CHECKS)
        }

    bundled: dict[str, Any] = resolve(contents[name], name)
    return bundled


_LITERAL_KEYWORDS = frozenset({"enum", "const", "required", "examples", "default"})


@cache
def load_schemas(folder: Path | None = None) -> Schemas:
    """Read, bundle and compile every schema once."""
    folder = folder or schema_dir()
    contents = {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.schema.json"))
    }
    bundles = {kind: bundle(contents, name) for kind, name in SCHEMA_FILES.items()}
    fast = {
        kind: fastjsonschema.compile(
            {**schema, "$schema": _DRAFT7}, formats=_FORMAT_CHECKS, use_default=False
        )
        for kind, schema in bundles.items()
    }
    validators = {
        kind: Draft202012Validator(schema, format_checker=_FORMATS) for kind, schema in bundles.items()
    }
    conditions: dict[int, tuple[dict[str, Any], bool]] = {}
    for schema in bundles.values():
        for node in _subschemas(schema):
            if "if" in node:
                for branch, is_then in (("then", True), ("else", False)):
                    if branch in node:
                        conditions[id(node[branch])] = (node["if"], is_then)
    return Schemas(fast, validators, conditions)


_DRAFT7 = "http://json-schema.org/draft-07/schema#"


def _subschemas(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _subschemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _subschemas(value)
