"""Tables only some kinds have: lex Sarah, personuppgiftsincidenter and lex Maja.

Every table counts cases by the year they were registered, and an event dated after the cut-off date
(anmäld till IVO or IMY, IVO:s beslut) counts as not yet happened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kvalitet.aggregate.assessments import completion_table, imy_assessment_table
from kvalitet.aggregate.context import Context, group_label, per_year, slug, tally, year_table
from kvalitet.aggregate.model import Table
from kvalitet.messages import say
from kvalitet.records.cases import Case

ASSESSMENTS = (
    "inget_missförhållande",
    "påtaglig_risk_för_missförhållande",
    "missförhållande",
    "påtaglig_risk_för_allvarligt_missförhållande",
    "allvarligt_missförhållande",
)
OUTCOMES = ("avslutat_utan_åtgärd", "kritik", "annat")
NOT_ASSESSED, REPORTED, NOT_REPORTED, NO_DECISION = "ej_bedömd", "anmäld", "ej_anmäld", "inget_beslut"
IMY_HOURS = 72
WITHIN, LATER = "inom_72_timmar", "efter_72_timmar"
YES, NO, NOT_GIVEN = "ja", "nej", "ej_angivet"
RECIPIENTS = ("länsstyrelsen", "polisen")


def _ivo_report(context: Context, case: Case) -> dt.date | None:
    day = case.date("anmäld_ivo")
    return day if context.done(day) else None


def _reported(context: Context, case: Case) -> str:
    return NOT_REPORTED if _ivo_report(context, case) is None else REPORTED


def lex_sarah_tables(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    """Bedömning per year, anmälda till IVO per year, and IVO:s beslut for the anmälda."""
    base = slug(group)
    label = group_label(group)
    reported = [case for case in cases if _ivo_report(context, case) is not None]

    def outcome(case: Case) -> tuple[str]:
        decision = case.data.get("ivo_beslut")
        if isinstance(decision, dict) and context.done(case.date("ivo_beslut", "datum")):
            return (str(decision["utfall"]),)
        return (NO_DECISION,)

    return (
        year_table(
            context,
            id=f"{base}-bedomning-per-ar",
            title=say("title-assessment", group=label),
            row_heading=say("heading-assessment"),
            rows=[
                *((key, say("assessment-" + slug(key))) for key in ASSESSMENTS),
                (NOT_ASSESSED, say("label-not-assessed")),
            ],
            counts=tally(context, cases, lambda case: (str(case.data.get("bedömning", NOT_ASSESSED)),)),
            total=per_year(context, cases),
        ),
        year_table(
            context,
            id=f"{base}-ivo-per-ar",
            title=say("title-ivo", group=label),
            row_heading=say("heading-report"),
            rows=[(REPORTED, say("label-reported-ivo")), (NOT_REPORTED, say("label-not-reported"))],
            counts=tally(context, cases, lambda case: (_reported(context, case),)),
            total=per_year(context, cases),
        ),
        year_table(
            context,
            id=f"{base}-ivo-beslut-per-ar",
            title=say("title-ivo-decision", group=label),
            row_heading=say("heading-outcome"),
            rows=[
                *((key, say("outcome-" + slug(key))) for key in OUTCOMES),
                (NO_DECISION, say("label-no-decision")),
            ],
            counts=tally(context, reported, outcome),
            total=per_year(context, reported),
            notes=(say("note-ivo-decision"),),
        ),
        completion_table(context, group, reported),
    )


def _imy(context: Context, case: Case) -> str:
    reported, found = case.moment("anmäld_imy"), case.moment("upptäckt")
    if reported is None or not context.done(reported.date()):
        return NOT_REPORTED
    if found is not None and reported - found > dt.timedelta(hours=IMY_HOURS):
        return LATER
    return WITHIN


def _plan(case: Case) -> str:
    plan = case.data.get("handlingsplan")
    return NOT_GIVEN if plan is None else YES if plan else NO


def incident_tables(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    """Anmälda till IMY within 72 hours of upptäckt, later, or not; the assessment of whether to
    report; handlingsplan yes or no. An upptäckt known only to the day counts from the day's start,
    and the IMY table says so when a case has one."""
    base = slug(group)
    label = group_label(group)
    untimed = any(case.data.get("upptäckt") and not case.timed("upptäckt") for case in cases)
    assumed = (say("note-imy-untimed", hours=IMY_HOURS),) if untimed else ()
    return (
        year_table(
            context,
            id=f"{base}-imy-per-ar",
            title=say("title-imy", group=label),
            row_heading=say("heading-report"),
            rows=[
                (WITHIN, say("label-imy-within", hours=IMY_HOURS)),
                (LATER, say("label-imy-later", hours=IMY_HOURS)),
                (NOT_REPORTED, say("label-not-reported")),
            ],
            counts=tally(context, cases, lambda case: (_imy(context, case),)),
            total=per_year(context, cases),
            notes=(say("note-imy", hours=IMY_HOURS), *assumed),
        ),
        imy_assessment_table(context, group, cases),
        year_table(
            context,
            id=f"{base}-handlingsplan-per-ar",
            title=say("title-action-plan", group=label),
            row_heading=say("heading-action-plan"),
            rows=[(YES, say("label-yes")), (NO, say("label-no")), (NOT_GIVEN, say("label-not-given"))],
            counts=tally(context, cases, lambda case: (_plan(case),)),
            total=per_year(context, cases),
        ),
    )


def lex_maja_tables(context: Context, group: str, cases: Sequence[Case]) -> tuple[Table, ...]:
    """Lex Maja per year and whom it was reported to."""
    return (
        year_table(
            context,
            id=f"{slug(group)}-anmald-till-per-ar",
            title=say("title-reported-to", group=group_label(group)),
            row_heading=say("heading-reported-to"),
            rows=[(key, say("recipient-" + slug(key))) for key in RECIPIENTS],
            counts=tally(context, cases, lambda case: (str(case.data["anmäld_till"]),)),
            total=per_year(context, cases),
        ),
    )
