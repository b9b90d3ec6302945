"""The internal build can never be published by mistake.

`kvalitet bygg --intern` shows single cases and their summaries: personal data under GDPR and secret
under 26 kap. OSL. So:

- it refuses a target that is, or lies inside, the public output folder (`public/`) or a folder the
  CI templates publish (GitLab's `artifacts: paths:`, GitHub's `upload-pages-artifact` and
  `upload-artifact` paths), read from the project's own `.gitlab-ci.yml` and `.github/workflows/`;
- the internal tree carries a marker file, `MARKER`, at its top;
- the public build refuses a target that holds a marker (anywhere in it, or in a folder above it),
  so that a public build never mixes with or lies inside an internal one, and it checks that its own
  finished tree holds none;
- the publish jobs of the CI templates run `python -m kvalitet.site.internal public` before they
  publish, which fails when the tree holds a marker anywhere.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import yaml

from kvalitet.errors import KvalitetError, UsageError
from kvalitet.messages import say

MARKER = ".kvalitet-intern"
"""The marker file at the top of an internal tree."""
PUBLIC = "public"
"""The public build's default output folder (and GitLab Pages' folder)."""


def _yaml(file: Path) -> Any:
    try:
        return yaml.safe_load(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None


def _gitlab_paths(data: Any) -> Iterator[str]:
    for job in data.values() if isinstance(data, dict) else ():
        artifacts = job.get("artifacts") if isinstance(job, dict) else None
        paths = artifacts.get("paths") if isinstance(artifacts, dict) else None
        yield from (str(path) for path in paths or () if isinstance(path, str))
        publish = job.get("publish") if isinstance(job, dict) else None  # GitLab Pages' own keyword
        if isinstance(publish, str):
            yield publish


def _github_paths(data: Any) -> Iterator[str]:
    jobs = data.get("jobs") if isinstance(data, dict) else None
    for job in jobs.values() if isinstance(jobs, dict) else ():
        for step in job.get("steps") or () if isinstance(job, dict) else ():
            uses = str(step.get("uses", "")) if isinstance(step, dict) else ""
            if "upload-pages-artifact" in uses or "upload-artifact" in uses:
                path = (step.get("with") or {}).get("path")
                if isinstance(path, str):
                    yield from (line.strip() for line in path.splitlines() if line.strip())


def published_folders(project: Path) -> list[Path]:
    """The public output folder and every path the project's CI templates publish, resolved."""
    found = [PUBLIC]
    gitlab = project / ".gitlab-ci.yml"
    if gitlab.is_file():
        found += _gitlab_paths(_yaml(gitlab))
    for workflow in sorted((project / ".github" / "workflows").glob("*.y*ml")):
        found += _github_paths(_yaml(workflow))
    resolved = {(project / path.replace("$CI_PROJECT_DIR/", "")).resolve() for path in found}
    return sorted(resolved)


def check_internal_target(out: Path, project: Path) -> None:
    """Refuse an internal build into a published folder or a folder inside one."""
    target = out.resolve()
    for folder in published_folders(project):
        if target == folder or folder in target.parents:
            shown = (
                folder.relative_to(project.resolve()) if folder.is_relative_to(project.resolve()) else folder
            )
            raise UsageError(say("build-internal-published", folder=out, published=shown))


def markers(tree: Path) -> list[Path]:
    """Every marker file in `tree`, and in the folders above it."""
    tree = tree.resolve()
    found = [folder / MARKER for folder in tree.parents if (folder / MARKER).is_file()]
    if tree.is_dir():
        found += sorted(tree.rglob(MARKER))
    return found


def check_public_target(out: Path) -> None:
    """Refuse a public build into, or inside, a tree that holds an internal build."""
    found = markers(out)
    if found:
        raise UsageError(say("build-public-into-internal", folder=out, marker=found[0]))


def mark_internal(site: Path) -> None:
    """Put the marker at the top of a built internal tree."""
    (site / MARKER).write_text(say("internal-marker-text") + "\n", encoding="utf-8")


def check_built_public(site: Path) -> None:
    """A finished public tree must hold no marker (a hand-written page could bring one)."""
    found = sorted(site.rglob(MARKER))
    if found:
        raise KvalitetError(say("build-public-has-marker", marker=found[0].relative_to(site)))


def check_before_publishing(folder: Path) -> int:
    """`python -m kvalitet.site.internal MAPP`: 0 when `folder` may be published, 1 when not."""
    if not folder.is_dir():
        print(say("publish-check-missing", folder=folder), file=sys.stderr)
        return 1
    found = markers(folder)
    if found:
        print(say("publish-check-internal", folder=folder, marker=found[0]), file=sys.stderr)
        return 1
    print(say("publish-check-ok", folder=folder))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print(say("publish-check-usage"), file=sys.stderr)
        return 2
    return check_before_publishing(Path(args[0]))


if __name__ == "__main__":
    raise SystemExit(main())
