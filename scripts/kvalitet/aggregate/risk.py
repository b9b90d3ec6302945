"""Avvikelser: the risk matrix, riskvärde against the policy's limit, HSL skada, samverkan direction.

The matrix has allvarlighetsgrad 4 (top) to 1 as rows and sannolikhet 1 to 4 as columns, one matrix
per year and one for all years; its total row sums the columns, and its notes tell how many cases have
no risk assessment and how many lie above the limit (riskvärde = allvarlighetsgrad × sannolikhet).

A case is compared with the riskgräns in force on its registrerad date (kvalitet.yaml may date it;
risk assessments carry no date of their own). When the limit changed within a table's years, the
labels say "the limit in force" and a note gives the limits and their dates; the matrix's colours
follow the limit in force on its last day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kvalitet.aggregate.context import Context, group_label, per_year, slug, tally, total_row, year_table
from kvalitet.aggregate.model import Row, Table
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.dated import describe
from kvalitet.swedish import long_date

LEVELS = (1, 2, 3, 4)
ABOVE, WITHIN, NOT_ASSESSED = "över_gränsen", "inom_gränsen", "ej_bedömd"
HARMS = ("ingen", "lindrig", "allvarlig")
NOT_GIVEN = "ej_angivet"
DIRECTIONS = ("inkommande", "utgående")


Cells = dict[tuple[int, int], int]

BANDS = ("låg", "måttlig", "hög")
"""The riskvärde bands of the matrix, low to high: up to half the riskgräns, up to the riskgräns, above it
(with the default riskgräns 8: 1–4, 5–8 and 9–16). A case in the high band is to be investigated."""


def risk_band(value: int, limit: int) -> str:
    """The band of a riskvärde (allvarlighetsgrad × sannolikhet) under the riskgräns `limit`."""
    if value > limit:
        return BANDS[2]
    return BANDS[1] if value > limit // 2 else BANDS[0]


def band_range(band: str, limit: int) -> tuple[int, int]:
    """The lowest and highest riskvärde of a band (riskvärde runs from 1 to 16)."""
    low = {BANDS[0]: 1, BANDS[1]: limit // 2 + 1, BANDS[2]: limit + 1}[band]
    high = {BANDS[0]: limit // 2, BANDS[1]: limit, BANDS[2]: max(LEVELS) ** 2}[band]
    return low, high


def period_end(context: Context, year: int | None = None) -> dt.date:
    """The last day counted of `year` (of all years when None): 31 December, or the cut-off date."""
    last = context.years[-1] if year is None else year
    return min(context.as_of, dt.date(last, 12, 31))


def limit_notes(context: Context, year: int | None = None) -> tuple[str, ...]:
    """The note on a changed riskgräns, when more than one was in force in `year` (or in all years)."""
    start = dt.date(context.years[0] if year is None else year, 1, 1)
    values = context.policy.dated_risk_limit.between(start, period_end(context, year))
    if len({item.value for item in values}) < 2:
        return ()
    return (say("note-risk-limits", limits=describe(values, long_date)),)


def above_limit(context: Context, case: Case) -> bool:
    """Whether the case's riskvärde is above the riskgräns in force on its registrerad date."""
    risk = case.risk
    return risk is not None and risk > context.policy.risk_limit_on(case.registered)


def _matrix(context: Context, group: str, cells: Cells, missing: int, year: int | None, above: int) -> Table:
    limit = context.policy.risk_limit_on(period_end(context, year))
    changed = limit_notes(context, year)
    cases = sum(cells.values()) + missing
    rows = tuple(
        Row(str(severity), say("label-severity", level=severity), tuple(cells[(severity, c)] for c in LEVELS))
        for severity in reversed(LEVELS)
    )
    totals = tuple(sum(cells[(severity, chance)] for severity in LEVELS) for chance in LEVELS)
    period = say("word-all-years") if year is None else str(year)
    date = long_date(period_end(context, year))
    notes = [
        say("note-risk-matrix-dated", limit=limit, above=above, date=date)
        if changed
        else say("note-risk-matrix", limit=limit, above=above),
        *changed,
        say("note-risk-missing", missing=missing, cases=cases),
    ]
    if year == context.years[-1]:
        notes += context.year_notes()
    return Table(
        id=f"{slug(group)}-riskmatris-{'alla-ar' if year is None else year}",
        title=say("title-risk-matrix", group=group_label(group), period=period),
        row_heading=say("heading-severity"),
        columns=tuple(say("label-probability", level=chance) for chance in LEVELS),
        rows=rows,
        total=total_row(totals),
        notes=tuple(notes),
    )


def risk_matrices(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    """Counts per allvarlighetsgrad × sannolikhet: one matrix per year, then one for all years."""
    cells: list[Cells] = [{(s, c): 0 for s in LEVELS for c in LEVELS} for _ in context.years]
    missing = [0] * len(context.years)
    above = [0] * len(context.years)
    for case in cases:
        index = context.index(case)
        risk = case.data.get("risk")
        if isinstance(risk, dict):
            cells[index][(int(risk["allvarlighetsgrad"]), int(risk["sannolikhet"]))] += 1
            above[index] += above_limit(context, case)
        else:
            missing[index] += 1
    every: Cells = {key: sum(year[key] for year in cells) for key in cells[0]}
    tables = [
        _matrix(context, group, year_cells, year_missing, year, year_above)
        for year, year_cells, year_missing, year_above in zip(
            context.years, cells, missing, above, strict=True
        )
    ]
    tables.append(_matrix(context, group, every, sum(missing), None, sum(above)))
    return tuple(tables)


def risk_level_table(context: Context, group: str, cases: Sequence[Case]) -> Table:
    """Per year: cases with riskvärde above the limit in force on their registrerad date, at or below
    it, and without assessment."""
    limit = context.policy.risk_limit_on(period_end(context))
    changed = limit_notes(context)

    def level(case: Case) -> tuple[str]:
        if case.risk is None:
            return (NOT_ASSESSED,)
        return (ABOVE if above_limit(context, case) else WITHIN,)

    labels = (
        (say("label-risk-above-dated"), say("label-risk-within-dated"))
        if changed
        else (say("label-risk-above", limit=limit), say("label-risk-within", limit=limit))
    )

    return year_table(
        context,
        id=f"{slug(group)}-riskvarde-per-ar",
        title=say("title-risk-level", group=group_label(group)),
        row_heading=say("heading-risk"),
        rows=[
            (ABOVE, labels[0]),
            (WITHIN, labels[1]),
            (NOT_ASSESSED, say("label-risk-missing")),
        ],
        counts=tally(context, cases, level),
        total=per_year(context, cases),
        notes=changed,
    )


def harm_table(context: Context, group: str, cases: Sequence[Case]) -> Table:
    """Per year: skada ingen / lindrig / allvarlig / ej angiven (HSL)."""
    return year_table(
        context,
        id=f"{slug(group)}-skada-per-ar",
        title=say("title-harm", group=group_label(group)),
        row_heading=say("heading-harm"),
        rows=[*((harm, say("harm-" + harm)) for harm in HARMS), (NOT_GIVEN, say("label-not-given"))],
        counts=tally(context, cases, lambda case: (str(case.data.get("skada", NOT_GIVEN)),)),
        total=per_year(context, cases),
    )


def direction_table(context: Context, group: str, cases: Sequence[Case]) -> Table:
    """Per year: avvikelser i samverkan, inkommande and utgående."""

    def direction(case: Case) -> tuple[str]:
        return (str(case.data["samverkan"]["riktning"]),)

    return year_table(
        context,
        id=f"{slug(group)}-riktning-per-ar",
        title=say("title-direction", group=group_label(group)),
        row_heading=say("heading-direction"),
        rows=[(key, say("direction-" + slug(key))) for key in DIRECTIONS],
        counts=tally(context, cases, direction),
        total=per_year(context, cases),
    )


def deviation_tables(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    """The tables only avvikelser have, for one of the three avvikelse groups."""
    tables = [risk_level_table(context, group, cases)]
    tables += risk_matrices(context, group, cases)
    if group == "avvikelse-hsl":
        tables.append(harm_table(context, group, cases))
    if group == "avvikelse-samverkan":
        tables.append(direction_table(context, group, cases))
    return tuple(tables)
