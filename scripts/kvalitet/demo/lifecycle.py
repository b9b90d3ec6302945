"""What happens to a case after it is registered: investigation, actions, closing and status.

Each case gets planned phase dates (investigation starts, investigation ends, case closes);
the cut-off date ``last_day`` decides how far along the case is and which dates are written.
"""

from __future__ import annotations

import datetime

from .case_state import Context as Context
from .case_state import Phases as Phases
from .case_state import Span as Span
from .case_state import State as State
from .follow_up import follow_up, own_stream
from .texts import action_text
from .weighted import Weighted
from .writer import Value

# Share of cases with a long tail that get stuck for a year or two (seed 004: the longest-open
# cases at the cut-off were a year old).
_STUCK = 0.25
_ACTION_COUNTS: dict[str, Weighted[int]] = {
    "avslutad": Weighted({0: 15, 1: 40, 2: 32, 3: 13}),
    "åtgärder_pågår": Weighted({1: 50, 2: 35, 3: 15}),
    "under_utredning": Weighted({0: 80, 1: 20}),
    "registrerad": Weighted({0: 85, 1: 15}),
}


def phases(
    ctx: Context,
    registrerad: datetime.date,
    start: Span,
    investigation: Span,
    closing: Span,
    long_tail: float,
) -> Phases:
    """Planned dates; with probability ``long_tail`` the case stays open for months."""
    begun = registrerad + ctx.days(start)
    assessed = begun + ctx.days(investigation)
    close = assessed + ctx.days(closing)
    if ctx.chance(long_tail):
        close += ctx.days((300, 600, 1000) if ctx.chance(_STUCK) else (60, 120, 420))
    return Phases(registrerad, begun, assessed, close)


def resolve(ctx: Context, planned: Phases, investigated: bool, *, required: bool = False) -> State:
    """Status on ``ctx.last_day``; ``required`` forces an investigation to have started."""
    last = ctx.last_day
    full: dict[str, Value] = {"påbörjad": planned.start, "avslutad": planned.assessed}
    if planned.close <= last:
        return State("avslutad", planned.close, full if investigated else None, True)
    if planned.assessed <= last:
        return State("åtgärder_pågår", None, full if investigated else None, True)
    if investigated and (planned.start <= last or required):
        return State("under_utredning", None, {"påbörjad": min(planned.start, last)}, False)
    return State("registrerad", None, None, False)


def actions(ctx: Context, planned: Phases, state: State, category: str | None = None) -> list[Value]:
    """Actions at the four levels, with ``klar``/``uppföljd`` dates consistent with ``state``, and
    their planned follow-up and result (`follow_up`, from a random source of its own)."""
    own = own_stream(ctx, "uppföljning")
    count = ctx.pick(_ACTION_COUNTS[state.status])
    used: set[str] = set()
    result: list[Value] = []
    for index in range(count):
        level, text = action_text(ctx.rng, category, used, immediate=not state.assessed)
        item: dict[str, Value] = {"beskrivning": text, "nivå": level}
        if state.status == "avslutad":
            done = ctx.between(planned.assessed, planned.close)
            item["klar"] = done
            if ctx.chance(0.35):
                item["uppföljd"] = ctx.between(done, planned.close)
        elif state.status == "åtgärder_pågår":
            done = planned.assessed + ctx.days((0, 14, 90))
            # The last action is still under way, which is why the case is open.
            if done <= ctx.last_day and index < count - 1:
                item["klar"] = done
                followed = done + ctx.days((5, 20, 60))
                if followed <= ctx.last_day and ctx.chance(0.2):
                    item["uppföljd"] = followed
        elif ctx.chance(0.6):
            item["klar"] = planned.registrerad
        result.append(follow_up(own, item, ctx, planned, state))
    return result
