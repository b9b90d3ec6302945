"""The law in force on a case's date, from the dated names in kvalitet.yaml (`lagar`).

A record names its law by code (`lagrum`: SoL, LSS, HSL); lex Sarah and lex Maja records have no
`lagrum` and are counted under socialtjänstlagen. The code resolves to the name in force on the day
the case was registered: SoL means Socialtjänstlagen (2001:453) up to 2025-06-30 and
Socialtjänstlagen (2025:400) from 2025-07-01 when kvalitet.yaml says so. The chapters and sections a
text cites for a typ (`bestämmelser`) come from the same names, never from code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kvalitet.messages import say
from kvalitet.records.reference import LawName, Policy

LAW_CODES = ("SoL", "LSS", "HSL")
KIND_LAWS: Mapping[str, str] = {"lex_sarah": "SoL", "lex_maja": "SoL"}
"""The law of the typs whose records have no `lagrum` of their own."""


def law_code(data: Mapping[str, Any]) -> tuple[str | None, bool]:
    """The law code of a record, and whether it is the record's own (`lagrum`) or its typ's."""
    own = data.get("lagrum")
    if isinstance(own, str):
        return own, True
    return KIND_LAWS.get(str(data.get("typ"))), False


def law_in_force(policy: Policy, code: str, day: dt.date) -> LawName | None:
    """The name of the law `code` in force on `day`; None when kvalitet.yaml names none then."""
    for name in policy.laws.get(code, ()):
        if name.period.contains(day):
            return name
    return None


def laws_between(policy: Policy, code: str, start: dt.date, end: dt.date) -> tuple[LawName, ...]:
    """The names of `code` in force on some day from `start` to `end`, in the order of kvalitet.yaml."""
    return tuple(
        name
        for name in policy.laws.get(code, ())
        if (name.period.start is None or name.period.start <= end)
        and (name.period.end is None or start <= name.period.end)
    )


@dataclass(frozen=True, slots=True)
class Provision:
    """What a text cites for a typ: the law's name, its chapter and sections (None when kvalitet.yaml
    marks them as not yet checked), and the days the name is in force."""

    law: LawName
    sections: str | None

    def text(self, day: Callable[[dt.date], str] = dt.date.isoformat) -> str:
        """ "14 kap. 2–7 §§ socialtjänstlagen (2001:453) till och med 2025-06-30"; the law's name
        only, and that its sections are not yet checked, when they are not."""
        name = self.law.name[:1].lower() + self.law.name[1:]
        text = say("provision-with-section", section=self.sections, name=name) if self.sections else name
        period = self.law.period
        if period.start or period.end:
            text = say("provision-period", provision=text, period=period.describe(day))
        return text if self.sections else say("provision-unchecked", provision=text)


def provisions(policy: Policy, typ: str, start: dt.date, end: dt.date) -> tuple[Provision, ...]:
    """The provisions of `typ` in every law name in force from `start` to `end` that lists the typ
    under `bestämmelser`."""
    return tuple(
        Provision(name, name.provisions[typ])
        for code in LAW_CODES
        for name in laws_between(policy, code, start, end)
        if typ in name.provisions
    )


def describe_provisions(
    found: tuple[Provision, ...], day: Callable[[dt.date], str] = dt.date.isoformat
) -> str:
    """The provisions in one sentence part, each with its period when it has one (`day` writes the
    dates: ISO unless the caller wants "30 juni 2025")."""
    return "; ".join(item.text(day) for item in found)
