"""The causes (orsaker) of each group's cases per year, from the list `orsaker` in kategorier.yaml.

A case counts once for every cause it names, and once as `ej_angiven` when it names none; the total
row is the year's number of cases, the denominator of every row. When a case names more than one
cause the rows add up to more than the total, and a note says so. For the kinds that count people
the counts are suppressed like their unit tables (`cells`, `disclosure`).
"""

from __future__ import annotations

from collections.abc import Sequence

from kvalitet.aggregate.context import Context, group_label, per_year, slug, tally, year_table
from kvalitet.aggregate.model import Table
from kvalitet.messages import say
from kvalitet.records.cases import Case

NOT_GIVEN = "ej_angiven"
LIST = "orsaker"


def _causes(case: Case) -> tuple[str, ...]:
    value = case.data.get(LIST)
    return tuple(str(code) for code in value) if isinstance(value, list) and value else (NOT_GIVEN,)


TABLE_SUFFIX = "-orsaker-per-ar"


def causes_table_id(group: str) -> str:
    return f"{slug(group)}{TABLE_SUFFIX}"


def cause_table(context: Context, group: str, cases: Sequence[Case]) -> Table | None:
    """Causes per year with the cases of the year as total; None when no case of the group names one."""
    if not any(case.data.get(LIST) for case in cases):
        return None
    counts = tally(context, cases, _causes)
    used = [key for key in counts if key != NOT_GIVEN]
    rows = [*context.entry_rows(LIST, used), (NOT_GIVEN, say("label-cause-not-given"))]
    notes = [say("note-causes")]
    if any(len(_causes(case)) > 1 for case in cases):
        notes.append(say("note-several-causes"))
    return year_table(
        context,
        id=causes_table_id(group),
        title=say("title-causes", group=group_label(group)),
        row_heading=say("heading-cause"),
        rows=rows,
        counts=counts,
        total=per_year(context, cases),
        notes=notes,
    )
