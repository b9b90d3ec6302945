"""The site's shell: mkdocs.yml, and the hand-written pages, overrides, stylesheets and scripts in site/.

This repository keeps the shell at its top (mkdocs.yml beside site/). A municipality's own records
repository, made by `kvalitet init`, has no copy of it: only its report texts in site/berattelse/. Its
build takes the shell installed with the package (a wheel carries it as kvalitet/shell/, laid out as
here: kvalitet/shell/mkdocs.yml and kvalitet/shell/site/; see pyproject.toml).
"""

from __future__ import annotations

from pathlib import Path

from kvalitet.errors import KvalitetError
from kvalitet.messages import say

CONFIG = "mkdocs.yml"
PAGES = "site"


def installed_shell() -> Path | None:
    """The shell that came with the package: kvalitet/shell in a wheel, the checkout's top when run
    from this repository's own scripts/ folder; None when neither is there."""
    package = Path(__file__).resolve().parents[1]
    for folder in (package / "shell", package.parents[1]):
        if (folder / CONFIG).is_file() and (folder / PAGES).is_dir():
            return folder
    return None


def shell_folder(project: Path) -> Path:
    """The folder with mkdocs.yml and site/ that a build of `project` uses: the project's own when it
    has a mkdocs.yml, else the installed one."""
    if (project / CONFIG).is_file():
        return project
    found = installed_shell()
    if found is None:
        raise KvalitetError(say("build-no-mkdocs", folder=project))
    return found
