"""`kvalitet diff [BAS]`: what a change does to the records and the published figures.

The records on disk (the working tree, uncommitted changes included) are compared with the records at
BAS. Without BAS, the comparison is with the commit where HEAD and the default branch part (their merge
base): what a merge request adds. Both sides are aggregated with the same cut-off date, by default the
date of the HEAD commit, so the figures differ only by what the change does.

The result is Markdown for the merge request (CI posts it as the summary), or JSON. When the records
on disk have problems, the validator's problems are shown instead and the exit code is 1.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kvalitet.errors import KvalitetError, UsageError
from kvalitet.history import gitrepo
from kvalitet.history.compare import Base, Comparison, Side, compare
from kvalitet.history.summary import markdown, to_json
from kvalitet.messages import say
from kvalitet.records.reference import find_root
from kvalitet.records.report import write_json, write_text
from kvalitet.records.validate import Outcome, validate

FORMATS = ("markdown", "json")


def choose_base(repo: Path, base: str | None) -> Base:
    """The commit to compare with: BAS itself, or the merge base of HEAD and the default branch."""
    if base is not None:
        return Base(gitrepo.resolve(repo, base), base, merge_base=False)
    branch = gitrepo.default_branch(repo)
    if branch is None:
        raise KvalitetError(say("diff-no-default-branch", tried=", ".join(gitrepo.DEFAULT_BRANCHES)))
    commit = gitrepo.merge_base(repo, branch, "HEAD")
    return Base(commit, gitrepo.ref_name(repo, branch), merge_base=True)


def _problems(outcome: Outcome, output: TextIO, output_format: str) -> None:
    if output_format == "json":
        write_json(outcome.problems, outcome.checked, output)
        return
    text = io.StringIO()
    write_text(outcome.problems, outcome.checked, text)
    lines = [say("diff-invalid-heading"), "", say("diff-invalid"), "", "```text", text.getvalue().rstrip()]
    output.write("\n".join([*lines, "```"]) + "\n")


def compare_with(
    records: Path, base: str | None, *, as_of: dt.date | None, outcome: Outcome | None = None
) -> tuple[Base, Comparison]:
    """The records root `records` (validated and without problems) compared with BAS."""
    root = records.resolve()
    repo = gitrepo.repo_root(root)
    chosen = choose_base(repo, base)
    day = as_of or gitrepo.commit_date(repo, "HEAD").date()
    new = Side.load(root, outcome)
    with tempfile.TemporaryDirectory(prefix="kvalitet-diff-") as folder:
        if gitrepo.folder_exists(repo, chosen.commit, root):
            old = Side.load(gitrepo.records_at(repo, chosen.commit, root, Path(folder)))
        else:
            old = Side.load(None)
        comparison = compare(old, new, as_of=day)
    chosen = Base(chosen.commit, chosen.ref, chosen.merge_base, old.root is not None, old.problems)
    return chosen, comparison


def diff_command(
    records: Path,
    base: str | None,
    *,
    as_of: dt.date | None,
    output: TextIO,
    output_format: str = "markdown",
    notes: Callable[[Path, str, Comparison], list[str]] | None = None,
) -> int:
    """`kvalitet diff [BAS]`: 0 when the summary is written, 1 when the records on disk have problems.

    `notes` gives warnings to put first (the repository, the base commit and the comparison in): which
    approved reports the change touches (kvalitet.annual.drift)."""
    if output_format not in FORMATS:
        raise UsageError(say("diff-bad-format", value=output_format, allowed=", ".join(FORMATS)))
    root = find_root(records)
    if root is None:
        raise KvalitetError(say("diff-no-records", folder=records))
    outcome = validate([root])
    if not outcome.ok:
        _problems(outcome, output, output_format)
        return 1
    chosen, comparison = compare_with(root, base, as_of=as_of, outcome=outcome)
    warnings = notes(gitrepo.repo_root(root), chosen.commit, comparison) if notes is not None else []
    if output_format == "json":
        json.dump(to_json(chosen, comparison, warnings), output, ensure_ascii=False, indent=2)
        output.write("\n")
    else:
        output.write(markdown(chosen, comparison, warnings=warnings))
    return 0
