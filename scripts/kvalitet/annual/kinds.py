"""The sentences that only one kind of case has: risk, skada, direction, lex Sarah's assessment, IMY,
the law of ej verkställda beslut, and the most common categories or reasons.

Each sentence has one number style (`words.style`); a part is introduced with "varav" only when it is
smaller than the whole, and a whole that is all one part says so ("samtliga").
"""

from __future__ import annotations

from kvalitet.aggregate import GroupAggregates, Table
from kvalitet.annual.model import count_of
from kvalitet.annual.words import listing, style
from kvalitet.messages import say
from kvalitet.swedish import number

SERIOUS = ("missförhållande", "allvarligt_missförhållande")
RISK = ("påtaglig_risk_för_missförhållande", "påtaglig_risk_för_allvarligt_missförhållande")


def specific(group: GroupAggregates, marker: str) -> Table | None:
    return next((table for table in group.specific if table.id.endswith(marker)), None)


def lower(label: str) -> str:
    """A label inside a sentence: "Bristande rutiner" → "bristande rutiner"; "IVO" stays."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def top(table: Table | None, column: str, limit: int = 3, code: str = "report-top-categories") -> str:
    if table is None:
        return ""
    ranked = sorted(
        ((count_of(table, row.key, column), index, row.label) for index, row in enumerate(table.rows)),
        key=lambda item: (-item[0], item[1]),
    )
    items = [f"{lower(label)} ({number(n)})" for n, _, label in ranked[:limit] if n > 0]
    if not items:
        return ""
    return say(code + ("-one" if len(items) == 1 else ""), items=listing(items))


def risk(group: GroupAggregates, year: str, cases: int, limit: int, limits: str = "") -> str:
    """How many of the risk-assessed avvikelser were above the limit; `limits` describes the limits
    in force when the riskgräns changed during the year (each case against its own)."""
    table = specific(group, "-riskvarde-per-ar")
    if table is None or not cases:
        return ""
    assessed = cases - count_of(table, "ej_bedömd", year)
    if assessed == 0:
        return say("report-risk-unassessed")
    over = count_of(table, "över_gränsen", year)
    numbers = style(assessed, over, limit, compare=True)
    if limits and over == 0:
        return say("analysis-risk-none-dated", assessed=numbers.amount(assessed), limits=limits)
    if limits:
        return say(
            "analysis-risk-dated", assessed=numbers.amount(assessed), over=numbers.amount(over), limits=limits
        )
    if over == 0:
        return say("analysis-risk-none", assessed=numbers.amount(assessed), limit=limit)
    return say("analysis-risk", assessed=numbers.amount(assessed), over=numbers.amount(over), limit=limit)


def harm(group: GroupAggregates, year: str) -> str:
    table = specific(group, "-skada-per-ar")
    if table is None:
        return ""
    light, severe = count_of(table, "lindrig", year), count_of(table, "allvarlig", year)
    harmed = light + severe
    if harmed == 0:
        return say("analysis-harm-none")
    if harmed == 1:
        return say(
            "analysis-harm-one", adjective=say("analysis-word-severe" if severe else "analysis-word-light")
        )
    numbers = style(harmed, severe)
    count = numbers.amount(harmed)
    if severe == harmed:
        return say("analysis-harm-all-severe", count=count)
    return say(
        "analysis-harm",
        count=count,
        severe=numbers.amount(severe),
        adjective="allvarlig" if severe <= 1 else "allvarliga",
    )


def direction(group: GroupAggregates, year: str) -> str:
    table = specific(group, "-riktning-per-ar")
    if table is None:
        return ""
    incoming, outgoing = count_of(table, "inkommande", year), count_of(table, "utgående", year)
    numbers = style(incoming, outgoing)
    return say("report-direction", incoming=numbers.amount(incoming), outgoing=numbers.amount(outgoing))


def lex_sarah(group: GroupAggregates, year: str) -> list[str]:
    assessment = specific(group, "-bedomning-per-ar")
    ivo = specific(group, "-ivo-per-ar")
    serious = sum(count_of(assessment, key, year) for key in SERIOUS) if assessment else 0
    risky = sum(count_of(assessment, key, year) for key in RISK) if assessment else 0
    reported = count_of(ivo, "anmäld", year) if ivo else 0
    numbers = style(serious, risky)
    return [
        say("report-lex-sarah-assessed", serious=numbers.amount(serious), risk=numbers.amount(risky)),
        say("report-lex-sarah-ivo", reported=style(reported).amount(reported)),
    ]


def incidents(group: GroupAggregates, year: str) -> list[str]:
    imy = specific(group, "-imy-per-ar")
    if imy is None:
        return []
    within, later = count_of(imy, "inom_72_timmar", year), count_of(imy, "efter_72_timmar", year)
    reported = within + later
    if reported == 0:
        return [say("report-incidents-imy-none")]
    if reported == 1:
        return [say("analysis-imy-one", when=say("analysis-imy-within" if within else "analysis-imy-later"))]
    numbers = style(reported, within)
    if within == reported:
        return [say("analysis-imy-all", reported=numbers.amount(reported))]
    return [say("analysis-imy", reported=numbers.amount(reported), within=numbers.amount(within))]


def decisions(group: GroupAggregates, year: str) -> list[str]:
    law = specific(group, "-lagrum-per-ar")
    reasons = specific(group, "-skal-per-ar")
    text = []
    if law is not None:
        sol, lss = count_of(law, "SoL", year), count_of(law, "LSS", year)
        numbers = style(sol, lss)
        text.append(
            say(
                "report-decisions-law",
                sol=numbers.amount(sol, neuter=True),
                lss=numbers.amount(lss, neuter=True),
            )
        )
    if reasons is not None:
        text.append(top(reasons, year, limit=2, code="report-top-reasons"))
    return text
