"""Cases reported to an authority: personal-data breaches (IMY), lex Maja and decisions not
carried out within three months (IVO, quarterly)."""

from __future__ import annotations

import calendar
import datetime
import random

from kvalitet.records.decision_dates import add_months

from .case_texts import (
    ANIMALS,
    ANIMALS_REPORTED,
    BREACH,
    BREACH_FOLLOW_UP,
    INTERRUPTED,
    INTERRUPTION_REASON,
    REASON,
    UNEXECUTED,
    UNEXECUTED_FOLLOW_UP,
)
from .catalogue import INSATS_BY_ID, INSATSER
from .changes import CONTACT_FAMILIES
from .common import (
    add_gender,
    add_occurred,
    add_optional,
    add_status,
    header,
    pick_categories,
    pick_unit,
)
from .follow_up import causes
from .lifecycle import Context, actions, phases, resolve
from .organisation import deciding_unit
from .plan import Case
from .texts import compose
from .weighted import Weighted
from .writer import Value

_INSATSER = Weighted({insats.id: insats.weight for insats in INSATSER})
# The contracted contact families take away only decisions on kontaktfamilj: the other kinds of
# support keep their numbers, so kontaktfamilj carries the whole step down of the change.
_OTHERS = sum(insats.weight for insats in INSATSER if insats.id != "kontaktfamilj")
_INSATSER_WITH_CONTACT_FAMILIES = Weighted(
    {
        insats.id: (_OTHERS + insats.weight) * CONTACT_FAMILIES.factor - _OTHERS
        if insats.id == "kontaktfamilj"
        else insats.weight
        for insats in INSATSER
    }
)
_AUTHORITIES = Weighted({"länsstyrelsen": 75, "polisen": 25})
# Days from discovery to the report to IMY, when one is made on time.
_IMY_DELAY_DAYS = Weighted({0: 30, 1: 40, 2: 25, 3: 5})
# Pandemic restrictions paused activities until 2021.
_PAUSED_UNTIL = 2021


def _office_hours(ctx: Context, day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(ctx.rng.randint(8, 16), 5 * ctx.rng.randint(0, 11)))


def data_breach(ctx: Context, case: Case) -> dict[str, Value]:
    day = case.registrerad
    record = header(case)
    categories = pick_categories(ctx, "personuppgiftsincident", "personuppgiftsincident", day, 0.1)
    discovered = _office_hours(ctx, day - ctx.days((0, 0, 4)))
    planned = phases(ctx, day, (0, 1, 3), (1, 10, 40), (0, 5, 30), long_tail=0.03)
    state = resolve(ctx, planned, ctx.chance(0.5))
    add_status(record, state)
    record["enhet"] = pick_unit(ctx, case.stream, day)
    record["diarienummer"] = ctx.diarienummer(day)
    record["kategorier"] = categories
    record["upptäckt"] = discovered
    if ctx.chance(0.15):
        # Most reports reach IMY within the 72 hours, in office hours; a few are late.
        delay = ctx.rng.randint(4, 10) if ctx.chance(0.15) else ctx.pick(_IMY_DELAY_DAYS)
        reported = _office_hours(ctx, discovered.date() + datetime.timedelta(days=delay))
        if reported <= discovered:
            reported += datetime.timedelta(days=1)
        if reported.date() <= ctx.last_day:
            record["anmäld_imy"] = reported
    if state.assessed:
        record["handlingsplan"] = ctx.chance(0.85)
    names = ctx.pseudonyms()
    record["sammanfattning"] = compose(ctx.rng, BREACH[categories[0]], BREACH_FOLLOW_UP, names)
    add_optional(record, "utredning", state.utredning)
    add_optional(record, "åtgärder", actions(ctx, planned, state, categories[0]))
    add_optional(record, "orsaker", causes(ctx, "personuppgiftsincident", state))
    return record


def lex_maja(ctx: Context, case: Case) -> dict[str, Value]:
    day = case.registrerad
    record = header(case)
    add_occurred(ctx, record, 0.9, (0, 0, 2))
    planned = phases(ctx, day, (0, 0, 2), (0, 1, 5), (0, 2, 10), long_tail=0.0)
    add_status(record, resolve(ctx, planned, False))
    record["enhet"] = pick_unit(ctx, case.stream, day)
    record["diarienummer"] = ctx.diarienummer(day)
    authority = ctx.pick(_AUTHORITIES)
    record["anmäld_till"] = authority
    names = ctx.pseudonyms()
    reported = ANIMALS_REPORTED.format(till=authority)
    record["sammanfattning"] = f"{compose(ctx.rng, ANIMALS, (), names)} {reported}"
    return record


def _months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` earlier, or the end of that month if it is shorter."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return datetime.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _quarter(day: datetime.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def _quarter_end(day: datetime.date) -> datetime.date:
    month = ((day.month - 1) // 3 + 1) * 3
    next_quarter = datetime.date(day.year + month // 12, month % 12 + 1, 1)
    return next_quarter - datetime.timedelta(days=1)


def _reported_quarters(first: datetime.date, last: datetime.date, cut_off: datetime.date) -> list[str]:
    """Quarters from ``first`` to ``last`` whose report to IVO was due by ``cut_off``."""
    quarters: list[str] = []
    day = first
    while day <= last and _quarter_end(day) <= cut_off:
        quarters.append(_quarter(day))
        day = _quarter_end(day) + datetime.timedelta(days=1)
    return quarters


_INTERRUPTED_SHARE = 0.35
"""Of the delays for a paused activity or lack of staff: the share that interrupted an insats given."""


def _interruption(own: random.Random, skal: list[str], day: datetime.date) -> datetime.date | None:
    """The day an insats being given was interrupted, three months or more before ``day``; None when
    the decision was never carried out. Drawn from a source of its own (the field came later)."""
    if skal[0] not in INTERRUPTION_REASON or own.random() >= _INTERRUPTED_SHARE:
        return None
    return _months_before(day, 3) - datetime.timedelta(days=own.randint(0, 20))


def unexecuted(ctx: Context, case: Case) -> dict[str, Value]:
    """A decision not carried out in three months (or an insats interrupted and not resumed in three
    months), registered when the three months have passed."""
    own = random.Random(repr(ctx.rng.getstate()) + ":avbrott")
    day = case.registrerad
    record = header(case)
    choices = _INSATSER_WITH_CONTACT_FAMILIES if day >= CONTACT_FAMILIES.datum else _INSATSER
    insats = INSATS_BY_ID[ctx.pick(choices)]
    reasons = dict(insats.reasons)
    if day.year <= _PAUSED_UNTIL:
        reasons["verksamhet-pausad"] = reasons.get("verksamhet-pausad", 0) + 6
    skal = [ctx.pick(Weighted(reasons))]
    others = [key for key in reasons if key not in skal]
    if others and ctx.chance(0.15):
        skal.append(ctx.rng.choice(others))
    # At least three calendar months and at least 92 days, whichever way a reader counts.
    decided = min(_months_before(day, 3), day - datetime.timedelta(days=92))
    decided -= ctx.days((0, 3, 40))
    declined = "den-enskilde-tackat-nej" in skal and ctx.chance(0.4)
    executed = None if declined else day + ctx.days((5, 60, 270))
    ended = executed or day + ctx.days((5, 30, 120))
    if ended <= ctx.last_day:
        record["status"] = "avslutad"
        record["avslutad"] = ended
    else:
        young = (ctx.last_day - day).days < 14
        record["status"] = "registrerad" if young else "åtgärder_pågår"
    record["enhet"] = ctx.rng.choice(deciding_unit(insats.id, day))
    record["lagrum"] = insats.lagrum
    record["insats"] = insats.id
    interrupted = _interruption(own, skal, day)
    if interrupted is not None:
        decided = interrupted - datetime.timedelta(days=own.randint(60, 400))
    record["beslutsdatum"] = decided
    record["skäl"] = skal
    if interrupted is not None:
        record["avbrott"] = interrupted
    if executed is not None and executed <= ctx.last_day:
        record["återupptagen" if interrupted else "verkställd"] = executed
    # Reported for every quarter from the one in which the three months ran out.
    three_months = add_months(interrupted or decided, 3)
    quarters = _reported_quarters(three_months, min(ended, ctx.last_day), ctx.last_day)
    add_optional(record, "rapporterad_ivo", quarters)
    add_gender(ctx, record, 0.9)
    texts = INTERRUPTION_REASON if interrupted else REASON
    opening = (INTERRUPTED if interrupted else UNEXECUTED).format(
        insats=insats.namn.lower(), lagrum=insats.lagrum
    )
    record["sammanfattning"] = compose(ctx.rng, [texts[skal[0]]], UNEXECUTED_FOLLOW_UP, {}, lead=opening)
    return record
