"""The fictional municipality: its social services units and where each kind of case arises.

The organisation is reshaped on 2024-01-01: "Barn och unga" is split in two, the department
"Avdelning försörjning" becomes "Avdelning stöd och arbete" (its unit "Ekonomiskt bistånd" ends
and "Stöd och försörjning" and "Arbetsmarknad" start), and "Hemtjänst Söder" opens in 2022. The
organisation file says what replaces what (`ersätter`), for units and for the avdelningar it lists.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from functools import lru_cache

from .streams import Stream
from .weighted import Weighted
from .writer import Document, Value

KOMMUN = "Exempelby kommun"
NAMND = "Socialnämnden"
FORVALTNING = "Socialförvaltningen"
REGION = "Region Exempelland"

REORGANISATION = datetime.date(2024, 1, 1)
_BEFORE = datetime.date(2023, 12, 31)

CHILDREN = "Avdelning barn och familj"
ADULTS = "Avdelning vuxna"
INCOME_OLD = "Avdelning försörjning"
INCOME_NEW = "Avdelning stöd och arbete"
CARE = "Avdelning vård och omsorg"
ADMINISTRATION = "Avdelning administration"


@dataclass(frozen=True)
class Unit:
    id: str
    namn: str
    avdelning: str
    från: datetime.date | None = None
    till: datetime.date | None = None
    # Authority units (myndighetsutövning) report other deviations than care providers.
    authority: bool = False
    # Share of the unit's SoL/LSS deviations that fall under LSS.
    lss_share: float = 0.0
    ersätter: tuple[str, ...] = ()

    def valid_on(self, day: datetime.date) -> bool:
        return (self.från is None or self.från <= day) and (self.till is None or day <= self.till)


UNITS: tuple[Unit, ...] = (
    Unit("barn-och-unga", "Barn och unga", CHILDREN, till=_BEFORE, authority=True),
    Unit(
        "barn-och-unga-1",
        "Barn och unga 1",
        CHILDREN,
        från=REORGANISATION,
        authority=True,
        ersätter=("barn-och-unga",),
    ),
    Unit(
        "barn-och-unga-2",
        "Barn och unga 2",
        CHILDREN,
        från=REORGANISATION,
        authority=True,
        ersätter=("barn-och-unga",),
    ),
    Unit("familjestöd", "Familjestöd", CHILDREN),
    Unit("familjehem", "Familjehem", CHILDREN, authority=True),
    Unit("vuxna", "Vuxna", ADULTS, authority=True),
    Unit("beroendestöd", "Beroendestöd", ADULTS),
    Unit("boendestöd", "Boendestöd", ADULTS),
    Unit("boende", "Boende", ADULTS),
    Unit("ekonomiskt-bistånd", "Ekonomiskt bistånd", INCOME_OLD, till=_BEFORE, authority=True),
    Unit(
        "stöd-och-försörjning",
        "Stöd och försörjning",
        INCOME_NEW,
        från=REORGANISATION,
        authority=True,
        ersätter=("ekonomiskt-bistånd",),
    ),
    Unit("arbetsmarknad", "Arbetsmarknad", INCOME_NEW, från=REORGANISATION),
    Unit("myndighet-äldre-och-lss", "Myndighet äldre och LSS", CARE, authority=True, lss_share=0.4),
    Unit("hemtjänst-norr", "Hemtjänst Norr", CARE),
    Unit("hemtjänst-söder", "Hemtjänst Söder", CARE, från=datetime.date(2022, 9, 1)),
    Unit("särskilt-boende-eken", "Särskilt boende Eken", CARE),
    Unit("gruppbostad-linden", "Gruppbostad Linden", CARE, lss_share=1.0),
    Unit("daglig-verksamhet", "Daglig verksamhet", CARE, lss_share=1.0),
    Unit("avdelning-administration", "Avdelning administration", ADMINISTRATION, authority=True),
)
UNIT_BY_ID: dict[str, Unit] = {unit.id: unit for unit in UNITS}


@dataclass(frozen=True)
class Department:
    id: str
    namn: str
    från: datetime.date | None = None
    till: datetime.date | None = None
    ersätter: tuple[str, ...] = ()


DEPARTMENTS: tuple[Department, ...] = (
    Department("barn-och-familj", CHILDREN),
    Department("vuxna", ADULTS),
    Department("försörjning", INCOME_OLD, till=_BEFORE),
    Department("stöd-och-arbete", INCOME_NEW, från=REORGANISATION, ersätter=("försörjning",)),
    Department("vård-och-omsorg", CARE),
    Department("administration", ADMINISTRATION),
)

# Relative size of each unit as a source of each stream. Units that end and the units that take
# over their work both carry weights; only the ones valid on a case's date are used.
_CHILD_UNITS = {"barn-och-unga": 5, "barn-och-unga-1": 2, "barn-och-unga-2": 3}
# fmt: off
UNIT_WEIGHTS: dict[Stream, dict[str, int]] = {
    Stream.DEVIATION_SOCIAL: {
        "barn-och-unga": 26, "barn-och-unga-1": 14, "barn-och-unga-2": 24, "familjestöd": 2,
        "familjehem": 4, "vuxna": 8, "beroendestöd": 3, "boendestöd": 3, "boende": 6,
        "ekonomiskt-bistånd": 7, "stöd-och-försörjning": 8, "arbetsmarknad": 2,
        "myndighet-äldre-och-lss": 6, "hemtjänst-norr": 12, "hemtjänst-söder": 9,
        "särskilt-boende-eken": 14, "gruppbostad-linden": 9, "daglig-verksamhet": 5,
        "avdelning-administration": 3,
    },
    Stream.DEVIATION_HEALTH: {
        "särskilt-boende-eken": 10, "hemtjänst-norr": 4, "hemtjänst-söder": 3,
        "gruppbostad-linden": 2, "boende": 2, "daglig-verksamhet": 1,
    },
    Stream.DEVIATION_REGION: {
        "myndighet-äldre-och-lss": 4, "särskilt-boende-eken": 3, "hemtjänst-norr": 2,
        "hemtjänst-söder": 2, "barn-och-unga": 2, "barn-och-unga-1": 1, "barn-och-unga-2": 1,
        "vuxna": 2, "boende": 1, "beroendestöd": 1,
    },
    Stream.COMPLAINT: {
        **_CHILD_UNITS, "vuxna": 3, "ekonomiskt-bistånd": 2, "stöd-och-försörjning": 2,
        "familjestöd": 1, "familjehem": 1, "hemtjänst-norr": 3, "hemtjänst-söder": 2,
        "särskilt-boende-eken": 3, "gruppbostad-linden": 1, "daglig-verksamhet": 1,
        "myndighet-äldre-och-lss": 2, "boendestöd": 1,
    },
    Stream.FEEDBACK: {
        "barn-och-unga": 2, "barn-och-unga-1": 1, "barn-och-unga-2": 1, "vuxna": 1,
        "ekonomiskt-bistånd": 1, "stöd-och-försörjning": 1, "arbetsmarknad": 1,
        "familjestöd": 2, "hemtjänst-norr": 4, "hemtjänst-söder": 3, "särskilt-boende-eken": 5,
        "gruppbostad-linden": 2, "daglig-verksamhet": 3, "myndighet-äldre-och-lss": 1,
        "boende": 1, "boendestöd": 1, "avdelning-administration": 1,
    },
    Stream.LEX_SARAH: {
        "barn-och-unga": 4, "barn-och-unga-1": 2, "barn-och-unga-2": 3, "vuxna": 1,
        "ekonomiskt-bistånd": 1, "stöd-och-försörjning": 1, "särskilt-boende-eken": 2,
        "hemtjänst-norr": 1, "hemtjänst-söder": 1, "gruppbostad-linden": 1, "boende": 1,
        "myndighet-äldre-och-lss": 1,
    },
    Stream.DATA_BREACH: {
        **_CHILD_UNITS, "ekonomiskt-bistånd": 2, "stöd-och-försörjning": 2, "familjehem": 1,
        "arbetsmarknad": 1, "beroendestöd": 1, "vuxna": 1, "myndighet-äldre-och-lss": 1,
        "avdelning-administration": 1,
    },
    Stream.LEX_MAJA: {
        "hemtjänst-norr": 4, "hemtjänst-söder": 3, "boendestöd": 3, "barn-och-unga": 2,
        "barn-och-unga-1": 1, "barn-och-unga-2": 1, "vuxna": 1,
    },
}
# fmt: on

# Units that decide on each kind of support (insats), for decisions not carried out in time.
DECIDING_UNITS: dict[str, tuple[str, ...]] = {
    "boendestöd": ("vuxna",),
    "kontaktfamilj": ("barn-och-unga", "barn-och-unga-1", "barn-och-unga-2"),
}
DEFAULT_DECIDING_UNIT = "myndighet-äldre-och-lss"


@lru_cache(maxsize=4096)
def valid_units(day: datetime.date) -> tuple[str, ...]:
    return tuple(unit.id for unit in UNITS if unit.valid_on(day))


@lru_cache(maxsize=256)
def _choices(stream: Stream, valid: tuple[str, ...]) -> Weighted[str]:
    weights = UNIT_WEIGHTS[stream]
    return Weighted({unit_id: weights[unit_id] for unit_id in valid if unit_id in weights})


def unit_choices(stream: Stream, day: datetime.date) -> Weighted[str]:
    """The units that can be the source of ``stream`` on ``day``, with their weights."""
    return _choices(stream, valid_units(day))


def deciding_unit(insats: str, day: datetime.date) -> tuple[str, ...]:
    candidates = DECIDING_UNITS.get(insats, (DEFAULT_DECIDING_UNIT,))
    return tuple(unit_id for unit_id in candidates if UNIT_BY_ID[unit_id].valid_on(day))


def _dated(
    entry: dict[str, Value],
    från: datetime.date | None,
    till: datetime.date | None,
    ersätter: tuple[str, ...],
) -> dict[str, Value]:
    if från is not None:
        entry["från"] = från
    if till is not None:
        entry["till"] = till
    if ersätter:
        entry["ersätter"] = list(ersätter)
    return entry


def organisation_document() -> Document:
    departments: list[Value] = [
        _dated({"id": item.id, "namn": item.namn}, item.från, item.till, item.ersätter)
        for item in DEPARTMENTS
    ]
    units: list[Value] = [
        _dated(
            {"id": unit.id, "namn": unit.namn, "avdelning": unit.avdelning},
            unit.från,
            unit.till,
            unit.ersätter,
        )
        for unit in UNITS
    ]
    return {
        "kommun": KOMMUN,
        "nämnd": NAMND,
        "förvaltning": FORVALTNING,
        "avdelningar": departments,
        "enheter": units,
    }
