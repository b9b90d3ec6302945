"""The report pages: one kvalitetsberättelse per year, delårsrapporter for the current year, and an
index of them. Each report counts its cases as of its own uppföljningsdatum."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kvalitet.aggregate import aggregate
from kvalitet.annual.model import ReportData, Section
from kvalitet.annual.narrative import Marker, Narrative, leave_out_unwritten, narrative, pieces, text_path
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
    created: dt.datetime | None = None
    """The time of the approved commit (read from git): the date of the report's PDF."""

    def text(self) -> str:
        return say("report-approved", date=long_date(self.date), paragraph=self.paragraph)


@dataclass(frozen=True, slots=True)
class Source:
    """What a report is built from: today's records and text, or those of the approved commit."""

    cases: Sequence[Case]
    reference: Reference
    approval: Approval | None = None
    drift: tuple[str, ...] = ()
    """For an approved report: how the period's records and the text have changed since."""
    text: Narrative | None = None
    """For an approved report: the staff's text as committed (None: the commit had none)."""
    frozen: bool = False
    """Whether `text` is the approved one (even when None): today's text is then never read."""

    def narrative(self, folder: Path | None, report_id: str) -> Narrative:
        if self.frozen:
            return self.text if self.text is not None else narrative(None, report_id)
        return narrative(folder, report_id)


@dataclass(frozen=True, slots=True)
class PdfVersion:
    """The data version a PDF states and is dated by."""

    commit: str
    """Short commit id."""
    records: int
    created: dt.datetime | None
    """The commit's time: the PDF's creation date (None: the time of printing)."""


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
    files: SiteFiles,
    data: ReportData,
    source: Source,
    text: Narrative,
    *,
    internal: bool = False,
    pdf: PrintJob | None = None,
) -> None:
    """The report's page. The public page (and so the PDF) leaves out the sections still to write and
    says which in the draft banner; the internal page shows them with where they are written."""
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
    built = sections(data)
    parts = list(pieces(text, set(built)))
    missing: list[str] = []
    if not internal:
        parts, missing = leave_out_unwritten(parts)
    if source.approval is not None:
        writer.paragraph(source.approval.text(), css="kv-approved")
        for sentence in source.drift:
            writer.paragraph(sentence, css="kv-drift")
    else:
        draft = say("report-draft")
        if missing:
            draft += " " + say("report-missing-sections", sections=", ".join(missing))
        writer.paragraph(draft, css="kv-draft")
    if pdf is not None:
        writer.markdown(say("report-pdf-link", link=writer.link(pdf.pdf), title=period.title()))
        files.prints.append(pdf)
    if internal and not text.written:
        writer.markdown(say("report-no-text", path=text_path(period.id)))
    for piece in parts:
        if isinstance(piece, Marker):
            if piece.section == "att-skriva":
                writer.markdown(say("report-to-write", path=text_path(period.id)))
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
    internal: bool = False,
    pdf_version: PdfVersion | None = None,
) -> list[ReportPeriod]:
    """Write every report page and the index; `sources` gives the approved reports' own cases and text.

    With `pdf_version` (the data version of today's records) each report also links to its PDF and is
    listed in `files.prints`, to be printed after the build.
    """
    periods = report_periods(first_year(default.cases, as_of), as_of, sources)
    index = PageWriter(files, INDEX, say("report-index-title"))
    index.paragraph(say("report-index-lead"))
    lines = []
    for period in periods:
        source = sources.get(period.id, default)
        data = report_data(source, period, as_of)
        text = source.narrative(narratives, period.id)
        job = None
        if pdf_version is not None:
            version = pdf_version
            if source.approval is not None:
                version = PdfVersion(source.approval.commit[:10], len(source.cases), source.approval.created)
            job = PrintJob(
                page=report_path(period).removesuffix(".md") + ".html",
                pdf=f"{FOLDER}/kvalitetsberattelse-{period.id}.pdf",
                title=period.title(),
                period=say("report-pdf-period", period=period.label(), date=long_date(data.follow_up)),
                approval=source.approval.text() if source.approval else None,
                commit=version.commit,
                records=version.records,
                created=version.created,
                case_number=text.decision.case_number,
                meeting=long_date(text.decision.meeting) if text.decision.meeting else None,
                proposal=text.decision.proposal,
            )
        report_page(files, data, source, text, internal=internal, pdf=job)
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
