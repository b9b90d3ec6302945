"""Deviations (avvikelser) and lex Sarah reports, which may point at each other."""

from __future__ import annotations

from .assessments import completion, own_stream
from .case_texts import SARAH, SARAH_FOLLOW_UP
from .catalogue import RISK_LIMIT, SARAH_CATEGORY
from .common import (
    add_gender,
    add_occurred,
    add_optional,
    add_status,
    header,
    pick_categories,
    pick_unit,
    text_field,
)
from .follow_up import causes
from .lifecycle import Context, Phases, actions, phases, resolve
from .organisation import REGION, UNIT_BY_ID, Unit
from .plan import Case
from .streams import Stream
from .texts import DEVIATION, DEVIATION_FOLLOW_UP, HEALTH_FOLLOW_UP, compose
from .texts import REGION as REGION_TEXTS
from .weighted import Weighted
from .writer import Value

_SEVERITY = Weighted({1: 32, 2: 42, 3: 20, 4: 6})
_PROBABILITY = Weighted({1: 30, 2: 42, 3: 21, 4: 7})
# A deviation that turns into a lex Sarah report was judged serious from the start.
_SARAH_SEVERITY = Weighted({3: 60, 4: 40})
_SARAH_PROBABILITY = Weighted({2: 30, 3: 45, 4: 25})
_HARM: dict[str, Weighted[str]] = {
    "fall": Weighted({"ingen": 70, "lindrig": 25, "allvarlig": 5}),
    "läkemedel": Weighted({"ingen": 85, "lindrig": 13, "allvarlig": 2}),
    "vård-och-behandling": Weighted({"ingen": 80, "lindrig": 17, "allvarlig": 3}),
}
_DIRECTIONS = Weighted({"inkommande": 45, "utgående": 55})
_REGION_PARTS = Weighted(
    {
        "vårdcentral": 45,
        "akutmottagning": 15,
        "psykiatrisk öppenvård": 15,
        "barn- och ungdomspsykiatri": 10,
        "geriatrisk avdelning": 15,
    }
)
_ASSESSMENTS = Weighted(
    {
        "inget_missförhållande": 12,
        "påtaglig_risk_för_missförhållande": 30,
        "missförhållande": 30,
        "påtaglig_risk_för_allvarligt_missförhållande": 10,
        "allvarligt_missförhållande": 18,
    }
)
_IVO_OUTCOMES = Weighted({"avslutat_utan_åtgärd": 75, "kritik": 20, "annat": 5})
SERIOUS = frozenset({"påtaglig_risk_för_allvarligt_missförhållande", "allvarligt_missförhållande"})


def _social_law(ctx: Context, unit: Unit) -> str:
    return "LSS" if ctx.chance(unit.lss_share) else "SoL"


def _risk(ctx: Context, severity: int | None, sarah: bool) -> dict[str, Value] | None:
    if sarah:
        return {
            "allvarlighetsgrad": ctx.pick(_SARAH_SEVERITY),
            "sannolikhet": ctx.pick(_SARAH_PROBABILITY),
        }
    if not ctx.chance(0.85):
        return None
    return {
        "allvarlighetsgrad": max(ctx.pick(_SEVERITY), severity or 1),
        "sannolikhet": ctx.pick(_PROBABILITY),
    }


def _risk_value(risk: dict[str, Value] | None) -> int:
    if risk is None:
        return 0
    severity, probability = risk["allvarlighetsgrad"], risk["sannolikhet"]
    assert isinstance(severity, int) and isinstance(probability, int)
    return severity * probability


def deviation(ctx: Context, case: Case) -> dict[str, Value]:
    day, stream, sarah = case.registrerad, case.stream, case.link
    unit_id = pick_unit(ctx, stream, day)
    unit = UNIT_BY_ID[unit_id]
    names = ctx.pseudonyms()
    record = header(case)
    add_occurred(ctx, record, 0.85, (0, 0, 10))
    samverkan: dict[str, Value] | None = None
    harm: str | None = None
    if stream is Stream.DEVIATION_HEALTH:
        law = "HSL"
        categories = pick_categories(ctx, "avvikelse", "health", day, two=0.05)
        if ctx.chance(0.9):
            harm = ctx.pick(_HARM[categories[0]])
        summary = compose(ctx.rng, DEVIATION[categories[0]], HEALTH_FOLLOW_UP, names)
    elif stream is Stream.DEVIATION_REGION:
        law = "HSL" if ctx.chance(0.25) else _social_law(ctx, unit)
        categories = ["samverkan", "informationsöverföring"] if ctx.chance(0.4) else ["samverkan"]
        direction = ctx.pick(_DIRECTIONS)
        samverkan = {"riktning": direction, "part": f"{REGION}, {ctx.pick(_REGION_PARTS)}"}
        summary = compose(ctx.rng, REGION_TEXTS[direction], DEVIATION_FOLLOW_UP[:2], names)
    else:
        law = _social_law(ctx, unit)
        profile = "authority" if unit.authority else "provider"
        categories = pick_categories(ctx, "avvikelse", profile, day, two=0.15, three=0.03)
        events = DEVIATION[categories[0]]
        if not unit.authority:
            # Care providers have no case officers: skip events that involve one.
            events = tuple(event for event in events if "{h}" not in event) or events
        summary = compose(ctx.rng, events, DEVIATION_FOLLOW_UP, names)
    severity = {"allvarlig": 4, "lindrig": 2}.get(harm or "")
    risk = _risk(ctx, severity, sarah is not None)
    above_limit = _risk_value(risk) > RISK_LIMIT
    investigated = sarah is not None or above_limit or ctx.chance(0.45)
    if sarah is not None:
        # The deviation is closed when it is turned into a lex Sarah report.
        planned = Phases(day, day, sarah.registrerad, sarah.registrerad)
    else:
        planned = phases(ctx, day, (0, 1, 7), (2, 10, 40), (0, 5, 35), long_tail=0.04)
    state = resolve(ctx, planned, investigated, required=above_limit)
    add_status(record, state)
    record["enhet"] = unit_id
    record["lagrum"] = law
    record["kategorier"] = categories
    add_gender(ctx, record, 0.7)
    add_optional(record, "risk", risk)
    add_optional(record, "skada", harm)
    add_optional(record, "samverkan", samverkan)
    record["sammanfattning"] = summary
    if sarah is None:
        add_optional(record, "utredning", state.utredning)
        add_optional(record, "åtgärder", actions(ctx, planned, state, categories[0]))
        add_optional(record, "orsaker", causes(ctx, "avvikelse", state))
    else:  # investigated as lex Sarah: the utredning is there, not here
        record["lex_sarah"] = sarah.id
    return record


def lex_sarah(ctx: Context, case: Case) -> dict[str, Value]:
    day, origin = case.registrerad, case.link
    own = own_stream(ctx)  # before the case draws anything: the other fields stay as they were
    names = ctx.pseudonyms()
    record = header(case)
    if origin is not None and origin.record is not None:
        source = origin.record
        unit_id = text_field(source, "enhet")
        if not UNIT_BY_ID[unit_id].valid_on(day):
            unit_id = pick_unit(ctx, Stream.LEX_SARAH, day)
        main = source["kategorier"]
        assert isinstance(main, list) and isinstance(main[0], str)
        categories = [SARAH_CATEGORY.get(main[0], "annat")]
        add_optional(record, "inträffad", source.get("inträffad"))
    else:
        unit_id = pick_unit(ctx, Stream.LEX_SARAH, day)
        categories = pick_categories(ctx, "lex_sarah", "lex_sarah", day, two=0.15)
        add_occurred(ctx, record, 0.8, (0, 3, 60))
    planned = phases(ctx, day, (0, 1, 5), (14, 40, 120), (0, 20, 90), long_tail=0.08)
    state = resolve(ctx, planned, True)
    add_status(record, state)
    record["enhet"] = unit_id
    record["diarienummer"] = ctx.diarienummer(day)
    record["kategorier"] = categories
    if origin is not None:
        record["avvikelse"] = origin.id
        add_optional(record, "kön", origin.record.get("kön") if origin.record else None)
    else:
        add_gender(ctx, record, 0.65)
    lead = f"Händelsen rapporterades först som avvikelse {origin.id}." if origin else None
    record["sammanfattning"] = compose(ctx.rng, SARAH[categories[0]], SARAH_FOLLOW_UP, names, lead=lead)
    add_optional(record, "utredning", state.utredning)
    if state.assessed:
        assessment = ctx.pick(_ASSESSMENTS)
        record["bedömning"] = assessment
        if assessment in SERIOUS:
            reported = ctx.between(planned.start, planned.assessed)
            record["anmäld_ivo"] = reported
            decided = reported + ctx.days((30, 90, 240))
            decision: dict[str, Value] | None = None
            if decided <= ctx.last_day and ctx.chance(0.9):
                decision = {"datum": decided, "utfall": ctx.pick(_IVO_OUTCOMES)}
            requested = completion(own, reported, decided if decision else None, ctx.last_day)
            add_optional(record, "ivo_komplettering", requested)
            add_optional(record, "ivo_beslut", decision)
    add_optional(record, "åtgärder", actions(ctx, planned, state, categories[0]))
    add_optional(record, "orsaker", causes(ctx, "lex_sarah", state))
    return record
