"""The assessments of IMY and IVO on demo cases, drawn from random streams of their own.

Each draws from a `random.Random` seeded from the case's source before the case draws anything, so
every other field of every record stays as it was before these fields came.

- A personuppgiftsincident is sometimes known only to the day it was discovered (no clock time), and
  is assessed for reporting to IMY: anmäld when it was reported, else, once assessed, most often
  bedömd ej anmälningspliktig; by a role, never a name.
- A lex Sarah reported to IVO sometimes gets a request for komplettering, sent some days later (and
  both before IVO's decision).
"""

from __future__ import annotations

import datetime
import random

from .lifecycle import Context
from .weighted import Weighted
from .writer import Value

_DAY_ONLY = 0.2
"""Share of incidents whose discovery is recorded without a clock time."""
_ASSESSED_BY = Weighted(
    {
        "dataskyddsombud": 55,
        "personuppgiftsansvarig": 15,
        "verksamhetschef": 15,
        "enhetschef": 10,
        "annan_roll": 5,
    }
)
_NOT_REPORTABLE = 0.85
"""Share of the assessed incidents not reported to IMY whose assessment is recorded."""
_COMPLETION = 0.25
"""Share of the lex Sarah reported to IVO for which IVO asks for komplettering."""


def own_stream(ctx: Context) -> random.Random:
    """A random source of its own, seeded from the case's source before the case draws anything."""
    return random.Random(repr(ctx.rng.getstate()) + "assessments")


def discovery(rng: random.Random, discovered: datetime.datetime) -> Value:
    """When the incident was discovered as recorded: the moment, or now and then the day alone."""
    return discovered.date() if rng.random() < _DAY_ONLY else discovered


def imy_assessment(
    rng: random.Random,
    discovered: datetime.datetime,
    reported: datetime.datetime | None,
    assessed: bool,
    last_day: datetime.date,
) -> dict[str, Value] | None:
    """The assessment of whether to report to IMY, or None when none is recorded."""
    if reported is not None:
        return {"utfall": "anmäld", "datum": reported.date(), "av": _ASSESSED_BY.draw(rng)}
    if not assessed or rng.random() >= _NOT_REPORTABLE:
        return None
    day = min(discovered.date() + datetime.timedelta(days=rng.randint(0, 3)), last_day)
    return {"utfall": "ej_anmälningspliktig", "datum": day, "av": _ASSESSED_BY.draw(rng)}


def completion(
    rng: random.Random, reported: datetime.date, decided: datetime.date | None, last_day: datetime.date
) -> list[dict[str, Value]] | None:
    """IVO's request for komplettering of a report, or None when IVO asked for none."""
    if rng.random() >= _COMPLETION:
        return None
    end = min(last_day, decided - datetime.timedelta(days=1)) if decided else last_day
    asked = reported + datetime.timedelta(days=rng.randint(7, 40))
    if asked > end:
        return None
    request: dict[str, Value] = {"begärd": asked}
    sent = asked + datetime.timedelta(days=rng.randint(3, 21))
    if sent <= end:
        request["skickad"] = sent
    return [request]
