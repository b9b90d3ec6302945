"""`kvalitet bygg`: validate → aggregate → render → MkDocs build, into a static site.

The build never changes the repository: the hand-written pages in site/ and the generated pages are put
together in a temporary folder, with a copy of mkdocs.yml that gets the navigation, the data version
and (for the internal build) `extra.intern`. MkDocs builds it with `--strict` semantics: a warning
stops the build. Then the pinned plotly.js files are copied in (kvalitet.site.assets).

No clock in the figures: the cut-off date is a parameter (by default the date of the checked-out
commit), and the build time shown in the footer comes from the caller (or SOURCE_DATE_EPOCH).
"""

from __future__ import annotations

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
from zoneinfo import ZoneInfo

import yaml

from kvalitet.aggregate import Aggregates, aggregate
from kvalitet.annual.approvals import approved_sources, load_approvals
from kvalitet.annual.narrative import NARRATIVE_DIR
from kvalitet.errors import KvalitetError, UsageError
from kvalitet.history.dataversion import DataVersion, data_version
from kvalitet.history.gitrepo import commit_date, repo_root
from kvalitet.messages import say
from kvalitet.records.cases import to_cases
from kvalitet.records.reference import find_root, load_reference
from kvalitet.records.report import write_text
from kvalitet.records.validate import validate
from kvalitet.render.page import SiteFiles
from kvalitet.site import assets, engines
from kvalitet.site.pages import HANDWRITTEN, generate, navigation
from kvalitet.site.staging import staged
from kvalitet.swedish import long_date, number

TIMEZONE = "Europe/Stockholm"
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
    engine: str = "mkdocs"
    """What builds the site from the generated project: one of `engines.ENGINES`."""


def project_folder(records: Path) -> Path:
    """The folder with mkdocs.yml: the one above the records root, or else the working folder."""
    root = find_root(records)
    if root is not None and (root.parent / "mkdocs.yml").is_file():
        return root.parent
    return Path.cwd()


def _local(moment: dt.datetime) -> str:
    try:
        zone: dt.tzinfo = ZoneInfo(TIMEZONE)
    except (KeyError, ValueError, OSError):  # pragma: no cover - tzdata missing
        zone = dt.UTC
    local = moment.astimezone(zone) if moment.tzinfo else moment
    return f"{long_date(local.date())} {local:%H:%M}"


def dataversion_footer(version: DataVersion, as_of: dt.date) -> list[dict[str, str]]:
    """The footer's lines: which data every page shows (the build time only when it is not the
    commit's own)."""
    lines = [
        {"label": say("footer-as-of"), "value": long_date(as_of)},
        {"label": say("footer-records"), "value": number(version.records)},
        {"label": say("footer-commit"), "value": version.short_commit},
        {
            "label": say("footer-commit-date"),
            "value": _local(version.commit_date) if version.commit_date else say("footer-unknown"),
        },
    ]
    if version.built != version.commit_date:
        lines.append({"label": say("footer-built"), "value": _local(version.built)})
    return lines


def check_out_folder(out: Path) -> None:
    resolved = out.resolve()
    if resolved.exists() and not resolved.is_dir():
        raise UsageError(say("build-out-not-folder", folder=out))
    if resolved == Path(resolved.anchor) or any((resolved / name).exists() for name in PROTECTED):
        raise UsageError(say("build-out-protected", folder=out))


def _config(
    options: BuildOptions, docs: Path, files: SiteFiles, footer: list[dict[str, str]], site: Path
) -> dict[str, Any]:
    source = options.project / "mkdocs.yml"
    if not source.is_file():
        raise KvalitetError(say("build-no-mkdocs", folder=options.project))
    config: dict[str, Any] = yaml.safe_load(source.read_text(encoding="utf-8"))
    config["docs_dir"] = docs.name  # relative to the config file beside it: every engine reads that
    config["site_dir"] = str(site)
    config["theme"]["custom_dir"] = OVERRIDES
    config["nav"] = navigation(files, internal=options.internal)
    extra = config.setdefault("extra", {})
    extra["intern"] = options.internal
    extra["dataversion"] = footer
    if options.versioned:
        extra["version"] = {"provider": "mike"}
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
    source = options.project / "site"
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


def build(options: BuildOptions) -> int:
    """Validate the records and build the site into `options.out`: 0 when built, 1 when not."""
    check_out_folder(options.out)
    outcome = validate([options.records])
    if not outcome.ok:
        write_text(outcome.problems, outcome.checked, sys.stdout)
        print(say("build-stopped"), file=sys.stderr)
        return 1
    root = find_root(options.records)
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
    aggregates = aggregate(cases, reference, as_of=as_of)
    narratives = options.project / "site" / NARRATIVE_DIR
    approvals, approval_problems = load_approvals(narratives)
    if approval_problems:
        write_text(approval_problems, 1, sys.stdout)
        print(say("build-stopped"), file=sys.stderr)
        return 1
    if approvals and not _same_repository(options, root):
        print(say("build-approvals-elsewhere", folder=options.records), file=sys.stderr)
        approvals = []
    with staged(options.out) as site, tempfile.TemporaryDirectory(prefix="kvalitet-bygg-") as work:
        approved = approved_sources(
            approvals,
            root,
            cases,
            Path(work) / "faststallda",
            repo=options.repo,
            folder=options.folder,
            texts=narratives,
        )
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
    code = "build-done-internal" if options.internal else "build-done"
    print(
        say(
            code,
            folder=options.shown_as or options.out,
            pages=len(files.pages) + len(HANDWRITTEN),
            records=number(len(cases)),
            date=long_date(as_of),
        )
    )
    return 0
