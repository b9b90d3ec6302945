"""Checking a loaded document against the JSON Schemas in `schemas/`, with Swedish messages.

The schemas (Draft 2020-12) are the public contract. They are read from the package's own copy (a
wheel carries them as kvalitet/schemas) or from the repository's `schemas/` folder; `$ref`s between
them are resolved from that folder only, never from the network.

Each schema is bundled at start-up: its `$ref`s are replaced by what they point to. The bundle is
compiled twice: by fastjsonschema, which only says valid or not but is ten times faster and decides
for the great majority of records, and by jsonschema, which lists every error of a record that is not
valid so that each can be translated into Swedish. The schemas use only keywords that mean the same in
Draft 7 (fastjsonschema) and Draft 2020-12, and the tests check that both always agree.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator, FormatChecker, ValidationError

from kvalitet.load import Document, Where
from kvalitet.messages import say
from kvalitet.problems import Problem

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
}
RECORD_TYPES: tuple[str, ...] = tuple(SCHEMA_FILES)[:7]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
_DATE_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?\Z")


def schema_dir() -> Path:
    """The folder holding the schemas: the installed copy, or the repository's own folder."""
    here = Path(__file__).resolve().parent
    bundled = here / "schemas"
    return bundled if bundled.is_dir() else here.parents[1] / "schemas"


@cache
def parse_date(text: str) -> dt.date | None:
    """A date written ÅÅÅÅ-MM-DD, or None when the text is not one."""
    if not _DATE.match(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def parse_date_time(text: str) -> dt.datetime | None:
    """A local date and time written ÅÅÅÅ-MM-DD TT:MM[:SS] (or with T), or None."""
    match = _DATE_TIME.match(text)
    if not match:
        return None
    day = parse_date(match[1])
    hour, minute, second = int(match[2]), int(match[3]), int(match[4] or 0)
    if day is None or hour > 23 or minute > 59 or second > 59:
        return None
    return dt.datetime(day.year, day.month, day.day, hour, minute, second)


def _is_date(value: object) -> bool:
    return not isinstance(value, str) or parse_date(value) is not None


def _is_date_time(value: object) -> bool:
    return not isinstance(value, str) or parse_date_time(value) is not None


_FORMATS = FormatChecker(formats=())
_FORMATS.checks("date")(_is_date)
_FORMATS.checks("local-date-time")(_is_date_time)


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
            found += _describe(error, where, self.conditions)
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
    """The schema `name` with every `$ref` replaced by the schema it points to, and no `$defs`."""

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
            if key != "$defs"
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
    formats = {"date": _is_date, "local-date-time": _is_date_time}
    fast = {
        kind: fastjsonschema.compile({**schema, "$schema": _DRAFT7}, formats=formats, use_default=False)
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


def field_label(where: Where) -> str:
    """How a place in a record is named in a message: "fältet 'nivå' i åtgärder nr 2"."""
    names = [part for part in where if isinstance(part, str)]
    if not names:
        return say("word-field", name="")
    name = names[-1]
    parent = _parent_label(where[: len(where) - 1 - where[::-1].index(name)])
    if not parent:
        return say("word-field", name=name)
    return say("word-field-in", name=name, parent=parent)


def _parent_label(where: Where) -> str:
    label = ""
    for part in where:
        if isinstance(part, int):
            label = say("word-item", parent=label, number=part + 1)
        else:
            label = part
    return label


def _place(where: Where) -> str:
    parent = _parent_label(where)
    return say("word-in", parent=parent) if parent else ""


def _value_text(value: Any) -> str:
    if value is None:
        return say("word-null")
    if isinstance(value, bool):
        return say("word-value-boolean", value="true" if value else "false")
    if isinstance(value, int | float):
        return say("word-value-number", value=value)
    if isinstance(value, str):
        return say("word-value-string", value=value)
    return say("word-value-array" if isinstance(value, list) else "word-value-object")


def _condition_text(if_schema: dict[str, Any]) -> str:
    parts = [
        say("word-condition-filled", name=name)
        for name in if_schema.get("required", [])
        if name not in if_schema.get("properties", {})
    ]
    for name, rule in if_schema.get("properties", {}).items():
        if "const" in rule:
            parts.append(say("word-condition", name=name, value=rule["const"]))
        elif "enum" in rule:
            values = ", ".join(f"'{value}'" for value in rule["enum"])
            parts.append(say("word-condition-any", name=name, values=values))
    return say("word-and").join(parts)


def _guess(value: object, allowed: list[Any]) -> str:
    if not isinstance(value, str):
        return ""
    return guess_hint(value, [str(option) for option in allowed])


def guess_hint(value: str, options: list[str]) -> str:
    """ " Menade du 'x'?" for the option closest to `value` (ignoring case), or nothing."""
    lowered = {option.lower(): option for option in options}
    found = difflib.get_close_matches(value.lower(), list(lowered), n=1, cutoff=0.6)
    return say("hint-guess", guess=lowered[found[0]]) if found else ""


Found = tuple[str, dict[str, object], Where, bool]
"""A message code, its fields, the place, and whether the place is a key rather than a value."""


def _describe(
    error: ValidationError, where: Where, conditions: Mapping[int, tuple[dict[str, Any], bool]]
) -> Iterator[Found]:
    keyword = str(error.validator)
    schema = error.schema if isinstance(error.schema, dict) else {}
    expected: Any = error.validator_value
    value: Any = error.instance
    if keyword == "required":
        condition = conditions.get(id(schema))
        for name in expected:
            if name in value:
                continue
            fields: dict[str, object] = {"name": name, "place": _place(where)}
            if condition:
                yield (
                    "schema-required-when",
                    {**fields, "condition": _condition_text(condition[0])},
                    where,
                    False,
                )
            else:
                yield "schema-required", {**fields, "hint": say("hint-required")}, where, False
    elif keyword == "not" and id(schema) in conditions and "required" in expected:
        name = expected["required"][0]
        text = _condition_text(conditions[id(schema)][0])
        yield (
            "schema-forbidden-when",
            {"field": field_label((*where, name)), "condition": text},
            (*where, name),
            True,
        )
    elif keyword == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        for extra in sorted(set(value) - set(allowed)):
            guess = difflib.get_close_matches(extra, allowed, n=1, cutoff=0.6)
            hint = (
                say("schema-unknown-field-guess", guess=guess[0])
                if guess
                else say("schema-unknown-field-list", allowed=", ".join(allowed))
            )
            yield (
                "schema-unknown-field",
                {"name": extra, "place": _place(where), "hint": hint, "guess": guess[0] if guess else None},
                (*where, extra),
                True,
            )
    elif value is None:
        yield "schema-empty", {"field": field_label(where)}, where, False
    else:
        code, fields = _VALUE_CHECKS.get(keyword, _other)(expected, value, field_label(where), schema)
        yield code, fields, where, False


def _type(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    if value is None:
        return "schema-empty", {"field": field}
    hint = ""
    if expected == "boolean":
        hint = say("hint-boolean")
    elif expected == "array" and isinstance(value, str):
        hint = say("hint-list")
    wanted = say(f"word-{expected}")
    return "schema-type", {
        "field": field,
        "expected": wanted,
        "actual": _value_text(value),
        "hint": hint,
    }


def _enum(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    options = [str(option) for option in expected]
    hint = _guess(value, options)
    fields = {"value": value, "field": field, "allowed": ", ".join(options), "hint": hint}
    return "schema-enum", fields


def _const(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    return "schema-const", {
        "field": field,
        "expected": expected,
        "value": value,
    }


def _format(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    if expected != "date":
        return "schema-datetime", {"value": value, "field": field}
    code = "schema-date-impossible" if _DATE.match(str(value)) else "schema-date"
    return code, {"value": value, "field": field}


def _pattern(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    example = ", ".join(schema.get("examples", [])) or expected
    return "schema-pattern", {"value": value, "field": field, "example": example}


def _range(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    low, high = schema.get("minimum", "?"), schema.get("maximum", "?")
    return "schema-range", {"field": field, "low": low, "high": high, "value": value}


def _too_long(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    fields = {"field": field, "length": len(value), "limit": expected}
    return "schema-too-long", fields


def _empty(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    return ("schema-empty-list" if isinstance(value, list) else "schema-empty"), {"field": field}


def _duplicate(
    expected: Any, value: Any, field: str, schema: dict[str, Any]
) -> tuple[str, dict[str, object]]:
    seen: set[str] = set()
    twice = ""
    for item in map(str, value):
        if item in seen:
            twice = item
            break
        seen.add(item)
    return "schema-duplicate-item", {"field": field, "value": twice}


def _other(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    return "schema-other", {"field": field, "keyword": "?"}


_VALUE_CHECKS = {
    "type": _type,
    "enum": _enum,
    "const": _const,
    "format": _format,
    "pattern": _pattern,
    "minimum": _range,
    "maximum": _range,
    "maxLength": _too_long,
    "minLength": _empty,
    "minItems": _empty,
    "uniqueItems": _duplicate,
}
