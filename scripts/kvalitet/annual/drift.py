"""What has changed since a report was approved: the period's records and the staff's text, on the
report's page; and, for `kvalitet diff`, which approved reports a change touches."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from pathlib import Path

from kvalitet.annual.narrative import Narrative, text_in_repo, text_path
from kvalitet.annual.periods import ReportPeriod
from kvalitet.annual.sources import Approval
from kvalitet.annual.words import NOUNS, count, listing
from kvalitet.history.compare import Comparison, RecordChange
from kvalitet.history.gitrepo import file_at, relative_records
from kvalitet.messages import say
from kvalitet.records.cases import Case
from kvalitet.swedish import amount, number


def _in_period(cases: Sequence[Case], period: ReportPeriod) -> dict[str, Case]:
    return {case.id: case for case in cases if period.contains(case.registered)}


def changes_since(approved: Sequence[Case], current: Sequence[Case], period: ReportPeriod) -> str:
    """One sentence: how the period's records differ now from those of the approved commit."""
    before, now = _in_period(approved, period), _in_period(current, period)
    added = len(now.keys() - before.keys())
    removed = len(before.keys() - now.keys())
    changed = sum(1 for key in now.keys() & before.keys() if now[key].data != before[key].data)
    if added == removed == changed == 0:
        return say("report-drift-none")
    counts = [(code, n) for code, n in (("added", added), ("changed", changed), ("removed", removed)) if n]
    digits = any(n > 12 for _, n in counts)  # one number style in the sentence
    clauses = []
    for index, (code, n) in enumerate(counts):
        if index == 0:
            text = f"{number(n)} {NOUNS['ärende'].plural if n != 1 else NOUNS['ärende'].singular}"
            text = text if digits else count(n, NOUNS["ärende"])
        else:
            text = number(n) if digits else amount(n, neuter=True)
        clauses.append(say(f"report-drift-{code}", count=text))
    return say("report-drift-records", clauses=listing(clauses))


def text_changes(approved: Narrative | None, current: Path | None) -> str:
    """One sentence when the staff's text today differs from the approved text, else ""."""
    now = current.read_text(encoding="utf-8") if current is not None and current.is_file() else None
    if approved is None:
        return say("report-drift-text-new") if now is not None else ""
    if now is None:
        return say("report-drift-text-gone")
    if now == approved.raw:
        return ""
    matcher = difflib.SequenceMatcher(None, approved.raw.splitlines(), now.splitlines(), autojunk=False)
    lines = sum(
        max(end1 - start1, end2 - start2)
        for tag, start1, end1, start2, end2 in matcher.get_opcodes()
        if tag != "equal"
    )
    size = say("report-drift-text-lines", count=number(lines))
    if lines == 1:
        size = say("report-drift-text-line")
    return say("report-drift-text", lines=size)


def _touches(record: RecordChange, period: ReportPeriod) -> bool:
    if record.registered is not None:
        return period.contains(record.registered)
    return record.year == period.year


def approved_touched(
    approvals: Sequence[Approval], texts: Path, repo: Path, base: str, comparison: Comparison
) -> list[str]:
    """For `kvalitet diff`: one warning (Markdown) per approved report whose period's records or whose
    text (`texts`: the folder of the texts on disk) the change touches, compared with `base`."""
    records = [*comparison.added, *comparison.changed, *comparison.removed]
    folder = relative_records(repo, texts)
    warnings = []
    for approval in sorted(approvals, key=lambda item: item.report):
        period = ReportPeriod.from_id(approval.report)
        touched = sum(1 for record in records if _touches(record, period))
        path = texts / f"{approval.report}.md"
        now = path.read_bytes() if path.is_file() else None
        before = file_at(repo, base, text_in_repo(folder, approval.report))
        what = []
        if touched:
            what.append(say("report-touched-records", count=count(touched, NOUNS["ärende"])))
        if now != before:
            what.append(say("report-touched-text", path=text_path(approval.report)))
        if what:
            warnings.append(
                say("report-touched", title=period.title(), approval=approval.clause(), what=listing(what))
            )
    return warnings
