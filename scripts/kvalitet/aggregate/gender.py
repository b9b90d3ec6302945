"""Kön per group and year, with small counts suppressed (see `suppress`).

Kön is an attribute of the person the case concerns, so counts under the policy's `min_cell` are hidden,
and so is whatever would reveal them: every year column has a published total (the number of cases),
so complementary suppression works down the columns. The total row is never hidden: it is the count
per year, shown in other tables anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kvalitet.aggregate.context import Context, group_label, per_year, slug, tally, total_row
from kvalitet.aggregate.model import Row, Table
from kvalitet.aggregate.suppress import suppress
from kvalitet.messages import say
from kvalitet.records.cases import Case

GENDERS = ("kvinna", "man", "annat", "okänt")
NOT_GIVEN = "ej_angivet"


def _gender(case: Case) -> str | None:
    return case.gender


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
    keys = (*GENDERS, NOT_GIVEN)
    counts = tally(context, cases, lambda case: (of(case) or NOT_GIVEN,))
    zeros = [0] * len(context.years)
    matrix = [counts.get(key, zeros) for key in keys]
    cells = suppress(matrix, context.policy.min_cell, row_totals=False, column_totals=True)
    rows = tuple(
        Row(key, say("gender-" + slug(key)), tuple(values)) for key, values in zip(keys, cells, strict=True)
    )
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
