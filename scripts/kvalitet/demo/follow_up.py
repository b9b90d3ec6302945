"""The follow-up of actions and the causes of cases, drawn from random sources of their own.

The fields came after the rest of the demo data: each case seeds its own sources from the case's
random state without drawing from it, so every other field of every record stays as it was.

A closed case has every action followed up on or before the day it closed (seed 004 keeps a case
open until its actions are followed up). Most actions get a planned follow-up date; some have it
moved, with a reason ("tiden för uppföljning har fått skjutas fram"); a follow-up mostly records
whether the action had effect.
"""

from __future__ import annotations

import datetime
import random
from typing import TYPE_CHECKING

from .weighted import Weighted
from .writer import Value

if TYPE_CHECKING:  # lifecycle builds the actions with `follow_up`
    from .case_state import Context, Phases, State

MOVE_REASONS = (
    "Arbetet med rutinen har dragit ut på tiden.",
    "Personalbyte på enheten.",
    "Uppföljningen samordnas med nästa egenkontroll.",
    "Utbildningen har flyttats till nästa termin.",
    "Enhetschefen var frånvarande vid den planerade tiden.",
)
RESULTS = Weighted({"hade_effekt": 62, "för_tidigt_att_säga": 26, "hade_inte_effekt": 12})
RESULT_TEXTS: dict[str, tuple[str, ...]] = {
    "hade_effekt": (
        "Inga nya liknande händelser sedan åtgärden.",
        "Stickprov visar att rutinen följs.",
        "Rutinen är känd och används i arbetsgruppen.",
    ),
    "hade_inte_effekt": (
        "Liknande händelser har inträffat igen.",
        "Rutinen är inte känd i hela arbetsgruppen.",
    ),
    "för_tidigt_att_säga": (
        "Rutinen har använts för få gånger för att bedöma.",
        "Ny bedömning görs vid nästa egenkontroll.",
    ),
}
CAUSES: dict[str, Weighted[str]] = {
    "avvikelse": Weighted(
        {
            "mänskliga-faktorn": 30,
            "stress": 18,
            "rutin-saknas": 14,
            "rutin-följdes-inte": 14,
            "kommunikation": 12,
            "verksamhetssystemet": 8,
            "bemanning": 8,
        }
    ),
    "lex_sarah": Weighted(
        {"rutin-saknas": 25, "bemanning": 22, "kommunikation": 20, "stress": 18, "mänskliga-faktorn": 15}
    ),
    "personuppgiftsincident": Weighted({"mänskliga-faktorn": 80, "verksamhetssystemet": 12, "stress": 8}),
}
"""Causes by typ: seed 004 names mänskliga faktorn, stress and the verksamhetssystem (Lifecare)."""
CAUSE_SHARE = {"avvikelse": 0.6, "lex_sarah": 0.85, "personuppgiftsincident": 0.9}
"""Share of assessed cases whose cause is recorded."""


def own_stream(ctx: Context, name: str) -> random.Random:
    """A random source named `name`, seeded from the case's source without drawing from it."""
    return random.Random(f"{name}:{ctx.rng.getstate()!r}")


def _days(rng: random.Random, low: int, mode: int, high: int) -> datetime.timedelta:
    return datetime.timedelta(days=round(rng.triangular(low, high, mode)))


def _between(rng: random.Random, first: datetime.date, last: datetime.date) -> datetime.date:
    return first + datetime.timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _result(rng: random.Random) -> dict[str, Value]:
    verdict = RESULTS.draw(rng)
    result: dict[str, Value] = {"bedömning": verdict}
    if rng.random() < 0.6:
        result["beskrivning"] = rng.choice(RESULT_TEXTS[verdict])
    return result


def follow_up(
    rng: random.Random, item: dict[str, Value], ctx: Context, planned: Phases, state: State
) -> dict[str, Value]:
    """`item` with its planned (and perhaps moved) follow-up, and in a closed case its follow-up and
    result; the keys in the order of the record format."""
    done, followed = item.get("klar"), item.get("uppföljd")
    assert done is None or isinstance(done, datetime.date)
    assert followed is None or isinstance(followed, datetime.date)
    if state.status == "avslutad" and done is not None and followed is None:
        followed = _between(rng, done, planned.close)
    start = done if done is not None else planned.assessed
    due: datetime.date | None = None
    if followed is not None:
        # A follow-up within a week of the action was not planned ahead.
        early = followed - _days(rng, 0, 3, 25)
        due = max(start + datetime.timedelta(days=7), early) if rng.random() < 0.8 else None
        if (followed - start).days < 7:
            due = None
    elif (done is not None or state.assessed) and rng.random() < 0.75:
        # Planned when the action was decided: done, or decided when the investigation ended.
        due = start + _days(rng, 20, 60, 150)
    moves: list[Value] = []
    if due is not None and rng.random() < 0.18:
        first = max(planned.registrerad, due - _days(rng, 20, 45, 120))
        if first < due:
            moves.append({"datum": due, "skäl": rng.choice(MOVE_REASONS)})
            due = first
    result: dict[str, Value] = {"beskrivning": item["beskrivning"], "nivå": item["nivå"]}
    if done is not None:
        result["klar"] = done
    if due is not None:
        result["uppföljning_planerad"] = due
    if moves:
        result["flyttad"] = moves
    if followed is not None:
        result["uppföljd"] = followed
        if rng.random() < 0.8:
            result["resultat"] = _result(rng)
    return result


def causes(ctx: Context, typ: str, state: State) -> list[Value] | None:
    """One cause, sometimes two, for an assessed case of a typ that records them; else None."""
    weights = CAUSES.get(typ)
    if weights is None or not state.assessed:
        return None
    rng = own_stream(ctx, "orsaker")
    if rng.random() >= CAUSE_SHARE[typ]:
        return None
    chosen = [weights.draw(rng)]
    if rng.random() < 0.25:
        other = weights.draw(rng)
        if other not in chosen:
            chosen.append(other)
    return list(chosen)
