"""Writing real YAML records into a copy of tests/cases/base, validating and aggregating them: shared by
the aggregation tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from kvalitet.aggregate import Aggregates, Table, aggregate
from kvalitet.records.cases import ID_PREFIXES, Case, to_cases
from kvalitet.records.reference import Policy, Reference, load_reference
from kvalitet.records.validate import validate

SUMMARY = "Ett testärende utan personuppgifter."
DEFAULTS: dict[str, dict[str, object]] = {
    "avvikelse": {"enhet": "vuxna", "lagrum": "SoL", "kategorier": ["tidsbrist"]},
    "klagomål": {"kanal": "webb", "avsändare": "brukare", "kategorier": ["bemötande"]},
    "synpunkt": {"kanal": "webb", "avsändare": "brukare", "kategorier": ["beröm"]},
    "lex_sarah": {"enhet": "vuxna", "kategorier": ["bristande-tillsyn"]},
    "personuppgiftsincident": {"enhet": "vuxna", "kategorier": ["fel-mottagare"]},
    "lex_maja": {"enhet": "vuxna", "anmäld_till": "länsstyrelsen"},
    "ej_verkställt_beslut": {
        "enhet": "vuxna",
        "lagrum": "SoL",
        "insats": "kontaktfamilj",
        "skäl": ["brist-på-uppdragstagare"],
    },
}
PREFIX = ID_PREFIXES


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(str(item) for item in value) + "]"
    return str(value)


def dump(data: Mapping[str, object], indent: str = "") -> list[str]:
    """A record as YAML lines, written the way postformat.md asks (dates without quotes)."""
    lines: list[str] = []
    for key, value in data.items():
        if isinstance(value, Mapping):
            lines += [f"{indent}{key}:", *dump(value, indent + "  ")]
        elif isinstance(value, list) and value and isinstance(value[0], Mapping):
            lines.append(f"{indent}{key}:")
            for item in value:
                for number, (inner, inner_value) in enumerate(item.items()):
                    lines.append(
                        f"{indent}{'  - ' if number == 0 else '    '}{inner}: {_scalar(inner_value)}"
                    )
        else:
            lines.append(f"{indent}{key}: {_scalar(value)}")
    return lines


def write(root: Path, typ: str, number: int, registered: str, **fields: object) -> str:
    """Write a valid record of `typ` into `root` and return its id. Fields set to None are left out;
    status defaults to avslutad when `avslutad` is given."""
    year = registered[:4]
    id = f"{PREFIX[typ]}-{year}-{number:04d}"
    status = "avslutad" if fields.get("avslutad") else "registrerad"
    data: dict[str, object] = {"id": id, "typ": typ, "registrerad": registered, "status": status}
    data["sammanfattning"] = SUMMARY
    data.update(DEFAULTS[typ])
    if typ == "personuppgiftsincident":
        data["upptäckt"] = f"{registered} 08:00"
    if typ == "ej_verkställt_beslut":
        data["beslutsdatum"] = str(dt.date.fromisoformat(registered) - dt.timedelta(days=100))
    data.update(fields)
    data = {key: value for key, value in data.items() if value is not None}
    folder = root / year
    folder.mkdir(exist_ok=True)
    assert not (folder / f"{id}.yaml").exists(), f"{id} is taken (tests/cases/base has number 1 of 2024)"
    (folder / f"{id}.yaml").write_text("\n".join(dump(data)) + "\n", encoding="utf-8")
    return id


def load(root: Path) -> tuple[list[Case], Reference]:
    """The validated cases and the reference of a records root (which must be valid)."""
    outcome = validate([root])
    assert outcome.problems == []
    reference, problems = load_reference(root)
    assert reference is not None, problems
    return to_cases(outcome.records), reference


def run(root: Path, as_of: str, policy: Policy | None = None) -> Aggregates:
    cases, reference = load(root)
    return aggregate(cases, reference, as_of=dt.date.fromisoformat(as_of), policy=policy)


def values(table: Table, key: str) -> tuple[int | float | None, ...]:
    return table.row(key).values


def row_sums(table: Table) -> list[int]:
    return [sum(int(row.values[i] or 0) for row in table.rows) for i in range(len(table.columns))]
