"""Approved reports: the nämnd's decisions in `site/berattelse/faststallda.yaml`, and the records each
approved report is computed from, read from the commit the decision names.

    fastställda:
      - berättelse: "2024"
        datum: 2025-03-18
        paragraf: § 43
        commit: 3f2a9c1e0b...            (all 40 characters: git rev-parse HEAD)
        uppföljningsdatum: 2025-01-31    (optional)

Once approved, a report is built entirely from that commit: its records, reference files and the
staff's text (`site/berattelse/2024.md` as committed), whatever happens to them later. The page says
how the period's records and the text have changed since (added, changed, removed; lines of text);
that note is not printed, so the PDF stays the document the nämnd approved.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from kvalitet.annual.archive import archive_folder, read_archive
from kvalitet.annual.drift import changes_since, text_changes
from kvalitet.annual.narrative import Narrative, from_text, text_in_repo, text_path
from kvalitet.annual.periods import ReportPeriod
from kvalitet.annual.sources import Approval, Source
from kvalitet.errors import KvalitetError
from kvalitet.history.gitrepo import commit_date, file_at, records_at, relative_records, repo_root, short
from kvalitet.messages import say
from kvalitet.records.cases import Case, to_cases
from kvalitet.records.load import load_yaml
from kvalitet.records.problems import Problem
from kvalitet.records.reference import load_reference
from kvalitet.records.schemacheck import load_schemas
from kvalitet.records.validate import validate

APPROVALS_FILE = "faststallda.yaml"


def load_approvals(folder: Path) -> tuple[list[Approval], list[Problem]]:
    """The decisions in `folder/faststallda.yaml` (none when the file is missing), or its problems."""
    path = folder / APPROVALS_FILE
    if not path.is_file():
        return [], []
    doc = load_yaml(path)
    if isinstance(doc, list):
        return [], doc
    problems = load_schemas().check(doc, "faststallda")
    if problems:
        return [], problems
    approvals: list[Approval] = []
    seen: set[str] = set()
    for index, item in enumerate(doc.data["fastställda"]):
        report = item["berättelse"]
        if report in seen:
            position = doc.position(("fastställda", index, "berättelse"))
            problems.append(Problem.at(path, position, "report-approval-twice", report=report))
            continue
        seen.add(report)
        follow_up = item.get("uppföljningsdatum")
        approvals.append(
            Approval(
                report=report,
                date=dt.date.fromisoformat(item["datum"]),
                paragraph=item["paragraf"],
                commit=item["commit"],
                follow_up=dt.date.fromisoformat(follow_up) if follow_up else None,
            )
        )
    return approvals, problems


def text_at(repo: Path, commit: str, texts: str, report: str) -> Narrative | None:
    """The staff's text of `report` as committed at `commit` (`texts`: the text folder inside the
    repository), or None when the commit had none."""
    raw = file_at(repo, commit, text_in_repo(texts, report))
    if raw is None:
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise KvalitetError(
            say("report-text-unreadable", source=text_path(report), commit=short(commit), report=report)
        ) from None
    return from_text(text_path(report), text)


def approved_sources(
    approvals: Sequence[Approval],
    records: Path,
    current: Sequence[Case],
    work: Path,
    *,
    repo: Path | None = None,
    folder: str | None = None,
    texts: Path | None = None,
) -> dict[str, Source]:
    """For each approved report: the cases, reference data and staff text of its commit. `work` is an
    empty folder for the exported records. `repo` and `folder` (the records folder inside it) default
    to the repository that holds `records`; a version built from history gives them. `texts` is the
    folder of the staff's texts today (site/berattelse), to say how the text has changed since."""
    sources: dict[str, Source] = {}
    if not approvals:
        return sources
    repo = repo or repo_root(records)
    folder = folder if folder is not None else relative_records(repo, records)
    for approval in approvals:
        period = ReportPeriod.from_id(approval.report)  # the schema allows only valid names
        root = records_at(repo, approval.commit, Path(folder), work / approval.commit)
        outcome = validate([root])
        reference, problems = load_reference(root)
        if not outcome.ok or reference is None or problems:
            raise KvalitetError(
                say(
                    "report-approval-invalid",
                    report=approval.report,
                    commit=short(approval.commit),
                    count=len(outcome.problems),
                )
            )
        cases = to_cases(outcome.records)
        text = None
        drift = [changes_since(cases, current, period)]
        if texts is not None:
            text = text_at(repo, approval.commit, relative_records(repo, texts), approval.report)
            drift.append(text_changes(text, texts / f"{approval.report}.md"))
        approval = dataclasses.replace(approval, created=commit_date(repo, approval.commit))
        archive = read_archive(archive_folder(texts, approval.report)) if texts is not None else None
        sources[approval.report] = Source(
            cases,
            reference,
            approval,
            tuple(part for part in drift if part),
            text,
            frozen=True,
            archive=archive,
        )
    return sources
