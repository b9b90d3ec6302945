"""Problems found in records, kept as data so that a run reports all of them at once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kvalitet.messages import say


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One problem at a place in a file: `file:line:column: message`."""

    file: Path
    line: int
    column: int
    code: str
    message: str

    @classmethod
    def at(cls, file: Path, position: tuple[int, int], code: str, /, **fields: object) -> Problem:
        """A problem whose message is the Swedish text for `code`, filled with `fields`."""
        return cls(file, position[0], position[1], code, say(code, **fields))
