"""Where klagomål and synpunkter came from: the channel, the sender, and the sender's kön.

The sender of a case a tillsynsmyndighet sent on (`remiss`) is that authority ("Remiss från IVO"),
whatever `avsändare` says, as the reports count them. The sender's kön (`avsändarens_kön`) is a
person attribute: its counts are suppressed like the kön of the person a case concerns (see
`suppress`), and a case without it counts as not given.
"""

from __future__ import annotations

from collections.abc import Sequence

from kvalitet.aggregate.context import Context, group_label, per_year, slug, tally, year_table
from kvalitet.aggregate.gender import gender_table
from kvalitet.aggregate.model import Table
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
            notes=(say("note-senders"),),
        ),
        sender_gender_table(context, group, cases),
    )


def sender_gender_table(context: Context, group: str, cases: Sequence[Case]) -> Table:
    """Cases per the sender's kön and year, suppressed as the kön table is."""
    return gender_table(
        context,
        group,
        cases,
        of=lambda case: str(case.data[SENDER_GENDER]) if case.data.get(SENDER_GENDER) else None,
        name="avsandarens-kon",
        title="title-sender-gender",
    )
