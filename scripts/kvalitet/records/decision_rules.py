"""Rules for ej verkställda beslut that a JSON Schema cannot express (kvalitet.records.decision_dates).

For every record: `återupptagen` only with `avbrott`, and `avbrott` not with `verkställd` (both fields
are new in postformat 2, so no older record has them). For records of postformat 2 only
(`recordformat.strict`), since they refuse what version 1 accepted: the insats must be given under the
record's lagrum (its `lagrum` in kategorier.yaml), the case is registered when the three months have
passed, it is not verkställd (or resumed) within them, no quarter reported to IVO ends before the
decision or before the three months, and none begins after the day it was verkställd, resumed or
closed (IVO is told in the report of that quarter, 16 kap. 6 h § SoL, 28 h § LSS; a later report is
of a case that no longer exists). `missing_reports` needs the cut-off date, so the build and
`kvalitet validera` run it with theirs (never the clock): every closed quarter while the decision
stayed unverkställt must be reported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from kvalitet.messages import say
from kvalitet.records.dates import parse_date
from kvalitet.records.decision_dates import DecisionDates, Quarter, decision_dates
from kvalitet.records.load import Document, Where
from kvalitet.records.problems import Problem
from kvalitet.records.recordformat import strict
from kvalitet.records.reference import Reference

TYP = "ej_verkställt_beslut"


def check_decision(doc: Document, reference: Reference) -> Iterator[Problem]:
    """Every problem with the dates, law and IVO quarters of an ej verkställt beslut."""
    data = doc.data
    if data.get("typ") != TYP:
        return
    if "återupptagen" in data and "avbrott" not in data:
        yield Problem.at(doc.file, doc.position(("återupptagen",)), "rule-evb-resumed-without-interruption")
    if "avbrott" in data and "verkställd" in data:
        yield Problem.at(doc.file, doc.position(("avbrott",)), "rule-evb-interruption-and-executed")
    if not strict(data):
        return
    yield from _law(doc, reference)
    dates = decision_dates(data)
    if dates is not None:
        yield from _three_months(doc, dates)
        yield from _reported(doc, dates)


def _law(doc: Document, reference: Reference) -> Iterator[Problem]:
    insats, law = doc.data.get("insats"), doc.data.get("lagrum")
    entry = reference.categories.get("insats", {}).get(insats) if isinstance(insats, str) else None
    if entry is None or not entry.group or not isinstance(law, str):
        return  # an unknown insats is reported by the rules for every record
    laws = entry.group.split("/")
    if law not in laws:
        fields = {"insats": entry.id, "name": entry.name, "laws": " eller ".join(laws), "law": law}
        yield Problem.at(doc.file, doc.position(("insats",)), "rule-evb-insats-law", **fields)


def _start(dates: DecisionDates) -> dict[str, str]:
    word = say("evb-from-interruption" if dates.interrupted else "evb-from-decision")
    return {"start": word, "start_date": dates.start.isoformat(), "date": dates.three_months.isoformat()}


def _three_months(doc: Document, dates: DecisionDates) -> Iterator[Problem]:
    value = doc.data.get("registrerad")
    day = parse_date(value) if isinstance(value, str) else None
    if day is not None and day < dates.three_months:
        fields = {"registered": day.isoformat(), **_start(dates)}
        yield Problem.at(doc.file, doc.position(("registrerad",)), "rule-evb-registered-early", **fields)
    if dates.end is None or dates.end > dates.three_months:
        return
    limit = dates.three_months.isoformat()
    if dates.interrupted and "återupptagen" in doc.data:
        fields = {"resumed": dates.end.isoformat(), "interrupted": dates.start.isoformat(), "date": limit}
        yield Problem.at(doc.file, doc.position(("återupptagen",)), "rule-evb-resumed-in-time", **fields)
    elif not dates.interrupted and "verkställd" in doc.data:
        fields = {"executed": dates.end.isoformat(), "decided": dates.decided.isoformat(), "date": limit}
        yield Problem.at(doc.file, doc.position(("verkställd",)), "rule-evb-executed-in-time", **fields)


def _reported(doc: Document, dates: DecisionDates) -> Iterator[Problem]:
    value = doc.data.get("rapporterad_ivo")
    for index, item in enumerate(value if isinstance(value, list) else []):
        quarter = Quarter.parse(item)
        if quarter is None:
            continue  # the schema reports it
        where: Where = ("rapporterad_ivo", index)
        fields = {"quarter": str(quarter), "end": quarter.end.isoformat()}
        if quarter.end < dates.decided:
            fields["decided"] = dates.decided.isoformat()
            yield Problem.at(doc.file, doc.position(where), "rule-evb-reported-before-decision", **fields)
        elif quarter.end < dates.three_months:
            start = _start(dates)
            fields |= {"start": start["start"], "date": start["date"]}
            yield Problem.at(doc.file, doc.position(where), "rule-evb-reported-early", **fields)
        elif dates.end is not None and quarter.start > dates.end:
            fields = {
                "quarter": str(quarter),
                "start": quarter.start.isoformat(),
                **_ended(doc, dates, dates.end),
            }
            yield Problem.at(doc.file, doc.position(where), "rule-evb-reported-after-end", **fields)


def _ended(doc: Document, dates: DecisionDates, end: dt.date) -> dict[str, str]:
    """How the case ended (verkställd, återupptagen, or else avslutad), on which day, in which quarter."""
    field = "återupptagen" if dates.interrupted else "verkställd"
    value = doc.data.get(field)
    if isinstance(value, str) and parse_date(value) == end:
        word = "evb-ended-resumed" if dates.interrupted else "evb-ended-executed"
    else:
        word = "evb-ended-closed"
    return {"ended": say(word), "date": end.isoformat(), "last": str(Quarter.of(end))}


def unreported(doc: Document, as_of: dt.date) -> list[Quarter]:
    """The closed quarters before `as_of` that the decision was due for and not reported for."""
    dates = decision_dates(doc.data)
    if dates is None:
        return []
    value = doc.data.get("rapporterad_ivo")
    reported = {Quarter.parse(item) for item in value} if isinstance(value, list) else set()
    return [quarter for quarter in dates.due_quarters(as_of) if quarter not in reported]


def missing_reports(docs: Iterable[Document], as_of: dt.date) -> list[Problem]:
    """A problem for each valid ej verkställt beslut of postformat 2 (registered by `as_of`) that
    lacks a report to IVO for a quarter that ended before `as_of` while it stayed unverkställt."""
    problems: list[Problem] = []
    for doc in docs:
        registered = doc.data.get("registrerad")
        if doc.data.get("typ") != TYP or not strict(doc.data):
            continue
        if not isinstance(registered, str) or registered > as_of.isoformat():
            continue
        missing = unreported(doc, as_of)
        if not missing:
            continue
        where: Where = ("rapporterad_ivo",) if "rapporterad_ivo" in doc.data else ("beslutsdatum",)
        value = doc.data.get("rapporterad_ivo")
        reported = {Quarter.parse(item) for item in value} if isinstance(value, list) else set()
        every = sorted({*missing, *(quarter for quarter in reported if quarter is not None)})
        fields = {
            "quarters": ", ".join(str(quarter) for quarter in missing),
            "date": as_of.isoformat(),
            "example": ", ".join(str(quarter) for quarter in every),
        }
        problems.append(Problem.at(doc.file, doc.position(where), "rule-evb-missing-report", **fields))
    return sorted(problems)
