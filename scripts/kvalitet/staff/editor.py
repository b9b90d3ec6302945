"""The editor's help in a records repository: the record schemas, and the repository's own ids.

VS Code (with the YAML extension, which runs yaml-language-server) checks each record against its
schema and offers the allowed values while one types. The record schemas only know the shape of an
id; which unit ids and category ids exist is written in the repository's own organisation.yaml and
kategorier.yaml. This module writes, beside the editor's settings, one small generated schema per
typ of record that lists those ids (with their names as descriptions), so that `enhet: ` and
`kategorier: ` are completed with the repository's own ids:

    .vscode/kvalitet-scheman/        a copy of the installed tool's schemas (the format's contract)
    .vscode/kvalitet-koder/AVV.schema.json ...   generated from organisation.yaml and kategorier.yaml

`.vscode/settings.json` (written by `kvalitet init`) applies both to each record file. `kvalitet init`
writes them and `kvalitet ny` writes them again, so that they follow the reference files.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from kvalitet.messages import say
from kvalitet.records.reference import Entry, Reference
from kvalitet.records.rules import CODE_LISTS
from kvalitet.records.schemacheck import RECORD_TYPES, SCHEMA_FILES, schema_dir
from kvalitet.staff.skeleton import UNIT_FIELD, record_prefixes, record_schema

EDITOR_DIR: Final = ".vscode"
SCHEMA_COPY_DIR: Final = "kvalitet-scheman"
CODES_DIR: Final = "kvalitet-koder"
REFERENCE_GLOBS: Final[Mapping[str, str]] = {
    "organisation": "records/organisation.yaml",
    "kategorier": "records/kategorier.yaml",
    "kvalitet": "records/kvalitet.yaml",
    "volymer": "records/volymer.yaml",
    "faststallda": "site/berattelse/faststallda.yaml",
}


def _description(entry: Entry) -> str:
    parts = [entry.name]
    if entry.group:
        parts.append(entry.group)
    if entry.period.start or entry.period.end:
        parts.append(entry.period.describe())
    return ", ".join(parts)


def _ids(entries: Mapping[str, Entry]) -> dict[str, Any]:
    ordered = list(entries.values())
    return {
        "type": "string",
        "enum": [entry.id for entry in ordered],
        "enumDescriptions": [_description(entry) for entry in ordered],
        "markdownEnumDescriptions": [_description(entry) for entry in ordered],
    }


def codes_schema(kind: str, reference: Reference) -> dict[str, Any]:
    """The generated schema of `kind`: its unit and category fields as enums of the repository's ids."""
    fields = record_schema(kind)["properties"]
    properties: dict[str, Any] = {UNIT_FIELD: _ids(reference.units)}
    for field, list_name, _ in CODE_LISTS:
        entries = reference.categories.get(list_name or kind)
        if field in fields and entries is not None:
            ids = _ids(entries)
            is_list = fields[field].get("type") == "array"
            properties[field] = {"type": "array", "items": ids} if is_list else ids
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$comment": say("editor-generated"),
        "title": say("editor-codes-title", typ=kind),
        "type": "object",
        "properties": properties,
    }


def _record_glob(kind: str) -> str:
    return f"records/**/{record_prefixes()[kind]}-*.yaml"


def schema_settings() -> dict[str, list[str]]:
    """`yaml.schemas` of .vscode/settings.json: each record file gets its typ's schema and the
    generated ids, each reference file its schema."""
    settings: dict[str, list[str]] = {}
    for kind in RECORD_TYPES:
        prefix = record_prefixes()[kind]
        settings[f"./{EDITOR_DIR}/{SCHEMA_COPY_DIR}/{SCHEMA_FILES[kind]}"] = [_record_glob(kind)]
        settings[f"./{EDITOR_DIR}/{CODES_DIR}/{prefix}.schema.json"] = [_record_glob(kind)]
    for kind, glob in REFERENCE_GLOBS.items():
        settings[f"./{EDITOR_DIR}/{SCHEMA_COPY_DIR}/{SCHEMA_FILES[kind]}"] = [glob]
    return settings


def _write_json(path: Path, data: Any) -> bool:
    """Write `data` as JSON unless the file already holds exactly that; True when it was written."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return True


def write_editor_files(project: Path, reference: Reference) -> list[Path]:
    """Write the schema copy and the generated ids below `project`/.vscode; the files changed."""
    changed: list[Path] = []
    copy = project / EDITOR_DIR / SCHEMA_COPY_DIR
    copy.mkdir(parents=True, exist_ok=True)
    for source in sorted(schema_dir().glob("*.schema.json")):
        target = copy / source.name
        if not target.is_file() or target.read_bytes() != source.read_bytes():
            shutil.copyfile(source, target)
            changed.append(target)
    for kind in RECORD_TYPES:
        target = project / EDITOR_DIR / CODES_DIR / f"{record_prefixes()[kind]}.schema.json"
        if _write_json(target, codes_schema(kind, reference)):
            changed.append(target)
    return changed


def keeps_editor_files(project: Path) -> bool:
    """Whether `project` has the generated ids (made by `kvalitet init`): `kvalitet ny` keeps them."""
    return (project / EDITOR_DIR / CODES_DIR).is_dir()
