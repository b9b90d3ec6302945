"""A built site as a static host serves it, in a sub-folder: for the tests and for CI.

GitLab and GitHub project Pages serve a site at https://host/projekt/, and answer an address that is
not there with the site's own 404.html (status 404), whatever the depth. `serve_pages` does the same
on 127.0.0.1; `broken_links` reads every HTML page of a built site and lists each link, script,
stylesheet and image whose target is not in the site (links are never root-absolute, so the site works
in any folder).
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

HOST = "127.0.0.1"
NOT_FOUND = "404.html"
_ATTRIBUTES = {"a": "href", "link": "href", "script": "src", "img": "src", "iframe": "src", "source": "src"}


class _PagesHandler(http.server.SimpleHTTPRequestHandler):
    """Files from the served folder; a missing one under `folder` gets `folder`/404.html, status 404."""

    folder: str = "/"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / self.folder.strip("/") / NOT_FOUND
        path = unquote(urlsplit(self.path).path)
        if code != 404 or not path.startswith(self.folder) or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextmanager
def serve_pages(root: Path, folder: str = "/") -> Iterator[str]:
    """Serve `root` on 127.0.0.1 like a Pages host whose site is in `folder` (e.g. "/projekt/");
    yields the site's URL (http://127.0.0.1:PORT/projekt/)."""
    handler_class = type("Handler", (_PagesHandler,), {"folder": folder})
    handler = functools.partial(handler_class, directory=str(root))
    server = http.server.ThreadingHTTPServer((HOST, 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="kvalitet-pages", daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{server.server_address[1]}{folder}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.into = ""
        """A 404 page's base below the root it finds (site/overrides/404.html, data-into)."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = _ATTRIBUTES.get(tag)
        for name, value in attrs:
            if value is not None and (name == wanted or name == "data-figure"):
                self.links.append(value)
            if tag == "script" and name == "data-into" and value:
                self.into = value


def page_links(html: str) -> tuple[list[str], str]:
    """The href, src and data-figure values of a page, in order, and (for a 404 page) the folder below
    the root that its links are read in."""
    parser = _Links()
    parser.feed(html)
    return parser.links, parser.into


def broken_links(site: Path) -> list[str]:
    """Every link of the site's HTML pages (404.html read as if at the root) that is root-absolute, or
    that leaves the site, or whose file is missing: "page: link". Links to other hosts are not
    followed (the site has none; kvalitet.site.browsercheck blocks and reports them)."""
    problems: list[str] = []
    for page in sorted(site.rglob("*.html")):
        if "vendor" in page.parts:
            continue
        name = page.relative_to(site).as_posix()
        links, into = page_links(page.read_text(encoding="utf-8"))
        folder = PurePosixPath(name).parent / into
        for link in links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue
            if link.startswith("/"):
                problems.append(f"{name}: {link}")
                continue
            if not parts.path:
                continue
            target = folder / unquote(parts.path)
            resolved = _normal(target)
            if resolved is None or not _exists(site, resolved):
                problems.append(f"{name}: {link}")
    return problems


def _normal(path: PurePosixPath) -> str | None:
    parts: list[str] = []
    for part in path.parts:
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return None
            parts.pop()
        else:
            parts.append(part)
    return "/".join(parts)


def _exists(site: Path, path: str) -> bool:
    target = site / path
    return target.is_file() or (target.is_dir() and (target / "index.html").is_file())
