"""The mapping file: which typ the rows become, which column fills which field, and how words translate.

It is read with the strict YAML loader, checked against `mapping.schema.json` (Swedish messages as for
records) and then against the record schemas: every field it names must exist for the typ.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator

from kvalitet.records.load import Document, load_yaml
from kvalitet.records.problems import Problem
from kvalitet.records.schema_errors import guess_hint
from kvalitet.records.schemacheck import RECORD_TYPES, Schemas, bundle
from kvalitet.staff.importer.dates import FORMATS
from kvalitet.staff.importer.fields import NOT_IMPORTED, Field, fields_of

KIND = "mappning"
DEDUPLICATION_FIELD = "diarienummer"
REGISTERED = "registrerad"


def normalise(word: str) -> str:
    """How source words are compared: case and spacing do not matter."""
    return " ".join(word.split()).casefold()


@dataclass(frozen=True, slots=True)
class ValueMap:
    targets: Mapping[str, Any]
    """Normalised source word → the value in the record (None: leave the word out)."""
    words: tuple[str, ...]
    """The source words as the mapping writes them, for hints."""

    def find(self, word: str) -> tuple[bool, Any]:
        key = normalise(word)
        return key in self.targets, self.targets.get(key)


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    label: str
    """Where it stands in the mapping, for messages: "fält → enhet"."""
    values: ValueMap | None = None
    separator: str | None = None


@dataclass(frozen=True, slots=True)
class ImportMapping:
    file: Path
    typ: str | None
    typ_column: Column | None
    delimiter: str = ";"
    encoding: str = "utf-8-sig"
    sheet: str | None = None
    header_row: int | None = None
    date_formats: tuple[str, ...] = FORMATS
    source_id: Column | None = None
    system: str = ""
    """The source system's name, stored in each record's källa.system."""
    prefix: str = ""
    """What an older import wrote before the source id in diarienummer: how its records are found."""
    columns: Mapping[str, Column] = field(default_factory=dict)
    """Dotted field name → the column it comes from."""
    fixed: Mapping[str, Any] = field(default_factory=dict)

    @property
    def types(self) -> tuple[str, ...]:
        """Every typ a row can become."""
        if self.typ is not None:
            return (self.typ,)
        assert self.typ_column is not None and self.typ_column.values is not None
        targets = self.typ_column.values.targets.values()
        return tuple(typ for typ in RECORD_TYPES if typ in targets)

    def referenced(self) -> list[Column]:
        """Every column the mapping reads."""
        found = [self.typ_column, self.source_id, *self.columns.values()]
        return [column for column in found if column is not None]


@cache
def _schemas() -> Schemas:
    text = files("kvalitet.staff.importer").joinpath("mapping.schema.json").read_text(encoding="utf-8")
    schema = bundle({"mapping": json.loads(text)}, "mapping")
    draft7 = "http://json-schema.org/draft-07/schema#"
    fast = fastjsonschema.compile({**schema, "$schema": draft7}, use_default=False)
    return Schemas({KIND: fast}, {KIND: Draft202012Validator(schema)}, {})


def _expand_shorthand(data: dict[str, Any]) -> None:
    """`sammanfattning: Beskrivning` is short for `sammanfattning: {kolumn: Beskrivning}`."""
    for key in ("typkolumn", "källid"):
        if isinstance(data.get(key), str):
            data[key] = {"kolumn": data[key]}
    columns = data.get("fält")
    if isinstance(columns, dict):
        for name, spec in columns.items():
            if isinstance(spec, str):
                columns[name] = {"kolumn": spec}


def load_mapping(file: Path) -> ImportMapping | list[Problem]:
    """The mapping in `file`, or every problem in it."""
    doc = load_yaml(file)
    if isinstance(doc, list):
        return doc
    _expand_shorthand(doc.data)
    problems = _schemas().check(doc, KIND)
    if problems:
        return problems
    data = doc.data
    source = data.get("källa") or {}
    id_spec = data.get("källid")
    mapping = ImportMapping(
        file=file,
        typ=data.get("typ"),
        typ_column=_column(data["typkolumn"], "typkolumn") if "typkolumn" in data else None,
        delimiter=source.get("avgränsare", ";"),
        encoding=source.get("teckenkodning", "utf-8-sig"),
        sheet=source.get("blad"),
        header_row=source.get("rubrikrad"),
        date_formats=tuple(source.get("datumformat") or FORMATS),
        source_id=_column(id_spec, "källid") if id_spec else None,
        system=_system(id_spec),
        prefix=(id_spec or {}).get("prefix") or "",
        columns={name: _column(spec, f"fält → {name}") for name, spec in data["fält"].items()},
        fixed=dict(data.get("fasta_värden") or {}),
    )
    problems = _check_typ(doc, mapping)
    if mapping.typ is not None or (mapping.typ_column and mapping.typ_column.values):
        problems += _check_fields(doc, mapping)
    return problems or mapping


def _system(spec: dict[str, Any] | None) -> str:
    """The system's name; a mapping from before källa named it only by its prefix."""
    if not spec:
        return ""
    return " ".join(str(spec.get("system") or spec.get("prefix") or "").split())


def _column(spec: dict[str, Any], label: str) -> Column:
    values = spec.get("värden")
    value_map = None
    if values is not None:
        targets = {normalise(str(word)): target for word, target in values.items()}
        value_map = ValueMap(targets, tuple(str(word) for word in values))
    return Column(spec["kolumn"], label, value_map, spec.get("delas_med"))


def _check_typ(doc: Document, mapping: ImportMapping) -> list[Problem]:
    file = doc.file
    if mapping.typ is not None and mapping.typ_column is not None:
        return [Problem.at(file, doc.position(("typkolumn",), key=True), "import-mapping-typ-twice")]
    if mapping.typ_column is None:
        return [] if mapping.typ is not None else [Problem.at(file, (1, 1), "import-mapping-typ-missing")]
    values = mapping.typ_column.values
    if values is None:
        return [Problem.at(file, doc.position(("typkolumn",), key=True), "import-mapping-typ-values")]
    problems = []
    for word, target in doc.data["typkolumn"]["värden"].items():
        if target is not None and target not in RECORD_TYPES:
            hint = guess_hint(str(target), list(RECORD_TYPES))
            where = ("typkolumn", "värden", word)
            problems.append(
                Problem.at(
                    file,
                    doc.position(where),
                    "import-mapping-typ-unknown",
                    value=target,
                    hint=hint,
                    allowed=", ".join(RECORD_TYPES),
                )
            )
    return problems


def _known(name: str, types: tuple[str, ...]) -> list[Field]:
    return [fields_of(typ)[name] for typ in types if name in fields_of(typ)]


def _unknown_field(file: Path, position: tuple[int, int], name: str, types: tuple[str, ...]) -> Problem:
    if name.split(".")[0] in NOT_IMPORTED:
        return Problem.at(file, position, "import-mapping-field-reserved", name=name)
    named = ", ".join(types)
    others = [typ for typ in RECORD_TYPES if name in fields_of(typ)]
    if others:
        fields = {"name": name, "typ": named, "others": ", ".join(others)}
        return Problem.at(file, position, "import-mapping-field-other-typ", **fields)
    hint = guess_hint(name, sorted({field for typ in types for field in fields_of(typ)}))
    return Problem.at(file, position, "import-mapping-field-unknown", name=name, typ=named, hint=hint)


def _check_fields(doc: Document, mapping: ImportMapping) -> list[Problem]:
    file, types = doc.file, mapping.types
    problems: list[Problem] = []
    for section, names in (("fält", list(mapping.columns)), ("fasta_värden", list(mapping.fixed))):
        for name in names:
            position = doc.position((section, name), key=True)
            known = _known(name, types)
            if not known:
                problems.append(_unknown_field(file, position, name, types))
            elif section == "fält" and mapping.columns[name].separator and known[0].kind != "list":
                problems.append(Problem.at(file, position, "import-mapping-separator", name=name))
            elif section == "fasta_värden" and name in mapping.columns:
                problems.append(Problem.at(file, position, "import-mapping-field-twice", name=name))
            elif section == "fasta_värden" and name == DEDUPLICATION_FIELD:
                problems.append(Problem.at(file, position, "import-mapping-key-fixed"))
    if REGISTERED not in mapping.columns and REGISTERED not in mapping.fixed:
        problems.append(Problem.at(file, (1, 1), "import-mapping-registered-missing"))
    has_column = DEDUPLICATION_FIELD in mapping.columns
    if mapping.source_id is not None and not mapping.system:
        position = doc.position(("källid",), key=True)
        problems.append(Problem.at(file, position, "reimport-mapping-system-missing"))
    elif mapping.source_id is None and not has_column:
        problems.append(Problem.at(file, (1, 1), "import-mapping-key-missing"))
    return problems
