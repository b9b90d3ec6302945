"""Schema errors in plain Swedish: each error jsonschema reports becomes a message with its place.

`describe` turns one `ValidationError` into message codes with their fields (see
`kvalitet.messages.validation`): the field's name and where it is ("fältet 'nivå' i åtgärder nr 2"),
what was found, what is allowed, and the closest allowed value when a value looks misspelt.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema import ValidationError
from jsonschema.exceptions import best_match

from kvalitet.messages import say
from kvalitet.records.dates import DATE_SHAPE, EARLIEST, LATEST, parse_date, parse_date_time
from kvalitet.records.field_names import known_names, shown_name
from kvalitet.records.limits import MAX_PROBLEMS_PER_FILE
from kvalitet.records.load import Where


def field_label(where: Where) -> str:
    """How a place in a record is named in a message: "fältet 'nivå' i åtgärder nr 2"."""
    names = [part for part in where if isinstance(part, str)]
    if not names:
        return say("word-field", name="")
    name = names[-1]
    if name not in known_names():
        parent = _parent_label(where[: len(where) - 1 - where[::-1].index(name)])
        return say("word-unknown-field-in", parent=parent) if parent else say("word-unknown-field")
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
            label = shown_name(part)
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
        return say("word-value-number")
    if isinstance(value, str):
        return say("word-value-string")
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


def describe(
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
        for number, extra in enumerate(sorted(set(value) - set(allowed))):
            # a guess for the ones shown; a file of a million unknown fields stays quick
            shown = number < MAX_PROBLEMS_PER_FILE
            guess = difflib.get_close_matches(extra, allowed, n=1, cutoff=0.6) if shown else []
            hint = (
                say("schema-unknown-field-guess", guess=guess[0])
                if guess
                else say("schema-unknown-field-list", allowed=", ".join(allowed))
            )
            yield (
                "schema-unknown-field",
                {"place": _place(where), "hint": hint, "guess": guess[0] if guess else None},
                (*where, extra),
                True,
            )
    elif keyword in ("anyOf", "oneOf") and error.context:
        # a value that fits none of the alternatives: told as the alternative it comes closest to
        closest = best_match(error.context)
        if closest is not None:
            yield from describe(closest, tuple(closest.absolute_path), conditions)
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
    types = expected if isinstance(expected, list) else [expected]  # "type": ["integer", "array"]
    wanted = say("word-or").join(say(f"word-{name}") for name in types)
    return "schema-type", {
        "field": field,
        "expected": wanted,
        "actual": _value_text(value),
        "hint": hint,
    }


def _enum(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    options = [str(option) for option in expected]
    hint = _guess(value, options)
    fields: dict[str, object] = {"field": field, "allowed": ", ".join(options), "hint": hint}
    return "schema-enum", fields


def _const(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    return "schema-const", {"field": field, "expected": expected}


def _format(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    if (parse_date if expected == "date" else parse_date_time)(str(value)) is not None:
        return "schema-date-range", {"field": field, "earliest": EARLIEST, "latest": LATEST}
    if expected != "date":
        return "schema-datetime", {"field": field}
    code = "schema-date-impossible" if DATE_SHAPE.match(str(value)) else "schema-date"
    return code, {"field": field}


def _pattern(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    example = ", ".join(schema.get("examples", [])) or expected
    return "schema-pattern", {"field": field, "example": example}


def _range(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    low, high = schema.get("minimum", "?"), schema.get("maximum", "?")
    return "schema-range", {"field": field, "low": low, "high": high}


def _too_long(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    fields = {"field": field, "length": len(value), "limit": expected}
    return "schema-too-long", fields


def _empty(expected: Any, value: Any, field: str, schema: dict[str, Any]) -> tuple[str, dict[str, object]]:
    return ("schema-empty-list" if isinstance(value, list) else "schema-empty"), {"field": field}


def _duplicate(
    expected: Any, value: Any, field: str, schema: dict[str, Any]
) -> tuple[str, dict[str, object]]:
    seen: dict[str, int] = {}
    first = second = 0
    for index, item in enumerate(map(str, value), start=1):
        if item in seen:
            first, second = seen[item], index
            break
        seen[item] = index
    return "schema-duplicate-item", {"field": field, "first": first, "second": second}


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
