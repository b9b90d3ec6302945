"""The commands behind the CLI: typed functions that return an exit code."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path

from kvalitet.messages import say
from kvalitet.records.report import write_codequality, write_github, write_json, write_text
from kvalitet.records.validate import validate


def validate_command(paths: Sequence[Path], *, as_of: dt.date, output_format: str = "text") -> int:
    """`kvalitet validera`: 0 when every record is in order, 1 when not (a quarter that ended before
    `as_of` without its report to IVO is a problem, as it is for `kvalitet bygg`)."""
    outcome = validate(paths, as_of=as_of)
    writers = {"json": write_json, "codequality": write_codequality, "github": write_github}
    writer = writers.get(output_format, write_text)
    writer(outcome.problems, outcome.checked, sys.stdout, outcome.hints)
    return 0 if outcome.ok else 1


def build_command(
    records: Path,
    out: Path | None,
    *,
    internal: bool,
    as_of: dt.date | None,
    pdf: bool = False,
    versions: bool = False,
    engine: str = "mkdocs",
) -> int:
    """`kvalitet bygg`: 0 when the site is built, 1 when the records have problems."""
    from kvalitet.site.build import BuildOptions, build, project_folder

    folder = out or Path("public-intern" if internal else "public")
    options = BuildOptions(
        records=records,
        out=folder,
        project=project_folder(records),
        now=None,
        as_of=as_of,
        internal=internal,
        pdf=pdf,
        engine=engine,
    )
    if versions:
        from kvalitet.site.versions import build_versions

        return build_versions(options)
    return build(options)


def demo_command(out: Path, first_year: int, last_day: dt.date, per_year: int | None, seed: int) -> int:
    """`kvalitet demo`: write the fictional municipality's records into `out`."""
    from kvalitet.demo import generate

    written = generate(out, first_year=first_year, last_day=last_day, per_year=per_year, seed=seed)
    print(say("demo-written", count=written, folder=out))
    return 0


def diff_command(records: Path, base: str | None, *, as_of: dt.date | None, output_format: str) -> int:
    """`kvalitet diff`, with a warning first for each approved report that the change touches."""
    from kvalitet.annual.approvals import load_approvals
    from kvalitet.annual.drift import approved_touched
    from kvalitet.annual.narrative import NARRATIVE_DIR
    from kvalitet.history.compare import Comparison
    from kvalitet.history.diff import diff_command as diff
    from kvalitet.site.build import project_folder

    texts = project_folder(records) / "site" / NARRATIVE_DIR
    approvals, problems = load_approvals(texts)

    def notes(repo: Path, commit: str, comparison: Comparison) -> list[str]:
        if problems or not approvals:
            return []
        return approved_touched(approvals, texts, repo, commit, comparison)

    return diff(records, base, as_of=as_of, output=sys.stdout, output_format=output_format, notes=notes)


def approve_command(
    report: str, records: Path, *, date: dt.date, paragraph: str, commit: str, follow_up: dt.date | None
) -> int:
    """`kvalitet faststall`: archive the report as approved and record the decision; 0 when done."""
    from kvalitet.annual.approve import approve
    from kvalitet.annual.narrative import NARRATIVE_DIR
    from kvalitet.annual.periods import ReportPeriod
    from kvalitet.site.build import project_folder

    texts = project_folder(records) / "site" / NARRATIVE_DIR
    approval, folder = approve(
        report,
        date=date,
        paragraph=paragraph,
        commit=commit,
        follow_up=follow_up,
        records=records,
        texts=texts,
    )
    title = ReportPeriod.from_id(report).title()
    print(say("approve-done", title=title, approval=approval.clause(), folder=folder))
    return 0


def init_command(folder: Path, source: str, *, municipality: str | None, year: int, existing: bool) -> int:
    """`kvalitet init`: a new records repository pinned to the running version; 0 when made."""
    from kvalitet.init import InitOptions, init_repository, parse_source, running_version

    options = InitOptions(
        folder=folder,
        source=parse_source(source, running_version()),
        municipality=municipality or say("init-default-municipality"),
        year=year,
        existing=existing,
    )
    return init_repository(options)
