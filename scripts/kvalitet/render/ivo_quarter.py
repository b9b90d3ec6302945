"""The internal page of the quarterly reports to IVO (`kvalitet bygg --intern` only).

Per quarter, how many ej verkställda beslut were due (kvalitet.records.decision_dates), how many were
reported (`rapporterad_ivo`) and how many were missed; then the decisions to report for the quarter
running at the cut-off date and for the last quarter that has ended, and every report missed in a
quarter that has ended. A missed quarter of a record in postformat 2 stops the build
(kvalitet.records.decision_rules), so the missed reports listed are of older records. Never part of
the public build: single cases with their summary, like the follow-up lists (render/internal_pages).

The page writes its dates as Swedish long dates ("1 juli 2026") held together by no-break spaces, so
that a narrow cell never breaks a date over two lines; the CSV files keep them ISO (2026-07-01) for
sorting in Excel. The rows are made once per way of writing a date (`Dates`), and the lists of
decisions due join two date columns into one on the page (`page_due_rows`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from kvalitet.aggregate.model import Row, Table
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.decision_dates import DecisionDates, Quarter, decision_dates, reported_quarters
from kvalitet.records.reference import Reference
from kvalitet.render.internal_pages import CSV_DIR, ListTable, list_csv, list_html
from kvalitet.render.page import PageWriter, SiteFiles
from kvalitet.swedish import long_date

Dates = Callable[[dt.date], str]
"""How a row writes a date: `iso` in the CSV files, `shown` on the page."""
Rows = tuple[tuple[str | int, ...], ...]
PATH = "intern/ivo-kvartal.md"
NO_BREAK = "\u00a0"
GROUP = "ej_verkställt_beslut"
SUMMARY_QUARTERS = 8
"""How many quarters that have ended the summary shows: two years."""
DUE_COLUMNS = (
    "followup-col-case",
    "ivo-col-insats",
    "ivo-col-from",
    "ivo-col-three-months",
    "ivo-col-state",
    "ivo-col-reported",
    "followup-col-summary",
)
PAGE_DUE_COLUMNS = (
    "followup-col-case",
    "ivo-col-insats",
    "ivo-col-span",
    "ivo-col-state",
    "ivo-col-reported",
    "followup-col-summary",
)
"""The page's list of `DUE_COLUMNS`: the day counted from and the three months in one cell."""
MISSED_COLUMNS = (
    "followup-col-case",
    "ivo-col-quarter",
    "ivo-col-insats",
    "ivo-col-three-months",
    "ivo-col-state",
    "followup-col-summary",
)


def iso(day: dt.date) -> str:
    """A date in a CSV file: 2026-07-01."""
    return day.isoformat()


def shown(day: dt.date) -> str:
    """A date on the page: "1 juli 2026", never broken over two lines."""
    return long_date(day).replace(" ", NO_BREAK)


def _decisions(cases: Sequence[Case], as_of: dt.date) -> list[tuple[Case, DecisionDates]]:
    found = []
    for case in sorted(cases, key=lambda case: case.id):
        dates = decision_dates(case.data) if case.group == GROUP and case.registered <= as_of else None
        if dates is not None:
            found.append((case, dates))
    return found


def _insats(case: Case, reference: Reference) -> str:
    """The insats and the law of the decision: "Kontaktperson (LSS)"."""
    key = str(case.data.get("insats", ""))
    entry = reference.categories.get("insats", {}).get(key)
    return say("label-insats", name=entry.name if entry else key, law=case.data.get("lagrum", ""))


def _state(case: Case, dates: DecisionDates, day: dt.date, date: Dates) -> str:
    """Where the decision stood on `day`."""
    if dates.end is None or dates.end > day:
        return say("ivo-state-waiting")
    field = "återupptagen" if dates.interrupted else "verkställd"
    if case.date(field) is not None:
        code = "ivo-state-resumed" if dates.interrupted else "ivo-state-executed"
        return say(code, date=date(dates.end))
    return say("ivo-state-closed", date=date(dates.end))


def _summary(case: Case) -> str:
    return " ".join(str(case.data.get("sammanfattning", "")).split())


def due_rows(
    decisions: Sequence[tuple[Case, DecisionDates]],
    quarter: Quarter,
    reference: Reference,
    as_of: dt.date,
    date: Dates = iso,
) -> Rows:
    """One row per decision due for `quarter`, the one whose three months ran out first first."""
    rows = []
    for case, dates in sorted(decisions, key=lambda item: (item[1].three_months, item[0].id)):
        if not dates.due(quarter):
            continue
        reported = quarter in reported_quarters(case.data)
        start = "ivo-from-interruption" if dates.interrupted else "ivo-from-decision"
        rows.append(
            (
                case.id,
                _insats(case, reference),
                say(start, date=date(dates.start)),
                date(dates.three_months),
                _state(case, dates, min(quarter.end, as_of), date),
                say("ivo-yes") if reported else say("ivo-no"),
                _summary(case),
            )
        )
    return tuple(rows)


def missed_rows(
    decisions: Sequence[tuple[Case, DecisionDates]], reference: Reference, as_of: dt.date, date: Dates = iso
) -> Rows:
    """One row per quarter ended before `as_of` that a decision was due for and not reported for,
    the oldest quarter first."""
    found = []
    for case, dates in decisions:
        reported = set(reported_quarters(case.data))
        for quarter in dates.due_quarters(as_of):
            if quarter in reported:
                continue
            row = (
                case.id,
                str(quarter),
                _insats(case, reference),
                date(dates.three_months),
                _state(case, dates, quarter.end, date),
                _summary(case),
            )
            found.append((quarter, case.id, row))
    found.sort(key=lambda item: (item[0], item[1]))
    return tuple(row for _, _, row in found)


def summary_table(decisions: Sequence[tuple[Case, DecisionDates]], as_of: dt.date) -> Table:
    """Per quarter that has ended (the last `SUMMARY_QUARTERS`): due, reported, and missed."""
    quarters: list[Quarter] = []
    quarter = Quarter.of(as_of)
    while len(quarters) < SUMMARY_QUARTERS:
        quarter = Quarter.of(quarter.start - dt.timedelta(days=1))
        quarters.insert(0, quarter)
    rows = []
    for quarter in quarters:
        due = [(case, dates) for case, dates in decisions if dates.due(quarter)]
        reported = sum(1 for case, _ in due if quarter in reported_quarters(case.data))
        rows.append(Row(str(quarter), _name(quarter), (len(due), reported, len(due) - reported)))
    return Table(
        id="ivo-rapportering-per-kvartal",
        title=say("ivo-summary-caption", date=long_date(as_of)),
        row_heading=say("ivo-col-quarter"),
        columns=(say("ivo-col-due"), say("ivo-col-reported-count"), say("ivo-col-missed")),
        rows=tuple(rows),
        total=None,
        notes=(say("ivo-summary-note"),),
    )


def _name(quarter: Quarter) -> str:
    return say("quarter-column", number=quarter.number, year=quarter.year)


def page_due_rows(rows: Rows) -> Rows:
    """The rows of `due_rows` as the page shows them: the day counted from and the day the three
    months ran out in one cell ("från beslut 11 december 2025 till 11 mars 2026"), so that the list,
    its long dates kept whole, fits beside the navigation (`PAGE_DUE_COLUMNS`)."""
    return tuple((*row[:2], say("ivo-span", start=str(row[2]), date=str(row[3])), *row[4:]) for row in rows)


def _add(
    writer: PageWriter,
    files: SiteFiles,
    heading: tuple[str, str],
    csv_table: tuple[tuple[str, ...], Rows],
    page_table: tuple[tuple[str, ...], Rows],
) -> None:
    """A list on the page and its CSV file; `heading` is their id and caption, each table its column
    codes and rows."""
    name, caption = heading
    path = f"{CSV_DIR}/{name}.csv"
    files.add_file(path, list_csv(ListTable(name, caption, *csv_table), 0))
    writer.markdown(list_html(ListTable(name, caption, *page_table), writer.link(path), 0))


def ivo_quarter_page(files: SiteFiles, cases: Sequence[Case], reference: Reference, as_of: dt.date) -> None:
    """The internal page of the reports to IVO per quarter."""
    date = long_date(as_of)
    decisions = _decisions(cases, as_of)
    writer = PageWriter(files, PATH, say("ivo-title"))
    writer.paragraph(say("ivo-lead", date=date), css="kv-lead")
    writer.table(summary_table(decisions, as_of))
    running = Quarter.of(as_of)
    last = Quarter.of(running.start - dt.timedelta(days=1))
    for quarter, heading, key in (
        (running, "ivo-heading-running", "lopande"),
        (last, "ivo-heading-last", "senaste"),
    ):
        name = say("quarter-column", number=quarter.number, year=quarter.year)
        writer.heading(2, say(heading, quarter=name))
        rows = due_rows(decisions, quarter, reference, as_of)
        if not rows:
            writer.paragraph(say("ivo-none-due", quarter=name))
            continue
        caption = say("ivo-due-caption", quarter=name, date=date)
        _add(
            writer,
            files,
            (f"ivo-{key}-kvartal", caption),
            (DUE_COLUMNS, rows),
            (PAGE_DUE_COLUMNS, page_due_rows(due_rows(decisions, quarter, reference, as_of, shown))),
        )
    writer.heading(2, say("ivo-heading-missed"))
    missed = missed_rows(decisions, reference, as_of)
    if missed:
        writer.paragraph(say("ivo-missed-intro", count=len(missed)))
        _add(
            writer,
            files,
            ("ivo-missade", say("ivo-missed-caption", date=date)),
            (MISSED_COLUMNS, missed),
            (MISSED_COLUMNS, missed_rows(decisions, reference, as_of, shown)),
        )
    else:
        writer.paragraph(say("ivo-none-missed", date=date))
    writer.done()
