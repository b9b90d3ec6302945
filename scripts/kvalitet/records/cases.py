"""Validated records as typed cases: the input of every aggregation.

A `Case` holds what every kind has, typed (dates as dates), and the whole record in `data` for the
fields of its own kind. Cases are made only from records that passed validation, so the fields the
schemas require are there and well-formed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kvalitet.records.dates import parse_date, parse_moment
from kvalitet.records.load import Document

ID_PREFIXES: dict[str, str] = {
    "avvikelse": "AVV",
    "klagomål": "KLA",
    "synpunkt": "SYN",
    "lex_sarah": "LXS",
    "personuppgiftsincident": "PUI",
    "lex_maja": "LXM",
    "ej_verkställt_beslut": "EVB",
}
"""The id prefix of each typ (AVV-2024-0012). The schemas' id patterns say the same (a test checks)."""

GROUPS: tuple[str, ...] = (
    "avvikelse-sol-lss",
    "avvikelse-hsl",
    "avvikelse-samverkan",
    "klagomål",
    "synpunkt",
    "lex_sarah",
    "personuppgiftsincident",
    "lex_maja",
    "ej_verkställt_beslut",
)
"""Every case belongs to exactly one group. Avvikelser are split three ways, as the reports do: those in
co-operation with the region (samverkan), else by law: SoL and LSS together, HSL apart."""


@dataclass(frozen=True, slots=True)
class Case:
    """One validated record."""

    id: str
    typ: str
    group: str
    registered: dt.date
    status: str
    closed: dt.date | None
    unit: str | None
    categories: tuple[str, ...]
    gender: str | None
    data: Mapping[str, Any]

    @property
    def year(self) -> int:
        return self.registered.year

    @property
    def month(self) -> str:
        """ÅÅÅÅ-MM of the registered date."""
        return self.registered.isoformat()[:7]

    @property
    def risk(self) -> int | None:
        """The riskvärde (allvarlighetsgrad × sannolikhet), when the case has a risk assessment."""
        risk = self.data.get("risk")
        if not isinstance(risk, dict):
            return None
        return int(risk["allvarlighetsgrad"]) * int(risk["sannolikhet"])

    def date(self, *where: str) -> dt.date | None:
        """A date field of the record, e.g. case.date("utredning", "påbörjad"); None when absent."""
        value: Any = self.data
        for part in where:
            value = value.get(part) if isinstance(value, dict) else None
        return parse_date(value) if isinstance(value, str) else None

    def moment(self, name: str) -> dt.datetime | None:
        """A date-and-time field (upptäckt, anmäld_imy); None when absent. A field that may hold a date
        alone (upptäckt) gives the start of that day (see `timed`)."""
        value = self.data.get(name)
        return parse_moment(value) if isinstance(value, str) else None

    def timed(self, name: str) -> bool:
        """Whether the moment field `name` gives a clock time, not only the day."""
        value = self.data.get(name)
        return isinstance(value, str) and parse_date(value) is None

    def status_on(self, day: dt.date) -> str | None:
        """The status on `day` (None if not yet registered), derived from the record's dates.

        Closed on or before `day`: 'avslutad'. Otherwise the investigation dates tell: ended by `day`
        gives 'åtgärder_pågår', begun gives 'under_utredning'. Without them, a case that is still
        open keeps its present status, and one closed after `day` counts as 'registrerad'.
        """
        if day < self.registered:
            return None
        if self.closed is not None and self.closed <= day:
            return "avslutad"
        ended, begun = self.date("utredning", "avslutad"), self.date("utredning", "påbörjad")
        if ended is not None and ended <= day:
            return "åtgärder_pågår"
        if begun is not None and begun <= day:
            return "under_utredning"
        if self.closed is None and begun is None:
            return self.status
        return "registrerad"


def group_of(data: Mapping[str, Any]) -> str:
    typ = str(data["typ"])
    if typ != "avvikelse":
        return typ
    if "samverkan" in data:
        return "avvikelse-samverkan"
    return "avvikelse-hsl" if data.get("lagrum") == "HSL" else "avvikelse-sol-lss"


def to_case(doc: Document) -> Case:
    data = doc.data
    registered = parse_date(data["registrerad"])
    assert registered is not None, "only validated records become cases"
    closed = data.get("avslutad")
    return Case(
        id=data["id"],
        typ=data["typ"],
        group=group_of(data),
        registered=registered,
        status=data["status"],
        closed=parse_date(closed) if isinstance(closed, str) else None,
        unit=data.get("enhet"),
        categories=tuple(data.get("kategorier") or ()),
        gender=data.get("kön"),
        data=data,
    )


def to_cases(docs: Iterable[Document]) -> list[Case]:
    """Cases in a stable order: by registered date, then id."""
    return sorted((to_case(doc) for doc in docs), key=lambda case: (case.registered, case.id))
