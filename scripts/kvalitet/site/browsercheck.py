"""The browser check of a built site: every page opened in headless Chromium, as a reader would.

Used by the tests and usable from CI: `python -m kvalitet.site.browsercheck PUBLIC [SCREENSHOTS]` (exit 0 when
nothing is wrong, 1 otherwise). The site folder is served on 127.0.0.1 (an ephemeral port, a thread
in this process); each HTML page is opened in Debian's Chromium (/usr/bin/chromium, driven through
Playwright, never a downloaded browser), and the check records per page:

- console errors and uncaught page errors;
- every request to another host than 127.0.0.1: all are blocked, and recorded;
- same-origin requests that failed (404 and the like), and every file the page loaded (for its weight);
- the `.kv-plot` elements and how many plotly.js drew (a `.main-svg` inside);
- axe-core, WCAG 2.1 AA rules (tags wcag2a, wcag2aa, wcag21a, wcag21aa), run with every `<details>`
  opened so the tables behind "Visa tabellen" are checked too. Serious and critical violations count
  as problems; milder ones are kept in the result for reading.

Chart element contract (the page generator writes it, site/javascripts/kvalitet-charts.js reads it):

    <figure class="kv-chart">
      <div class="kv-plot" id="kv-STABLE-ID" data-figure="RELATIVE-URL.json"
           role="img" aria-label="WHAT THE CHART SHOWS, IN ONE SENTENCE"></div>
      <figcaption>Caption, in Swedish.</figcaption>
    </figure>
    <details><summary>Visa tabellen</summary>
      ... the same numbers as an HTML table with <caption> and <th scope="col|row"> ...
    </details>

- `id`: unique on the site, stable between builds (derive it from the statistic, not from a counter);
  also the PNG download's file name.
- `data-figure`: URL of the figure's JSON file, relative to the page (the same origin; any other origin
  is refused). The file is `{"data": [...], "layout": {...}}` with `kvalitet.render.chartstyle.template()` in
  `layout.template` (`kvalitet.render.chartstyle.figure` builds it). Write it with `json.dumps(...,
  ensure_ascii=False)`, UTF-8. Nothing else in the file is used.
- `role="img"` and `aria-label`: what a screen reader says instead of the drawing; the table in the
  `<details>` right after the figure is the accessible form of the same numbers.
- The script sets `data-kv-state` on each `.kv-plot`: "loading", then "rendered" or "error" (then a
  Swedish note points to the table and the reason goes to the console).
- Once the chart is drawn, the script moves `role="img"` and `aria-label` from the div to the drawing's
  SVG (the label stays in `data-kv-label`): the mode bar's download button is a real keyboard button
  and must not be nested in an image.
- The Plotly config is the script's, the same for every chart: `displaylogo: false`,
  `showSendToCloud: false`, `plotlyServerURL: ""`, no select/lasso buttons, `locale: "sv"`,
  `responsive: true`, no scroll zoom. Pages must not call Plotly themselves.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import unquote, urlsplit

from kvalitet.errors import KvalitetError
from kvalitet.messages.assets import MESSAGES

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Error, Request, Route

CHROMIUM: Final = Path("/usr/bin/chromium")
CHROMIUM_ARGS: Final[tuple[str, ...]] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
HOST: Final = "127.0.0.1"
AXE_TAGS: Final[tuple[str, ...]] = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
BLOCKING_IMPACTS: Final = frozenset({"serious", "critical"})
GZIP_LEVEL: Final = 6
"""Compression level for page weights: a common web server setting."""

_CHARTS_SETTLED: Final = """() => Array.from(document.querySelectorAll('.kv-plot')).every(
    (element) => ['rendered', 'error'].includes(element.dataset.kvState))"""
_PLOT_COUNT: Final = """() => {
    const plots = Array.from(document.querySelectorAll('.kv-plot'));
    return [plots.length, plots.filter((element) => element.querySelector('.main-svg')).length];
}"""
_OPEN_DETAILS: Final = "() => document.querySelectorAll('details').forEach((item) => { item.open = true; })"
_RUN_AXE: Final = """async (tags) => {
    const result = await axe.run(document, {
        runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
    return result.violations.map((violation) => ({
        id: violation.id, impact: violation.impact || '', help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}"""


def _say(code: str, /, **fields: object) -> str:
    return MESSAGES[code].format(**fields)


@dataclass(frozen=True, slots=True)
class AxeViolation:
    id: str
    impact: str
    help: str
    targets: tuple[str, ...]

    @property
    def blocking(self) -> bool:
        return self.impact in BLOCKING_IMPACTS


@dataclass(slots=True)
class PageResult:
    """What one page did in the browser."""

    path: str
    """The page's path under the site folder, with forward slashes (`2024/index.html`)."""
    lang: str = ""
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    external_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    resources: list[str] = field(default_factory=list)
    """Same-origin paths the page loaded (decoded, relative to the site folder), in order, once each."""
    plots: int = 0
    plots_rendered: int = 0
    violations: list[AxeViolation] = field(default_factory=list)
    probe: Any = None
    """The result of the `probe` script given to check_site, if any."""
    screenshot: Path | None = None

    @property
    def blocking_violations(self) -> list[AxeViolation]:
        return [violation for violation in self.violations if violation.blocking]

    def problems(self) -> list[str]:
        """Every problem on the page, one Swedish line each; empty when the page is in order."""
        lines = [_say("sitecheck-console-error", text=text) for text in self.console_errors]
        lines += [_say("sitecheck-page-error", text=text) for text in self.page_errors]
        lines += [_say("sitecheck-external-request", url=url) for url in self.external_requests]
        lines += [_say("sitecheck-failed-request", url=url) for url in self.failed_requests]
        if self.plots_rendered != self.plots:
            lines.append(_say("sitecheck-plots", rendered=self.plots_rendered, plots=self.plots))
        lines += [
            _say(
                "sitecheck-axe",
                impact=violation.impact,
                rule=violation.id,
                help=violation.help,
                targets=", ".join(violation.targets[:3]),
            )
            for violation in self.blocking_violations
        ]
        return lines


@dataclass(slots=True)
class SiteResult:
    pages: list[PageResult]

    @property
    def ok(self) -> bool:
        return not any(page.problems() for page in self.pages)

    def page(self, path: str) -> PageResult:
        return next(page for page in self.pages if page.path == path)

    def report(self) -> str:
        lines: list[str] = []
        for page in self.pages:
            problems = page.problems()
            status = (
                _say("sitecheck-page-ok")
                if not problems
                else _say("sitecheck-page-problems", count=len(problems))
            )
            lines.append(f"{page.path}: {status}")
            lines += [f"  {problem}" for problem in problems]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Weight:
    files: int
    raw_bytes: int
    gzip_bytes: int


def html_pages(site_dir: Path) -> list[str]:
    """Every HTML page under `site_dir`, as sorted relative paths with forward slashes.

    A `404.html` below the top folder is left out: the web server serves it for a missing path
    anywhere, so MkDocs writes its links from the host's root (without `site_url`, from `/`), and
    it can be checked only where it sits at the root (in a versioned site: not at all).
    """
    found = (path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*.html"))
    return sorted(path for path in found if path == "404.html" or not path.endswith("/404.html"))


def weight(site_dir: Path, resources: Sequence[str]) -> Weight:
    """Size of `resources` (paths under `site_dir`) as stored and as sent gzip-compressed."""
    raw = packed = count = 0
    for resource in dict.fromkeys(resources):
        path = site_dir / resource
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            continue
        data = path.read_bytes()
        count += 1
        raw += len(data)
        packed += len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))
    return Weight(count, raw, packed)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(site_dir: Path) -> Iterator[str]:
    """Serve `site_dir` on 127.0.0.1 on a free port; yields the base URL (ending in `/`)."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer((HOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="kvalitet-sitecheck", daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _local_path(url: str, base: str) -> str | None:
    if not url.startswith(base):
        return None
    return unquote(urlsplit(url).path).lstrip("/") or "index.html"


@dataclass(frozen=True, slots=True)
class _Options:
    base: str
    axe_source: str
    screenshot_dir: Path | None
    probe: str | None
    init_script: str | None
    viewport: tuple[int, int]
    timeout_ms: int


def _check_page(browser: Browser, path: str, options: _Options) -> PageResult:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    result = PageResult(path)
    base = options.base
    context = browser.new_context(
        viewport={"width": options.viewport[0], "height": options.viewport[1]},
        locale="sv-SE",
        service_workers="block",
    )
    context.set_default_timeout(options.timeout_ms)

    def route(route: Route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.hostname != HOST:
            result.external_requests.append(url)
            route.abort("blockedbyclient")
        else:
            route.continue_()

    def finished(request: Request) -> None:
        local = _local_path(request.url, base)
        if local is None:
            return
        response = request.response()
        if response is not None and response.status >= 400:
            result.failed_requests.append(f"{response.status} {request.url}")
        elif local not in result.resources:
            result.resources.append(local)

    def failed(request: Request) -> None:
        if _local_path(request.url, base) is not None:
            result.failed_requests.append(f"{request.failure} {request.url}")

    def console(message: ConsoleMessage) -> None:
        if message.type == "error":
            result.console_errors.append(message.text)

    def page_error(error: Error) -> None:
        result.page_errors.append(str(error))

    try:
        context.route("**/*", route)
        context.on("requestfinished", finished)
        context.on("requestfailed", failed)
        if options.init_script is not None:
            context.add_init_script(options.init_script)
        page = context.new_page()
        page.on("console", console)
        page.on("pageerror", page_error)
        page.goto(base + path, wait_until="load")
        try:
            page.wait_for_function(_CHARTS_SETTLED, timeout=options.timeout_ms)
            page.wait_for_load_state("networkidle", timeout=options.timeout_ms)
        except PlaywrightTimeout:
            pass  # counted below: charts not drawn show as a problem
        result.lang = str(page.evaluate("() => document.documentElement.lang"))
        counts = page.evaluate(_PLOT_COUNT)
        result.plots, result.plots_rendered = int(counts[0]), int(counts[1])
        if options.probe is not None:
            result.probe = page.evaluate(options.probe)
        if options.screenshot_dir is not None:
            shot = options.screenshot_dir / (path.replace("/", "__").removesuffix(".html") + ".png")
            page.screenshot(path=str(shot), full_page=True)
            result.screenshot = shot
        page.evaluate(_OPEN_DETAILS)
        page.add_script_tag(content=options.axe_source)
        found = page.evaluate(_RUN_AXE, list(AXE_TAGS))
        result.violations = [
            AxeViolation(item["id"], item["impact"], item["help"], tuple(item["targets"])) for item in found
        ]
    finally:
        context.close()
    return result


def check_site(
    site_dir: Path,
    *,
    axe_source: str,
    pages: Sequence[str] | None = None,
    screenshot_dir: Path | None = None,
    probe: str | None = None,
    init_script: str | None = None,
    chromium: Path = CHROMIUM,
    viewport: tuple[int, int] = (1280, 900),
    timeout_ms: int = 30_000,
) -> SiteResult:
    """Open every page of the built site in Chromium and record what happened (see the module text).

    `pages` limits the check to those paths (relative to `site_dir`); `screenshot_dir` gets a full-page
    PNG per page (named after the page); `probe` is a JavaScript function source, evaluated on each
    page after the charts settled, whose JSON result is kept as `PageResult.probe`; `init_script` runs
    in every page before the page's own scripts (to imitate an older browser, for example).
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:  # pragma: no cover - the installer puts playwright in .venv
        raise KvalitetError(_say("sitecheck-playwright-missing")) from error
    if not chromium.is_file():
        raise KvalitetError(_say("sitecheck-chromium-missing", path=chromium))
    paths = list(pages) if pages is not None else html_pages(site_dir)
    if not paths:
        raise KvalitetError(_say("sitecheck-no-pages", folder=site_dir))
    if screenshot_dir is not None:
        screenshot_dir.mkdir(parents=True, exist_ok=True)

    with serve(site_dir) as base, sync_playwright() as playwright:
        options = _Options(base, axe_source, screenshot_dir, probe, init_script, viewport, timeout_ms)
        browser = playwright.chromium.launch(
            executable_path=str(chromium), args=list(CHROMIUM_ARGS), headless=True
        )
        try:
            return SiteResult([_check_page(browser, path, options) for path in paths])
        finally:
            browser.close()


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m kvalitet.site.browsercheck SITE [SCREENSHOTS]`: check a built site, report in Swedish."""
    from kvalitet.site.assets import AXE_CORE, default_cache_dir, fetch_one

    args = list(sys.argv[1:] if argv is None else argv)
    if not 1 <= len(args) <= 2 or args[0].startswith("-"):
        print(_say("sitecheck-usage"), file=sys.stderr)
        return 2
    try:
        axe = fetch_one(AXE_CORE, default_cache_dir()).read_text(encoding="utf-8")
        result = check_site(
            Path(args[0]), axe_source=axe, screenshot_dir=Path(args[1]) if len(args) == 2 else None
        )
    except KvalitetError as error:
        print(error, file=sys.stderr)
        return error.exit_code
    print(result.report())
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
