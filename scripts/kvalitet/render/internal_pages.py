"""The internal pages (`kvalitet bygg --intern` only): single cases with id, dates, unit and summary,
for the quality staff's follow-up. Never part of the public build: the public build does not call this
module, and the internal build carries noindex and a banner on every page (mkdocs.yml, extra.intern)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from kvalitet.aggregate import Aggregates
from kvalitet.aggregate.context import slug
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.reference import Reference
from kvalitet.render.page import PageWriter, SiteFiles
from kvalitet.swedish import long_date, number

PATH = "intern/arenden.md"


def _status(status: str) -> str:
    return say("status-" + slug(status))


def _case_table(cases: Sequence[Case], reference: Reference, as_of: dt.date, caption: str) -> str:
    head = "".join(
        f'<th scope="col">{escape(say(code))}</th>'
        for code in (
            "page-case-id",
            "page-case-registered",
            "page-case-status",
            "page-case-unit",
            "page-case-summary",
        )
    )
    rows = []
    for case in cases:
        unit = reference.units.get(case.unit) if case.unit else None
        unit_name = unit.name if unit else say("page-case-no-unit")
        cells = (
            long_date(case.registered),
            _status(case.status_on(as_of) or case.status),
            unit_name,
            str(case.data.get("sammanfattning", "")),
        )
        body = "".join(f"<td>{escape(cell, quote=False)}</td>" for cell in cells)
        rows.append(f'<tr><th scope="row">{escape(case.id)}</th>{body}</tr>')
    return (
        '<div class="kv-table kv-cases">\n<table>\n'
        f"<caption>{escape(caption, quote=False)}</caption>\n<thead><tr>{head}</tr></thead>\n"
        f"<tbody>\n{chr(10).join(rows)}\n</tbody>\n</table>\n</div>"
    )


def internal_pages(
    files: SiteFiles, aggregates: Aggregates, cases: Sequence[Case], reference: Reference
) -> None:
    """One page of single cases: per kind the longest-open, then every case open at the cut-off date."""
    as_of = aggregates.as_of
    writer = PageWriter(files, PATH, say("page-title-internal"))
    writer.paragraph(say("page-internal-lead", date=long_date(as_of)), css="kv-lead")
    included = [case for case in cases if case.registered <= as_of]
    by_id = {case.id: case for case in included}
    for group in aggregates.groups:
        writer.heading(2, group.label)
        longest = [case.id for case in group.longest_open]
        if longest:
            writer.markdown(
                _case_table(
                    [by_id[item] for item in longest],
                    reference,
                    as_of,
                    say("page-internal-longest", group=group.label, count=number(len(longest))),
                )
            )
        still_open = [
            case
            for case in included
            if case.group == group.group and (case.status_on(as_of) or case.status) != "avslutad"
        ]
        if still_open:
            writer.markdown(
                _case_table(
                    still_open,
                    reference,
                    as_of,
                    say("page-internal-open", group=group.label, date=long_date(as_of)),
                )
            )
        else:
            writer.paragraph(say("page-internal-none-open", date=long_date(as_of)))
    writer.done()
