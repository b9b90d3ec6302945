"""`kvalitet bygg`: validate → aggregate → render → MkDocs build, into a static site.

The build never changes the repository: the hand-written pages in site/ and the generated pages are put
together in a temporary folder, with a copy of mkdocs.yml that gets the navigation, the data version
and (for the internal build) `extra.intern`. MkDocs builds it with `--strict` semantics: a warning
stops the build. Then the pinned plotly.js files are copied in (kvalitet.site.assets).

No clock in the figures: the cut-off date is a parameter (by default the date of the checked-out
commit), and the build time shown in the footer comes from the caller (or SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kvalitet.aggregate import Aggregates, aggregate
from kvalitet.aggregate.disclosure import Ledger
from kvalitet.annual.approvals import approved_sources, load_approvals
from kvalitet.annual.narrative import NARRATIVE_DIR
from kvalitet.errors import KvalitetError, UsageError
from kvalitet.history.dataversion import DataVersion, data_version
from kvalitet.history.gitrepo import commit_date, repo_root
from kvalitet.messages import say
from kvalitet.records.cases import to_cases
from kvalitet.records.decision_rules import missing_reports
from kvalitet.records.problems import Problem
from kvalitet.records.reference import find_root, load_reference
from kvalitet.records.report import write_text
from kvalitet.records.staff_texts import TEXTS_FOLDER, check_staff_text, staff_text_files
from kvalitet.records.validate import validate
from kvalitet.render.page import SiteFiles
from kvalitet.site import assets, engines, shell_hook
from kvalitet.site.internal import (
    check_built_public,
    check_internal_target,
    check_public_target,
    mark_internal,
)
from kvalitet.site.pages import STAFF_ONLY, generate, handwritten, navigation
from kvalitet.site.shell import shell_folder
from kvalitet.site.staging import staged
from kvalitet.swedish import long_date, number

LATEST_VERSION = "senaste"
"""The folder of today's site in a versioned build (kvalitet.site.versions); every other version is older."""
OVERRIDES = "overrides"
"""The theme's templates in site/, beside the generated docs/ in the project the engine builds."""
PROTECTED = (".git", "records", "mkdocs.yml", "pyproject.toml", "organisation.yaml")
"""A folder holding one of these is never used as the output folder (MkDocs empties it first)."""


@dataclass(frozen=True, slots=True)
class BuildOptions:
    records: Path
    out: Path
    project: Path
    """The folder with mkdocs.yml and site/."""
    now: dt.datetime | None
    """The build time shown in the footer; None: the commit's time (see history.dataversion)."""
    as_of: dt.date | None = None
    internal: bool = False
    cache_dir: Path | None = None
    pdf: bool = False
    """Also print every report as PDF (headless Chromium; some seconds per report)."""
    versioned: bool = False
    """One version of a versioned site (kvalitet.site.versions): show Material's version selector."""
    commit: str | None = None
    """The commit the records were exported from (a version built from history); None: the records'
    own checkout."""
    repo: Path | None = None
    """The git repository for approved reports; None: the one the records are in."""
    folder: str | None = None
    """The records folder inside `repo` (with `repo`)."""
    shown_as: Path | None = None
    """The output folder as messages name it (a versioned build builds into a folder beside it)."""
    texts: Path | None = None
    """The folder of the staff's report texts; None: site/berattelse in `project`. (A version built
    from history gives the texts of its commit; the approvals are always today's.)"""
    ledger: Ledger | None = None
    """The suppression decisions shared with what is published beside this build (the versions of a
    versioned site); None: this build's own (kvalitet.aggregate.disclosure)."""
    figures_only: bool = False
    """Only aggregate and generate the pages (into `ledger`), without building anything."""
    engine: str = "mkdocs"
    """What builds the site from the generated project: one of `engines.ENGINES`."""


def project_folder(records: Path) -> Path:
    """The project: the folder above the records root when it has mkdocs.yml or site/berattelse/ (a
    records repository made by `kvalitet init`), or else the working folder."""
    root = find_root(records)
    if root is not None and (
        (root.parent / "mkdocs.yml").is_file() or (root.parent / "site" / NARRATIVE_DIR).is_dir()
    ):
        return root.parent
    return Path.cwd()


def dataversion_footer(version: DataVersion, as_of: dt.date) -> str:
    """The footer's one line: which data every page shows ("Uppgifter till och med 31 oktober 2026 ·
    version 90dbb84")."""
    return say("footer-line", date=long_date(as_of), commit=version.short_commit)


def check_out_folder(out: Path) -> None:
    resolved = out.resolve()
    if resolved.exists() and not resolved.is_dir():
        raise UsageError(say("build-out-not-folder", folder=out))
    if resolved == Path(resolved.anchor) or any((resolved / name).exists() for name in PROTECTED):
        raise UsageError(say("build-out-protected", folder=out))


def _config(options: BuildOptions, docs: Path, files: SiteFiles, footer: str, site: Path) -> dict[str, Any]:
    source = shell_folder(options.project) / "mkdocs.yml"
    if not source.is_file():
        raise KvalitetError(say("build-no-mkdocs", folder=options.project))
    config: dict[str, Any] = yaml.safe_load(source.read_text(encoding="utf-8"))
    config["docs_dir"] = docs.name  # relative to the config file beside it: every engine reads that
    config["site_dir"] = str(site)
    config["theme"]["custom_dir"] = OVERRIDES
    config["nav"] = navigation(files, internal=options.internal)
    config["hooks"] = [shell_hook.__file__]
    if not options.internal:
        staff_only = "".join(f"/{path}\n" for path in sorted(STAFF_ONLY))
        config["exclude_docs"] = config.get("exclude_docs", "") + staff_only
    extra = config.setdefault("extra", {})
    extra["intern"] = options.internal
    extra["dataversion"] = footer
    if options.versioned:
        extra["version"] = {"provider": "mike", "default": LATEST_VERSION}
    return config


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def _mkdocs_logging() -> Iterator[_Collect]:
    logger = logging.getLogger("mkdocs")
    collect = _Collect()
    saved = logger.propagate
    logger.addHandler(collect)
    logger.propagate = False
    try:
        yield collect
    finally:
        logger.removeHandler(collect)
        logger.propagate = saved


@contextmanager
def _source_date(version: DataVersion) -> Iterator[None]:
    """MkDocs dates the sitemap with SOURCE_DATE_EPOCH: the commit's time, so a rebuild is identical."""
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    if saved is None and version.commit_date is not None:
        os.environ["SOURCE_DATE_EPOCH"] = str(int(version.commit_date.timestamp()))
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)


def _mkdocs(config_file: Path, version: DataVersion) -> None:
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    with _mkdocs_logging() as collect, _source_date(version):
        try:
            mkdocs_build(load_config(str(config_file), strict=True))
        # MkDocs raises Abort (a SystemExit-like click exception) when strict mode finds warnings.
        except (MkDocsException, SystemExit) as error:
            details = "\n".join(f"  {message}" for message in collect.messages) or f"  {error}"
            raise KvalitetError(say("build-mkdocs-failed", details=details)) from None


def _write_docs(options: BuildOptions, docs: Path, files: SiteFiles) -> None:
    # The staff's report texts are the raw material of the report pages, never pages of their own.
    # The theme's templates go beside docs/, not in it: not every engine honours exclude_docs.
    source = shell_folder(options.project) / "site"
    top_only = [NARRATIVE_DIR, OVERRIDES]
    shutil.copytree(source, docs, ignore=lambda folder, names: top_only if Path(folder) == source else [])
    if (source / OVERRIDES).is_dir():
        shutil.copytree(source / OVERRIDES, docs.parent / OVERRIDES)
    for page in files.pages:
        target = docs / page.path
        if target.exists():
            raise KvalitetError(say("build-page-clash", path=f"site/{page.path}"))
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, encoding="utf-8")
    for path, content in files.files.items():
        target = docs / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def _same_repository(options: BuildOptions, root: Path) -> bool:
    """Whether the approvals of `options.project` can apply to the records at `root`: both are in one
    git repository (or the build says which repository to read)."""
    if options.repo is not None:
        return True
    try:
        return root.resolve().is_relative_to(repo_root(options.project))
    except KvalitetError:
        return False


def _print_reports(out: Path, files: SiteFiles, aggregates: Aggregates) -> None:
    """Print each report listed in `files.prints` to its PDF in the built site."""
    if not files.prints:
        return
    from kvalitet.site.pdf import TitlePage, print_pdf

    for job in files.prints:
        title = TitlePage(
            municipality=aggregates.municipality,
            board=aggregates.board,
            title=job.title,
            period=job.period,
            approval=job.approval,
            commit=job.commit,
            records=job.records,
            case_number=job.case_number,
            meeting=job.meeting,
            proposal=job.proposal,
        )
        print_pdf(out, job.page, out / job.pdf, title=title, created=job.created)


def _guard_texts(options: BuildOptions, root: Path) -> list[Problem]:
    """The guard over the staff's texts this build publishes, where `validate` has not read them
    (a project folder elsewhere, or a version's texts exported from history)."""
    read = (root.parent / TEXTS_FOLDER).resolve()
    folders = {options.project / "site" / NARRATIVE_DIR, *([options.texts] if options.texts else [])}
    return [
        problem
        for folder in sorted(folders)
        if folder.resolve() != read
        for file in staff_text_files(folder)
        for problem in check_staff_text(file)
    ]


def build(options: BuildOptions) -> int:
    """Validate the records and build the site into `options.out`: 0 when built, 1 when not.

    Nothing the guard refuses is published: the records, the reference files and the staff's texts
    are all checked first. An internal build never goes into a published folder and is marked as
    internal; a public build never goes into an internal tree (kvalitet.site.internal)."""
    check_out_folder(options.out)
    if options.internal:
        check_internal_target(options.out, options.project)
    else:
        check_public_target(options.out)
    outcome = validate([options.records])
    root = find_root(options.records)
    if outcome.ok and root is not None:
        outcome.problems += _guard_texts(options, root)
    if outcome.problems:
        write_text(outcome.problems, outcome.checked, sys.stdout)
        # records/ÅÅÅÅ/<id>.yaml, or also a text or a file with organisation or categories
        in_records = all(root is not None and p.file.resolve().parents[1] == root for p in outcome.problems)
        print(say("build-stopped" if in_records else "build-stopped-files"), file=sys.stderr)
        return 1
    if root is None:
        raise KvalitetError(say("build-no-records", folder=options.records))
    reference, problems = load_reference(root)
    if reference is None or problems:  # pragma: no cover - validate() has reported these already
        raise KvalitetError(say("build-stopped"))
    cases = to_cases(outcome.records)
    version = data_version(root, records=len(cases), now=options.now)
    if options.commit is not None and options.repo is not None:
        version = DataVersion(
            options.commit, commit_date(options.repo, options.commit), version.built, len(cases)
        )
    as_of = options.as_of or (version.commit_date.date() if version.commit_date else None)
    if as_of is None:
        raise UsageError(say("build-need-date"))
    unreported = missing_reports(outcome.records, as_of)
    if unreported:  # a quarter closed before the cut-off date and not reported to IVO
        write_text(unreported, outcome.checked, sys.stdout)
        print(say("build-stopped"), file=sys.stderr)
        return 1
    narratives = options.project / "site" / NARRATIVE_DIR
    approvals, approval_problems = load_approvals(narratives)
    if approval_problems:
        write_text(approval_problems, 1, sys.stdout)
        print(say("build-stopped"), file=sys.stderr)
        return 1
    if approvals and not _same_repository(options, root):
        print(say("build-approvals-elsewhere", folder=options.records), file=sys.stderr)
        approvals = []
    building = contextlib.nullcontext(options.out) if options.figures_only else staged(options.out)
    with building as site, tempfile.TemporaryDirectory(prefix="kvalitet-bygg-") as work:
        approved = approved_sources(
            approvals,
            root,
            cases,
            Path(work) / "faststallda",
            repo=options.repo,
            folder=options.folder,
            texts=narratives,
        )

        def publish() -> tuple[Aggregates, SiteFiles]:
            # Today's figures and every report's, aggregated together: one decision per hidden cell.
            aggregates = aggregate(cases, reference, as_of=as_of)
            files = generate(
                aggregates,
                version,
                internal=options.internal,
                cases=cases,
                reference=reference,
                narratives=options.texts or narratives,
                approved=approved,
                pdf=options.pdf,
            )
            return aggregates, files

        ledger = options.ledger or Ledger()
        aggregates, files = ledger.settle(publish)
        if ledger.unprotected:
            print(ledger.warning(), file=sys.stderr)
        if options.figures_only:
            return 0
        docs = Path(work) / "docs"
        _write_docs(options, docs, files)
        config = _config(options, docs, files, dataversion_footer(version, as_of), site)
        config_file = Path(work) / "mkdocs.yml"
        if options.engine != "mkdocs":
            config["site_dir"] = engines.OUTPUT
        config_file.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
        if options.engine == "mkdocs":
            _mkdocs(config_file, version)
        else:
            epoch = int(version.commit_date.timestamp()) if version.commit_date else None
            engines.build_with(options.engine, config_file, site, epoch)
        assets.install_into(site, options.cache_dir or assets.default_cache_dir())
        _print_reports(site, files, aggregates)
        if options.internal:
            mark_internal(site)
        else:
            check_built_public(site)
    code = "build-done-internal" if options.internal else "build-done"
    print(
        say(
            code,
            folder=options.shown_as or options.out,
            pages=len(files.pages) + len(handwritten(internal=options.internal)),
            records=number(len(cases)),
            date=long_date(as_of),
        )
    )
    return 0
