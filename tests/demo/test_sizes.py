"""The demo's volymer.yaml: a size for every unit in every year it exists, and nothing for other years."""

from __future__ import annotations

import datetime as dt

from kvalitet.demo.organisation import UNITS
from kvalitet.demo.sizes import SIZES, volumes_document


def test_every_unit_has_a_size_in_every_year_it_exists() -> None:
    items = volumes_document(2021, 2026, seed=1)["volymer"]
    assert isinstance(items, list)
    given = {(item["enhet"], item["år"]) for item in items}
    for unit in UNITS:
        for year in range(2021, 2027):
            exists = (unit.från is None or unit.från <= dt.date(year, 12, 31)) and (
                unit.till is None or dt.date(year, 1, 1) <= unit.till
            )
            assert ((unit.id, year) in given) == exists, (unit.id, year)
    assert set(SIZES) == {unit.id for unit in UNITS}


def test_the_same_seed_gives_the_same_sizes() -> None:
    assert volumes_document(2021, 2026, seed=1) == volumes_document(2021, 2026, seed=1)
    assert volumes_document(2021, 2026, seed=1) != volumes_document(2021, 2026, seed=2)
