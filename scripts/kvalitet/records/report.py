"""Reporters: problems for people (`sökväg:rad:kolumn: meddelande`) and for machines: our JSON,
GitLab's Code Quality report (merge-request annotations) and GitHub Actions' workflow commands."""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from kvalitet.messages import say
from kvalitet.records.problems import Problem, shown_text


def display_path(file: Path, base: Path | None = None) -> str:
    """The file's path as the user would type it: relative to the working folder when inside it."""
    base = base or Path.cwd()
    try:
        shown = os.path.relpath(file, base) if file.is_absolute() else str(file)
    except ValueError:  # another drive on Windows
        shown = str(file)
    # each folder's and the file's name on its own: a file named after a person is shown as [dolt]
    return "".join(shown_text(part) if part not in "/\\" else part for part in re.split(r"([/\\])", shown))


def _count(n: int, one: str, many: str) -> str:
    return say(one) if n == 1 else say(many, n=n)


def summary(problems: list[Problem], checked: int) -> str:
    """One line that closes a run."""
    counted = _count(checked, "count-checked-one", "count-checked-many")
    if not problems:
        return say("summary-ok", checked=counted)
    files = len({problem.file for problem in problems})
    return say(
        "summary-problems",
        problems=_count(len(problems), "count-problem-one", "count-problem-many"),
        files=_count(files, "count-file-one", "count-file-many"),
        checked=counted,
    )


def write_text(problems: list[Problem], checked: int, out: TextIO, hints: Sequence[str] = ()) -> None:
    """One line per problem, then the summary, then each hint (the record format's) on a line."""
    for problem in problems:
        out.write(f"{display_path(problem.file)}:{problem.line}:{problem.column}: {problem.message}\n")
    out.write(summary(problems, checked) + "\n")
    for hint in hints:
        out.write(hint + "\n")


def write_json(problems: list[Problem], checked: int, out: TextIO, hints: Sequence[str] = ()) -> None:
    """The problems as JSON, for CI annotations and merge-request comments."""
    document = {
        "checked": checked,
        "ok": not problems,
        "summary": summary(problems, checked),
        "hints": list(hints),
        "problems": [
            {
                "path": display_path(problem.file),
                "line": problem.line,
                "column": problem.column,
                "code": problem.code,
                "message": problem.message,
            }
            for problem in problems
        ],
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


def write_codequality(problems: list[Problem], checked: int, out: TextIO, hints: Sequence[str] = ()) -> None:
    """GitLab Code Quality (a JSON list): each problem shows on its line in the merge request (a hint
    has no line and is left out)."""
    del checked, hints
    issues = []
    for problem in problems:
        path = display_path(problem.file)
        key = f"{path}:{problem.line}:{problem.column}:{problem.code}:{problem.message}"
        issues.append(
            {
                "description": problem.message,
                "check_name": problem.code,
                "fingerprint": hashlib.sha256(key.encode("utf-8")).hexdigest(),
                "severity": "major",
                "location": {"path": path, "lines": {"begin": problem.line}},
            }
        )
    json.dump(issues, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _github_escape(text: str, *, property_value: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def write_github(problems: list[Problem], checked: int, out: TextIO, hints: Sequence[str] = ()) -> None:
    """GitHub Actions workflow commands (`::error file=…,line=…::…`), then the summary and each hint
    as a notice."""
    for problem in problems:
        path = _github_escape(display_path(problem.file), property_value=True)
        message = _github_escape(problem.message)
        out.write(f"::error file={path},line={problem.line},col={problem.column}::{message}\n")
    out.write(summary(problems, checked) + "\n")
    for hint in hints:
        out.write(f"::notice::{_github_escape(hint)}\n")
