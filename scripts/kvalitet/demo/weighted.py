"""Weighted random choice, prepared once and drawn many times.

``random.choices`` rebuilds its cumulative weights on every call, which dominated the time to
generate 100,000 records.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Mapping
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """Items with relative weights; ``draw`` picks one."""

    __slots__ = ("_cumulative", "_items", "_total")

    def __init__(self, weights: Mapping[T, float]) -> None:
        if not weights:
            raise ValueError("inga alternativ att välja mellan")
        self._items = tuple(weights)
        self._cumulative = tuple(itertools.accumulate(weights.values()))
        self._total = self._cumulative[-1]

    def draw(self, rng: random.Random) -> T:
        index = bisect.bisect(self._cumulative, rng.random() * self._total)
        return self._items[min(index, len(self._items) - 1)]

    @property
    def items(self) -> tuple[T, ...]:
        return self._items
