"""Cases per law in force on their registrerad date (kvalitet.records.laws), one column per year.

The table `<g>-lag-per-ar` has one row per name of a law (kvalitet.yaml `lagar`) in force in the
years shown, so a year in which socialtjänstlagen was replaced splits its cases before and after.
Kinds without a `lagrum` of their own (lex Sarah, lex Maja) are split by the socialtjänstlag in
force, and their rows say so: the cases are not claimed to fall under that law.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kvalitet.aggregate.context import Context, group_label, per_year, slug, tally, year_table
from kvalitet.aggregate.model import Table
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.laws import KIND_LAWS, LAW_CODES, law_code, law_in_force, laws_between

NO_LAW = "ingen-lag"
"""The key of cases whose kind has no law (not possible for the kinds that get the table)."""
LAW_TABLE_SUFFIX = "-lag-per-ar"


def _split(context: Context, codes: Sequence[str]) -> bool:
    """Whether a year shown had two names of one of the laws `codes` in force."""
    for year in context.years:
        first, last = dt.date(year, 1, 1), min(context.as_of, dt.date(year, 12, 31))
        if any(len(laws_between(context.policy, code, first, last)) > 1 for code in codes):
            return True
    return False


def law_table(context: Context, group: str, cases: Sequence[Case]) -> Table | None:
    """Per year, the cases under each law name in force; None for kinds without a law, and when no
    year shown had two names of one of the group's laws (the page shows the table only then)."""
    typ = "avvikelse" if group.startswith("avvikelse") else group
    if typ not in KIND_LAWS and typ not in ("avvikelse", "ej_verkställt_beslut"):
        return None
    start, end = dt.date(context.years[0], 1, 1), min(context.as_of, dt.date(context.years[-1], 12, 31))
    own = typ not in KIND_LAWS
    used = {law_code(case.data)[0] for case in cases}
    codes = tuple(code for code in LAW_CODES if code in used) if own else (KIND_LAWS[typ],)
    rows: list[tuple[str, str]] = []
    for code in codes:
        for name in laws_between(context.policy, code, start, end):
            label = name.name if own else say("label-law-while", name=name.name)
            rows.append((slug(name.name), label))
    if not _split(context, codes):
        return None  # no year shown had two names of one law: the table would repeat the counts

    def key(case: Case) -> tuple[str]:
        code, _ = law_code(case.data)
        name = law_in_force(context.policy, code, case.registered) if code else None
        return (slug(name.name) if name else slug(code or NO_LAW),)

    counts = tally(context, cases, key)
    for code in codes:  # a case whose law kvalitet.yaml names for no date: the code (SoL, LSS, HSL)
        if slug(code) in counts:
            rows.append((slug(code), code))
    notes = [say("note-law")] if own else [say("note-law"), say("note-law-kind")]
    return year_table(
        context,
        id=f"{slug(group)}{LAW_TABLE_SUFFIX}",
        title=say("title-law-in-force", group=group_label(group)),
        row_heading=say("heading-law-in-force"),
        rows=rows,
        counts=counts,
        total=per_year(context, cases),
        notes=notes,
    )
