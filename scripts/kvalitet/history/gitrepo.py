"""The records as they were at a commit, read from the git history without touching the working tree.

`records_at` writes the records folder of a commit into a folder of its own, byte for byte as committed:
the files are read with `git ls-tree` and `git cat-file --batch`, so neither the working tree, the index,
checkout filters nor `export-ignore`/`export-subst` attributes play any part. Symbolic links and
submodules in the records folder are left out (records are plain files).

Every failure is a `KvalitetError` with a Swedish text that says what to do. A clone made with limited
depth (CI does that by default) lacks the older commits; the error then says which history is needed.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from kvalitet.errors import KvalitetError
from kvalitet.messages import say

TIMEOUT = 600
"""Seconds a single git command may take (a full export of 100 000 records takes a few)."""
DEFAULT_BRANCHES = ("origin/HEAD", "origin/main", "main", "origin/master", "master")
"""Where the default branch is looked for, in this order."""
SHORT = 10
"""Characters of a commit id shown to people."""


def short(commit: str) -> str:
    return commit[:SHORT]


def _run(
    repo: Path, args: Sequence[str], *, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    command = ["git", "--literal-pathspecs", "-C", str(repo), *args]
    env = {**os.environ, "LC_ALL": "C", "LANGUAGE": ""}  # git's own messages in English, to recognise them
    try:
        return subprocess.run(
            command, input=stdin, env=env, capture_output=True, check=False, timeout=TIMEOUT
        )
    except FileNotFoundError:
        raise KvalitetError(say("git-missing")) from None
    except (OSError, subprocess.TimeoutExpired) as error:
        raise KvalitetError(say("git-failed", command=args[0], details=str(error))) from None


def _git(repo: Path, *args: str) -> str:
    """The output of a git command that must succeed, stripped."""
    result = _run(repo, args)
    if result.returncode != 0:
        details = result.stderr.decode("utf-8", "replace").strip() or f"slutkod {result.returncode}"
        raise KvalitetError(say("git-failed", command=args[0], details=details))
    return result.stdout.decode("utf-8", "replace").strip()


def repo_root(folder: Path) -> Path:
    """The top folder of the git repository that holds `folder`."""
    start = folder if folder.is_dir() else folder.parent
    result = _run(start, ["rev-parse", "--show-toplevel"])
    top = result.stdout.decode("utf-8", "replace").strip()
    details = result.stderr.decode("utf-8", "replace").strip()
    if result.returncode != 0 and details and "not a git repository" not in details:
        raise KvalitetError(say("git-failed", command="rev-parse", details=details))  # e.g. safe.directory
    if result.returncode != 0 or not top:
        raise KvalitetError(say("git-not-a-repo", folder=folder))
    return Path(top).resolve()


def relative_records(repo: Path, records: Path) -> str:
    """The records folder as a path inside the repository ("records"; "" for the repository's top)."""
    try:
        inside = records.resolve().relative_to(repo.resolve())
    except ValueError:
        raise KvalitetError(say("git-outside-repo", folder=records, repo=repo)) from None
    return inside.as_posix() if inside.parts else ""


def is_shallow(repo: Path) -> bool:
    """Whether the clone holds only part of the history (`git clone --depth`)."""
    return _git(repo, "rev-parse", "--is-shallow-repository") == "true"


def find_ref(repo: Path, ref: str) -> str | None:
    """The full commit id of `ref`, or None when the repository does not have it."""
    if not ref or ref.startswith("-"):
        return None
    result = _run(repo, ["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"])
    commit = result.stdout.decode("ascii", "replace").strip()
    return commit if result.returncode == 0 and commit else None


def resolve(repo: Path, ref: str) -> str:
    """The full commit id of `ref` (a branch, tag, commit id or expression such as HEAD~2)."""
    commit = find_ref(repo, ref)
    if commit is not None:
        return commit
    if is_shallow(repo):
        raise KvalitetError(say("git-shallow-missing", ref=ref) + " " + say("git-shallow-fix"))
    raise KvalitetError(say("git-unknown-ref", ref=ref))


def ref_name(repo: Path, ref: str) -> str:
    """The branch a symbolic ref points to (origin/HEAD → origin/main); `ref` itself otherwise."""
    result = _run(repo, ["rev-parse", "--abbrev-ref", ref])
    name = result.stdout.decode("utf-8", "replace").strip()
    return name if result.returncode == 0 and name and name != "HEAD" else ref


def default_branch(repo: Path) -> str | None:
    """The first of `DEFAULT_BRANCHES` that the repository has, or None."""
    for ref in DEFAULT_BRANCHES:
        if find_ref(repo, ref) is not None:
            return ref
    return None


def commit_date(repo: Path, commit: str) -> dt.datetime:
    """The commit date of `commit`, with the committer's UTC offset."""
    full = resolve(repo, commit)
    return dt.datetime.fromisoformat(_git(repo, "show", "-s", "--format=%cI", full))


def merge_base(repo: Path, a: str, b: str) -> str:
    """The best common ancestor of `a` and `b`: where the branches part."""
    first, second = resolve(repo, a), resolve(repo, b)
    result = _run(repo, ["merge-base", first, second])
    commit = result.stdout.decode("ascii", "replace").strip()
    if result.returncode == 0 and commit:
        return commit
    if is_shallow(repo):
        raise KvalitetError(say("git-shallow-no-merge-base", a=a, b=b) + " " + say("git-shallow-fix"))
    raise KvalitetError(say("git-no-merge-base", a=a, b=b))


def _entries(repo: Path, commit: str, path: str) -> list[tuple[str, str, str, str]]:
    """(mode, type, object id, path) of every file below `path` at `commit`."""
    result = _run(repo, ["ls-tree", "-r", "-z", "--full-tree", commit, *(["--", path] if path else [])])
    if result.returncode != 0:
        details = result.stderr.decode("utf-8", "replace").strip()
        raise KvalitetError(say("git-failed", command="ls-tree", details=details))
    entries: list[tuple[str, str, str, str]] = []
    for item in result.stdout.split(b"\0"):
        if not item:
            continue
        meta, name = item.split(b"\t", 1)
        mode, kind, obj = meta.decode("ascii").split(" ")
        entries.append((mode, kind, obj, name.decode("utf-8", "surrogateescape")))
    return entries


def _files(repo: Path, commit: str, path: str) -> list[tuple[str, str]]:
    """(object id, path) of the regular files of the folder `path` at `commit`."""
    entries = _entries(repo, commit, path)
    prefix = f"{path}/" if path else ""
    return [
        (obj, name)
        for mode, kind, obj, name in entries
        if kind == "blob" and mode in ("100644", "100755") and name.startswith(prefix)
    ]


def folder_exists(repo: Path, commit: str, records: Path) -> bool:
    """Whether the records folder held any file at `commit`."""
    return bool(_files(repo, resolve(repo, commit), relative_records(repo, records)))


def _blobs(repo: Path, objects: Sequence[str]) -> list[bytes]:
    """The contents of the blobs `objects`, in order, through one `git cat-file --batch`."""
    if not objects:
        return []
    result = _run(repo, ["cat-file", "--batch"], stdin="".join(f"{obj}\n" for obj in objects).encode())
    if result.returncode != 0:
        details = result.stderr.decode("utf-8", "replace").strip()
        raise KvalitetError(say("git-failed", command="cat-file", details=details))
    out, at, contents = result.stdout, 0, []
    for obj in objects:
        end = out.index(b"\n", at)
        header = out[at:end].decode("ascii").split(" ")
        if len(header) != 3 or header[0] != obj or header[1] != "blob":
            raise KvalitetError(say("git-failed", command="cat-file", details=" ".join(header)))
        size = int(header[2])
        contents.append(out[end + 1 : end + 1 + size])
        at = end + 1 + size + 1
    return contents


def file_at(repo: Path, commit: str, path: str) -> bytes | None:
    """The bytes of the file `path` (relative to the top of the repository) at `commit`, or None when
    the commit had no such file."""
    full = resolve(repo, commit)
    parent = str(PurePosixPath(path).parent)
    found = [obj for obj, name in _files(repo, full, "" if parent == "." else parent) if name == path]
    return _blobs(repo, found)[0] if found else None


def records_at(repo: Path, commit: str, records: Path, dest: Path) -> Path:
    """Write the records folder as it was at `commit` into `dest`; the records root inside `dest`.

    `records` is the records folder, as a path inside the repository (relative to its top) or as a
    path on disk inside it. The files are written byte for byte as committed.
    """
    repo = repo.resolve()
    full = resolve(repo, commit)
    path = records.as_posix() if not records.is_absolute() else relative_records(repo, records)
    path = "" if path in ("", ".") else path.strip("/")
    files = _files(repo, full, path)
    if not files:
        raise KvalitetError(say("git-no-folder", folder=path or ".", commit=short(full)))
    target = dest.resolve()
    for (_, name), content in zip(files, _blobs(repo, [obj for obj, _ in files]), strict=True):
        parts = PurePosixPath(name).parts
        if any(part in ("", ".", "..") for part in parts):  # pragma: no cover - git never stores these
            raise KvalitetError(say("git-failed", command="ls-tree", details=name))
        file = target.joinpath(*parts)
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(content)
    return target / path if path else target
