"""The documented changes that move a level in the demo: the one table behind both the generated
volumes and the list of changes in the demo's ``kvalitet.yaml``.

Each change multiplies the expected monthly count of its streams by ``factor`` from ``datum`` (the
first day of a month) on. Every other stream changes only slowly, and klagomål not at all.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .organisation import REORGANISATION
from .streams import Stream


@dataclass(frozen=True)
class Change:
    datum: datetime.date
    text: str
    streams: tuple[Stream, ...]
    factor: float

    def applies(self, stream: Stream, month: datetime.date) -> bool:
        return stream in self.streams and month >= self.datum


# Contracted contact families take the decisions on kontaktfamilj that waited for a family.
CONTACT_FAMILIES = Change(
    datetime.date(2023, 9, 1),
    "Fler kontaktfamiljer genom avtal med ett familjehemsföretag",
    (Stream.UNEXECUTED,),
    0.7,
)
# More reports is a better reporting culture, not worse care.
REPORTING_ROUTINE = Change(
    REORGANISATION,
    "Ny organisation och ny rutin för att rapportera avvikelser",
    (Stream.DEVIATION_SOCIAL,),
    1.35,
)
CHANGES: tuple[Change, ...] = (CONTACT_FAMILIES, REPORTING_ROUTINE)


def factor(stream: Stream, month: datetime.date) -> float:
    """The product of the changes in force for ``stream`` in the month that starts on ``month``."""
    result = 1.0
    for change in CHANGES:
        if change.applies(stream, month):
            result *= change.factor
    return result
