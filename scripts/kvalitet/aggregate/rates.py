"""Counts per volume: a group's cases per unit against the unit's size (volymer.yaml), for the last
complete year, so that a large unit is not read as worse for having more cases.

The rate is cases per `Measure.per` of the volume ("per 10 årsarbetare"), by the first measure in
`volumes.MEASURES` that some unit has that year. A unit without that volume keeps its count and shows
no rate (never a rate of zero); a unit without any case of the group in any year is left out. The
total row counts only the units with a volume, so its rate is
their common rate: the centre line of the funnel plot that compares the units.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from kvalitet.aggregate.context import Context, group_label, slug
from kvalitet.aggregate.model import Rates, Row, Series, Table
from kvalitet.aggregate.monthly import DIRECTIONS, count_by_month, freeze_for, month_markers, series_of
from kvalitet.aggregate.units import unit_order
from kvalitet.aggregate.variation import u_chart
from kvalitet.aggregate.verdict import MIN_POINTS, judge
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.volumes import MEASURES, Measure

RATE_GROUPS = ("avvikelse-sol-lss", "avvikelse-hsl")
"""Groups with enough cases per unit for a rate to say something."""


def complete_years(context: Context) -> tuple[int, ...]:
    """The years in the figures that are complete at the cut-off date."""
    return context.years[:-1] if context.partial else context.years


def measure_for(context: Context, units: Iterable[str], years: Iterable[int]) -> Measure | None:
    """The first measure of `MEASURES` that one of `units` has in one of `years`."""
    pairs = [(unit, year) for unit in units for year in years]
    volumes = context.reference.volumes
    return next((m for m in MEASURES if any(volumes.get(u, y, m.key) for u, y in pairs)), None)


def per_label(measure: Measure) -> str:
    """ "per 10 årsarbetare"."""
    return say("rate-per", per=measure.per, measure=say(f"measure-{measure.key}"))


def rate(count: int, volume: float | None, measure: Measure) -> float | None:
    """Cases per `measure.per` of the volume, one decimal; None without a volume."""
    return round(count / volume * measure.per, 1) if volume else None


def rate_table(context: Context, group: str, cases: Sequence[Case]) -> Rates | None:
    """Cases, volume and rate per unit in the last complete year; None without volumes for it."""
    years = complete_years(context)
    if group not in RATE_GROUPS or not years or not context.reference.volumes:
        return None
    year = years[-1]
    measure = measure_for(context, context.reference.units, [year])
    if measure is None:
        return None
    counts: dict[str, int] = {}
    for case in cases:
        if case.unit is not None and case.registered.year == year:
            counts[case.unit] = counts.get(case.unit, 0) + 1
    # A unit that never has a case of this kind (no health care, say) does not do that work: its zero
    # would only widen the comparison.
    reporting = {case.unit for case in cases}
    rows: list[Row] = []
    cases_with, volume_sum = 0, 0.0
    for unit in unit_order(context.reference.units):
        volume = context.reference.volumes.get(unit, year, measure.key)
        count = counts.get(unit, 0)
        if unit not in reporting or (volume is None and not count):
            continue
        if volume:
            cases_with += count
            volume_sum += volume
        rows.append(Row(unit, context.unit_name(unit), (count, volume, rate(count, volume, measure))))
    total_rate = rate(cases_with, volume_sum, measure)
    per = per_label(measure)
    table = Table(
        id=f"{slug(group)}-per-volym-{year}",
        title=say("title-rates", group=group_label(group), per=per, year=year),
        row_heading=say("heading-unit"),
        columns=(say("column-count"), say(f"measure-{measure.key}").capitalize(), per.capitalize()),
        rows=tuple(rows),
        total=Row("totalt", say("label-total-with-volume"), (cases_with, volume_sum or None, total_rate)),
        notes=(say("note-rates-missing"), say("note-rates-culture")),
        unit="per-volym",
    )
    centre = cases_with / volume_sum * measure.per if volume_sum else None
    return Rates(table, measure.key, measure.per, centre)


def unit_rate_table(context: Context, unit: str, cases: Sequence[Case], prefix: str) -> Table | None:
    """One unit's volume and its rates per group for every complete year; None without a volume."""
    years = complete_years(context)
    volumes = context.reference.volumes
    measure = measure_for(context, [unit], years)
    if measure is None:
        return None
    per = per_label(measure)
    sizes = [volumes.get(unit, year, measure.key) for year in years]
    rows = [Row(measure.key, say(f"measure-{measure.key}").capitalize(), tuple(sizes))]
    for group in RATE_GROUPS:
        chosen = [case for case in cases if case.group == group]
        if not chosen:
            continue
        counts = [sum(1 for case in chosen if case.registered.year == year) for year in years]
        rates = tuple(rate(count, size, measure) for count, size in zip(counts, sizes, strict=True))
        rows.append(Row(group, say("label-rate-of", group=group_label(group), per=per), rates))
    return Table(
        id=f"{prefix}-per-volym",
        title=say("title-unit-rates", unit=context.unit_name(unit), per=per),
        row_heading=say("heading-group"),
        columns=tuple(str(year) for year in years),
        rows=tuple(rows),
        total=None,
        notes=(say("note-unit-rates"), say("note-rates-culture")),
        unit="per-volym",
    )


LANEY_MEAN = 100
"""With this many cases a month or more, the denominators are large and a U chart's limits grow too
narrow for real month-to-month variation: Laney's U′ widens them by the variation between months."""


def rate_series(context: Context, group: str, cases: Sequence[Case], months: Sequence[str]) -> Series | None:
    """The group's cases per volume and month as a U chart (U′ when the months are large): the cases
    of the units with a volume, over the sum of their volumes in the month's year."""
    volumes = context.reference.volumes
    if group not in RATE_GROUPS or not volumes or not months:
        return None
    years = sorted({int(month[:4]) for month in months})
    measure = measure_for(context, context.reference.units, years)
    if measure is None:
        return None
    reporting = {case.unit for case in cases if case.unit is not None}
    exposure = {
        year: sum(volumes.get(unit, year, measure.key) or 0.0 for unit in reporting) for year in years
    }
    counts = count_by_month(
        (c for c in cases if c.unit is not None and volumes.get(c.unit, c.registered.year, measure.key)),
        months,
    )
    sizes = [exposure[int(month[:4])] or None for month in months]
    policy = context.policy
    markers = month_markers([c for c in policy.changes if c.applies_to(group)], months)
    chart = None
    if len(months) >= MIN_POINTS:
        laney = sum(counts) / len(months) >= LANEY_MEAN
        freeze = freeze_for(policy, len(months), markers)
        parts = [marker.index for marker in markers]
        chart = u_chart(counts, sizes, parts=parts, freeze=freeze, laney=laney, multiply=measure.per)
    values = [count / size * measure.per if size else None for count, size in zip(counts, sizes, strict=True)]
    direction = DIRECTIONS.get(group, "ingen")
    series = series_of(
        group, "per-volym", direction, months, values, chart, markers, unit_label=per_label(measure)
    )
    code, sentence, side = judge(series)
    return replace(series, verdict_code=code, verdict=sentence, verdict_side=side)
