"""The engines that turn the generated Markdown and mkdocs.yml into the site.

MkDocs with Material for MkDocs 9 is the default and runs in this process. Material's team has
announced the end of its life for 2027-05-05 (README: Webbplatsens motor), so the same generated
project also builds with ProperDocs (a continuation of MkDocs 1.6 that reads mkdocs.yml and themes such
as Material as they are) and with Zensical (the successor by Material's team, which reads mkdocs.yml
too; not yet for publishing, see PUBLISHING). Both run as their own commands, from the Python
environment kvalitet runs in or else from PATH. The generated mkdocs.yml gives `docs_dir` relative to
itself, and for these two also `site_dir` (Zensical takes only a folder inside the project), so every
engine reads it the same way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from kvalitet.errors import KvalitetError
from kvalitet.messages import say

ENGINES = ("mkdocs", "properdocs", "zensical")
"""What can build the site from the generated project (tests/site/test_engines.py builds with each)."""
PUBLISHING = ("mkdocs", "properdocs")
"""`kvalitet bygg --motor`: the engines whose site passes the site check. Zensical 0.0.40 is not one:
its theme fetches glightbox from unpkg.com and fails axe-core's rules (the tests say when that changes)."""
OUTPUT = "site"
"""The folder, beside the generated mkdocs.yml, that a separate engine builds into."""


def command(engine: str) -> Path:
    """The engine's command: beside the running Python (the same environment) or else on PATH."""
    beside = Path(sys.executable).parent / engine
    if beside.is_file():
        return beside
    found = shutil.which(engine)
    if found is None:
        raise KvalitetError(say("build-engine-missing", engine=engine))
    return Path(found)


def build_with(engine: str, config_file: Path, site: Path, source_date: int | None) -> None:
    """Build the project of `config_file` with `engine` (not mkdocs) in strict mode, into `site`."""
    env = dict(os.environ)
    if source_date is not None:
        env.setdefault("SOURCE_DATE_EPOCH", str(source_date))
    result = subprocess.run(
        [str(command(engine)), "build", "--config-file", config_file.name, "--strict"],
        cwd=config_file.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    built = config_file.parent / OUTPUT
    if result.returncode != 0 or not (built / "index.html").is_file():
        details = "\n".join(f"  {line}" for line in result.stdout.strip().splitlines()[-20:])
        raise KvalitetError(say("build-engine-failed", engine=engine, details=details))
    shutil.copytree(built, site, dirs_exist_ok=True)
