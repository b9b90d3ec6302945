"""`kvalitet faststall`: record the nämnd's decision on a report and archive the report as approved.

The report is rendered from the commit the decision names (records, reference files and the staff's
text as committed there), written to its archive (kvalitet.annual.archive), and the decision is added
to `site/berattelse/faststallda.yaml`. Both are then committed; from then on every build publishes the
archived page and prints its PDF from it.
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from pathlib import Path

from kvalitet.annual.approvals import APPROVALS_FILE, approved_sources, load_approvals
from kvalitet.annual.archive import archive_folder, write_archive
from kvalitet.annual.pages import prepare
from kvalitet.annual.periods import ReportPeriod
from kvalitet.annual.sources import Approval, PdfVersion
from kvalitet.errors import KvalitetError, UsageError
from kvalitet.history.gitrepo import repo_root, resolve, short
from kvalitet.messages import say
from kvalitet.records.reference import find_root

PARAGRAPH = re.compile(r"^§ ?[0-9]+$")
HEADER = (
    "# Socialnämndens beslut om kvalitetsberättelser och delårsrapporter (kvalitet faststall skriver\n"
    "# hit). En fastställd berättelse byggs alltid från sin commit och visas som den arkiverades.\n"
)


def _entry(approval: Approval) -> str:
    lines = [
        f'  - berättelse: "{approval.report}"',
        f"    datum: {approval.date.isoformat()}",
        f"    paragraf: {approval.paragraph}",
        f"    commit: {approval.commit}",
    ]
    if approval.follow_up is not None:
        lines.append(f"    uppföljningsdatum: {approval.follow_up.isoformat()}")
    return "\n".join(lines) + "\n"


def _append(path: Path, approval: Approval) -> None:
    text = path.read_text(encoding="utf-8") if path.is_file() else HEADER + "fastställda:\n"
    text = re.sub(r"(?m)^fastställda:\s*\[\]\s*$", "fastställda:", text)
    if not text.endswith("\n"):
        text += "\n"
    path.write_text(text + _entry(approval), encoding="utf-8")


def approve(
    report: str,
    *,
    date: dt.date,
    paragraph: str,
    commit: str,
    follow_up: dt.date | None,
    records: Path,
    texts: Path,
) -> tuple[Approval, Path]:
    """Archive `report` as approved at `commit` and record the decision; the decision and the archive
    folder."""
    try:
        period = ReportPeriod.from_id(report)
    except ValueError:
        raise UsageError(say("approve-bad-report", report=report)) from None
    if not PARAGRAPH.match(paragraph):
        raise UsageError(say("approve-bad-paragraph", paragraph=paragraph))
    approvals, problems = load_approvals(texts)
    if problems:
        raise KvalitetError(f"{problems[0].file}:{problems[0].line}: {problems[0].message}")
    if any(item.report == report for item in approvals):
        raise KvalitetError(say("approve-already", report=report, file=f"site/berattelse/{APPROVALS_FILE}"))
    root = find_root(records)
    if root is None:
        raise KvalitetError(say("build-no-records", folder=records))
    full = resolve(repo_root(root), commit)
    approval = Approval(report, date, paragraph, full, follow_up)
    with tempfile.TemporaryDirectory(prefix="kvalitet-faststall-") as work:
        source = approved_sources([approval], root, [], Path(work), texts=texts)[report]
    archived = prepare(source, period, date, texts, PdfVersion(short(full), len(source.cases), None))
    folder = archive_folder(texts, report)
    write_archive(folder, archived)
    _append(texts / APPROVALS_FILE, approval)
    return approval, folder
