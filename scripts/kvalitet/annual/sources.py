"""What a report is built from: the nämnd's decision, the cases and text (today's, or those of the
approved commit, or the archived page), and the data version its PDF states."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kvalitet.annual.archive import Archived
from kvalitet.annual.narrative import Narrative, narrative
from kvalitet.annual.periods import ReportPeriod
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.records.reference import Reference
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
        """ "Fastställd av socialnämnden den 18 mars 2025, § 43." """
        return say("report-approved", date=long_date(self.date), paragraph=self.paragraph)

    def clause(self) -> str:
        """The decision inside a sentence: "fastställd av socialnämnden den 18 mars 2025, § 43"."""
        decided = self.text().rstrip(".")
        return decided[:1].lower() + decided[1:]


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
    archive: Archived | None = None
    """For an approved report: the page as rendered at the approval (kvalitet faststall), if kept."""

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


def report_path(period: ReportPeriod) -> str:
    return f"{FOLDER}/{period.id}.md"
