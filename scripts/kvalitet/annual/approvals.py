"""Approved reports: the nämnd's decisions in `site/berattelse/faststallda.yaml`, and the records each
approved report is computed from, read from the commit the decision names.

    fastställda:
      - berättelse: "2024"
        datum: 2025-03-18
        paragraf: § 43
        commit: 3f2a9c1e0b...            (all 40 characters: git rev-parse HEAD)
        uppföljningsdatum: 2025-01-31    (optional)

Once approved, a report shows the figures of that commit, whatever happens to the records later, and
says how the period's records have changed since (added, changed, removed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from kvalitet.annual.pages import Approval, Source
from kvalitet.annual.periods import ReportPeriod
from kvalitet.errors import KvalitetError
from kvalitet.history.gitrepo import records_at, relative_records, repo_root, short
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


def _in_period(cases: Sequence[Case], period: ReportPeriod) -> dict[str, Case]:
    return {
        case.id: case
        for case in cases
        if case.registered.year == period.year and period.in_window(case.registered)
    }


def changes_since(approved: Sequence[Case], current: Sequence[Case], period: ReportPeriod) -> str:
    """One sentence: how the period's records differ now from those of the approved commit."""
    before, now = _in_period(approved, period), _in_period(current, period)
    added = len(now.keys() - before.keys())
    removed = len(before.keys() - now.keys())
    changed = sum(1 for key in now.keys() & before.keys() if now[key].data != before[key].data)
    if added == removed == changed == 0:
        return say("report-changes-none")
    return say("report-changes", added=added, changed=changed, removed=removed)


def approved_sources(
    approvals: Sequence[Approval],
    records: Path,
    current: Sequence[Case],
    work: Path,
    *,
    repo: Path | None = None,
    folder: str | None = None,
) -> dict[str, Source]:
    """For each approved report: the cases and reference data of its commit. `work` is an empty
    folder for the exported records. `repo` and `folder` (the records folder inside it) default to the
    repository that holds `records`; a version built from history gives them."""
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
        sources[approval.report] = Source(cases, reference, approval, changes_since(cases, current, period))
    return sources
