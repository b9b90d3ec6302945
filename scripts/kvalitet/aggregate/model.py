"""The figures as data: tables, monthly series with control charts, open cases.

Every type is a frozen dataclass with a `to_json()` that gives plain dicts and lists (str, int, float,
None) in a fixed order; `schemas/aggregat.schema.json` describes the result. Labels are Swedish and
ready to show; keys and ids are stable and safe to link to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeAlias

from kvalitet.aggregate.variation import Chart

JsonValue: TypeAlias = str | int | float | bool | list["JsonValue"] | dict[str, "JsonValue"] | None
Json: TypeAlias = dict[str, JsonValue]
Value: TypeAlias = int | float | None
"""A cell: a count, a number of days or a percentage; None when suppressed or not applicable."""

FORMAT_VERSION = 1
"""The version of the open-data JSON; raised when its shape changes incompatibly."""
SPC_DECIMALS = 3
"""Decimals of the control-chart figures in JSON (the model keeps full precision)."""


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a table: a stable key, the Swedish label shown, one value per column."""

    key: str
    """A record value or reference id (category, unit, status, year…); `totalt` for totals. Keys made up
    here for rows without a code (e.g. `ej_riktat`) contain an underscore, which codes never do."""
    label: str
    values: tuple[Value, ...]
    section: str = ""
    """A heading the row belongs under (a unit's avdelning); rows of one section are adjacent."""
    absent: tuple[int, ...] = ()
    """The columns (years) in which the row's unit, avdelning or category did not exist: their values
    are 0 here (nothing happened), shown as "–" and written as null in JSON, never as 0."""

    def to_json(self) -> Json:
        values = [None if index in self.absent else value for index, value in enumerate(self.values)]
        data: Json = {"key": self.key, "label": self.label, "values": list(values)}
        if self.section:
            data["section"] = self.section
        if self.absent:
            data["absent"] = list(self.absent)
        return data


@dataclass(frozen=True, slots=True)
class Table:
    """A table for the site, the report and CSV: rows × columns, with an optional total row."""

    id: str
    """Unique in the whole site; lowercase ascii and hyphens, e.g. `avvikelse-sol-lss-kategorier-per-ar`."""
    title: str
    row_heading: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    total: Row | None
    notes: tuple[str, ...] = ()
    unit: str = "antal"
    """`antal`, `dagar`, `procent` (one decimal) or `per-volym` (counts, volumes and rates)."""
    partial: str = ""
    """The heading of the last column when it is a year not yet complete ("jan–okt 2026"); empty when
    every column is a whole year (or the columns are not years)."""

    @property
    def headings(self) -> tuple[str, ...]:
        """The column headings shown: the columns, the last one named by its part of the year."""
        if not self.partial or not self.columns:
            return self.columns
        return (*self.columns[:-1], self.partial)

    def row(self, key: str) -> Row:
        """The row with `key` (the total row too)."""
        rows = [*self.rows, self.total] if self.total else list(self.rows)
        for row in rows:
            if row.key == key:
                return row
        raise KeyError(key)

    def to_json(self) -> Json:
        return {
            "id": self.id,
            "title": self.title,
            "row_heading": self.row_heading,
            "columns": list(self.columns),
            "unit": self.unit,
            "rows": [row.to_json() for row in self.rows],
            "total": self.total.to_json() if self.total else None,
            "notes": list(self.notes),
            "partial": self.partial or None,
        }


@dataclass(frozen=True, slots=True)
class Rates:
    """The rate table, with what a funnel plot needs: the measure, its `per` and the exact common rate."""

    table: Table
    measure: str
    per: int
    centre: float | None
    """Cases per `per` of the volume, over all units with a volume (unrounded)."""


@dataclass(frozen=True, slots=True)
class Marker:
    """A documented change drawn on a chart: the point where its new part begins."""

    index: int
    day: dt.date
    text: str

    def to_json(self) -> Json:
        return {"index": self.index, "date": self.day.isoformat(), "text": self.text}


@dataclass(frozen=True, slots=True)
class Series:
    """One group's control chart: counts per month (a C or XmR chart), or for a rare kind the days
    between its cases (a T chart), with the documented changes and a verdict in plain Swedish.

    `points` are the x values: ÅÅÅÅ-MM for months, ÅÅÅÅ-MM-DD (the day of the case) for days between.
    """

    id: str
    title: str
    group: str
    measure: str
    """`antal-per-manad` (counts per month), `per-volym` (cases per volume and month, a U chart) or
    `dagar-mellan` (days since the case before)."""
    direction: str
    """Which way is better: `hogre-samre` (higher is worse), `hogre-battre` or `ingen` (neither)."""
    points: tuple[str, ...]
    values: tuple[float | None, ...]
    chart: Chart | None
    """None when the series is too short or too thin for a control chart."""
    changes: tuple[Marker, ...]
    verdict_code: str
    """The code of `verdict` in the messages table (the `spc-…` codes)."""
    verdict: str
    verdict_side: str = ""
    """`high` or `low` when the verdict is a signal of the current part (spc-run-now, spc-outside)."""
    last_month: str = ""
    """The last month shown (ÅÅÅÅ-MM) and its count, whatever the measure."""
    last_count: int = 0
    unit_label: str = ""
    """What a value of a `per-volym` series is: "per 10 årsarbetare"."""

    @property
    def by_month(self) -> bool:
        """Whether the points are months (counts or rates), not the days of cases."""
        return self.measure != "dagar-mellan"

    def meaning(self, side: str) -> str:
        """What a special cause on `side` (high/low) means here: concern, improvement or neutral."""
        if self.direction == "ingen":
            return "neutral"
        worse_high = self.direction == "hogre-samre"
        return "concern" if (side == "high") == worse_high else "improvement"

    def to_json(self) -> Json:
        chart = self.chart
        return {
            "id": self.id,
            "title": self.title,
            "group": self.group,
            "measure": self.measure,
            "direction": self.direction,
            "points": list(self.points),
            "values": [_number(value) for value in self.values],
            "chart": None
            if chart is None
            else {
                "type": chart.kind,
                "centre": [_number(value) for value in chart.centre],
                "lower": [_number(value) for value in chart.lower],
                "upper": [_number(value) for value in chart.upper],
                "part": list(chart.part),
                "baseline": list(chart.baseline),
                "parts": [
                    {
                        "start": runs.start,
                        "stop": runs.stop,
                        "useful": runs.n_useful,
                        "longest_run": runs.longest_run,
                        "longest_run_max": runs.longest_run_max,
                        "crossings": runs.n_crossings,
                        "crossings_min": runs.n_crossings_min,
                        "runs_signal": runs.runs_signal,
                    }
                    for runs in chart.runs
                ],
                "signals": [
                    {
                        "index": signal.index,
                        "point": self.points[signal.index],
                        "rule": signal.rule,
                        "side": signal.side,
                        "meaning": self.meaning(signal.side),
                    }
                    for signal in chart.signals
                ],
            },
            "changes": [change.to_json() for change in self.changes],
            "verdict_code": self.verdict_code,
            "verdict": self.verdict,
            "verdict_side": self.verdict_side or None,
            "last_month": self.last_month or None,
            "last_count": self.last_count,
            "unit_label": self.unit_label or None,
        }


def _number(value: float | None) -> JsonValue:
    if value is None:
        return None
    rounded = round(value, SPC_DECIMALS)
    return int(rounded) if float(rounded).is_integer() else rounded


@dataclass(frozen=True, slots=True)
class OpenCase:
    """A case still open at the cut-off date. Internal: never for the public site."""

    id: str
    registered: dt.date
    days_open: int
    status: str
    unit: str | None
    unit_name: str

    def to_json(self) -> Json:
        return {
            "id": self.id,
            "registered": self.registered.isoformat(),
            "days_open": self.days_open,
            "status": self.status,
            "unit": self.unit,
            "unit_name": self.unit_name,
        }
