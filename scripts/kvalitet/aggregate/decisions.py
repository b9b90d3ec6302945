"""Ej verkställda beslut: by lagrum, insats and skäl per year, and waiting time in IVO's bands.

Waiting time runs from beslutsdatum to verkställd (from an avbrott to återupptagen); when the
decision was not verkställd by the cut-off date it runs to the day the case was closed (the decision
ended some other way), or, if the case is still open, to the cut-off date. The bands, in days:
under 3 months = 0–90, 3–6 months = 91–182, 6–12 months = 183–365, more than 12 months = over 365.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kvalitet.aggregate.context import Context, group_label, per_year, slug, tally, year_table
from kvalitet.aggregate.model import Table
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.swedish import long_date

LAWS = ("SoL", "LSS")
BANDS: tuple[tuple[str, int | None], ...] = (
    ("under_3_månader", 90),
    ("3_6_månader", 182),
    ("6_12_månader", 365),
    ("över_12_månader", None),
)
"""(key, last day of the band); None: no upper limit."""


def waiting_days(context: Context, case: Case) -> int:
    """Days from beslutsdatum to verkställd, else to avslutad, else to the cut-off date; for an
    insats interrupted (`avbrott`), from the interruption to the day it was resumed (`återupptagen`)."""
    interrupted = case.date("avbrott")
    decided = interrupted or case.date("beslutsdatum")
    assert decided is not None, "beslutsdatum is required"
    done = case.date("återupptagen" if interrupted else "verkställd")
    end: dt.date = context.as_of
    if done is not None and context.done(done):
        end = done
    elif case.closed is not None and context.done(case.closed):
        end = case.closed
    return (end - decided).days


def band(days: int) -> str:
    """The key of the band that `days` falls in."""
    for key, last in BANDS:
        if last is None or days <= last:
            return key
    raise AssertionError("the last band is open")


def insats_label(context: Context, key: str) -> str:
    """The insats's name with its law or laws: "Kontaktperson (SoL och LSS)"."""
    entry = context.reference.categories.get("insats", {}).get(key)
    if entry is None:
        return key
    law = say("word-and").join(entry.group.split("/"))
    return say("label-insats", name=entry.name, law=law) if entry.group else entry.name


def decision_tables(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    """Lagrum, insats, skäl and waiting time per year."""
    base, label = slug(group), group_label(group)
    totals = per_year(context, cases)
    insatser = tally(context, cases, lambda case: (str(case.data["insats"]),))
    reasons = tally(context, cases, lambda case: tuple(case.data["skäl"]))
    several = any(len(case.data["skäl"]) > 1 for case in cases)
    latest = [case for case in cases if case.registered.year == context.years[-1]]
    reason_notes: tuple[str, ...] = ()
    if several:
        marks = sum(len(case.data["skäl"]) for case in latest)
        reason_notes = (say("note-several-reasons", year=context.years[-1], cases=len(latest), marks=marks),)
    return (
        year_table(
            context,
            id=f"{base}-lagrum-per-ar",
            title=say("title-law", group=label),
            row_heading=say("heading-law"),
            rows=[(law, law) for law in LAWS],
            counts=tally(context, cases, lambda case: (str(case.data["lagrum"]),)),
            total=totals,
        ),
        year_table(
            context,
            id=f"{base}-insats-per-ar",
            title=say("title-insats", group=label),
            row_heading=say("heading-insats"),
            rows=[(key, insats_label(context, key)) for key, _ in context.entry_rows("insats", insatser)],
            counts=insatser,
            total=totals,
        ),
        year_table(
            context,
            id=f"{base}-skal-per-ar",
            title=say("title-reasons", group=label),
            row_heading=say("heading-reason"),
            rows=context.entry_rows("skäl", reasons),
            counts=reasons,
            total=totals,
            notes=reason_notes,
        ),
        year_table(
            context,
            id=f"{base}-vantetid-per-ar",
            title=say("title-waiting", group=label),
            row_heading=say("heading-waiting"),
            rows=[(key, say("band-" + slug(key))) for key, _ in BANDS],
            counts=tally(context, cases, lambda case: (band(waiting_days(context, case)),)),
            total=totals,
            notes=(say("note-waiting", date=long_date(context.as_of)),),
        ),
    )
