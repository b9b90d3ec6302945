"""Avvikelser: the risk matrix, riskvärde against the policy's limit, HSL skada, samverkan direction.

The matrix has allvarlighetsgrad 4 (top) to 1 as rows and sannolikhet 1 to 4 as columns, one matrix
per year and one for all years; its total row sums the columns, and its notes tell how many cases have
no risk assessment and how many lie above the limit (riskvärde = allvarlighetsgrad × sannolikhet).
"""

from __future__ import annotations

from collections.abc import Sequence

from kvalitet.aggregate.context import Context, group_label, per_year, slug, tally, total_row, year_table
from kvalitet.aggregate.model import Row, Table
from kvalitet.messages import say
from kvalitet.records.cases import Case

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


def _matrix(context: Context, group: str, cells: Cells, missing: int, year: int | None) -> Table:
    limit = context.policy.risk_limit
    above = sum(count for (severity, chance), count in cells.items() if severity * chance > limit)
    cases = sum(cells.values()) + missing
    rows = tuple(
        Row(str(severity), say("label-severity", level=severity), tuple(cells[(severity, c)] for c in LEVELS))
        for severity in reversed(LEVELS)
    )
    totals = tuple(sum(cells[(severity, chance)] for severity in LEVELS) for chance in LEVELS)
    period = say("word-all-years") if year is None else str(year)
    notes = [
        say("note-risk-matrix", limit=limit, above=above),
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
    for case in cases:
        index = context.index(case)
        risk = case.data.get("risk")
        if isinstance(risk, dict):
            cells[index][(int(risk["allvarlighetsgrad"]), int(risk["sannolikhet"]))] += 1
        else:
            missing[index] += 1
    every: Cells = {key: sum(year[key] for year in cells) for key in cells[0]}
    tables = [
        _matrix(context, group, year_cells, year_missing, year)
        for year, year_cells, year_missing in zip(context.years, cells, missing, strict=True)
    ]
    tables.append(_matrix(context, group, every, sum(missing), None))
    return tuple(tables)


def risk_level_table(context: Context, group: str, cases: Sequence[Case]) -> Table:
    """Per year: cases with riskvärde above the limit, at or below it, and without assessment."""
    limit = context.policy.risk_limit

    def level(case: Case) -> tuple[str]:
        risk = case.risk
        if risk is None:
            return (NOT_ASSESSED,)
        return (ABOVE if risk > limit else WITHIN,)

    return year_table(
        context,
        id=f"{slug(group)}-riskvarde-per-ar",
        title=say("title-risk-level", group=group_label(group)),
        row_heading=say("heading-risk"),
        rows=[
            (ABOVE, say("label-risk-above", limit=limit)),
            (WITHIN, say("label-risk-within", limit=limit)),
            (NOT_ASSESSED, say("label-risk-missing")),
        ],
        counts=tally(context, cases, level),
        total=per_year(context, cases),
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
