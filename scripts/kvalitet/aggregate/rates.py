"""Counts per volume: a group's cases per unit against the unit's size (volymer.yaml), for the last
complete year, so that a large unit is not read as worse for having more cases.

The rate is cases per `Measure.per` of the volume ("per 10 årsarbetare"), by the first measure in
`volumes.MEASURES` that some unit has that year. A unit without that volume keeps its count and shows
no rate (never a rate of zero); a unit without any case of the group in any year is left out. The
total row counts only the units with a volume, so its rate is
their common rate: the centre line of the funnel plot that compares the units.
"""

from __future__ import annotations

from collections.abc import Sequence

from kvalitet.aggregate.context import Context, group_label, slug
from kvalitet.aggregate.model import Rates, Row, Table
from kvalitet.aggregate.units import unit_order
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.volumes import MEASURES, Measure

RATE_GROUPS = ("avvikelse-sol-lss", "avvikelse-hsl")
"""Groups with enough cases per unit for a rate to say something."""


def complete_year(context: Context) -> int | None:
    """The last year in the figures that is complete at the cut-off date."""
    years = context.years[:-1] if context.partial else context.years
    return years[-1] if years else None


def _measure(context: Context, year: int) -> Measure | None:
    for measure in MEASURES:
        if any(context.reference.volumes.get(unit, year, measure.key) for unit in context.reference.units):
            return measure
    return None


def rate_table(context: Context, group: str, cases: Sequence[Case]) -> Rates | None:
    """Cases, volume and rate per unit in the last complete year; None without volumes for it."""
    year = complete_year(context)
    if group not in RATE_GROUPS or year is None or not context.reference.volumes:
        return None
    measure = _measure(context, year)
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
    with_volume = [0, 0.0]
    for unit in unit_order(context.reference.units):
        volume = context.reference.volumes.get(unit, year, measure.key)
        count = counts.get(unit, 0)
        if unit not in reporting or (volume is None and not count):
            continue
        rate = round(count / volume * measure.per, 1) if volume else None
        if volume:
            with_volume[0] += count
            with_volume[1] += volume
        rows.append(Row(unit, context.unit_name(unit), (count, volume, rate)))
    cases_with, volume_sum = int(with_volume[0]), with_volume[1]
    total_rate = round(cases_with / volume_sum * measure.per, 1) if volume_sum else None
    per = say("rate-per", per=measure.per, measure=say(f"measure-{measure.key}"))
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
    years = [year for year in context.years if year != context.years[-1] or not context.partial]
    volumes = context.reference.volumes
    measure = next((m for m in MEASURES if any(volumes.get(unit, year, m.key) for year in years)), None)
    if measure is None:
        return None
    per = say("rate-per", per=measure.per, measure=say(f"measure-{measure.key}"))
    sizes = [volumes.get(unit, year, measure.key) for year in years]
    rows = [Row(measure.key, say(f"measure-{measure.key}").capitalize(), tuple(sizes))]
    for group in RATE_GROUPS:
        chosen = [case for case in cases if case.group == group]
        if not chosen:
            continue
        counts = [sum(1 for case in chosen if case.registered.year == year) for year in years]
        rates = tuple(
            round(count / size * measure.per, 1) if size else None
            for count, size in zip(counts, sizes, strict=True)
        )
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
