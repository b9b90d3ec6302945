"""Complaints (klagomål) and other feedback (synpunkter), including praise."""

from __future__ import annotations

import dataclasses
import random

from .case_texts import ANSWERED_FOLLOW_UP, COMPLAINT, FEEDBACK, FEEDBACK_FOLLOW_UP, REFERRAL, SENDER
from .common import (
    add_gender,
    add_occurred,
    add_optional,
    add_status,
    header,
    pick_categories,
    pick_unit,
)
from .lifecycle import Context, actions, phases, resolve
from .plan import Case
from .texts import compose
from .weighted import Weighted
from .writer import Value

_SENDERS: dict[str, Weighted[str]] = {
    "klagomål": Weighted({"brukare": 35, "anhörig": 40, "allmänhet": 10, "organisation": 5, "annan": 5}),
    "synpunkt": Weighted({"brukare": 40, "anhörig": 35, "allmänhet": 15, "organisation": 5, "annan": 5}),
}
# fmt: off
_CHANNELS: dict[str, Weighted[str]] = {
    "klagomål": Weighted({
        "telefon": 25, "e-post": 25, "brev": 8, "blankett": 8, "webb": 15, "muntligt": 10,
        "sms": 2, "kontaktcenter": 5, "äldreombudsman": 2,
    }),
    "synpunkt": Weighted({
        "telefon": 15, "e-post": 25, "brev": 5, "blankett": 10, "webb": 25, "muntligt": 12,
        "sms": 3, "kontaktcenter": 5,
    }),
}
# fmt: on
# The sender's kön: recorded for a person who writes (never for an organisation or an authority),
# as often as kön is; a brukare writing about their own case has their own kön.
_PERSONS = ("brukare", "anhörig", "allmänhet")
_SENDER_GENDERS = Weighted({"kvinna": 58, "man": 37, "okänt": 5})
_SENDER_GENDER_RECORDED = 0.7
# Share of cases that get a documented answer, and that carry a diary number.
_ANSWERED = {"klagomål": 0.75, "synpunkt": 0.6}
_DIARISED = {"klagomål": 0.9, "synpunkt": 0.7}


def _referral(ctx: Context, complaint: bool) -> str | None:
    if complaint and ctx.chance(0.05):
        return "IVO" if ctx.chance(0.8) else "JO"
    return None


def _referral_number(ctx: Context, authority: str, year: int) -> str:
    if authority == "IVO":
        return f"IVO 3.5.1-{ctx.rng.randint(10000, 59999)}/{year}"
    return f"JO {ctx.rng.randint(1000, 9999)}-{year}"


def _own_stream(ctx: Context) -> random.Random:
    """A random source of its own for the sender's kön, seeded from the case's source before that
    draws anything: the field came later, and every other field of every record stays as it was."""
    return random.Random(repr(ctx.rng.getstate()))


def _sender_gender(rng: random.Random, sender: str, record: dict[str, Value]) -> str | None:
    if sender not in _PERSONS or rng.random() >= _SENDER_GENDER_RECORDED:
        return None
    own = record.get("kön")
    if sender == "brukare" and isinstance(own, str):
        return own
    return _SENDER_GENDERS.draw(rng)


def _after(record: dict[str, Value], key: str, name: str, value: Value) -> dict[str, Value]:
    """`record` with `name` right after `key`, so the files read in the schema's order."""
    result: dict[str, Value] = {}
    for field, item in record.items():
        result[field] = item
        if field == key:
            result[name] = value
    return result


def feedback(ctx: Context, case: Case) -> dict[str, Value]:
    """A klagomål or synpunkt; praise is a synpunkt with the category ``beröm``."""
    own_stream = _own_stream(ctx)
    day, kind = case.registrerad, case.kind
    complaint = kind == "klagomål"
    referral = _referral(ctx, complaint)
    if referral == "IVO":
        sender = "tillsynsmyndighet"
    else:
        sender = ctx.pick(_SENDERS[kind])
    channel = "tillsynsmyndighet" if referral else ctx.pick(_CHANNELS[kind])
    categories = pick_categories(ctx, kind, kind, day, two=0.05 if complaint else 0.02)
    praise = categories[0] == "beröm"
    aimed = ctx.chance(0.85 if complaint else 0.9 if praise else 0.6)

    record = header(case)
    add_occurred(ctx, record, 0.25, (0, 3, 30))
    planned = phases(ctx, day, (0, 1, 5), (1, 8, 40), (0, 3, 20), long_tail=0.03)
    answer = day + ctx.days((1, 5, 30))
    # Anonymous members of the public often cannot be answered; a referral always is.
    share = _ANSWERED[kind] / (2 if sender == "allmänhet" else 1)
    answered = referral is not None or ctx.chance(share)
    if answered and answer > planned.close:
        planned = dataclasses.replace(planned, close=answer)
    investigated = referral is not None or ctx.chance(0.4 if complaint else 0.1)
    state = resolve(ctx, planned, investigated)
    add_status(record, state)
    if aimed:
        record["enhet"] = pick_unit(ctx, case.stream, day)
    if ctx.chance(_DIARISED[kind]):
        record["diarienummer"] = ctx.diarienummer(day)
    record["kategorier"] = categories
    record["kanal"] = channel
    record["avsändare"] = sender
    if referral is not None:
        record["remiss"] = {
            "myndighet": referral,
            "diarienummer": _referral_number(ctx, referral, day.year),
        }
    add_gender(ctx, record, 0.7)
    follow_ups: tuple[str, ...] = FEEDBACK_FOLLOW_UP
    if answered and answer <= ctx.last_day:
        record["återkoppling"] = answer
        follow_ups += ANSWERED_FOLLOW_UP

    names = ctx.pseudonyms()
    names["s"] = SENDER[sender].format(**names)
    texts = COMPLAINT if complaint else FEEDBACK
    lead = REFERRAL[referral] if referral else None
    record["sammanfattning"] = compose(ctx.rng, texts[categories[0]], follow_ups, names, lead=lead)
    add_optional(record, "utredning", state.utredning)
    if ctx.chance(0.5 if complaint else 0.2):
        add_optional(record, "åtgärder", actions(ctx, planned, state, categories[0]))
    sender_gender = _sender_gender(own_stream, sender, record)
    if sender_gender is not None:
        record = _after(record, "avsändare", "avsändarens_kön", sender_gender)
    return record
