"""The report pages: one kvalitetsberättelse per year, delårsrapporter for the current year, and an
index of them. Each report counts its cases as of its own uppföljningsdatum."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kvalitet.aggregate import aggregate
from kvalitet.annual.model import ReportData, Section
from kvalitet.annual.narrative import Marker, narrative, pieces
from kvalitet.annual.periods import YEAR, ReportPeriod, report_periods
from kvalitet.annual.sections import sections
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.reference import Reference
from kvalitet.render.page import PageWriter, PrintJob, SiteFiles
from kvalitet.swedish import long_date

FOLDER = "kvalitetsberattelse"
INDEX = f"{FOLDER}/index.md"


@dataclass(frozen=True, slots=True)
class Approval:
    """The nämnd's decision on a report (site/berattelse/faststallda.yaml)."""

    report: str
    date: dt.date
    paragraph: str
    commit: str
    follow_up: dt.date | None = None

    def text(self) -> str:
        return say("report-approved", date=long_date(self.date), paragraph=self.paragraph)


@dataclass(frozen=True, slots=True)
class Source:
    """The cases a report is computed from: today's records, or those of the approved commit."""

    cases: Sequence[Case]
    reference: Reference
    approval: Approval | None = None
    changes: str = ""
    """For an approved report: how the period's records have changed since, in one sentence."""


def first_year(cases: Sequence[Case], as_of: dt.date) -> int:
    return min((case.registered.year for case in cases), default=as_of.year)


def report_path(period: ReportPeriod) -> str:
    return f"{FOLDER}/{period.id}.md"


def report_data(source: Source, period: ReportPeriod, as_of: dt.date) -> ReportData:
    approval = source.approval
    follow_up = (approval.follow_up if approval and approval.follow_up else None) or period.default_follow_up(
        as_of
    )
    chosen = [
        case
        for case in source.cases
        if case.registered.year <= period.year and period.in_window(case.registered)
    ]
    counted = aggregate(chosen, source.reference, as_of=follow_up, last_year=period.year)
    return ReportData(period, counted, follow_up)


def _section(writer: PageWriter, section: Section, part: str | None) -> None:
    if part in (None, "text"):
        for paragraph in section.paragraphs:
            writer.paragraph(paragraph)
    if part in (None, "diagram") and section.chart is not None:
        chart = section.chart
        writer.chart(chart.id, chart.figure, label=chart.label, caption=chart.caption, table=chart.table)
    if part in (None, "tabeller"):
        shown = section.chart.table.id if section.chart is not None and part is None else None
        for table in section.tables:
            if table.id != shown:
                writer.table(table)


def report_page(
    files: SiteFiles, data: ReportData, source: Source, narratives: Path | None, pdf: PrintJob | None = None
) -> None:
    period = data.period
    writer = PageWriter(files, report_path(period), period.title())
    aggregates = data.aggregates
    writer.paragraph(
        say(
            "report-lead",
            municipality=aggregates.municipality,
            board=aggregates.board,
            period=period.label(),
            date=long_date(data.follow_up),
        ),
        css="kv-lead",
    )
    if source.approval is not None:
        writer.paragraph(source.approval.text(), css="kv-approved")
        if source.changes:
            writer.paragraph(source.changes)
    else:
        writer.paragraph(say("report-draft"), css="kv-draft")
    if pdf is not None:
        writer.markdown(say("report-pdf-link", link=writer.link(pdf.pdf), title=period.title()))
        files.prints.append(pdf)
    text = narrative(narratives, period.id)
    if not text.written:
        writer.markdown(say("report-no-text", path=f"site/berattelse/{period.id}.md"))
    built = sections(data)
    for piece in pieces(text, set(built)):
        if isinstance(piece, Marker):
            if piece.section == "att-skriva":
                writer.markdown(say("report-to-write", path=f"site/berattelse/{period.id}.md"))
            else:
                _section(writer, built[piece.section], piece.part)
        else:
            writer.markdown(piece)
    writer.done()


def report_pages(
    files: SiteFiles,
    sources: Mapping[str, Source],
    default: Source,
    *,
    as_of: dt.date,
    narratives: Path | None,
    pdf_version: tuple[str, int] | None = None,
) -> list[ReportPeriod]:
    """Write every report page and the index; `sources` gives the approved reports' own cases.

    With `pdf_version` (the commit and record count of today's records) each report also links to its
    PDF and is listed in `files.prints`, to be printed after the build.
    """
    periods = report_periods(
        first_year(default.cases, as_of), as_of, sources, default.reference.policy.interim_reports
    )
    index = PageWriter(files, INDEX, say("report-index-title"))
    index.paragraph(say("report-index-lead"))
    lines = []
    for period in periods:
        source = sources.get(period.id, default)
        data = report_data(source, period, as_of)
        job = None
        if pdf_version is not None:
            commit, records = pdf_version
            if source.approval is not None:
                commit, records = source.approval.commit[:10], len(source.cases)
            job = PrintJob(
                page=report_path(period).removesuffix(".md") + ".html",
                pdf=f"{FOLDER}/kvalitetsberattelse-{period.id}.pdf",
                title=period.title(),
                period=say("report-pdf-period", period=period.label(), date=long_date(data.follow_up)),
                approval=source.approval.text() if source.approval else None,
                commit=commit,
                records=records,
            )
        report_page(files, data, source, narratives, job)
        status = source.approval.text() if source.approval else say("report-draft-short")
        kind = say("report-kind-year") if period.kind == YEAR else say("report-kind-interim")
        lines.append(
            say(
                "report-index-item",
                title=period.title(),
                link=index.link(report_path(period)),
                kind=kind,
                status=status,
            )
        )
    index.markdown("\n".join(lines))
    index.done()
    return periods
