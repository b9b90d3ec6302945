"""volymer.yaml of the demo: each unit's årsarbetare (and brukare where the unit has its own), per
year it exists, so that the site can show avvikelser per 10 årsarbetare and compare units of
different size. Sizes change a little from year to year; the same arguments give the same file."""

from __future__ import annotations

import datetime
import random

from .organisation import UNITS
from .writer import Document, Value

# Årsarbetare in 2021 and brukare (0: the unit has none of its own, such as an authority unit).
SIZES: dict[str, tuple[int, int]] = {
    "barn-och-unga": (38, 0),
    "barn-och-unga-1": (19, 0),
    "barn-och-unga-2": (21, 0),
    "familjestöd": (9, 160),
    "familjehem": (7, 55),
    "vuxna": (14, 0),
    "beroendestöd": (8, 90),
    "boendestöd": (11, 70),
    "boende": (16, 30),
    "ekonomiskt-bistånd": (18, 0),
    "stöd-och-försörjning": (20, 0),
    "arbetsmarknad": (10, 140),
    "myndighet-äldre-och-lss": (26, 0),
    "hemtjänst-norr": (72, 310),
    "hemtjänst-söder": (64, 280),
    "särskilt-boende-eken": (58, 48),
    "gruppbostad-linden": (17, 6),
    "daglig-verksamhet": (15, 42),
    "avdelning-administration": (21, 0),
}
_YEARLY_CHANGE = 0.04


def _exists_in(unit_id: str, year: int) -> bool:
    unit = next(unit for unit in UNITS if unit.id == unit_id)
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return (unit.från is None or unit.från <= last) and (unit.till is None or first <= unit.till)


def volumes_document(first_year: int, last_year: int, seed: int) -> Document:
    """Every unit's size in every year it exists, `first_year` to `last_year`."""
    rng = random.Random(f"{seed}:volymer")
    items: list[Value] = []
    for unit in UNITS:
        staff, users = SIZES[unit.id]
        for year in range(first_year, last_year + 1):
            # One draw per unit and year whether it exists or not, so that a unit's sizes stay the same
            # when another unit's period changes.
            staff = max(1, round(staff * (1 + rng.uniform(-_YEARLY_CHANGE, _YEARLY_CHANGE))))
            users = round(users * (1 + rng.uniform(-_YEARLY_CHANGE, _YEARLY_CHANGE)))
            if not _exists_in(unit.id, year):
                continue
            item: dict[str, Value] = {"enhet": unit.id, "år": year, "årsarbetare": staff}
            if users:
                item["brukare"] = users
            items.append(item)
    return {"volymer": items}
