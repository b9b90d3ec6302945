"""Small helpers shared by the record builders."""

from __future__ import annotations

import datetime

from kvalitet.records.recordformat import CURRENT

from .catalogue import CATEGORY_WEIGHTS, category_on
from .lifecycle import Context, Span, State
from .organisation import unit_choices
from .plan import Case
from .streams import Stream
from .weighted import Weighted
from .writer import Value

GENDERS = Weighted({"kvinna": 50, "man": 42, "annat": 1, "okänt": 7})
_CATEGORIES = {profile: Weighted(weights) for profile, weights in CATEGORY_WEIGHTS.items()}


def header(case: Case) -> dict[str, Value]:
    return {"id": case.id, "typ": case.kind, "postformat": CURRENT, "registrerad": case.registrerad}


def pick_unit(ctx: Context, stream: Stream, day: datetime.date) -> str:
    return ctx.pick(unit_choices(stream, day))


def pick_categories(
    ctx: Context, typ: str, profile: str, day: datetime.date, two: float, three: float = 0.0
) -> list[str]:
    """One main category, sometimes two or three, all valid for ``typ`` on ``day``."""
    draw = ctx.rng.random()
    count = 3 if draw < three else 2 if draw < three + two else 1
    weights = _CATEGORIES[profile]
    chosen: list[str] = []
    while len(chosen) < count:
        category = category_on(typ, ctx.pick(weights), day)
        if category not in chosen:
            chosen.append(category)
    return chosen


def add_occurred(ctx: Context, record: dict[str, Value], probability: float, span: Span) -> None:
    """Sometimes the day the event happened: ``span`` days before registration."""
    if ctx.chance(probability):
        registered = record["registrerad"]
        assert isinstance(registered, datetime.date)
        record["inträffad"] = registered - ctx.days(span)


def add_gender(ctx: Context, record: dict[str, Value], probability: float) -> None:
    if ctx.chance(probability):
        record["kön"] = ctx.pick(GENDERS)


def add_status(record: dict[str, Value], state: State) -> None:
    record["status"] = state.status
    if state.avslutad is not None:
        record["avslutad"] = state.avslutad


def add_optional(record: dict[str, Value], key: str, value: Value | None) -> None:
    """Set ``key`` unless ``value`` is missing or empty (the writer never emits empty blocks)."""
    if value is not None and value != [] and value != {}:
        record[key] = value


def text_field(record: dict[str, Value], key: str) -> str:
    value = record[key]
    assert isinstance(value, str)
    return value
