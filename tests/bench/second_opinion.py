"""A second opinion on accessibility beside the browser check's axe-core, run by hand (not a test, not CI):

    .venv/bin/python -m tests.bench.second_opinion [--cache .cache/second-opinion] [--ut MAPP] [--json FIL]

1. Installs Lighthouse and pa11y, pinned, into `--cache` with npm (`--ignore-scripts` and
   PUPPETEER_SKIP_DOWNLOAD: no browser is downloaded; both drive Debian's /usr/bin/chromium). Lighthouse
   13 needs Node 22 and pa11y 10 Node 22.13; the pins are the newest that run on Debian's Node 20.
2. Builds the demo site and the internal site (`kvalitet bygg records --per 2026-10-31`, with and without
   `--intern`) into `--ut` (a temporary folder unless named) and serves both on 127.0.0.1.
3. Runs on one page of each kind (PAGES): Lighthouse (accessibility, best practices, SEO; mobile and
   desktop) and pa11y (HTML_CodeSniffer with WCAG2AA, and axe-core with the WCAG 2.1 AA and best-practice
   tags). Prints a summary: the scores, the number of issues per page, then every failing Lighthouse
   audit and every issue by code, and every request a page made to another host (there must be none).

How to read it:
- pa11y's axe runner counts axe's "needs review" (incomplete) results as errors; they are counted apart
  here ("granska"). Most are chart texts in the plotly SVG, whose background axe cannot compute.
- The 404 page is fetched as `404.html` with status 200: Lighthouse refuses to examine a page that
  answers 404.
- HTML_CodeSniffer's `H32.2` (a form without a submit button) is the search box of Material for MkDocs,
  which searches as you type and on Enter; WCAG 3.2.2 does not require a submit button.
- HTML_CodeSniffer's `H43.HeadersRequired` (and axe's needs-review `th-has-data-cells`) are the tables
  with an avdelning row (`scope="rowgroup"`, a sufficient technique, H63); `headers` on every cell would
  also satisfy them.
- By design: `is-crawlable` on the internal site (noindex), `deprecations` on the 404 (its synchronous
  probe for the site root must run before anything loads), `meta-description` on the 404 (a 404 answer
  is never indexed), `valid-source-maps` (plotly.min.js is shipped without its map; not scored).
A benchmark, not a test: the exit code is 0 unless a tool cannot run, whatever it finds.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from tests.bench.common import BIN, REPO

PACKAGES: Final = {"lighthouse": "12.2.3", "pa11y": "9.1.1"}
CHROMIUM: Final = "/usr/bin/chromium"
PER: Final = "2026-10-31"
PAGES: Final[tuple[tuple[str, str, bool], ...]] = (
    ("Översikt", "index.html", False),
    ("Avvikelser SoL/LSS", "avvikelser-sol-lss.html", False),
    ("Klagomål", "klagomal-och-synpunkter.html", False),
    ("Trender", "trender.html", False),
    ("Enhet", "enheter/hemtjanst-norr.html", False),
    ("Kvalitetsberättelse", "kvalitetsberattelse/2025.html", False),
    ("404", "404.html", False),
    ("Att följa upp (intern)", "intern/arenden.html", True),
)
"""(name, path, internal site). The site has no search page of its own: search is a dialog on every page."""
FORM_FACTORS: Final = ("mobil", "dator")
CATEGORIES: Final = ("accessibility", "best-practices", "seo")


@dataclass(slots=True)
class PageFindings:
    name: str
    scores: dict[str, dict[str, float]] = field(default_factory=dict)
    """Form factor -> category -> score 0-100."""
    audits: dict[str, set[str]] = field(default_factory=dict)
    """Failing Lighthouse audit -> the form factors where it failed."""
    htmlcs: Counter[str] = field(default_factory=Counter)
    """`type code` -> number of elements."""
    axe: Counter[str] = field(default_factory=Counter)
    """`error code` or `granska code` -> number of elements."""
    external: set[str] = field(default_factory=set)


def install(cache: Path) -> Path:
    """The pinned npm packages in `cache`; their `node_modules/.bin`."""
    cache.mkdir(parents=True, exist_ok=True)
    manifest = {"private": True, "dependencies": PACKAGES}
    (cache / "package.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    bin_dir = cache / "node_modules" / ".bin"
    installed = all(
        json.loads((cache / "node_modules" / name / "package.json").read_text("utf-8"))["version"] == version
        for name, version in PACKAGES.items()
        if (cache / "node_modules" / name / "package.json").is_file()
    ) and all((cache / "node_modules" / name).is_dir() for name in PACKAGES)
    if not installed:
        print(f"installerar {', '.join(f'{n}@{v}' for n, v in PACKAGES.items())} i {cache}")
        subprocess.run(
            ["npm", "install", "--save-exact", "--ignore-scripts", "--no-audit", "--no-fund"],
            cwd=cache,
            env=_env(),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return bin_dir


def _env() -> dict[str, str]:
    return {**os.environ, "PUPPETEER_SKIP_DOWNLOAD": "1", "CHROME_PATH": CHROMIUM}


def build(out: Path) -> tuple[Path, Path]:
    """The public and the internal demo site, built into `out`."""
    sites = (out / "public", out / "public-intern")
    for site, extra in zip(sites, ([], ["--intern"]), strict=True):
        print(f"bygger {site}")
        subprocess.run(
            [BIN / "python", "-m", "kvalitet", "bygg", "records", "--per", PER, "--ut", site, *extra],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO / "scripts")},
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return sites


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """`folder` served on 127.0.0.1 (an ephemeral port) while the block runs; its base URL."""
    handler = functools.partial(_SiteHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def lighthouse(bin_dir: Path, url: str, form_factor: str, work: Path, findings: PageFindings) -> None:
    report = work / "lighthouse.json"
    preset = ["--preset=desktop"] if form_factor == "dator" else ["--form-factor=mobile"]
    subprocess.run(
        [
            bin_dir / "lighthouse",
            url,
            f"--only-categories={','.join(CATEGORIES)}",
            *preset,
            "--output=json",
            f"--output-path={report}",
            "--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run",
            "--quiet",
        ],
        env=_env(),
        check=True,
    )
    result = json.loads(report.read_text("utf-8"))
    findings.scores[form_factor] = {
        key: round(100 * (category["score"] or 0)) for key, category in result["categories"].items()
    }
    origin = url.split("/", 3)[:3]
    for audit in result["audits"].values():
        if audit["scoreDisplayMode"] in {"binary", "numeric"} and (audit["score"] or 0) < 1:
            findings.audits.setdefault(f"{audit['id']}: {audit['title']}", set()).add(form_factor)
    for item in (result["audits"].get("network-requests", {}).get("details") or {}).get("items", []):
        if item["url"].split("/", 3)[:3] != origin and not item["url"].startswith("data:"):
            findings.external.add(item["url"])


def pa11y(bin_dir: Path, url: str, runner: str, work: Path) -> list[dict[str, Any]]:
    config = work / "pa11y.json"
    launch = {"executablePath": CHROMIUM, "args": ["--no-sandbox", "--disable-gpu", "--no-first-run"]}
    config.write_text(json.dumps({"chromeLaunchConfig": launch, "timeout": 120000}), encoding="utf-8")
    command: list[str | Path] = [
        bin_dir / "pa11y",
        "--config",
        config,
        "--runner",
        runner,
        "--reporter",
        "json",
    ]
    command += ["--standard", "WCAG2AA", "--include-warnings", url]
    # Exit code 2 means "issues found", which is what the run is for.
    done = subprocess.run(command, env=_env(), capture_output=True, text=True, check=False)
    if done.returncode not in {0, 2}:
        raise SystemExit(f"pa11y ({runner}) gick inte att köra på {url}:\n{done.stderr}")
    issues: list[dict[str, Any]] = json.loads(done.stdout or "[]")
    return issues


def examine(bin_dir: Path, name: str, url: str, work: Path) -> PageFindings:
    findings = PageFindings(name)
    print(f"granskar {name}: {url}")
    for form_factor in FORM_FACTORS:
        lighthouse(bin_dir, url, form_factor, work, findings)
    for issue in pa11y(bin_dir, url, "htmlcs", work):
        findings.htmlcs[f"{issue['type']} {issue['code']}"] += 1
    for issue in pa11y(bin_dir, url, "axe", work):
        review = (issue.get("runnerExtras") or {}).get("needsFurtherReview")
        kind = "granska" if review else issue["type"]
        findings.axe[f"{kind} {issue['code']}"] += 1
    return findings


def _count(counter: Counter[str], kind: str) -> int:
    return sum(number for key, number in counter.items() if key.startswith(kind + " "))


def summary(pages: list[PageFindings]) -> None:
    print()
    head = "Lighthouse a11y/bp/seo"
    print(f"{'sida':24}{head + ' mobil':>30}{head + ' dator':>30}   htmlcs fel/varn   axe fel/granska")
    for page in pages:
        cells = ["/".join(f"{page.scores[f][c]:.0f}" for c in CATEGORIES) for f in FORM_FACTORS]
        htmlcs = f"{_count(page.htmlcs, 'error')}/{_count(page.htmlcs, 'warning')}"
        axe = f"{_count(page.axe, 'error') + _count(page.axe, 'warning')}/{_count(page.axe, 'granska')}"
        print(f"{page.name:24}{cells[0]:>30}{cells[1]:>30}{htmlcs:>18}{axe:>18}")
    for page in pages:
        print(f"\n{page.name}")
        for audit, factors in sorted(page.audits.items()):
            print(f"  Lighthouse ({', '.join(sorted(factors))}) {audit}")
        for source, counter in (("htmlcs", page.htmlcs), ("axe", page.axe)):
            for key, number in sorted(counter.items()):
                if not key.startswith("notice "):
                    print(f"  {source} {key}: {number}")
        for url in sorted(page.external):
            print(f"  ANNAN VÄRD: {url}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Lighthouse och pa11y på demowebbplatsen, bredvid axe-core.")
    parser.add_argument("--cache", type=Path, default=REPO / ".cache" / "second-opinion")
    parser.add_argument("--ut", type=Path, help="mappen att bygga i (standard: en tillfällig mapp)")
    parser.add_argument("--json", type=Path, help="skriv också resultatet som JSON hit")
    args = parser.parse_args(argv)
    bin_dir = install(args.cache.resolve())
    with contextlib.ExitStack() as stack:
        out = args.ut or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kvalitet-andra-")))
        public, internal = build(out.resolve())
        bases = {False: stack.enter_context(serve(public)), True: stack.enter_context(serve(internal))}
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kvalitet-andra-rapport-")))
        pages = [examine(bin_dir, name, bases[intern] + path, work) for name, path, intern in PAGES]
    summary(pages)
    if args.json:
        data = [
            {
                "sida": page.name,
                "lighthouse": page.scores,
                "lighthouse_fel": {audit: sorted(f) for audit, f in page.audits.items()},
                "htmlcs": dict(page.htmlcs),
                "axe": dict(page.axe),
                "andra_vardar": sorted(page.external),
            }
            for page in pages
        ]
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
