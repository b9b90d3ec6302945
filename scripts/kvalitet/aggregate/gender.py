"""Kön per group and year: kvinna, man, and the rest merged into one row.

Kön is an attribute of the person the case concerns. Annat, okänt and ej angivet are merged before
anything is hidden: apart they are nearly always small, and hiding them would take kvinnor or män with
them. The counts are suppressed with everything else published (`disclosure`): a year column adds up
to the year's count, which is never hidden (it is shown in other tables anyway).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kvalitet.aggregate.context import Context, group_label, per_year, slug, tally, total_row
from kvalitet.aggregate.model import Row, Table
from kvalitet.messages import say
from kvalitet.records.cases import Case

GENDERS = ("kvinna", "man")
OTHER = "annat_okant_ej_angivet"
"""The merged row: annat, okänt and ej angivet (no kön given)."""


def _gender(case: Case) -> str | None:
    return case.gender


def _merged(gender: str | None) -> str:
    return gender if gender in GENDERS else OTHER


def gender_table(
    context: Context,
    group: str,
    cases: Sequence[Case],
    *,
    of: Callable[[Case], str | None] = _gender,
    name: str = "kon",
    title: str = "title-gender",
) -> Table:
    """Cases per kön and year, suppressed: the kön of the person the case concerns, or with `of`
    another person's (the table's id ends `-{name}-per-ar`, its title is the message `title`)."""
    keys = (*GENDERS, OTHER)
    counts = tally(context, cases, lambda case: (_merged(of(case)),))
    zeros = [0] * len(context.years)
    rows = tuple(Row(key, say("gender-" + slug(key)), tuple(counts.get(key, zeros))) for key in keys)
    notes = [say("note-gender", min_cell=context.policy.min_cell)]
    return Table(
        id=f"{slug(group)}-{name}-per-ar",
        title=say(title, group=group_label(group)),
        row_heading=say("heading-gender"),
        columns=context.columns,
        rows=rows,
        total=total_row(per_year(context, cases)),
        notes=(*notes, *context.year_notes()),
        partial=context.partial,
    )
