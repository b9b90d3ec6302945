"""volymer.yaml: how large each unit is, per year (årsarbetare, brukare, beslut, platser, timmar).

Optional, beside organisation.yaml. With volumes the site can show counts per volume, so that units of
different size can be compared; a unit or year without a volume has none (never zero). Every unit id
must be in organisation.yaml, and a unit and year may be given once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kvalitet.records.load import Document
from kvalitet.records.problems import Problem

VOLUMES = "volymer.yaml"


@dataclass(frozen=True, slots=True)
class Measure:
    """A kind of volume: its key in volymer.yaml, and the rate it gives ("per 10 årsarbetare")."""

    key: str
    per: int


MEASURES: tuple[Measure, ...] = (
    Measure("årsarbetare", 10),
    Measure("brukare", 100),
    Measure("beslut", 1000),
    Measure("platser", 10),
    Measure("hemtjänsttimmar", 10000),
)
"""In the order the site shows them; the first is the one units are compared by."""


@dataclass(frozen=True, slots=True)
class Volumes:
    """(unit, year) → measure → volume."""

    values: Mapping[tuple[str, int], Mapping[str, float]] = field(default_factory=dict)

    def get(self, unit: str, year: int, measure: str) -> float | None:
        """The volume, or None when it is not given (or zero: nothing to divide by)."""
        value = self.values.get((unit, year), {}).get(measure)
        return value if value else None

    def __bool__(self) -> bool:
        return bool(self.values)


def read_volumes(doc: Document, units: Mapping[str, object]) -> tuple[Volumes, list[Problem]]:
    """The volumes of a schema-valid volymer.yaml, and a problem for each unknown unit or repetition."""
    values: dict[tuple[str, int], dict[str, float]] = {}
    problems: list[Problem] = []
    for index, item in enumerate(doc.data.get("volymer") or []):
        unit, year = item["enhet"], int(item["år"])
        if unit not in units:
            position = doc.position(("volymer", index, "enhet"))
            problems.append(Problem.at(doc.file, position, "volumes-unknown-unit"))
            continue
        if not any(m.key in item for m in MEASURES):
            position = doc.position(("volymer", index, "år"))
            problems.append(Problem.at(doc.file, position, "volumes-no-measure", year=year))
            continue
        if (unit, year) in values:
            position = doc.position(("volymer", index, "år"))
            problems.append(Problem.at(doc.file, position, "volumes-repeated", year=year))
            continue
        values[(unit, year)] = {m.key: float(item[m.key]) for m in MEASURES if m.key in item}
    return Volumes(values), problems
