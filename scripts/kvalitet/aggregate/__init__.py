"""Aggregation of validated cases into the figures of the site and the report.

`aggregate(cases, reference, as_of=...)` computes every table and monthly series from the cases, the
reference data and the cut-off date: never from the clock, so the same input gives the same figures,
in the same order. The result (`Aggregates`) is data: tables of rows with Swedish labels and stable
keys and ids, ready to render as Markdown, charts and CSV, and `to_json()` gives the open-data file
described by `schemas/aggregat.schema.json`.

Rules shared by all figures:

- A case belongs to the year and month it was registered. Cases registered after `as_of` are left
  out; dated events after `as_of` count as not yet happened.
- The years run from the first year with a case to the year of `as_of` (an empty year shows zeros);
  when `as_of` is not 31 December, tables by year say that the last year is not complete.
- Totals count cases. Where a case can be counted in several rows (categories, skäl, orsaker), the
  table notes it. Percentages have one decimal; medians of days one decimal.
- Counts by kön, and per unit, avdelning and orsak (and per quarter reported to IVO) for the kinds that
  count people (the policy's `counts_people`), are suppressed below the policy's `min_cell`, with one
  decision per cell for everything published together (see `disclosure`).
- `GroupAggregates.longest_open` lists single cases: for the internal build only, and left out of
  `to_json()` unless `internal=True`.

Table ids per group (`<g>` is the group with ascii letters and hyphens, e.g. `klagomal`, `lex-sarah`):
`<g>-antal-per-ar`, `<g>-kategorier-per-ar`, `<g>-enheter-per-ar`, `<g>-avdelningar-per-ar`, on
today's organisation (when a unit or avdelning replaces another; not for the kinds that count people)
`<g>-enheter-idag-per-ar` and `<g>-avdelningar-idag-per-ar`,
`<g>-status-per-ar`, `<g>-handlaggningstid-per-ar`, `<g>-kon-per-ar`, `<g>-orsaker-per-ar` (groups
whose cases name orsaker), and by kind: `<g>-aterkoppling-per-ar`,
`<g>-aterkoppling-andel-per-ar` (klagomål, synpunkt); `<g>-riskvarde-per-ar`, `<g>-riskmatris-<year>`,
`<g>-riskmatris-alla-ar` (avvikelser), `<g>-lag-per-ar` (avvikelser, lex Sarah, lex Maja, ej
verkställda beslut: by the law in force on the registrerad date), `<g>-skada-per-ar` (HSL),
`<g>-riktning-per-ar` (samverkan);
`lex-sarah-bedomning-per-ar`, `lex-sarah-ivo-per-ar`, `lex-sarah-ivo-beslut-per-ar`,
`lex-sarah-ivo-komplettering-per-ar`; `personuppgiftsincident-imy-per-ar`,
`personuppgiftsincident-imy-bedomning-per-ar`, `personuppgiftsincident-handlingsplan-per-ar`;
`lex-maja-anmald-till-per-ar`; `ej-verkstallt-beslut-lagrum-per-ar`, `-insats-per-ar`, `-skal-per-ar`,
`-vantetid-per-ar`, and per quarter reported to IVO (`GroupAggregates.quarters`, see `ivo_quarters`)
`ej-verkstallt-beslut-lagrum-per-kvartal`, `-insats-per-kvartal`, `-vantetid-per-kvartal`,
`-lage-per-kvartal`. For the report's analysis only (`GroupAggregates.analysis`, not in `to_json()`):
`<g>-atgarder-per-ar`, `<g>-atgarder-niva-per-ar`, `<g>-atgarder-uppfoljning-per-ar` (groups with
åtgärder), `<g>-atgarder-planerad-uppfoljning-per-ar`, `<g>-atgarder-resultat-per-ar` (groups with
planned or made follow-ups), `<g>-kanal-per-ar`, `<g>-avsandare-per-ar` (also shown on the kind page,
small counts hidden), `<g>-avsandarens-kon-per-ar` (klagomål, synpunkt). Elsewhere:
`oversikt-antal-per-ar`, `oversikt-hittills-i-ar`, `oversikt-oppna-arenden`,
`klagomal-och-synpunkter-kategorier-per-ar`, `enhet-<unit>-per-ar`; monthly series `<g>-per-manad`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from kvalitet.aggregate import coverage, department_lineage
from kvalitet.aggregate.actions import action_tables
from kvalitet.aggregate.categories import (
    category_table,
    combined_feedback_table,
    same_period_categories,
    same_period_feedback,
)
from kvalitet.aggregate.causes import cause_table
from kvalitet.aggregate.cells import model
from kvalitet.aggregate.context import (
    SAME_PERIOD,
    Context,
    group_label,
    per_year,
    same_period_per_year,
    slug,
    year_table,
)
from kvalitet.aggregate.decisions import decision_tables
from kvalitet.aggregate.disclosure import apply, protect
from kvalitet.aggregate.follow_up import follow_up_tables
from kvalitet.aggregate.gender import gender_table
from kvalitet.aggregate.ivo_quarters import add_cells as add_quarter_cells
from kvalitet.aggregate.ivo_quarters import hide as hide_quarters
from kvalitet.aggregate.ivo_quarters import quarter_tables
from kvalitet.aggregate.kinds import incident_tables, lex_maja_tables, lex_sarah_tables
from kvalitet.aggregate.laws import law_table
from kvalitet.aggregate.lineage import feed, hide, lineages, today_table, with_lineage
from kvalitet.aggregate.lines import Lineage
from kvalitet.aggregate.model import Json, Marker, OpenCase, Row, Series, Table, Value
from kvalitet.aggregate.monthly import month_range, monthly_series
from kvalitet.aggregate.overview import overview
from kvalitet.aggregate.rates import rate_series, rate_table, unit_rate_table
from kvalitet.aggregate.results import Aggregates, GroupAggregates, Overview, OverviewItem, UnitAggregates
from kvalitet.aggregate.risk import deviation_tables, period_end
from kvalitet.aggregate.sources import source_tables
from kvalitet.aggregate.status import (
    LONGEST_OPEN,
    feedback_tables,
    handling_table,
    longest_open_cases,
    status_table,
)
from kvalitet.aggregate.units import department_key, department_table, unit_aggregates, unit_table
from kvalitet.messages import say
from kvalitet.records.cases import GROUPS, Case
from kvalitet.records.reference import Policy, Reference
from kvalitet.swedish import months_so_far

__all__ = [
    "Aggregates",
    "GroupAggregates",
    "Json",
    "Marker",
    "OpenCase",
    "Overview",
    "OverviewItem",
    "Row",
    "Series",
    "Table",
    "UnitAggregates",
    "Value",
    "aggregate",
]

CATEGORY_GROUPS = GROUPS[:7]
"""The groups whose records carry kategorier: all but lex Maja and ej verkställda beslut."""


def _specific(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    if group.startswith("avvikelse"):
        return deviation_tables(context, group, cases)
    builders = {
        "lex_sarah": lex_sarah_tables,
        "personuppgiftsincident": incident_tables,
        "lex_maja": lex_maja_tables,
        "ej_verkställt_beslut": decision_tables,
    }
    builder = builders.get(group)
    return builder(context, group, cases) if builder else ()


def _laws(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    table = law_table(context, group, cases)
    return (table,) if table is not None else ()


def _group(
    context: Context,
    group: str,
    cases: Sequence[Case],
    months: Sequence[str],
    open_limit: int,
    lines: Sequence[Lineage],
    department_lines: Sequence[Lineage],
) -> GroupAggregates:
    label = group_label(group)
    rows = [("antal", label)]
    values = {"antal": per_year(context, cases)}
    if context.partial:
        rows = [("antal", say("label-whole-year"))]
        rows.append((SAME_PERIOD, say("label-same-period", period=months_so_far(context.as_of))))
        values[SAME_PERIOD] = same_period_per_year(context, cases)
    counts = year_table(
        context,
        id=f"{slug(group)}-antal-per-ar",
        title=say("title-counts", group=label),
        row_heading=say("heading-group"),
        rows=rows,
        counts=values,
        total=None,
    )
    return GroupAggregates(
        group=group,
        label=label,
        counts=counts,
        categories=category_table(context, group, cases) if group in CATEGORY_GROUPS else None,
        categories_same_period=(
            same_period_categories(context, group, cases) if group in CATEGORY_GROUPS else None
        ),
        units=unit_table(context, group, cases),
        departments=department_table(context, group, cases),
        rates=rate_table(context, group, cases),
        status=status_table(context, group, cases),
        handling=handling_table(context, group, cases),
        feedback=feedback_tables(context, group, cases),
        specific=(*_specific(context, group, cases), *_laws(context, group, cases)),
        gender=gender_table(context, group, cases),
        monthly=monthly_series(group, cases, months, context.policy),
        monthly_rate=rate_series(context, group, cases, months),
        longest_open=longest_open_cases(context, cases, open_limit),
        analysis=(
            *action_tables(context, group, cases),
            *follow_up_tables(context, group, cases),
            *source_tables(context, group, cases),
        ),
        causes=cause_table(context, group, cases),
        units_today=(
            None if group in context.policy.counts_people else today_table(context, group, cases, lines)
        ),
        departments_today=(
            None
            if group in context.policy.counts_people
            else department_lineage.today_table(context, group, cases, department_lines)
        ),
        quarters=quarter_tables(context, group, cases),
    )


def _with_rates(
    context: Context, units: Sequence[UnitAggregates], cases: Sequence[Case]
) -> tuple[UnitAggregates, ...]:
    """Each unit with its rates per volume (none without volumes)."""
    if not context.reference.volumes:
        return tuple(units)
    by_unit: dict[str, list[Case]] = {}
    for case in cases:
        if case.unit is not None:
            by_unit.setdefault(case.unit, []).append(case)
    return tuple(
        replace(
            unit,
            rates=unit_rate_table(
                context, unit.id, by_unit.get(unit.id, []), unit.table.id.removesuffix("-per-ar")
            ),
        )
        for unit in units
    )


def aggregate(
    cases: Iterable[Case],
    reference: Reference,
    *,
    as_of: dt.date,
    policy: Policy | None = None,
    longest_open: int = LONGEST_OPEN,
    last_year: int | None = None,
    records_start: dt.date | None = None,
) -> Aggregates:
    """Every figure of the site and the report, for the cut-off date `as_of`.

    `cases` are validated cases (`cases.to_cases`); those registered after `as_of` are left out.
    `policy` overrides `reference.policy` (risk limit, smallest shown count, follow-up days).
    `last_year` ends the year columns before the year of `as_of` (a report counted as of a later
    follow-up date); cases registered after it are left out.
    `longest_open` is how many open cases per group to list in the internal `longest_open`.
    `records_start` is the first day the records cover, when `cases` are a selection of them (a
    report's window); by default `coverage.records_start` of `cases` and the policy's `uppgifter_från`.
    """
    policy = policy or reference.policy
    included = sorted(
        (case for case in cases if case.registered <= as_of), key=lambda c: (c.registered, c.id)
    )
    first = included[0].registered if included else None
    last = min(last_year or as_of.year, as_of.year)
    included = [case for case in included if case.registered.year <= last]
    years = tuple(range(first.year if first else last, last + 1))
    statuses = {case.id: case.status_on(as_of) or "registrerad" for case in included}
    start = records_start or coverage.records_start(included, policy.records_from)
    context = Context(reference, policy, as_of, years, statuses, start)
    by_group: dict[str, list[Case]] = {group: [] for group in GROUPS}
    for case in included:
        by_group.setdefault(case.group, []).append(case)
    # A report counted as of a later follow-up date has no cases after its last year: the months end
    # with that year's December, or the months after it would show as months without any case.
    months = month_range(first, min(as_of, dt.date(last, 12, 31)))
    lines = lineages(context)
    department_lines = department_lineage.department_lineages(context)
    groups = tuple(
        _group(context, group, items, months, longest_open, lines, department_lines)
        for group, items in by_group.items()
    )
    feedback = [case for case in included if case.group in ("klagomål", "synpunkt")]
    result = Aggregates(
        municipality=reference.municipality,
        board=reference.board,
        administration=reference.administration,
        as_of=as_of,
        years=years,
        risk_limit=policy.risk_limit_on(period_end(context)),
        min_cell=policy.min_cell,
        follow_up_days=policy.follow_up_days_on(as_of),
        chart=policy.chart,
        baseline_months=policy.baseline_months,
        overview=overview(context, by_group),
        groups=groups,
        combined_feedback=combined_feedback_table(context, feedback),
        combined_feedback_same_period=same_period_feedback(context, feedback),
        units=with_lineage(
            context, _with_rates(context, unit_aggregates(context, included), included), included, lines
        ),
        risk_limits=policy.dated_risk_limit,
        laws=policy.laws,
        follow_ups=policy.dated_follow_up_days,
    )
    people = frozenset(policy.counts_people)
    cells = model(result, people, lambda unit: department_key(context, unit))
    feed(cells, result, people)
    department_lineage.feed(cells, result, people, department_lines)
    add_quarter_cells(cells, result, people)
    hidden = protect(cells, policy.min_cell)
    shown = department_lineage.hide(hide(apply(result, hidden, people), hidden), hidden)
    return hide_quarters(shown, hidden)
