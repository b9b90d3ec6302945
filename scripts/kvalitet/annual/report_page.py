"""One report's page: rendered from its data and text (the lead, the decision or the draft banner, the
staff's text with the generated sections in place), or taken from its archive; then published with
what has changed since the approval and the link to its PDF."""

from __future__ import annotations

from html import escape

from kvalitet.annual.analysis_units import without_single_cases
from kvalitet.annual.archive import PLACE, Archived
from kvalitet.annual.model import ReportData, Section
from kvalitet.annual.narrative import Marker, Narrative, leave_out_unwritten, pieces, text_path
from kvalitet.annual.safe_text import safe_markdown
from kvalitet.annual.sections import sections
from kvalitet.annual.sources import Source, report_path
from kvalitet.messages import say
from kvalitet.render.page import PageWriter, PrintJob, SiteFiles, chart_source
from kvalitet.swedish import long_date


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


def render_report(
    data: ReportData, source: Source, text: Narrative, job: PrintJob, *, internal: bool = False
) -> Archived:
    """The report's page and its files, with `PLACE` where the drift note and the PDF link go. The
    public page (and so the PDF) leaves out the sections still to write and says which in the draft
    banner; the internal page shows them with where they are written."""
    period = data.period
    aggregates = data.aggregates
    scratch = SiteFiles(source=chart_source(aggregates.municipality, aggregates.board, data.follow_up))
    writer = PageWriter(scratch, report_path(period), period.title())
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
    public = without_single_cases(data, source.reference.policy.counts_people)
    built = sections(data if internal else public)
    parts = list(pieces(text, set(built)))
    missing: list[str] = []
    if not internal:
        parts, missing = leave_out_unwritten(parts)
    if source.approval is not None:
        writer.paragraph(source.approval.text(), css="kv-approved")
    else:
        draft = say("report-draft")
        if missing:
            draft += " " + say("report-missing-sections", sections=", ".join(missing))
        writer.paragraph(draft, css="kv-draft")
    writer.markdown(PLACE)
    if internal and not text.written:
        writer.markdown(say("report-no-text", path=text_path(period.id)))
    for piece in parts:
        if isinstance(piece, Marker):
            if piece.section == "att-skriva":
                writer.markdown(say("report-to-write", path=text_path(period.id)))
            else:
                _section(writer, built[piece.section], piece.part)
        else:
            writer.markdown(safe_markdown(piece))
    return Archived(writer.done(), scratch.files, job)


def publish(files: SiteFiles, archived: Archived, source: Source, *, pdf: bool) -> None:
    """Put the page and its files into the build, with the drift note of an approved report and, when
    the build prints PDFs, the link to the PDF (the page is then printed after the build)."""
    page = archived.page
    prefix = "../" * page.path.count("/")
    lines = [f'<p class="kv-drift">{escape(sentence, quote=False)}</p>' for sentence in source.drift]
    if pdf:
        link = prefix + archived.job.pdf
        lines.append(say("report-pdf-link", link=link, title=page.title))
        files.prints.append(archived.job)
    files.pages.append(type(page)(page.path, page.title, archived.markdown(lines)))
    for path, content in archived.files.items():
        files.add_file(path, content)
