"""Shared test helpers: the case folders on disk and a real build of the site."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

CASES = Path(__file__).parent / "cases"
BASE = CASES / "base"
REPO = Path(__file__).parent.parent


def case_ids(paths: list[Path]) -> list[str]:
    return [path.stem if path.is_file() else path.name for path in paths]


DEMO_AS_OF = dt.date(2026, 10, 31)
"""The last day of the committed demo records (kvalitet demo --till)."""
BUILD_TIME = dt.datetime(2026, 11, 2, 7, 30, tzinfo=dt.UTC)


def build_site(
    records: Path,
    out: Path,
    *,
    internal: bool = False,
    as_of: dt.date = DEMO_AS_OF,
    now: dt.datetime = BUILD_TIME,
    project: Path = REPO,
    pdf: bool = False,
    engine: str = "mkdocs",
) -> int:
    """`kvalitet bygg` in this process, with a fixed build time, the repo's site shell and asset cache."""
    from kvalitet.site.build import BuildOptions, build

    options = BuildOptions(
        records=records,
        out=out,
        project=project,
        now=now,
        as_of=as_of,
        internal=internal,
        pdf=pdf,
        cache_dir=REPO / ".cache" / "vendor",
        engine=engine,
    )
    return build(options)


def git_env() -> dict[str, str]:
    """The environment for git in a test repository: no user configuration, a fixed author."""
    return {
        **os.environ,
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
    }


def git(repo: Path, *args: str) -> str:
    """The output of a git command in `repo` that must succeed, stripped."""
    return subprocess.run(
        ["git", "-C", str(repo), *args], check=True, capture_output=True, text=True, env=git_env()
    ).stdout.strip()


def demo_records_renaming(tmp_path: Path, unit_name: str, unit: str = "Hemtjänst Norr") -> Path:
    """A copy of the demo records in which the unit named `unit` is called `unit_name`."""
    import json

    records = tmp_path / "records"
    shutil.copytree(REPO / "records", records)
    organisation = records / "organisation.yaml"
    text = organisation.read_text(encoding="utf-8")
    assert f"namn: {unit}" in text
    organisation.write_text(text.replace(f"namn: {unit}", f"namn: {json.dumps(unit_name)}"), encoding="utf-8")
    return records


FORMAT_2_ADDS = (
    "; då gäller också det som postformat 2 lägger till: ett ej verkställt beslut har en insats enligt sitt "
    "lagrum (SoL eller LSS); ett ej verkställt beslut registreras först när tre månader har gått från "
    "beslutet eller avbrottet, och är inte verkställt eller återupptaget inom dem; kvartalen i "
    "rapporterad_ivo slutar efter beslutet och efter de tre månaderna, och börjar senast när beslutet "
    "verkställs, insatsen återupptas eller ärendet avslutas; kvalitet validera och kvalitet bygg kräver "
    "att varje kvartal som har slutat medan beslutet inte var verkställt står i rapporterad_ivo; ett "
    "avslutat ärende har alla sina åtgärder uppföljda, senast den dag det avslutades"
)
"""What the hint of `kvalitet validera` lists after "när du ändrar det" (recordformat.ADDITIONS)."""
