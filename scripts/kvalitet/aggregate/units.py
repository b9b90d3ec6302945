"""Counts per enhet and per avdelning, and the per-unit figures of the "Per enhet" page.

A case counts for the unit it names, as the unit was called when the case was registered; units that
have ended keep their rows and years. Unit rows are ordered by avdelning (in order of first appearance
in organisation.yaml) and then as listed there; each row carries its avdelning as `section`. A second
table sums the units per avdelning. Klagomål and synpunkter without a unit get the row "Ej riktat till
specifik enhet" (key `ej_riktat`), in both tables, so that the rows always sum to the cases.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from kvalitet.aggregate.context import (
    Context,
    absent_years,
    group_label,
    per_year,
    same_period_per_year,
    slug,
    tally,
    year_table,
)
from kvalitet.aggregate.model import Table
from kvalitet.aggregate.results import UnitAggregates
from kvalitet.messages import say
from kvalitet.records.cases import GROUPS, Case
from kvalitet.records.reference import Entry, Period
from kvalitet.swedish import long_date

NO_UNIT = "ej_riktat"
"""Row key of cases not aimed at a unit (underscore: never a unit id)."""
WITHOUT_UNIT = ("klagomål", "synpunkt")
"""The groups whose cases may lack a unit."""
UNKNOWN_DEPARTMENT = "okand-avdelning"
"""Row key of the cases of units missing from organisation.yaml, per avdelning."""


def unit_order(units: Mapping[str, Entry]) -> list[str]:
    """Unit ids by avdelning (first appearance), then as listed."""
    departments: list[str] = []
    for entry in units.values():
        if entry.group not in departments:
            departments.append(entry.group)
    return [key for department in departments for key, entry in units.items() if entry.group == department]


def department_key(context: Context, unit: str) -> str:
    entry = context.reference.units.get(unit)
    return slug(entry.group) if entry and entry.group else UNKNOWN_DEPARTMENT


def _period_note(context: Context, units: Sequence[str]) -> tuple[str, ...]:
    """A note naming the shown units that did not exist the whole time, with their periods."""
    parts = []
    for key in units:
        entry = context.reference.units.get(key)
        if entry is not None and (entry.period.start or entry.period.end):
            parts.append(say("word-name-period", name=entry.name, period=entry.period.describe(long_date)))
    return (say("note-unit-periods", units="; ".join(parts)),) if parts else ()


def unit_table(context: Context, group: str, cases: Sequence[Case]) -> Table:
    """Cases per unit and year for one group: units with at least one case."""
    counts = tally(context, cases, lambda case: (case.unit or NO_UNIT,))
    known = [key for key in unit_order(context.reference.units) if key in counts]
    unknown = sorted(set(counts) - set(known) - {NO_UNIT})
    keys = [*known, *unknown]
    rows = [(key, context.unit_name(key)) for key in keys]
    if group in WITHOUT_UNIT:
        rows.append((NO_UNIT, context.unit_name(None)))
    sections = {key: context.reference.units[key].group for key in known}
    periods = {key: context.reference.units[key].period for key in known}
    return year_table(
        context,
        id=f"{slug(group)}-enheter-per-ar",
        title=say("title-units", group=group_label(group)),
        row_heading=say("heading-unit"),
        rows=rows,
        counts=counts,
        total=per_year(context, cases),
        notes=_period_note(context, keys),
        sections=sections,
        absent=periods,
        absent_note="note-absent-units",
    )


def department_periods(context: Context) -> dict[str, Period]:
    """Avdelning key → when it existed: as listed in `avdelningar`, else from its first unit's start
    to its last unit's end (open when one of them is)."""
    listed = {slug(entry.name): entry.period for entry in context.reference.departments.values()}
    spans: dict[str, list[Period]] = {}
    for key, entry in context.reference.units.items():
        spans.setdefault(department_key(context, key), []).append(entry.period)
    result: dict[str, Period] = {}
    for key, periods in spans.items():
        starts, ends = [p.start for p in periods], [p.end for p in periods]
        result[key] = listed.get(key) or Period(
            None if None in starts else min(day for day in starts if day),
            None if None in ends else max(day for day in ends if day),
        )
    return result


def department_table(context: Context, group: str, cases: Sequence[Case]) -> Table:
    """Cases per avdelning and year for one group."""

    of_unit = {key: department_key(context, key) for key in context.reference.units}

    def department(case: Case) -> tuple[str]:
        if case.unit is None:
            return (NO_UNIT,)
        return (of_unit.get(case.unit) or department_key(context, case.unit),)

    counts = tally(context, cases, department)
    names: dict[str, str] = {}
    for key in unit_order(context.reference.units):
        entry = context.reference.units[key]
        names.setdefault(department_key(context, key), entry.group)
    rows = [(key, name) for key, name in names.items() if key in counts]
    if UNKNOWN_DEPARTMENT in counts:
        rows.append((UNKNOWN_DEPARTMENT, say("label-unknown-department")))
    if group in WITHOUT_UNIT:
        rows.append((NO_UNIT, context.unit_name(None)))
    return year_table(
        context,
        id=f"{slug(group)}-avdelningar-per-ar",
        title=say("title-departments", group=group_label(group)),
        row_heading=say("heading-department"),
        rows=rows,
        counts=counts,
        total=per_year(context, cases),
        absent=department_periods(context),
        absent_note="note-absent-departments",
    )


def unit_aggregates(context: Context, cases: Sequence[Case]) -> tuple[UnitAggregates, ...]:
    """Every unit of organisation.yaml (and any other unit named by a case): its cases per group and
    year, all groups listed."""
    by_unit: dict[str, list[Case]] = {}
    for case in cases:
        if case.unit is not None:
            by_unit.setdefault(case.unit, []).append(case)
    keys = unit_order(context.reference.units)
    keys += sorted(set(by_unit) - set(keys))
    ids = unique_slugs(keys)
    result = []
    for key in keys:
        entry = context.reference.units.get(key)
        name = entry.name if entry else key
        counts = tally(context, by_unit.get(key, ()), lambda case: (case.group,))
        table = year_table(
            context,
            id=f"enhet-{ids[key]}-per-ar",
            title=say("title-unit", unit=name),
            row_heading=say("heading-group"),
            rows=[(group, group_label(group)) for group in GROUPS],
            counts=counts,
            total=per_year(context, by_unit.get(key, ())),
            notes=_period_note(context, [key]),
            absent={group: entry.period for group in GROUPS} if entry else None,
            absent_note="note-absent-units",
        )
        if entry is not None and table.total is not None:
            total = dataclasses.replace(table.total, absent=absent_years(context.years, entry.period))
            table = dataclasses.replace(table, total=total)
        period = entry.period if entry else None
        result.append(
            UnitAggregates(
                id=key,
                name=name,
                department=entry.group if entry else "",
                start=period.start if period else None,
                end=period.end if period else None,
                table=table,
                same_period=(
                    tuple(same_period_per_year(context, by_unit.get(key, ()))) if context.partial else ()
                ),
            )
        )
    return tuple(result)


def unique_slugs(keys: Sequence[str]) -> dict[str, str]:
    """Key → ascii slug, unique: a slug taken by an earlier key gets -2, -3… appended."""
    result: dict[str, str] = {}
    taken: set[str] = set()
    for key in keys:
        base = slug(key) or "enhet"
        candidate, number = base, 1
        while candidate in taken:
            number += 1
            candidate = f"{base}-{number}"
        taken.add(candidate)
        result[key] = candidate
    return result
