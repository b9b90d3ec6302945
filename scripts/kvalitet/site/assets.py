"""The site's third-party files, fetched once with npm, verified against pinned hashes, never committed.

Three files come from the npm registry, each pinned to one version:

- plotly.js, cartesian partial bundle (bar, scatter, heat map, ...), the same plotly.js version that the
  Python plotly package bundles (plotly 7.1.0 bundles plotly.js 4.1.1), so that a figure built in
  Python is drawn by the plotly.js it was made for;
- the Swedish locale of that plotly.js (plotly.js 4 ships its locales only as files inside the full
  `plotly.js` package: the separate `plotly.js-locales` package stops at 3.x);
- axe-core, for the accessibility tests only (never copied into the site).

Each package is fetched with the ordinary client, `npm pack NAME@VERSION`, in a temporary folder. The
tarball is checked here in Python against the pinned `dist.integrity` (sha512, as `npm view NAME@VERSION
dist.integrity` prints it) before anything is read from it, and the one file needed is extracted into
the cache and checked again against a pinned sha256 of the file itself. A cached file is checked every
time it is used, so a damaged or edited cache is refetched, never served.

To move to a new version: `npm view NAME@VERSION dist.integrity`, put the version and integrity below,
run `python -m kvalitet.site.assets` once (the file hash error tells the new sha256), check and pin it.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from kvalitet.errors import KvalitetError
from kvalitet.messages.assets import MESSAGES


@dataclass(frozen=True, slots=True)
class VendorFile:
    """One file from one pinned npm package."""

    key: str
    package: str
    version: str
    member: str
    """Path of the file inside the tarball (npm tarballs have everything under `package/`)."""
    integrity: str
    """The tarball's Subresource Integrity string (`dist.integrity` in the registry's metadata)."""
    sha256: str
    """Hex sha256 of the extracted file."""
    site_name: str | None
    """File name under `assets/vendor/` in the built site; None for files used by the tests only."""

    @property
    def spec(self) -> str:
        return f"{self.package}@{self.version}"

    @property
    def file_name(self) -> str:
        return self.member.rsplit("/", 1)[-1]


PLOTLY_JS_VERSION: Final = "4.1.1"
"""The plotly.js that the pinned Python plotly package (7.1.0) bundles; the site uses the same."""

PLOTLY: Final = VendorFile(
    key="plotly",
    package="plotly.js-cartesian-dist-min",
    version=PLOTLY_JS_VERSION,
    member="package/plotly-cartesian.min.js",
    integrity=(
        "sha512-o8GrFeusncwBIxbBynRJpY4pkgVB6caM+JLpwrLYbbsO7dZ8FJ+SVN2Fr+L7kiG/Z6w4P5O0Jus/Qr5EefHVeg=="
    ),
    sha256="79542150855a52c567260e3137095dbe2b744e6d702a5cabe67da246942fba7a",
    site_name="plotly-cartesian.min.js",
)
PLOTLY_LOCALE_SV: Final = VendorFile(
    key="plotly-locale-sv",
    package="plotly.js",
    version=PLOTLY_JS_VERSION,
    member="package/dist/plotly-locale-sv.js",
    integrity=(
        "sha512-fYLAOj091/+M4h1rmtVIkRIpdkz5/P9IdNUeB9wKmCUyvewuUdlCYR5ryqDWP7Cb36Dn4EvSrs6YKvRJ9ukNdQ=="
    ),
    sha256="db206547c2de593270bfb45066f28fef8d2976afb00bf89542f6ad4ef65e1c0e",
    site_name="plotly-locale-sv.js",
)
AXE_CORE: Final = VendorFile(
    key="axe-core",
    package="axe-core",
    version="4.14.1",
    member="package/axe.min.js",
    integrity=(
        "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ=="
    ),
    sha256="29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c",
    site_name=None,
)
VENDOR_FILES: Final[tuple[VendorFile, ...]] = (PLOTLY, PLOTLY_LOCALE_SV, AXE_CORE)

SITE_VENDOR_DIR: Final = "assets/vendor"
"""Where the site's vendor files live in the built site, relative to its root (see mkdocs.yml)."""

NPM_TIMEOUT_SECONDS: Final = 600


def _say(code: str, /, **fields: object) -> str:
    return MESSAGES[code].format(**fields)


def default_cache_dir() -> Path:
    """`.cache/vendor` at the top of the repository (the working folder when not run from a checkout)."""
    root = Path(__file__).resolve().parents[3]
    if not (root / "pyproject.toml").is_file():
        root = Path.cwd()
    return root / ".cache" / "vendor"


def sri_sha512(data: bytes) -> str:
    """The Subresource Integrity string of `data`, as npm writes it: `sha512-` and base64."""
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode("ascii")


def verify_tarball(vendor: VendorFile, data: bytes) -> None:
    """Raise a KvalitetError unless `data` is exactly the pinned tarball."""
    actual = sri_sha512(data)
    if actual != vendor.integrity:
        raise KvalitetError(
            _say(
                "assets-integrity-mismatch",
                package=vendor.package,
                version=vendor.version,
                expected=vendor.integrity,
                actual=actual,
            )
        )


def _file_ok(vendor: VendorFile, path: Path) -> bool:
    return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == vendor.sha256


def cached_path(vendor: VendorFile, cache_dir: Path) -> Path:
    return cache_dir / f"{vendor.package}@{vendor.version}" / vendor.file_name


def _npm_pack(vendor: VendorFile, folder: Path) -> bytes:
    npm = shutil.which("npm")
    if npm is None:
        raise KvalitetError(_say("assets-npm-missing", package=vendor.package, version=vendor.version))
    try:
        result = subprocess.run(
            [
                npm,
                "pack",
                vendor.spec,
                "--ignore-scripts",
                "--prefer-offline",
                "--silent",
                "--pack-destination",
                str(folder),
            ],
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
            timeout=NPM_TIMEOUT_SECONDS,
            env={**os.environ, "NO_UPDATE_NOTIFIER": "1", "npm_config_fund": "false"},
        )
    except subprocess.TimeoutExpired as error:
        raise KvalitetError(
            _say(
                "assets-npm-failed",
                package=vendor.package,
                version=vendor.version,
                code="-",
                detail=f"ingen svar på {NPM_TIMEOUT_SECONDS} sekunder",
            )
        ) from error
    tarballs = sorted(folder.glob("*.tgz"))
    if result.returncode != 0 or len(tarballs) != 1:
        detail = (result.stderr.strip() or result.stdout.strip() or "-").splitlines()[-1]
        raise KvalitetError(
            _say(
                "assets-npm-failed",
                package=vendor.package,
                version=vendor.version,
                code=result.returncode,
                detail=detail,
            )
        )
    return tarballs[0].read_bytes()


def _extract(vendor: VendorFile, tarball: bytes) -> bytes:
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        try:
            member = archive.getmember(vendor.member)
        except KeyError:
            member = None
        handle = archive.extractfile(member) if member is not None and member.isfile() else None
        if handle is None:
            raise KvalitetError(
                _say(
                    "assets-member-missing",
                    member=vendor.member,
                    package=vendor.package,
                    version=vendor.version,
                )
            )
        with handle:
            return handle.read()


def fetch_one(vendor: VendorFile, cache_dir: Path, *, verbose: bool = False) -> Path:
    """The verified cached file of `vendor`, fetched with npm when missing or damaged."""
    target = cached_path(vendor, cache_dir)
    if _file_ok(vendor, target):
        return target
    if verbose:
        print(_say("assets-fetching", package=vendor.package, version=vendor.version), file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="kvalitet-npm-") as temp:
        tarball = _npm_pack(vendor, Path(temp))
    verify_tarball(vendor, tarball)
    content = _extract(vendor, tarball)
    if hashlib.sha256(content).hexdigest() != vendor.sha256:
        raise KvalitetError(
            _say(
                "assets-file-mismatch",
                file=vendor.member,
                package=vendor.package,
                version=vendor.version,
                cache=cache_dir,
            )
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(content)
    partial.replace(target)
    return target


def fetch(cache_dir: Path, *, verbose: bool = False) -> dict[str, Path]:
    """Every vendor file, verified, by key (`plotly`, `plotly-locale-sv`, `axe-core`)."""
    return {vendor.key: fetch_one(vendor, cache_dir, verbose=verbose) for vendor in VENDOR_FILES}


def install_into(site_dir: Path, cache_dir: Path) -> dict[str, Path]:
    """Copy the site's vendor files (not axe-core) into `<site_dir>/assets/vendor/`; their paths by key."""
    folder = site_dir / SITE_VENDOR_DIR
    folder.mkdir(parents=True, exist_ok=True)
    installed: dict[str, Path] = {}
    for vendor in VENDOR_FILES:
        if vendor.site_name is None:
            continue
        source = fetch_one(vendor, cache_dir)
        target = folder / vendor.site_name
        shutil.copyfile(source, target)
        installed[vendor.key] = target
    return installed


def main(argv: list[str] | None = None) -> int:
    """`python -m kvalitet.site.assets [CACHE]`: fetch and verify every vendor file."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1 or (args and args[0].startswith("-")):
        print(_say("assets-usage"), file=sys.stderr if args[0] not in ("-h", "--help") else sys.stdout)
        return 0 if args[0] in ("-h", "--help") else 2
    cache_dir = Path(args[0]) if args else default_cache_dir()
    try:
        fetch(cache_dir, verbose=True)
    except KvalitetError as error:
        print(error, file=sys.stderr)
        return error.exit_code
    print(_say("assets-ready", cache=cache_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
