"""The generated sections of a report, each with prose that compares the period with the two before.

Every number in the prose is read from the same tables that the sections show, so text and tables
cannot disagree. The texts are in messages/report.py; counts go through `words` ("inga avvikelser",
"en avvikelse", "två avvikelser").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from kvalitet.aggregate import GroupAggregates, Table
from kvalitet.annual.model import Chart, ReportData, Section, count_of, pick, value
from kvalitet.annual.periods import YEAR
from kvalitet.annual.words import NOUNS, amount, capitalize, count, listing, percent
from kvalitet.messages import say
from kvalitet.render import charts
from kvalitet.render.findings import risk_finding
from kvalitet.render.page import chart_text
from kvalitet.swedish import long_date, number

STATUS_ORDER = ("avslutad", "åtgärder_pågår", "under_utredning", "registrerad")


def _comparison(data: ReportData, values: dict[str, int]) -> str:
    """ ", jämfört med 40 år 2023 och 37 år 2022" (or "samma period 2023"), or "" without earlier years."""
    earlier = [column for column in data.columns() if column != str(data.period.year)]
    if not earlier:
        return ""
    code = "report-compare-year" if data.period.kind == "år" else "report-compare-period"
    parts = [say(code, count=number(values[column]), year=column) for column in reversed(earlier)]
    return say("report-compared-with", parts=listing(parts))


def _counts(data: ReportData, table: Table, key: str) -> dict[str, int]:
    return {column: count_of(table, key, column) for column in data.columns()}


def _status_sentence(data: ReportData, status: Table, column: str) -> str:
    total = sum(count_of(status, key, column) for key in STATUS_ORDER)
    if total == 0:
        return ""
    closed = count_of(status, "avslutad", column)
    date = long_date(data.follow_up)
    if closed == total:
        return say("report-status-all-closed", date=date)
    clauses = []
    for key in STATUS_ORDER:
        n = count_of(status, key, column)
        if n:
            form = "1" if n == 1 else "n"
            clauses.append(say(f"report-status-{key}-{form}", count=count(n, NOUNS["ärende"])))
    return say("report-status", date=date, clauses=listing(clauses))


def _lower(label: str) -> str:
    """A label inside a sentence: "Bristande rutiner" → "bristande rutiner"; "IVO" stays."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _top(table: Table | None, column: str, limit: int = 3, code: str = "report-top-categories") -> str:
    if table is None:
        return ""
    ranked = sorted(
        ((count_of(table, row.key, column), index, row.label) for index, row in enumerate(table.rows)),
        key=lambda item: (-item[0], item[1]),
    )
    top = [f"{_lower(label)} ({number(n)})" for n, _, label in ranked[:limit] if n > 0]
    if not top:
        return ""
    return say(code + ("-one" if len(top) == 1 else ""), items=listing(top))


def _variation(data: ReportData, group: GroupAggregates) -> str:
    """The verdict of the group's control chart, in a whole-year report (a delårsrapport counts only
    the months of its window in each year, which is no series of months)."""
    series = group.monthly
    if data.period.kind != YEAR or series.chart is None:
        return ""
    year, month = series.last_month.split("-")
    code = "report-variation" if series.by_month else "report-variation-between"
    return say(code, month=f"{say(f'month-{int(month)}')} {year}", verdict=series.verdict)


def _specific(group: GroupAggregates, marker: str) -> Table | None:
    return next((table for table in group.specific if table.id.endswith(marker)), None)


def deviations(data: ReportData, group_name: str, key: str) -> Section:
    group = data.aggregates.group(group_name)
    year = str(data.period.year)
    counts = _counts(data, group.counts, "antal")
    noun = NOUNS["avvikelse"]
    text = [
        say(
            "report-deviations",
            period=data.period.label(),
            count=count(counts[year], noun),
            law=say(f"report-law-{key}"),
            comparison=_comparison(data, counts),
        )
    ]
    text.append(_status_sentence(data, group.status, year))
    text.append(_top(group.categories, year))
    risk = _specific(group, "-riskvarde-per-ar")
    if risk is not None and counts[year]:
        over = count_of(risk, "över_gränsen", year)
        limit = data.aggregates.risk_limit
        if count_of(risk, "ej_bedömd", year) == counts[year]:
            text.append(say("report-risk-unassessed"))
        elif over:
            text.append(say("report-risk", count=capitalize(count(over, noun)), limit=limit))
        else:
            text.append(say("report-risk-none", limit=limit))
    harm = _specific(group, "-skada-per-ar")
    if harm is not None and counts[year]:
        light, severe = count_of(harm, "lindrig", year), count_of(harm, "allvarlig", year)
        text.append(
            say(
                "report-harm",
                count=capitalize(count(light + severe, noun)),
                severe=amount(severe),
                adjective="allvarlig" if severe <= 1 else "allvarliga",
            )
        )
    direction = _specific(group, "-riktning-per-ar")
    if direction is not None and counts[year]:
        text.append(
            say(
                "report-direction",
                incoming=capitalize(amount(count_of(direction, "inkommande", year))),
                outgoing=amount(count_of(direction, "utgående", year)),
            )
        )
    text.append(_variation(data, group))
    columns = data.columns()
    tables = [pick(group.units, columns, data, suffix=f"{key}-enheter", rows=False)]
    if group.categories is not None:
        tables.insert(0, pick(group.categories, data.columns(4), data, suffix=f"{key}-kategorier"))
    tables.append(pick(group.status, [year], data, suffix=f"{key}-status"))
    tables += [
        pick(table, columns, data, suffix=f"{key}-{table.id.split('-')[-3]}")
        for table in (harm, direction)
        if table
    ]
    matrix = _specific(group, f"-riskmatris-{year}")
    if matrix is not None:
        matrix = dataclasses.replace(matrix, id=f"berattelse-{data.period.id}-{key}-riskmatris")
    chart = None
    assessed = matrix is not None and matrix.total is not None and any(matrix.total.values)
    if matrix is not None and data.period.kind == "år" and assessed:
        chart = Chart(
            f"berattelse-{data.period.id}-{key}-riskmatris",
            charts.heatmap(chart_text(matrix)),
            say("page-chart-risk", title=matrix.title),
            risk_finding(matrix, data.aggregates.risk_limit),
            matrix,
        )
    return Section(
        key, say(f"report-section-{key}"), tuple(part for part in text if part), tuple(tables), chart
    )


def feedback(data: ReportData) -> Section:
    complaints = data.aggregates.group("klagomål")
    views = data.aggregates.group("synpunkt")
    year = str(data.period.year)
    k, s = _counts(data, complaints.counts, "antal"), _counts(data, views.counts, "antal")
    total = {column: k[column] + s[column] for column in k}
    text = [
        say(
            "report-feedback",
            period=data.period.label(),
            complaints=count(k[year], NOUNS["klagomål"]),
            views=count(s[year], NOUNS["synpunkt"]),
            total=number(total[year]),
            comparison=_comparison(data, total),
        )
    ]
    for group, name in ((complaints, "klagomål"), (views, "synpunkt")):
        n = k[year] if name == "klagomål" else s[year]
        answered = next(
            (table for table in group.feedback if table.id.endswith("-aterkoppling-per-ar")), None
        )
        if n and answered is not None:
            with_answer = count_of(answered, "med", year)
            has_median = any(row.key == "återkoppling" for row in group.handling.rows)
            median = value(group.handling, "återkoppling", year) if has_median else None
            days = say("report-feedback-days", days=number(median)) if median is not None else ""
            text.append(
                say(
                    "report-feedback-answered",
                    count=amount(with_answer, neuter=name == "klagomål"),
                    of=count(n, NOUNS[name]),
                    share=percent(with_answer, n),
                    days=days,
                )
            )
    columns = data.columns()
    tables = [
        pick(
            data.aggregates.combined_feedback,
            data.columns(4),
            data,
            suffix="synpunkter-och-klagomal-kategorier",
        ),
        pick(complaints.units, columns, data, suffix="klagomal-enheter", rows=False),
        pick(views.units, columns, data, suffix="synpunkter-enheter", rows=False),
    ]
    tables += [
        pick(table, columns, data, suffix=table.id.removesuffix("-per-ar"))
        for table in (*complaints.feedback, *views.feedback)
    ]
    combined = tables[0]
    chart = (
        Chart(
            f"berattelse-{data.period.id}-synpunkter-och-klagomal",
            charts.latest_years_bars(chart_text(combined)),
            say("page-chart-categories", title=combined.title),
            _top(data.aggregates.combined_feedback, year) or combined.title,
            combined,
        )
        if total[year]
        else None
    )
    return Section(
        "synpunkter-och-klagomal",
        say("report-section-synpunkter-och-klagomal"),
        tuple(text),
        tuple(tables),
        chart,
    )


def _simple(
    data: ReportData, group_name: str, key: str, extra: Callable[[GroupAggregates, str], list[str]]
) -> Section:
    group = data.aggregates.group(group_name)
    year = str(data.period.year)
    counts = _counts(data, group.counts, "antal")
    text = [
        say(
            f"report-{key}",
            period=data.period.label(),
            count=count(counts[year], NOUNS[group_name]),
            comparison=_comparison(data, counts),
        )
    ]
    if counts[year]:
        text += extra(group, year)
        text.append(_status_sentence(data, group.status, year))
    text.append(_variation(data, group))
    columns = data.columns()
    tables = [pick(table, columns, data, suffix=table.id.removesuffix("-per-ar")) for table in group.specific]
    tables.append(pick(group.status, [year], data, suffix=f"{key}-status"))
    return Section(key, say(f"report-section-{key}"), tuple(part for part in text if part), tuple(tables))


def _lex_sarah(group: GroupAggregates, year: str) -> list[str]:
    assessment = _specific(group, "-bedomning-per-ar")
    ivo = _specific(group, "-ivo-per-ar")
    serious = (
        sum(count_of(assessment, key, year) for key in ("missförhållande", "allvarligt_missförhållande"))
        if assessment
        else 0
    )
    risk = (
        sum(
            count_of(assessment, key, year)
            for key in ("påtaglig_risk_för_missförhållande", "påtaglig_risk_för_allvarligt_missförhållande")
        )
        if assessment
        else 0
    )
    reported = count_of(ivo, "anmäld", year) if ivo else 0
    return [
        say(
            "report-lex-sarah-assessed",
            serious=capitalize(amount(serious)),
            risk=amount(risk),
            reported=capitalize(amount(reported)),
        )
    ]


def _incidents(group: GroupAggregates, year: str) -> list[str]:
    imy = _specific(group, "-imy-per-ar")
    if imy is None:
        return []
    within, later = count_of(imy, "inom_72_timmar", year), count_of(imy, "efter_72_timmar", year)
    if within + later == 0:
        return [say("report-incidents-imy-none")]
    return [say("report-incidents-imy", reported=capitalize(amount(within + later)), within=amount(within))]


def _decisions(group: GroupAggregates, year: str) -> list[str]:
    law = _specific(group, "-lagrum-per-ar")
    reasons = _specific(group, "-skal-per-ar")
    text = []
    if law is not None:
        text.append(
            say(
                "report-decisions-law",
                sol=amount(count_of(law, "SoL", year), neuter=True),
                lss=amount(count_of(law, "LSS", year)),
            )
        )
    if reasons is not None:
        text.append(_top(reasons, year, limit=2, code="report-top-reasons"))
    return text


def sections(data: ReportData) -> dict[str, Section]:
    """Every generated section of the report, by marker name, in the report's order."""
    built = [
        feedback(data),
        deviations(data, "avvikelse-sol-lss", "avvikelser-sol-lss"),
        deviations(data, "avvikelse-hsl", "avvikelser-hsl"),
        deviations(data, "avvikelse-samverkan", "avvikelser-samverkan"),
        _simple(data, "lex_sarah", "lex-sarah", _lex_sarah),
        _simple(data, "personuppgiftsincident", "personuppgiftsincidenter", _incidents),
        _simple(data, "lex_maja", "lex-maja", lambda group, year: []),
        _simple(data, "ej_verkställt_beslut", "ej-verkstallda-beslut", _decisions),
    ]
    return {section.key: section for section in built}
