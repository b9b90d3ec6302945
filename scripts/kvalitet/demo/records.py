"""Build the record of a planned case, by stream."""

from __future__ import annotations

from collections.abc import Callable

from .deviations import deviation, lex_sarah
from .feedback import feedback
from .lifecycle import Context
from .notices import data_breach, lex_maja, unexecuted
from .plan import Case
from .streams import Stream
from .writer import Value

Builder = Callable[[Context, Case], dict[str, Value]]

BUILDERS: dict[Stream, Builder] = {
    Stream.DEVIATION_SOCIAL: deviation,
    Stream.DEVIATION_HEALTH: deviation,
    Stream.DEVIATION_REGION: deviation,
    Stream.COMPLAINT: feedback,
    Stream.FEEDBACK: feedback,
    Stream.LEX_SARAH: lex_sarah,
    Stream.DATA_BREACH: data_breach,
    Stream.LEX_MAJA: lex_maja,
    Stream.UNEXECUTED: unexecuted,
}


def build(ctx: Context, case: Case) -> dict[str, Value]:
    return BUILDERS[case.stream](ctx, case)
