"""A versioned site: today's site, and the site as it was approved for every approved report.

`kvalitet bygg --versioner` builds into one folder that works on any static host:

    public/index.html          a link (and redirect) to the latest version
    public/404.html            the latest version's 404 page, finding the root by versions.json
    public/versions.json       the version list that Material's version selector reads
    public/senaste/            today's records
    public/2024/               the site from the records of the commit the 2024 report approves,
                               counted as of its uppföljningsdatum

Each approved version is built from the records and the report texts exported from git history
(kvalitet.history.gitrepo), so it stays as the nämnd saw it, whatever happens to them later. The
versions share one suppression decision per cell: a cell hidden in one is hidden in all
(kvalitet.aggregate.disclosure).
"""

from __future__ import annotations

import dataclasses
import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from html import escape
from pathlib import Path

from kvalitet.aggregate.disclosure import Ledger
from kvalitet.annual.approvals import load_approvals
from kvalitet.annual.narrative import NARRATIVE_DIR
from kvalitet.annual.periods import ReportPeriod
from kvalitet.annual.sources import Approval, report_path
from kvalitet.errors import KvalitetError
from kvalitet.history.gitrepo import folder_exists, records_at, relative_records, repo_root
from kvalitet.messages import say
from kvalitet.records.reference import find_root
from kvalitet.records.report import write_text
from kvalitet.site.build import LATEST_VERSION, BuildOptions, build, check_out_folder
from kvalitet.site.shell_hook import NOT_FOUND, NOT_FOUND_PROBE
from kvalitet.site.staging import staged
from kvalitet.swedish import long_date

LATEST = LATEST_VERSION
ROOT_PROBE = "versions.json"


def _redirect(target: str) -> str:
    link = escape(target)
    return (
        '<!doctype html>\n<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="refresh" content="0; url={link}">\n'
        f"<title>{escape(say('versions-title'))}</title>\n</head>\n"
        f'<body><p><a href="{link}">{escape(say("versions-link"))}</a></p></body>\n</html>\n'
    )


def build_versions(options: BuildOptions) -> int:
    """Build today's site and one per approved report into `options.out`; 0 when all are built."""
    check_out_folder(options.out)
    narratives = options.project / "site" / NARRATIVE_DIR
    approvals, problems = load_approvals(narratives)
    if problems:
        write_text(problems, 1, sys.stdout)
        return 1
    root = find_root(options.records)
    if root is None:
        raise KvalitetError(say("build-no-records", folder=options.records))
    repo = repo_root(root)
    folder = relative_records(repo, root)
    try:
        with staged(options.out) as site:
            staged_options = dataclasses.replace(options, out=site, shown_as=options.out)
            code = _build_all(staged_options, approvals, repo, folder, narratives)
            if code != 0:
                raise _Failed(code)
    except _Failed as failed:
        return failed.code
    print(say("versions-done", folder=options.out, count=len(approvals) + 1))
    return 0


class _Failed(Exception):
    """A version was not built: the half-made folder is thrown away, the published one kept."""

    def __init__(self, code: int) -> None:
        self.code = code


@contextmanager
def _approved_versions(
    common: BuildOptions, approvals: list[Approval], repo: Path, folder: str, narratives: Path
) -> Iterator[list[tuple[Approval, BuildOptions]]]:
    """Each approved report with the options of its version: the records and texts of its commit,
    exported into temporary folders that last as long as the block."""
    shown = common.shown_as or common.out
    with ExitStack() as stack:
        result = []
        for approval in sorted(approvals, key=lambda item: item.report, reverse=True):
            period = ReportPeriod.from_id(approval.report)
            work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kvalitet-version-")))
            exported = records_at(repo, approval.commit, Path(folder), work / "arenden")
            texts = work / "texter"
            texts.mkdir()
            if folder_exists(repo, approval.commit, narratives):
                texts = records_at(repo, approval.commit, narratives, texts)
            version = dataclasses.replace(
                common,
                records=exported,
                out=common.out / approval.report,
                shown_as=shown / approval.report,
                as_of=approval.follow_up or period.default_follow_up(approval.date),
                commit=approval.commit,
                texts=texts,
            )
            result.append((approval, version))
        yield result


def _settle(ledger: Ledger, latest: BuildOptions, versions: list[tuple[Approval, BuildOptions]]) -> None:
    """One suppression decision per cell for all versions: their figures aggregated together, in
    rounds, until they agree (kvalitet.aggregate.disclosure)."""

    def everything() -> None:
        with tempfile.TemporaryDirectory(prefix="kvalitet-utkast-") as scratch:
            for index, options in enumerate([latest, *(version for _, version in versions)]):
                plan = dataclasses.replace(
                    options, out=Path(scratch) / str(index), ledger=ledger, figures_only=True
                )
                if build(plan) != 0:
                    raise _Failed(1)

    ledger.settle(everything)
    if ledger.unprotected:
        print(ledger.warning(), file=sys.stderr)


def _build_all(
    options: BuildOptions, approvals: list[Approval], repo: Path, folder: str, narratives: Path
) -> int:
    shown = options.shown_as or options.out
    common = dataclasses.replace(options, versioned=True, repo=repo, folder=folder, ledger=Ledger())
    latest = dataclasses.replace(common, out=options.out / LATEST, shown_as=shown / LATEST)
    versions: list[dict[str, object]] = [{"version": LATEST, "title": say("versions-latest"), "aliases": []}]
    with _approved_versions(common, approvals, repo, folder, narratives) as approved:
        assert common.ledger is not None
        _settle(common.ledger, latest, approved)
        code = build(latest)
        if code != 0:
            return code
        for approval, version in approved:
            if build(version) != 0:
                raise KvalitetError(say("versions-failed", report=approval.report))
            period = ReportPeriod.from_id(approval.report)
            title = say("versions-approved", title=period.title(), date=long_date(approval.date))
            page = report_path(period).removesuffix(".md") + ".html"
            versions.append(
                {"version": approval.report, "title": title, "aliases": [], "properties": {"page": page}}
            )
    (options.out / "versions.json").write_text(
        json.dumps(versions, ensure_ascii=False, indent=1) + "\n", "utf-8"
    )
    (options.out / "index.html").write_text(_redirect(f"{LATEST}/index.html"), encoding="utf-8")
    (options.out / NOT_FOUND).write_text(root_not_found(options.out / LATEST / NOT_FOUND), encoding="utf-8")
    return 0


def root_not_found(latest: Path) -> str:
    """The site root's 404 page: the latest version's, finding the root by versions.json and reading
    its links in the latest version's folder (see site/overrides/404.html)."""
    html = latest.read_text(encoding="utf-8")
    marker = f'data-probe="{NOT_FOUND_PROBE}" data-into=""'
    if html.count(marker) != 1:
        raise KvalitetError(say("versions-no-404", path=latest))
    return html.replace(marker, f'data-probe="{ROOT_PROBE}" data-into="{LATEST}/"')
