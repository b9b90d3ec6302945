"""The report pages: one kvalitetsberättelse per year, delårsrapporter, and an index of them. Each
report counts its cases as of its own uppföljningsdatum; an approved report with an archive is
published as archived."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

from kvalitet.aggregate import aggregate
from kvalitet.aggregate.archived import archived_model
from kvalitet.aggregate.cells import units_table_id
from kvalitet.aggregate.coverage import records_start
from kvalitet.aggregate.disclosure import counting_part, published, publishing
from kvalitet.annual.archive import Archived
from kvalitet.annual.model import ReportData
from kvalitet.annual.periods import YEAR, ReportPeriod, report_periods
from kvalitet.annual.report_page import publish, render_report
from kvalitet.annual.sections import published_cells
from kvalitet.annual.sources import FOLDER, INDEX, PdfVersion, Source, report_path
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.render.page import PageWriter, PrintJob, SiteFiles
from kvalitet.swedish import long_date

__all__ = ["FOLDER", "INDEX", "PdfVersion", "Source", "first_year", "report_data", "report_pages"]


def first_year(cases: Sequence[Case], as_of: dt.date) -> int:
    return min((case.registered.year for case in cases), default=as_of.year)


def _window(period: ReportPeriod) -> str:
    """The months a report counts of each year, as suppression names them ("1-8"; "" for a year)."""
    return "" if period.kind == YEAR else "{}-{}".format(*period.months)


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
    with counting_part(_window(period)), publishing(published_cells(period)):
        counted = aggregate(
            chosen,
            source.reference,
            as_of=follow_up,
            last_year=period.year,
            records_start=records_start(source.cases, source.reference.policy.records_from),
        )
    return ReportData(period, counted, follow_up)


def prepare(
    source: Source,
    period: ReportPeriod,
    as_of: dt.date,
    narratives: Path | None,
    version: PdfVersion,
    internal: bool = False,
) -> Archived:
    """The report of `period` rendered from `source` (an approved report: from its commit), with what
    its PDF's title page says (`version`: today's data version; an approved report states its own)."""
    data = report_data(source, period, as_of)
    text = source.narrative(narratives, period.id)
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
    return render_report(data, source, text, job, internal=internal)


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
    periods = report_periods(
        first_year(default.cases, as_of), as_of, sources, default.reference.policy.interim_reports
    )
    index = PageWriter(files, INDEX, say("report-index-title"))
    index.paragraph(say("report-index-lead"))
    lines = []
    for period in periods:
        source = sources.get(period.id, default)
        if source.archive is not None:  # published as approved: the other figures must agree with it
            with counting_part(_window(period)):
                policy = default.reference.policy
                people = frozenset(units_table_id(group) for group in policy.counts_people)
                names = {entry.name: key for key, entry in source.reference.units.items()}
                published(*archived_model(source.archive.files, names, people), policy.min_cell)
        archived = source.archive or prepare(
            source,
            period,
            as_of,
            narratives,
            pdf_version or PdfVersion("", len(source.cases), None),
            internal,
        )
        publish(files, archived, source, pdf=pdf_version is not None)
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
