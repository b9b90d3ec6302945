"""The assessments recorded on a case, as tables of the kinds they belong to.

- Personuppgiftsincidenter: the assessment of whether to report to IMY (`imy_bedömning`): anmäld,
  bedömd ej anmälningspliktig, or no assessment recorded. An assessment dated after the cut-off date
  counts as not yet made.
- Lex Sarah anmälda till IVO: whether IVO asked for komplettering (`ivo_komplettering`), and whether
  every komplettering asked for was sent by the cut-off date.

Every table counts cases by the year they were registered, with the year's total.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kvalitet.aggregate.context import Context, group_label, per_year, slug, tally, year_table
from kvalitet.aggregate.model import Table
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.dates import parse_date

IMY_OUTCOMES = ("anmäld", "ej_anmälningspliktig")
NOT_ASSESSED = "ingen_bedömning"
ASKED_SENT, ASKED_WAITING, NOT_ASKED = "begärd_skickad", "begärd_ej_skickad", "ej_begärd"


def _imy_outcome(context: Context, case: Case) -> str:
    assessment = case.data.get("imy_bedömning")
    if isinstance(assessment, dict) and context.done(case.date("imy_bedömning", "datum")):
        return str(assessment.get("utfall"))
    return NOT_ASSESSED


def imy_assessment_table(context: Context, group: str, cases: Sequence[Case]) -> Table:
    """Personuppgiftsincidenter per the assessment of whether they were to be reported to IMY."""
    return year_table(
        context,
        id=f"{slug(group)}-imy-bedomning-per-ar",
        title=say("title-imy-assessment", group=group_label(group)),
        row_heading=say("heading-imy-assessment"),
        rows=[
            *((key, say(f"label-imy-assessment-{slug(key)}")) for key in IMY_OUTCOMES),
            (NOT_ASSESSED, say("label-imy-assessment-none")),
        ],
        counts=tally(context, cases, lambda case: (_imy_outcome(context, case),)),
        total=per_year(context, cases),
        notes=(say("note-imy-assessment"),),
    )


def _completion(context: Context, case: Case) -> str:
    requests = [
        request
        for request in case.data.get("ivo_komplettering") or ()
        if isinstance(request, dict) and context.done(_day(request.get("begärd")))
    ]
    if not requests:
        return NOT_ASKED
    sent = all(context.done(_day(request.get("skickad"))) for request in requests)
    return ASKED_SENT if sent else ASKED_WAITING


def _day(value: object) -> dt.date | None:
    return parse_date(value) if isinstance(value, str) else None


def completion_table(context: Context, group: str, reported: Sequence[Case]) -> Table:
    """The lex Sarah anmälda till IVO per whether IVO asked for komplettering and it was sent."""
    return year_table(
        context,
        id=f"{slug(group)}-ivo-komplettering-per-ar",
        title=say("title-ivo-completion", group=group_label(group)),
        row_heading=say("heading-ivo-completion"),
        rows=[
            (ASKED_SENT, say("label-completion-sent")),
            (ASKED_WAITING, say("label-completion-waiting")),
            (NOT_ASKED, say("label-completion-none")),
        ],
        counts=tally(context, reported, lambda case: (_completion(context, case),)),
        total=per_year(context, reported),
        notes=(say("note-ivo-completion"),),
    )
