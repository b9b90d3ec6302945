"""Which data a build shows: the commit of the records, its date, the build time and the record count.

Read from git without changing anything. A folder that is not in a git repository (or a git that is
missing) gives "okänd" for the commit, never an error: the build still states what it knows.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

UNKNOWN = "okänd"


@dataclass(frozen=True, slots=True)
class DataVersion:
    commit: str
    commit_date: dt.datetime | None
    built: dt.datetime
    records: int

    @property
    def short_commit(self) -> str:
        return self.commit[:10] if self.commit != UNKNOWN else self.commit


def _git(folder: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(
            ["git", "-C", str(folder), *args], capture_output=True, text=True, check=False, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.strip() if result.returncode == 0 and result.stdout.strip() else None


def head_commit(folder: Path) -> tuple[str, dt.datetime | None]:
    """The commit checked out in `folder`'s repository and its commit date, or "okänd" and None."""
    line = _git(folder, "log", "-1", "--format=%H %cI")
    if line is None:
        return UNKNOWN, None
    commit, date = line.split(" ", 1)
    return commit, dt.datetime.fromisoformat(date)


def build_time(now: dt.datetime | None, commit_date: dt.datetime | None) -> dt.datetime:
    """The build time: SOURCE_DATE_EPOCH when set, otherwise `now` when the caller gives one, otherwise
    the commit's time, so that two builds of one commit are byte for byte the same. Only a folder
    outside git, with neither, is dated by the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    if now is not None:
        return now
    return commit_date or dt.datetime.now(dt.UTC)


def data_version(folder: Path, *, records: int, now: dt.datetime | None) -> DataVersion:
    commit, date = head_commit(folder)
    return DataVersion(commit, date, build_time(now, date), records)
