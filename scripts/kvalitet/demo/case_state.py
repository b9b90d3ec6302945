"""The state of one demo case as it is generated: the run's random source and cut-off date, the
planned dates of a case, and where it stands at the cut-off. Their own module so that `lifecycle` and
`follow_up`, which each use the other's results, do not import each other."""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass, field
from typing import TypeVar

from .weighted import Weighted
from .writer import Value

T = TypeVar("T")

Span = tuple[int, int, int]  # days: low, mode, high of a triangular distribution

_LETTERS = "ABCDEFGH"


@dataclass
class Context:
    """The random source, the cut-off date and running diary numbers for one generation run."""

    rng: random.Random
    last_day: datetime.date
    _diary: dict[int, int] = field(default_factory=dict)

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def pick(self, weighted: Weighted[T]) -> T:
        return weighted.draw(self.rng)

    def days(self, span: Span) -> datetime.timedelta:
        low, mode, high = span
        return datetime.timedelta(days=round(self.rng.triangular(low, high, mode)))

    def between(self, first: datetime.date, last: datetime.date) -> datetime.date:
        return first + datetime.timedelta(days=self.rng.randint(0, (last - first).days))

    def diarienummer(self, day: datetime.date) -> str:
        """The next number in the board's diary for the year of ``day`` (other items between)."""
        previous = self._diary.get(day.year)
        if previous is None:
            previous = self.rng.randint(0, 30)
        number = previous + self.rng.randint(1, 6)
        self._diary[day.year] = number
        return f"SN {day.year}/{number:04d}"

    def pseudonyms(self) -> dict[str, str]:
        index = self.rng.randrange(len(_LETTERS))
        person = _LETTERS[index]
        officer = _LETTERS[(index + 1 + self.rng.randrange(len(_LETTERS) - 1)) % len(_LETTERS)]
        return {
            "b": f"Brukare {person}",
            "a": f"Anhörig till brukare {person}",
            "m": f"Medarbetare {self.rng.randint(1, 9)}",
            "h": f"Handläggare {officer}",
        }


@dataclass(frozen=True)
class Phases:
    registrerad: datetime.date
    start: datetime.date  # investigation or assessment starts
    assessed: datetime.date  # investigation ends, actions are decided
    close: datetime.date  # the case is closed (may lie after the cut-off)


@dataclass(frozen=True)
class State:
    status: str
    avslutad: datetime.date | None
    utredning: dict[str, Value] | None
    assessed: bool  # the investigation or assessment was finished by the cut-off
