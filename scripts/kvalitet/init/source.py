"""Where a records repository's CI and pre-commit hook get the tool: a pinned version from PyPI, or a
tag of the tool's own Git repository.

    --källa pypi                                   kvalitet[site,pdf]==0.1.0  (the running version)
    --källa git+https://example.org/kvalitet.git@v0.1.0
                                                   kvalitet[site,pdf] @ git+https://…@v0.1.0

CI installs `requirement` (requirements.txt); the hook installs only the validator, from the same
place: `kvalitet==0.1.0` from PyPI, or the hook of the tool's repository (.pre-commit-hooks.yaml) at
the tag.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from urllib.parse import urlsplit

from kvalitet.errors import KvalitetError, UsageError
from kvalitet.messages import say

PACKAGE = "kvalitet"
CI_EXTRAS = "site,pdf"
"""The extras with what CI needs beyond validation: the site (kvalitet bygg), and Playwright for the
PDFs and the browser check."""
PYPI = "pypi"


@dataclass(frozen=True, slots=True)
class ToolSource:
    version: str
    """The tool's version: the running one, or the tag."""
    git_url: str | None = None
    """The tool's Git repository (https), or None for PyPI."""
    git_rev: str | None = None

    @property
    def requirement(self) -> str:
        """The line of requirements.txt that CI installs."""
        if self.git_url is None:
            return f"{PACKAGE}[{CI_EXTRAS}]=={self.version}"
        return f"{PACKAGE}[{CI_EXTRAS}] @ git+{self.git_url}@{self.git_rev}"

    @property
    def hook_requirement(self) -> str:
        """What the pre-commit hook installs from PyPI (validation only)."""
        return f"{PACKAGE}=={self.version}"

    def describe(self) -> str:
        if self.git_url is None:
            return say("init-source-pypi")
        return say("init-source-git", rev=self.git_rev, url=self.git_url)


def running_version() -> str:
    """The version of the kvalitet package that runs this."""
    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        raise KvalitetError(say("init-no-version")) from None


def parse_source(text: str, version: str) -> ToolSource:
    """The source `text` names (`pypi`, or `git+https://ADDRESS@TAG`); a `UsageError` otherwise."""
    if text.strip().lower() == PYPI:
        return ToolSource(version=version)
    url, at, rev = text.removeprefix("git+").rpartition("@")
    parts = urlsplit(url)
    if not text.startswith("git+https://") or not at or not rev or not parts.hostname or not parts.path:
        raise UsageError(say("init-bad-source", value=text))
    if parts.username is not None or parts.password is not None:
        raise UsageError(say("init-source-credentials"))
    if any(character.isspace() or character in "\"'#" for character in url + rev):
        raise UsageError(say("init-bad-source", value=text))
    return ToolSource(version=rev.removeprefix("v"), git_url=url, git_rev=rev)
