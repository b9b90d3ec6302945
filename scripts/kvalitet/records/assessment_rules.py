"""Rules for the assessments recorded on a case that a JSON Schema cannot express.

A personuppgiftsincident's `imy_bedömning` must agree with `anmäld_imy` (an incident assessed as
anmäld has the day it was reported; one assessed as not reportable has none) and cannot come before
the day the incident was discovered. Each of IVO's requests for komplettering of a lex Sarah
(`ivo_komplettering`) comes on or after the day of the report to IVO, and is sent on or after it was
requested. The fields are new in this record format, so the rules refuse nothing an older record held.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from kvalitet.records.dates import parse_date, parse_moment, plausible
from kvalitet.records.load import Document, Where
from kvalitet.records.problems import Problem
from kvalitet.records.schema_errors import field_label

REPORTED, NOT_REPORTABLE = "anmäld", "ej_anmälningspliktig"


def _day(value: Any) -> dt.date | None:
    day = parse_date(value) if isinstance(value, str) else None
    return day if day is not None and plausible(day) else None  # the schema reports one that is not


def check_assessments(doc: Document) -> list[Problem]:
    """Every problem with the IMY assessment and IVO's requests for komplettering of `doc`."""
    return [*_imy(doc), *_completions(doc)]


def _order(doc: Document, earlier: Where, first: Any, later: Where, second: Any) -> Problem:
    fields = {
        "later": field_label(later),
        "later_value": second,
        "earlier": field_label(earlier),
        "earlier_value": first,
    }
    return Problem.at(doc.file, doc.position(later), "rule-date-order", **fields)


def _imy(doc: Document) -> Iterator[Problem]:
    assessment = doc.data.get("imy_bedömning")
    if not isinstance(assessment, dict):
        return
    outcome, reported = assessment.get("utfall"), doc.data.get("anmäld_imy")
    if outcome == REPORTED and reported is None:
        yield Problem.at(doc.file, doc.position(("imy_bedömning", "utfall")), "rule-imy-reported-missing")
    if outcome == NOT_REPORTABLE and reported is not None:
        yield Problem.at(doc.file, doc.position(("anmäld_imy",)), "rule-imy-not-reportable")
    assessed = _day(assessment.get("datum"))
    found_text = doc.data.get("upptäckt")
    found = parse_moment(found_text) if isinstance(found_text, str) else None
    if assessed is not None and found is not None and assessed < found.date():
        where: Where = ("imy_bedömning", "datum")
        yield _order(doc, ("upptäckt",), found_text, where, assessment.get("datum"))


def _completions(doc: Document) -> Iterator[Problem]:
    requests = doc.data.get("ivo_komplettering")
    if not isinstance(requests, list):
        return
    report = _day(doc.data.get("anmäld_ivo"))
    for index, request in enumerate(requests):
        if not isinstance(request, dict):
            continue
        asked, sent = _day(request.get("begärd")), _day(request.get("skickad"))
        asked_at: Where = ("ivo_komplettering", index, "begärd")
        if report is not None and asked is not None and asked < report:
            yield _order(doc, ("anmäld_ivo",), doc.data["anmäld_ivo"], asked_at, request["begärd"])
        if asked is not None and sent is not None and sent < asked:
            sent_at: Where = ("ivo_komplettering", index, "skickad")
            yield _order(doc, asked_at, request["begärd"], sent_at, request["skickad"])
