"""The figures as data: tables, monthly series with control charts, open cases.

Every type is a frozen dataclass with a `to_json()` that gives plain dicts and lists (str, int, float,
None) in a fixed order; `schemas/aggregat.schema.json` describes the result. Labels are Swedish and
ready to show; keys and ids are stable and safe to link to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TypeAlias

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

    def to_json(self) -> Json:
        data: Json = {"key": self.key, "label": self.label, "values": list(self.values)}
        if self.section:
            data["section"] = self.section
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
    """`antal`, `dagar` or `procent` (one decimal)."""
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
class ControlChart:
    """An XmR chart (NHS "Making Data Count"): centre line, process limits and the signals.

    The signals are lists of point indexes: `outside` the limits; `shift`, every point of a run of 7 or
    more on one side of the mean; `trend`, every point of a run of 6 or more increases or decreases.
    """

    mean: float
    average_moving_range: float
    upper: float
    lower: float
    outside: tuple[int, ...]
    shift: tuple[int, ...]
    trend: tuple[int, ...]

    @property
    def signals(self) -> tuple[int, ...]:
        """Every point that is part of some signal, in order."""
        return tuple(sorted({*self.outside, *self.shift, *self.trend}))

    def to_json(self) -> Json:
        return {
            "mean": round(self.mean, SPC_DECIMALS),
            "average_moving_range": round(self.average_moving_range, SPC_DECIMALS),
            "upper": round(self.upper, SPC_DECIMALS),
            "lower": round(self.lower, SPC_DECIMALS),
            "outside": list(self.outside),
            "shift": list(self.shift),
            "trend": list(self.trend),
        }


@dataclass(frozen=True, slots=True)
class Series:
    """Counts per month (ÅÅÅÅ-MM, gapless), with the control chart and a one-sentence verdict."""

    id: str
    title: str
    months: tuple[str, ...]
    values: tuple[int, ...]
    chart: ControlChart | None
    """None with fewer than two months."""
    verdict_code: str
    """The code of `verdict` in the messages table: `spc-too-few`, `spc-rare`, `spc-no-signal`,
    `spc-earlier-signal`, `spc-signal-high`, `spc-signal-low` or `spc-signal-change`."""
    verdict: str

    def to_json(self) -> Json:
        return {
            "id": self.id,
            "title": self.title,
            "months": list(self.months),
            "values": list(self.values),
            "chart": self.chart.to_json() if self.chart else None,
            "verdict_code": self.verdict_code,
            "verdict": self.verdict,
        }


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
