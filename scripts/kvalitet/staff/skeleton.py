"""The commented skeleton of a new record, derived from its JSON Schema and the reference files.

Nothing about the fields is written here: names, order, descriptions, allowed values and formats come
from the record's schema in `schemas/`, and the units, categories, insatser and skäl in use on the day
from organisation.yaml and kategorier.yaml. A field added to a schema shows up in the next skeleton.

Required fields come first. Those with a safe value are filled in (id, typ, registrerad, status); the
others are left empty (`[]` for a list), so that `kvalitet validera` says "fältet 'enhet' är tomt" for
each until it is filled. A comment line above each field says what it is and what it takes. Optional
fields follow, commented out, with what they take in place of the value:

    # Dagen då det som ärendet gäller inträffade, om den är känd.
    # inträffad: ÅÅÅÅ-MM-DD

A placeholder is never a valid value, so a field uncommented but not filled in is reported. Free text
fields, where any text would be valid, stay empty instead.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, TypeAlias

from kvalitet.messages import say
from kvalitet.records.dates import parse_date, parse_moment
from kvalitet.records.recordformat import CURRENT, FIELD
from kvalitet.records.reference import CATEGORIES, ORGANISATION, Entry, Reference
from kvalitet.records.rules import CODE_LISTS
from kvalitet.records.schemacheck import RECORD_TYPES, SCHEMA_FILES, bundle, schema_dir

Schema: TypeAlias = dict[str, Any]

WIDTH = 100
"""Comment lines are wrapped at this many characters."""
INITIAL_STATUS = "registrerad"
UNIT_FIELD = "enhet"
_PREFIX = re.compile(r"\^([A-Z]+)-")


@cache
def _schema_files() -> dict[str, Schema]:
    return {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(schema_dir().glob("*.schema.json"))
    }


@cache
def record_schema(typ: str) -> Schema:
    """The schema of `typ` with every `$ref` resolved, as the validator uses it."""
    return bundle(_schema_files(), SCHEMA_FILES[typ])


@cache
def _shared_descriptions() -> frozenset[str]:
    """The descriptions of the shared definitions (`$defs`): "Ett datum, ÅÅÅÅ-MM-DD." and the like.
    A field inside a group says them only when it has nothing of its own to say."""
    return frozenset(
        str(definition["description"])
        for schema in _schema_files().values()
        for definition in schema.get("$defs", {}).values()
        if "description" in definition
    )


def id_prefix(typ: str) -> str:
    """The id prefix of `typ` (AVV for avvikelse), read from the pattern of its `id` in the schema."""
    pattern = record_schema(typ)["properties"]["id"]["pattern"]
    match = _PREFIX.match(pattern)
    if match is None:  # pragma: no cover - every record schema's id pattern starts ^XXX-
        raise ValueError(f"{typ}: no id prefix in {pattern!r}")
    return match[1]


def record_prefixes() -> dict[str, str]:
    """Every typ with its id prefix, in the order of the record format."""
    return {typ: id_prefix(typ) for typ in RECORD_TYPES}


def code_choices(typ: str, reference: Reference, day: dt.date) -> dict[str, tuple[list[str], str]]:
    """For each field whose value is an id from the reference files: the ids in use on `day`, and
    the file they come from."""
    lists: dict[str, tuple[Mapping[str, Entry], str]] = {UNIT_FIELD: (reference.units, ORGANISATION)}
    for name, list_name, _ in CODE_LISTS:
        entries = reference.categories.get(list_name or typ)
        if entries is not None:
            lists[name] = (entries, CATEGORIES)
    fields = record_schema(typ)["properties"]
    return {
        name: ([entry.id for entry in entries.values() if entry.period.contains(day)], file)
        for name, (entries, file) in lists.items()
        if name in fields
    }


def skeleton(typ: str, record_id: str, today: dt.date, reference: Reference, check_path: str) -> str:
    """The text of a new record of `typ` with id `record_id`, registered `today`."""
    schema = record_schema(typ)
    fields: Mapping[str, Schema] = schema["properties"]
    required: Sequence[str] = schema.get("required", [])
    filled = {
        "id": record_id,
        "typ": str(fields["typ"].get("const", typ)),
        FIELD: str(CURRENT),
        "registrerad": today.isoformat(),
        "status": INITIAL_STATUS,
    }
    choices = {
        name: _choice_hint(ids, file, today, fields[name])
        for name, (ids, file) in code_choices(typ, reference, today).items()
    }
    title = say("new-header-title", title=schema.get("title", typ), description=schema.get("description", ""))
    lines = [*_comment(title), "#", *_comment(say("new-header-fill")), *_comment(say("new-header-privacy"))]
    lines += _comment(say("new-header-check", path=check_path))
    for name in _live(required, fields):
        lines += ["", *_field(name, fields[name], choices.get(name), live=True, value=filled.get(name))]
    optional = [name for name in fields if name not in _live(required, fields)]
    if optional:
        lines += ["", "", *_comment(say("new-optional-heading"))]
    for name in optional:
        lines += ["", *_field(name, fields[name], choices.get(name), live=False, required=False)]
    return "\n".join(lines) + "\n"


def _live(required: Sequence[str], fields: Mapping[str, Schema]) -> list[str]:
    """The fields written with a value: the required ones, and the record format's version after typ."""
    names = list(required)
    if FIELD in fields and FIELD not in names:
        names.insert(names.index("typ") + 1 if "typ" in names else 0, FIELD)
    return names


def _choice_hint(ids: list[str], file: str, day: dt.date, node: Schema) -> str:
    if not ids:
        return say("new-hint-no-codes", file=file, date=day.isoformat())
    code = "new-hint-some-of" if node.get("type") == "array" else "new-hint-one-of"
    return say(code, values=", ".join(ids))


def _field(
    name: str,
    node: Schema,
    choice: str | None,
    *,
    live: bool,
    required: bool = True,
    value: str | None = None,
    indent: int = 0,
) -> list[str]:
    """The lines of one field: its description, then the field itself, at indent 0 (the caller
    indents them; `indent` only narrows the wrapping).

    `live` fields are real YAML in the new file; the others are written as a template inside a
    commented-out block, with what they take in place of the value. An optional field is commented
    out, with everything under it.
    """
    width = WIDTH - indent
    lines = _comment(_description(node, nested=indent > 0), width)
    real = live and required
    hint = choice or _hint(node)
    children = _children(node)
    if children is not None:
        body = [f"{name}:", *_nested(node, children, live=real, indent=indent)]
    elif real:
        if hint and (value is None or choice or "enum" in node):
            lines += _comment(f"{name}: {hint}", width, hanging=True)
        empty = "[]" if node.get("type") == "array" else ""
        body = [f"{name}: {value or empty}".rstrip()]
    else:
        body = _wrap(f"{name}: {hint}" if hint else f"{name}:", width - 2)
    if not required:
        body = [f"# {line}".rstrip() for line in body]
    return lines + body


def _children(node: Schema) -> Mapping[str, Schema] | None:
    """The fields inside an object, or inside each item of a list of objects; None for a value."""
    if node.get("type") == "object" and "properties" in node:
        properties: Mapping[str, Schema] = node["properties"]
        return properties
    items = node.get("items")
    if node.get("type") == "array" and isinstance(items, dict):
        return _children(items)
    return None


def _nested(node: Schema, children: Mapping[str, Schema], *, live: bool, indent: int) -> list[str]:
    """The fields of an object, indented by 2, or of one list item, indented by 4 with "- " before
    its first field. Required fields come first."""
    is_list = node.get("type") == "array"
    required = (node["items"] if is_list else node).get("required", [])
    step = 4 if is_list else 2
    lines: list[str] = []
    for name in sorted(children, key=lambda name: name not in required):
        is_required = name in required
        lines += _field(name, children[name], None, live=live, required=is_required, indent=indent + step)
    lines = [" " * step + line for line in lines]
    if is_list:
        first = next((i for i, line in enumerate(lines) if not line.lstrip().startswith("#")), None)
        if first is None:
            lines.insert(0, "  -")
        else:  # the first field and its description go two steps out, the field after "- "
            lines[: first + 1] = [*("  " + line[4:] for line in lines[:first]), "  - " + lines[first][4:]]
    return lines


def _description(node: Schema, *, nested: bool) -> str:
    text = str(node.get("description", ""))
    if nested and text in _shared_descriptions():
        text = ""
    if _is_free_text(node) and "maxLength" in node:
        examples = node.get("examples") or []
        note = (
            say("new-note-text-example", limit=node["maxLength"], example=examples[0])
            if examples
            else say("new-note-text", limit=node["maxLength"])
        )
        text = f"{text} {note}".strip()
    return text


def _is_free_text(node: Schema) -> bool:
    return node.get("type") == "string" and not ({"pattern", "format", "enum"} & node.keys())


def _hint(node: Schema) -> str | None:
    """What the field takes, written so that it is never itself a valid value; None for free text
    (any text would be valid) and for a fixed value."""
    kind = node.get("type")
    if "enum" in node:
        return say("new-hint-one-of", values=", ".join(str(value) for value in node["enum"]))
    if node.get("format") == "date":
        return say("new-hint-date")
    if node.get("format") == "local-date-time":
        return say("new-hint-date-time")
    if kind == "integer":
        if "minimum" in node and "maximum" in node:
            return say("new-hint-integer-range", low=node["minimum"], high=node["maximum"])
        return say("new-hint-integer")
    if kind == "boolean":
        return say("new-hint-boolean")
    if kind == "string" and "pattern" in node and _moment_or_day(node.get("examples") or []):
        return say("new-hint-date-time-or-date")
    if kind == "string" and "pattern" in node and node.get("examples"):
        return say("new-hint-example", example=node["examples"][0])
    if kind == "array":
        items = node.get("items")
        examples = items.get("examples") if isinstance(items, dict) else None
        return say("new-hint-list-example", example=examples[0]) if examples else say("new-hint-list")
    return None


def _moment_or_day(examples: list[Any]) -> bool:
    """Whether the examples are a date and time and a date alone (upptäckt: the clock time may be
    unknown)."""
    texts = [str(example) for example in examples]
    days = [text for text in texts if parse_date(text) is not None]
    return bool(days) and len(days) < len(texts) and all(parse_moment(text) for text in texts)


def _comment(text: str, width: int = WIDTH, *, hanging: bool = False) -> list[str]:
    """`text` as comment lines wrapped at `width` (`hanging`: the lines after the first indented);
    nothing for no text."""
    indent = "  " if hanging else ""
    wrapped = textwrap.wrap(
        text, width - 2, subsequent_indent=indent, break_on_hyphens=False, break_long_words=False
    )
    return [f"# {line}" for line in wrapped]


def _wrap(line: str, width: int) -> list[str]:
    """A `name: value` line wrapped at `width`, the value continuing as YAML text on the next lines."""
    return textwrap.wrap(line, width, subsequent_indent="  ", break_on_hyphens=False, break_long_words=False)
