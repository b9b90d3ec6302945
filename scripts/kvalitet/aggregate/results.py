"""What holds the tables: one group's page, the overview, one unit's page, and everything together.

Like the building blocks in `model`, each is a frozen dataclass whose `to_json()` gives plain, ordered
dicts and lists; `Aggregates.to_json()` is the open-data file (schemas/aggregat.schema.json).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from kvalitet.aggregate.model import FORMAT_VERSION, Json, OpenCase, Rates, Series, Table
from kvalitet.records.dated import Dated, DatedValue
from kvalitet.records.reference import LawName


@dataclass(frozen=True, slots=True)
class GroupAggregates:
    """Everything about one group of `cases.GROUPS`. Tables that do not apply to it are None."""

    group: str
    label: str
    counts: Table
    categories: Table | None
    categories_same_period: Table | None
    """The categories of the incomplete last year against the same part of the year before; None when
    the last year is complete or the group has no categories."""
    units: Table
    departments: Table
    rates: Rates | None
    """Cases per volume and unit in the last complete year (`rates`); None without volumes."""
    status: Table
    handling: Table
    feedback: tuple[Table, ...]
    """Återkoppling (klagomål and synpunkter only): counts and share."""
    specific: tuple[Table, ...]
    """What only this kind has: risk matrices, lex Sarah bedömning, IVO, IMY, waiting times…"""
    gender: Table
    monthly: Series
    monthly_rate: Series | None
    """Cases per volume and month (a U chart) where volymer.yaml gives the units' sizes; else None."""
    longest_open: tuple[OpenCase, ...]
    """INTERNAL: single cases, for the internal build only; left out of `to_json()` unless asked."""
    analysis: tuple[Table, ...] = ()
    """Tables for the kvalitetsberättelse's analysis only (åtgärder, kanal, avsändare, the sender's
    kön): not on the group's page, not in `tables()` nor in `to_json()`."""
    units_today: Table | None = None
    """Cases per unit of today's organisation (`lineage`); None when no unit replaces another."""
    departments_today: Table | None = None
    """Cases per avdelning of today's organisation (`department_lineage`); None when no avdelning
    replaces another."""
    quarters: tuple[Table, ...] = ()
    """Per quarter, what is reported to IVO (ej verkställda beslut only; kvalitet.aggregate.ivo_quarters)."""
    causes: Table | None = None
    """The cases' orsaker per year (`causes`); None when no case of the group names one."""

    def tables(self) -> tuple[Table, ...]:
        """Every table of the group, in the order of the group's page."""
        optional = tuple(
            table for table in (self.categories, self.categories_same_period, self.causes) if table
        )
        return (
            self.counts,
            *optional,
            self.units,
            *((self.units_today,) if self.units_today else ()),
            self.departments,
            *((self.departments_today,) if self.departments_today else ()),
            *((self.rates.table,) if self.rates else ()),
            self.status,
            self.handling,
            *self.feedback,
            *self.specific,
            *self.quarters,
            self.gender,
        )

    def table(self, id: str) -> Table:
        """The table with `id`."""
        for table in self.tables():
            if table.id == id:
                return table
        raise KeyError(id)

    def to_json(self, *, internal: bool = False) -> Json:
        data: Json = {
            "group": self.group,
            "label": self.label,
            "tables": [table.to_json() for table in self.tables()],
            "monthly": self.monthly.to_json(),
            "monthly_rate": self.monthly_rate.to_json() if self.monthly_rate else None,
        }
        if internal:
            data["internal"] = {"longest_open": [case.to_json() for case in self.longest_open]}
        return data


@dataclass(frozen=True, slots=True)
class OverviewItem:
    """One group on the Översikt page."""

    group: str
    label: str
    year_to_date: int
    """Registered from 1 January of the cut-off year to the cut-off date."""
    previous_to_date: int | None
    """Registered in the same period of the year before; None when the records do not cover it."""
    open: int
    overdue: int
    """Open longer than the policy's follow-up days."""
    actions_not_followed_up: int
    """Actions done (`klar`) more than the follow-up days ago and not yet followed up (`uppföljd`)."""
    actions_due: int = 0
    """Actions done more than the follow-up days ago (within the last year): the follow-ups that were
    due, of which `actions_not_followed_up` were not made."""

    @property
    def difference(self) -> int | None:
        if self.previous_to_date is None:
            return None
        return self.year_to_date - self.previous_to_date

    def to_json(self) -> Json:
        return {
            "group": self.group,
            "label": self.label,
            "year_to_date": self.year_to_date,
            "previous_to_date": self.previous_to_date,
            "difference": self.difference,
            "open": self.open,
            "overdue": self.overdue,
            "actions_not_followed_up": self.actions_not_followed_up,
            "actions_due": self.actions_due,
        }


@dataclass(frozen=True, slots=True)
class Overview:
    """The Översikt page: this year so far against last year, open and overdue cases."""

    period: tuple[dt.date, dt.date]
    previous_period: tuple[dt.date, dt.date]
    items: tuple[OverviewItem, ...]
    tables: tuple[Table, ...]
    """Counts per group and year, the year so far, open and overdue cases."""
    records_start: dt.date | None = None
    """The first day the records cover (kvalitet.aggregate.coverage)."""

    @property
    def previous_covered(self) -> bool:
        """Whether the records cover the same period of the year before, so that it is compared with."""
        return self.records_start is not None and self.records_start <= self.previous_period[0]

    def to_json(self) -> Json:
        return {
            "period": [day.isoformat() for day in self.period],
            "previous_period": [day.isoformat() for day in self.previous_period],
            "records_start": self.records_start.isoformat() if self.records_start else None,
            "items": [item.to_json() for item in self.items],
            "tables": [table.to_json() for table in self.tables],
        }


@dataclass(frozen=True, slots=True)
class UnitAggregates:
    """One unit of organisation.yaml (also ended ones): counts per group and year."""

    id: str
    name: str
    department: str
    start: dt.date | None
    end: dt.date | None
    table: Table
    same_period: tuple[int, ...] = ()
    rates: Table | None = None
    """The unit's volume and its avvikelser per volume in each complete year; None without volumes."""
    """Per year, the unit's cases in the same part of the year as the incomplete last year (`table.partial`);
    empty when the last year is complete."""
    replaces: tuple[str, ...] = ()
    """The units this one replaces (`ersätter` in organisation.yaml)."""
    replaced_by: tuple[str, ...] = ()
    """The units that replace this one."""
    line: str = ""
    """The row key of the unit's line in today's organisation (`lineage`), when it has one."""
    today: Table | None = None
    """A current unit's cases with those of the units its line replaces; None when it replaces none."""

    def to_json(self) -> Json:
        return {
            "id": self.id,
            "name": self.name,
            "department": self.department,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "table": self.table.to_json(),
            "same_period": list(self.same_period) if self.same_period else None,
            "rates": self.rates.to_json() if self.rates else None,
            "replaces": list(self.replaces),
            "replaced_by": list(self.replaced_by),
            "line": self.line or None,
            "today": self.today.to_json() if self.today else None,
        }


@dataclass(frozen=True, slots=True)
class Aggregates:
    """All figures of the site and the report, computed for one cut-off date."""

    municipality: str
    board: str
    administration: str
    as_of: dt.date
    years: tuple[int, ...]
    risk_limit: int
    min_cell: int
    follow_up_days: int
    """The `uppföljning_dagar` in force on the cut-off date (see `follow_ups`)."""
    chart: str
    """The control chart of counts per month: `c` or `xmr`."""
    baseline_months: int
    overview: Overview
    groups: tuple[GroupAggregates, ...]
    combined_feedback: Table
    """Klagomål and synpunkter together, categories merged by id."""
    combined_feedback_same_period: Table | None
    """The same in the incomplete last year and the same part of the year before; None when the last
    year is complete."""
    units: tuple[UnitAggregates, ...]
    risk_limits: Dated | None = None
    """The riskgräns over time (`risk_limit` is the one in force on the last day counted)."""
    laws: Mapping[str, tuple[LawName, ...]] = field(default_factory=dict)
    """The dated law names of kvalitet.yaml, with their bestämmelser."""
    follow_ups: Dated | None = None
    """`uppföljning_dagar` over time: an action is judged by the value in force on its klar date, an
    open case by the one on its registrerad date."""

    def risk_limit_changes(self, start: dt.date, end: dt.date) -> bool:
        """Whether more than one riskgräns was in force from `start` to `end`."""
        values = self.risk_limits.between(start, end) if self.risk_limits else ()
        return len({item.value for item in values}) > 1

    def follow_up_values(self, start: dt.date, end: dt.date) -> tuple[DatedValue, ...]:
        """The `uppföljning_dagar` in force on some day from `start` to `end`, in date order."""
        values = self.follow_ups.between(start, end) if self.follow_ups else ()
        return values or (DatedValue(self.follow_up_days),)

    def group(self, name: str) -> GroupAggregates:
        """The aggregates of the group `name` (one of `cases.GROUPS`)."""
        for group in self.groups:
            if group.group == name:
                return group
        raise KeyError(name)

    def tables(self) -> tuple[Table, ...]:
        """Every table, in site order: overview, groups, combined feedback, units."""
        tables = [*self.overview.tables]
        for group in self.groups:
            tables += group.tables()
        tables.append(self.combined_feedback)
        if self.combined_feedback_same_period:
            tables.append(self.combined_feedback_same_period)
        tables += [unit.table for unit in self.units]
        tables += [unit.today for unit in self.units if unit.today]
        return tuple(tables)

    def to_json(self, *, internal: bool = False) -> Json:
        """The open-data JSON (see schemas/aggregat.schema.json).

        With `internal=True` each group also lists its longest-open cases: never publish that.
        """
        return {
            "format_version": FORMAT_VERSION,
            "municipality": self.municipality,
            "board": self.board,
            "administration": self.administration,
            "as_of": self.as_of.isoformat(),
            "years": list(self.years),
            "policy": {
                "risk_limit": self.risk_limit,
                "min_cell": self.min_cell,
                "follow_up_days": self.follow_up_days,
                "chart": self.chart,
                "baseline_months": self.baseline_months,
                "risk_limits": [_dated_json(item) for item in self.risk_limits.values]
                if self.risk_limits
                else [{"value": self.risk_limit, "start": None, "end": None}],
                "follow_up_periods": [_dated_json(item) for item in self.follow_ups.values]
                if self.follow_ups
                else [{"value": self.follow_up_days, "start": None, "end": None}],
                "laws": {code: [_law_json(name) for name in names] for code, names in self.laws.items()},
            },
            "overview": self.overview.to_json(),
            "groups": [group.to_json(internal=internal) for group in self.groups],
            "combined_feedback": self.combined_feedback.to_json(),
            "combined_feedback_same_period": (
                self.combined_feedback_same_period.to_json() if self.combined_feedback_same_period else None
            ),
            "units": [unit.to_json() for unit in self.units],
        }


def _day(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _dated_json(item: DatedValue) -> Json:
    return {"value": item.value, "start": _day(item.start), "end": _day(item.end)}


def _law_json(name: LawName) -> Json:
    return {
        "name": name.name,
        "start": _day(name.period.start),
        "end": _day(name.period.end),
        "provisions": dict(name.provisions),
    }
