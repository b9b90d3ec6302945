"""Where klagomål and synpunkter came from: the channel, the sender, and the sender's kön.

The sender of a case a tillsynsmyndighet sent on (`remiss`) is that authority ("Remiss från IVO"),
whatever `avsändare` says, as the reports count them. The sender's kön (`avsändarens_kön`) is a
person attribute: its counts are suppressed like the kön of the person a case concerns (see
`suppress`), and a case without it counts as not given.
"""

from __future__ import annotations

from collections.abc import Sequence

from kvalitet.aggregate.context import Context, group_label, per_year, slug, tally, total_row, year_table
from kvalitet.aggregate.gender import GENDERS, NOT_GIVEN
from kvalitet.aggregate.model import Row, Table
from kvalitet.aggregate.suppress import suppress
from kvalitet.aggregate.units import WITHOUT_UNIT
from kvalitet.messages import say
from kvalitet.records.cases import Case

CHANNELS = (
    "kontaktcenter",
    "telefon",
    "e-post",
    "webb",
    "blankett",
    "brev",
    "muntligt",
    "sms",
    "äldreombudsman",
    "tillsynsmyndighet",
)
SENDERS = (
    "brukare",
    "anhörig",
    "allmänhet",
    "organisation",
    "remiss-ivo",
    "remiss-jo",
    "tillsynsmyndighet",
    "annan",
)
SENDER_GENDER = "avsändarens_kön"


def sender(case: Case) -> str:
    """The sender of a case: the authority of a remiss, else `avsändare`."""
    remiss = case.data.get("remiss")
    if isinstance(remiss, dict) and remiss.get("myndighet"):
        return f"remiss-{str(remiss['myndighet']).lower()}"
    return str(case.data.get("avsändare") or "annan")


def _used(keys: Sequence[str], counts: dict[str, list[int]]) -> list[str]:
    return [key for key in keys if key in counts] + sorted(set(counts) - set(keys))


def source_tables(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    """Klagomål and synpunkter per kanal, per sender and per the sender's kön; () for other groups."""
    if group not in WITHOUT_UNIT:
        return ()
    base, label = slug(group), group_label(group)
    totals = per_year(context, cases)
    channels = tally(context, cases, lambda case: (str(case.data.get("kanal") or "annan"),))
    senders = tally(context, cases, lambda case: (sender(case),))
    return (
        year_table(
            context,
            id=f"{base}-kanal-per-ar",
            title=say("title-channels", group=label),
            row_heading=say("heading-channel"),
            rows=[(key, say(f"channel-{slug(key)}")) for key in _used(CHANNELS, channels)],
            counts=channels,
            total=totals,
        ),
        year_table(
            context,
            id=f"{base}-avsandare-per-ar",
            title=say("title-senders", group=label),
            row_heading=say("heading-sender"),
            rows=[(key, say(f"sender-{slug(key)}")) for key in _used(SENDERS, senders)],
            counts=senders,
            total=totals,
        ),
        sender_gender_table(context, group, cases),
    )


def sender_gender_table(context: Context, group: str, cases: Sequence[Case]) -> Table:
    """Cases per the sender's kön and year, suppressed as the kön table is."""
    keys = (*GENDERS, NOT_GIVEN)
    counts = tally(context, cases, lambda case: (str(case.data.get(SENDER_GENDER) or NOT_GIVEN),))
    zeros = [0] * len(context.years)
    cells = suppress([counts.get(key, zeros) for key in keys], context.policy.min_cell)
    rows = tuple(
        Row(key, say("gender-" + slug(key)), tuple(values)) for key, values in zip(keys, cells, strict=True)
    )
    return Table(
        id=f"{slug(group)}-avsandarens-kon-per-ar",
        title=say("title-sender-gender", group=group_label(group)),
        row_heading=say("heading-gender"),
        columns=context.columns,
        rows=rows,
        total=total_row(per_year(context, cases)),
        notes=(say("note-gender", min_cell=context.policy.min_cell), *context.year_notes()),
        partial=context.partial,
    )
