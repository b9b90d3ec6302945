"""The internal page (`kvalitet bygg --intern` only): the follow-up lists of the quality staff.

One table per kind of the cases open at the cut-off date (days open, risk, overdue mark, summary), the
longest open first, and one table of the actions whose follow-up was due and not made, each with its
case, unit and due date (the planned day in force, or `uppföljning_dagar` after klar, the value in
force on that day), and under the
action whether its day was planned, how often it was moved and the last reason: the same actions the
Översikt counts (kvalitet.aggregate.overview). Every table has a CSV download. Never part of the
public build: the public build does not call this module, and the internal build carries noindex and
a banner on every page (mkdocs.yml, extra.intern).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from kvalitet.aggregate import Aggregates
from kvalitet.aggregate.context import slug
from kvalitet.aggregate.follow_up import days_in_force, describe_days, due_day, moves, one_value, planned_day
from kvalitet.aggregate.overview import RECENT_DAYS, actions_due, overdue_actions, overdue_case
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.dates import parse_date
from kvalitet.records.reference import Reference
from kvalitet.render.page import PageWriter, SiteFiles
from kvalitet.render.tables import csv_text
from kvalitet.swedish import long_date, number, share, short_date

PATH = "intern/arenden.md"
CSV_DIR = "data/intern"
OPEN_COLUMNS = (
    "followup-col-case",
    "followup-col-registered",
    "followup-col-days-open",
    "followup-col-overdue",
    "followup-col-risk",
    "followup-col-status",
    "followup-col-unit",
    "followup-col-summary",
)
ACTION_COLUMNS = (
    "followup-col-case",
    "followup-col-kind",
    "followup-col-unit",
    "followup-col-due",
    "followup-col-days-late",
    "followup-col-done",
    "followup-col-action",
)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
NO_BREAK = "\u00a0"
NUMERIC = frozenset({"followup-col-days-open", "followup-col-days-late"})
DATED_HEADINGS = {"followup-col-overdue": "followup-col-overdue-dated"}
"""The headings that name the days, and the one to use when more than one value was in force."""


@dataclass(frozen=True, slots=True)
class ListTable:
    """A follow-up list: the first column is the case id (a row heading, never wrapped); the last, a
    text (the summary, the action), is shown on a line of its own under the row, across the table."""

    id: str
    caption: str
    columns: tuple[str, ...]
    """Message codes of the headings."""
    rows: tuple[tuple[str | int, ...], ...]
    """The values as the CSV holds them: a date is an ISO date (machine-readable); the page writes it
    the Swedish way ("1 juli 2026")."""


def _heading(code: str, days: int | None) -> str:
    """The heading of `code`; `days` None: the days changed within the list (DATED_HEADINGS)."""
    return say(DATED_HEADINGS.get(code, code)) if days is None else say(code, days=days)


def _cell(value: str | int, label: str) -> str:
    if isinstance(value, int):
        return f'<td class="kv-number"{label}>{number(value)}</td>'
    if ISO_DATE.fullmatch(value):
        # No break inside a date, on a phone either, where the cell is "heading: date" and may wrap;
        # the month abbreviated ("30 sep 2026") so that the lists fit beside the navigation.
        day = short_date(dt.date.fromisoformat(value)).replace(" ", NO_BREAK)
        return f'<td class="kv-date"{label}>{day}</td>'
    return f"<td{label}>{escape(value, quote=False)}</td>"


def list_html(table: ListTable, csv_href: str, days: int | None) -> str:
    number_class = ' class="kv-number"'
    shown = table.columns[:-1]
    head = "".join(
        f'<th scope="col"{number_class if code in NUMERIC else ""}>{escape(_heading(code, days))}</th>'
        for code in shown
    )
    rows = []
    labels = [f' data-label="{escape(_heading(code, days))}"' for code in shown[1:]]
    for row in table.rows:
        cells = [_cell(value, label) for value, label in zip(row[1:-1], labels, strict=True)]
        text = f"{escape(_heading(table.columns[-1], days))}: {escape(str(row[-1]), quote=False)}"
        rows.append(f'<tr><th scope="row">{escape(str(row[0]))}</th>{"".join(cells)}</tr>')
        rows.append(f'<tr class="kv-text"><td colspan="{len(shown)}">{text}</td></tr>')
    link = escape(say("followup-download", title=table.caption), quote=False)
    return (
        f'<div class="kv-table kv-followup" id="lista-{escape(table.id)}">\n<table>\n'
        f"<caption>{escape(table.caption, quote=False)}</caption>\n<thead><tr>{head}</tr></thead>\n"
        f"<tbody>\n{chr(10).join(rows)}\n</tbody>\n</table>\n"
        f'<p class="kv-download"><a href="{escape(csv_href)}" download>{link}</a></p>\n</div>'
    )


def list_csv(table: ListTable, days: int | None) -> bytes:
    """The list as CSV for Swedish Excel: UTF-8 with a byte-order mark, semicolons."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([csv_text(_heading(code, days)) for code in table.columns])
    for row in table.rows:
        writer.writerow([str(value) if isinstance(value, int) else csv_text(value) for value in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _unit(case: Case, reference: Reference) -> str:
    unit = reference.units.get(case.unit) if case.unit else None
    return unit.name if unit else say("page-case-no-unit")


def _risk(case: Case, limit: int) -> str:
    risk = case.data.get("risk")
    if not isinstance(risk, dict):
        return say("followup-risk-none")
    severity, chance = risk.get("allvarlighetsgrad"), risk.get("sannolikhet")
    if not isinstance(severity, int) or not isinstance(chance, int):
        return say("followup-risk-none")
    value = severity * chance
    return say("followup-risk-above", value=value, limit=limit) if value > limit else str(value)


def open_rows(
    cases: Sequence[Case], reference: Reference, as_of: dt.date
) -> tuple[tuple[str | int, ...], ...]:
    """One row per open case, the longest open first (each case once)."""
    policy = reference.policy
    rows = []
    for case in sorted({case.id: case for case in cases}.values(), key=lambda c: (c.registered, c.id)):
        days = (as_of - case.registered).days
        status = case.status_on(as_of) or case.status
        rows.append(
            (
                case.id,
                case.registered.isoformat(),
                days,
                say("followup-overdue") if overdue_case(policy.dated_follow_up_days, case, as_of) else "",
                _risk(case, policy.risk_limit_on(case.registered)),
                say("status-" + slug(status)),
                _unit(case, reference),
                " ".join(str(case.data.get("sammanfattning", "")).split()),
            )
        )
    return tuple(rows)


def action_rows(
    cases: Sequence[Case], reference: Reference, as_of: dt.date, labels: dict[str, str]
) -> tuple[tuple[str | int, ...], ...]:
    """One row per action not followed up (kvalitet.aggregate.overview.overdue_actions), the one whose
    follow-up has waited longest first."""
    follow_up = reference.policy.dated_follow_up_days
    found = []
    for case in cases:
        for action in overdue_actions(case, as_of, follow_up):
            due = due_day(action, follow_up)
            assert due is not None  # overdue_actions keeps only actions with a due day
            done = parse_date(str(action.get("klar")))
            text = " ".join(str(action.get("beskrivning", "")).split())
            basis = _basis(action)
            found.append(
                (
                    due,
                    case.id,
                    labels.get(case.group, case.group),
                    _unit(case, reference),
                    due.isoformat(),
                    (as_of - due).days,
                    done.isoformat() if done is not None else say("followup-not-done"),
                    f"{text} {basis}" if basis else text,
                )
            )
    found.sort(key=lambda row: (row[0], row[1]))
    return tuple(row[1:] for row in found)


def _basis(action: Mapping[str, Any]) -> str:
    """Whether the due day was planned, and how often and why it was moved; "" when it is the
    policy's days after klar (the list's introduction says so)."""
    if planned_day(action) is None:
        return ""
    steps = moves(action)
    if not steps:
        return say("followup-basis-planned")
    reason = " ".join(str(steps[-1].get("skäl", "")).split())
    code = "followup-basis-moved-1" if len(steps) == 1 else "followup-basis-moved-n"
    return say(code, count=len(steps), reason=reason)


def _add(writer: PageWriter, files: SiteFiles, table: ListTable, days: int | None) -> None:
    path = f"{CSV_DIR}/{table.id}.csv"
    files.add_file(path, list_csv(table, days))
    writer.markdown(list_html(table, writer.link(path), days))


def internal_pages(
    files: SiteFiles, aggregates: Aggregates, cases: Sequence[Case], reference: Reference
) -> None:
    """The follow-up page: the open cases per kind, then the actions not followed up."""
    as_of = aggregates.as_of
    date = long_date(as_of)
    follow_up = reference.policy.dated_follow_up_days
    writer = PageWriter(files, PATH, say("followup-title"))
    writer.paragraph(say("followup-lead", date=date), css="kv-lead")
    included = [case for case in cases if case.registered <= as_of]
    labels = {group.group: group.label for group in aggregates.groups}

    writer.heading(2, say("followup-heading-open"))
    for group in aggregates.groups:
        writer.heading(3, group.label)
        still_open = [
            case
            for case in included
            if case.group == group.group and (case.status_on(as_of) or case.status) != "avslutad"
        ]
        if not still_open:
            writer.paragraph(say("followup-none-open", date=date))
            continue
        rows = open_rows(still_open, reference, as_of)
        late = share(sum(1 for case in still_open if overdue_case(follow_up, case, as_of)), len(rows))
        values = days_in_force(follow_up, min(case.registered for case in still_open), as_of)
        days = one_value(values)
        if days is None:
            writer.paragraph(say("followup-open-intro-dated", share=late, limits=describe_days(values)))
        else:
            writer.paragraph(say("followup-open-intro", share=late, days=days))
        caption = say("followup-open-caption", group=group.label, date=date)
        _add(writer, files, ListTable(f"oppna-{slug(group.group)}", caption, OPEN_COLUMNS, rows), days)

    writer.heading(2, say("followup-heading-actions"))
    rows = action_rows(included, reference, as_of, labels)
    due = sum(len(actions_due(case, as_of, follow_up)) for case in included)
    if rows:
        values = days_in_force(follow_up, as_of - dt.timedelta(days=RECENT_DAYS), as_of)
        days = one_value(values)
        late = share(len(rows), due)
        if days is None:
            intro = say("followup-actions-intro-dated", share=late, date=date, limits=describe_days(values))
        else:
            intro = say("followup-actions-intro", share=late, date=date, days=days)
        writer.paragraph(intro)
        caption = say("followup-actions-caption", date=date)
        _add(writer, files, ListTable("atgarder-ej-uppfoljda", caption, ACTION_COLUMNS, rows), days)
    else:
        writer.paragraph(say("followup-none-actions", date=date))
    writer.done()
