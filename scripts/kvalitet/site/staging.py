"""A build never harms the published site: it is made in a new folder beside the target and put in its
place only when it is complete.

    public/                  the site as it is (untouched while the build runs)
    .public.ny-XXXX/         the new site, being built
    .public.gammal-XXXX/     (a moment at the end) the old site, removed once the new is in place

On Linux the two folders are exchanged in one step (renameat2 with RENAME_EXCHANGE), so at no moment
is there no site; elsewhere the old folder is moved aside and the new one moved in, and a build that
finds only a moved-aside site puts it back. A build that fails or is killed leaves its half-made
folder, which the next build removes. Two builds into folders of one parent folder take turns: the
second stops with a message instead of mixing its files with the first one's.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from kvalitet.errors import KvalitetError
from kvalitet.messages import say

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap the folders `a` and `b` in one step; False where the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # pragma: no cover - not Linux, or an old C library
        return False
    return bool(renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0)


def _leftovers(out: Path) -> None:
    """Remove what killed builds left beside `out`; put back a site that was moved aside."""
    for old in sorted(out.parent.glob(f".{out.name}.gammal-*")):
        if not out.exists():
            old.rename(out)
        else:
            shutil.rmtree(old, ignore_errors=True)
    for stage in out.parent.glob(f".{out.name}.ny-*"):
        shutil.rmtree(stage, ignore_errors=True)


@contextlib.contextmanager
def _lock(folder: Path) -> Iterator[None]:
    handle = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise KvalitetError(say("build-locked", folder=folder)) from None
        yield
    finally:
        os.close(handle)


@contextlib.contextmanager
def staged(out: Path) -> Iterator[Path]:
    """A new, empty folder to build the site in; when the block ends without an error it takes the
    place of `out`, and otherwise `out` stays as it was."""
    target = out.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with _lock(target.parent):
        _leftovers(target)
        stage = Path(tempfile.mkdtemp(prefix=f".{target.name}.ny-", dir=target.parent))
        try:
            yield stage
        except BaseException:
            shutil.rmtree(stage, ignore_errors=True)
            raise
        stage.chmod(0o755)  # mkdtemp makes it private; a site is read by the web server
        if target.exists() and _exchange(stage, target):
            shutil.rmtree(stage, ignore_errors=True)
            return
        old = target.parent / f".{target.name}.gammal-{os.getpid()}"
        if target.exists():
            target.rename(old)
        stage.rename(target)
        shutil.rmtree(old, ignore_errors=True)
