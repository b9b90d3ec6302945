"""The generated sections of a report, each with prose that compares the period with the two before,
and the analysis of the kind: åtgärder, units, jämställdhet, where cases came from, the longest open.

Every number in the prose is read from the same tables that the sections show, so text and tables
cannot disagree. The texts are in messages/report.py and messages/analysis.py; every sentence has one
number style (`words.style`), and each analysis is one paragraph with its tables.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from kvalitet.aggregate import GroupAggregates, Table
from kvalitet.aggregate.causes import TABLE_SUFFIX as CAUSES
from kvalitet.aggregate.cells import SENDER_GENDER, SOURCES
from kvalitet.aggregate.context import slug
from kvalitet.annual import analysis, analysis_follow_up, analysis_units, compare, kinds
from kvalitet.annual.model import Chart, ReportData, Section, categories_chart_label, count_of, pick, value
from kvalitet.annual.periods import YEAR, ReportPeriod
from kvalitet.annual.states import status_sentence
from kvalitet.annual.words import NOUNS, percent, style
from kvalitet.messages import say
from kvalitet.records.dated import describe
from kvalitet.render import charts, risk_matrix
from kvalitet.render.page import chart_text
from kvalitet.swedish import long_date, number

Parts = tuple[list[str], list[Table]]
UNIT_GROUPS = ("avvikelse-sol-lss", "avvikelse-hsl", "avvikelse-samverkan", "klagomål", "synpunkt")
"""The groups whose units are compared (the others are too few per unit to compare)."""
NO_GENDER = "lex_maja"
"""The group whose report has no kön table."""


def published_cells(period: ReportPeriod) -> Callable[[str, str], bool]:
    """Which of the cells that suppression protects (kvalitet.aggregate.cells) a report publishes, by
    (table id, column): the kön tables (the sender's too), the kanal and avsändare tables, the orsaker
    tables and the units of `UNIT_GROUPS`, in its last three years. It publishes no avdelning, no
    unit's own table and no unit of the other kinds."""
    columns = {str(period.year - back) for back in range(3)}
    units = {f"{slug(group)}-enheter-per-ar" for group in UNIT_GROUPS}
    silent = f"{slug(NO_GENDER)}-"

    def publishes(table: str, column: str) -> bool:
        if column not in columns:
            return False
        if table in units or table.endswith(CAUSES):
            return True
        if table.endswith(SOURCES):  # kanal and avsändare: in the analysis of klagomål and synpunkter
            return True
        return not table.startswith(silent) and table.endswith(("-kon-per-ar", SENDER_GENDER))

    return publishes


def _counts(data: ReportData, table: Table, key: str) -> dict[str, int]:
    return {column: count_of(table, key, column) for column in data.columns()}


def _opening(
    data: ReportData, code: str, counts: dict[str, int], words: dict[str, str], **nouns: tuple[int, str]
) -> str:
    """The period's counts (`nouns`: field → (count, group)) against the periods before, and whether
    the change is more than ordinary variation. A sentence that compares has figures only. `words`
    are the template's other fields."""
    comparison = compare.comparison(data, counts)
    numbers = style(*(n for n, _ in nouns.values()), compare=bool(comparison))
    fields = {name: numbers.count(n, NOUNS[noun]) for name, (n, noun) in nouns.items()}
    total = counts[str(data.period.year)]
    opening = say(
        code,
        period=data.period.label(),
        comparison=comparison,
        total=numbers.amount(total),
        **words,
        **fields,
    )
    parts = (opening, compare.missing_comparison(data), compare.change(data, counts))
    return " ".join(part for part in parts if part)


def _variation(data: ReportData, group: GroupAggregates) -> str:
    """The verdict of the group's control chart, in a whole-year report (a delårsrapport counts only
    the months of its window in each year, which is no series of months)."""
    series = group.monthly
    if data.period.kind != YEAR or series.chart is None:
        return ""
    year, month = series.last_month.split("-")
    code = "report-variation" if series.by_month else "report-variation-between"
    return say(code, month=f"{say(f'month-{int(month)}')} {year}", verdict=series.verdict)


def _analyses(data: ReportData, group: GroupAggregates, key: str) -> Parts:
    """The paragraphs and tables of the kind's analysis, in the report's order."""
    parts = [
        analysis.actions(data, group, key),
        analysis_follow_up.follow_ups(data, group, key),
        analysis_follow_up.causes(data, group, key),
    ]
    if group.group in UNIT_GROUPS:
        parts.append(analysis_units.units(data, group, key))
    if group.group != NO_GENDER:
        parts.append(analysis.gender(data, group, key))
    parts.append(analysis_units.longest_open(data, group, key))
    paragraphs = [" ".join(text) for text, _ in parts if text]
    return paragraphs, [table for _, tables in parts for table in tables]


def _lead(data: ReportData, group: GroupAggregates, key: str, first: str) -> list[str]:
    """The opening paragraph, the control chart's verdict and the status at the uppföljningsdatum."""
    year = str(data.period.year)
    return [first, _variation(data, group), status_sentence(data, group.group, group.status, year)]


def _limits(data: ReportData) -> str:
    """The riskgränser in force during the report's year, in words, when there were more than one."""
    year = data.period.year
    start, end = dt.date(year, 1, 1), min(data.aggregates.as_of, dt.date(year, 12, 31))
    limits = data.aggregates.risk_limits
    if limits is None or not data.aggregates.risk_limit_changes(start, end):
        return ""
    return describe(limits.between(start, end), long_date)


def deviations(data: ReportData, group_name: str, key: str) -> Section:
    group = data.aggregates.group(group_name)
    year = str(data.period.year)
    counts = _counts(data, group.counts, "antal")
    law = {"law": say(f"report-law-{key}")}
    first = _opening(data, "report-deviations", counts, law, count=(counts[year], "avvikelse"))
    text = _lead(data, group, key, first)
    limit = data.aggregates.risk_limit
    text += [
        kinds.top(group.categories, year),
        kinds.risk(group, year, counts[year], limit, _limits(data)),
        kinds.harm(group, year) if counts[year] else "",
        kinds.direction(group, year) if counts[year] else "",
    ]
    more, extra = _analyses(data, group, key)
    columns = data.columns()
    tables = [pick(group.units, columns, data, suffix=f"{key}-enheter", rows=False)]
    if group.categories is not None:
        tables.insert(0, pick(group.categories, data.columns(4), data, suffix=f"{key}-kategorier"))
    tables.append(pick(group.status, [year], data, suffix=f"{key}-status"))
    harm, direction = kinds.specific(group, "-skada-per-ar"), kinds.specific(group, "-riktning-per-ar")
    tables += [
        pick(table, columns, data, suffix=f"{key}-{table.id.split('-')[-3]}")
        for table in (harm, direction)
        if table
    ]
    tables += extra
    matrix = kinds.specific(group, f"-riskmatris-{year}")
    if matrix is not None:
        matrix = dataclasses.replace(matrix, id=f"berattelse-{data.period.id}-{key}-riskmatris")
    chart = None
    assessed = matrix is not None and matrix.total is not None and any(matrix.total.values)
    if matrix is not None and data.period.kind == YEAR and assessed:
        chart = Chart(
            f"berattelse-{data.period.id}-{key}-riskmatris",
            risk_matrix.risk_heatmap(chart_text(matrix), limit),
            say("page-chart-risk", title=matrix.title),
            say("analysis-risk-caption", limit=limit),
            matrix,
        )
    paragraphs = tuple(part for part in (*text, *more) if part)
    return Section(key, say(f"report-section-{key}"), paragraphs, tuple(tables), chart)


def _answered(group: GroupAggregates, name: str, year: str, n: int) -> str:
    answered = next((table for table in group.feedback if table.id.endswith("-aterkoppling-per-ar")), None)
    if not n or answered is None:
        return ""
    with_answer = count_of(answered, "med", year)
    has_median = any(row.key == "återkoppling" for row in group.handling.rows)
    median = value(group.handling, "återkoppling", year) if has_median else None
    days = say("report-feedback-days", days=number(median)) if median is not None else ""
    numbers = style(n, with_answer, compare=True)
    if with_answer == 0:
        return say(f"analysis-answered-none-{name}", total=numbers.amount(n))
    return say(
        "report-feedback-answered",
        count=numbers.amount(with_answer, neuter=name == "klagomål"),
        of=f"{numbers.amount(n)} {analysis.DEFINITE[name]}",
        share=percent(with_answer, n),
        days=days,
    )


def feedback(data: ReportData) -> Section:
    complaints = data.aggregates.group("klagomål")
    views = data.aggregates.group("synpunkt")
    year = str(data.period.year)
    k, s = _counts(data, complaints.counts, "antal"), _counts(data, views.counts, "antal")
    total = {column: k[column] + s[column] for column in k}
    first = _opening(
        data,
        "report-feedback",
        total,
        {},
        complaints=(k[year], "klagomål"),
        views=(s[year], "synpunkt"),
    )
    text = [first]
    extra: list[Table] = []
    for group, name, key in ((complaints, "klagomål", "klagomal"), (views, "synpunkt", "synpunkter")):
        n = count_of(group.counts, "antal", year)
        if not n:
            continue
        sources, source_tables = analysis.sources(data, group, key)
        text.append(" ".join(part for part in (_answered(group, name, year, n), *sources) if part))
        text.append(status_sentence(data, name, group.status, year))
        more, tables = _analyses(data, group, key)
        text += more
        extra += [*source_tables, *tables]
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
    tables += extra
    chart = (
        Chart(
            f"berattelse-{data.period.id}-synpunkter-och-klagomal",
            charts.latest_years_bars(chart_text(combined)),
            categories_chart_label(data, combined.title),
            kinds.top(data.aggregates.combined_feedback, year) or combined.title,
            combined,
        )
        if total[year]
        else None
    )
    return Section(
        "synpunkter-och-klagomal",
        say("report-section-synpunkter-och-klagomal"),
        tuple(part for part in text if part),
        tuple(tables),
        chart,
    )


def _simple(
    data: ReportData, group_name: str, key: str, extra: Callable[[GroupAggregates, str], list[str]]
) -> Section:
    group = data.aggregates.group(group_name)
    year = str(data.period.year)
    counts = _counts(data, group.counts, "antal")
    first = _opening(data, f"report-{key}", counts, {}, count=(counts[year], group_name))
    text = _lead(data, group, key, first)
    if counts[year]:
        text[1:1] = [" ".join(part for part in extra(group, year) if part)]
    more, tables_more = _analyses(data, group, key)
    columns = data.columns()
    tables = [pick(table, columns, data, suffix=table.id.removesuffix("-per-ar")) for table in group.specific]
    tables.append(pick(group.status, [year], data, suffix=f"{key}-status"))
    tables += tables_more
    paragraphs = tuple(part for part in (*text, *more) if part)
    return Section(key, say(f"report-section-{key}"), paragraphs, tuple(tables))


def sections(data: ReportData) -> dict[str, Section]:
    """Every generated section of the report, by marker name, in the report's order."""
    built = [
        feedback(data),
        deviations(data, "avvikelse-sol-lss", "avvikelser-sol-lss"),
        deviations(data, "avvikelse-hsl", "avvikelser-hsl"),
        deviations(data, "avvikelse-samverkan", "avvikelser-samverkan"),
        _simple(data, "lex_sarah", "lex-sarah", kinds.lex_sarah),
        _simple(data, "personuppgiftsincident", "personuppgiftsincidenter", kinds.incidents),
        _simple(data, "lex_maja", "lex-maja", lambda group, year: []),
        _simple(data, "ej_verkställt_beslut", "ej-verkstallda-beslut", kinds.decisions),
    ]
    return {section.key: section for section in built}
