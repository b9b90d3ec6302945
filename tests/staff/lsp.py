"""A small client of the Language Server Protocol over stdio, enough to ask yaml-language-server (the
language server of VS Code's YAML extension) for completions as the editor does."""

from __future__ import annotations

import json
import subprocess
import threading
from pathlib import Path
from typing import IO, Any

from tests.helpers import REPO

SERVER_FOLDER = REPO / ".cache" / "yaml-language-server"
"""Where the tests install yaml-language-server (npm ci, with the lock file beside this module; also
scripts/installera.sh)."""
LOCK_FOLDER = Path(__file__).parent / "yaml-language-server"
TIMEOUT_SECONDS = 60


def install_server() -> Path:
    """yaml-language-server at the version of the lock file, installed with npm ci when missing or
    when the lock file changed; the path of its start script."""
    script = SERVER_FOLDER / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"
    lock = (LOCK_FOLDER / "package-lock.json").read_bytes()
    installed = SERVER_FOLDER / "package-lock.json"
    if not script.is_file() or not installed.is_file() or installed.read_bytes() != lock:
        SERVER_FOLDER.mkdir(parents=True, exist_ok=True)
        for name in ("package.json", "package-lock.json"):
            (SERVER_FOLDER / name).write_bytes((LOCK_FOLDER / name).read_bytes())
        subprocess.run(
            ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--silent"],
            cwd=SERVER_FOLDER,
            check=True,
            timeout=600,
        )
    return script


def _write(stream: IO[bytes], message: dict[str, Any]) -> None:
    body = json.dumps(message).encode("utf-8")
    stream.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    stream.flush()


def _read(stream: IO[bytes]) -> dict[str, Any]:
    length = 0
    while True:
        line = stream.readline()
        if not line:
            raise EOFError("the language server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("ascii").partition(":")
        if name.lower() == "content-length":
            length = int(value)
    message: dict[str, Any] = json.loads(stream.read(length))
    return message


class Client:
    """One running language server for the workspace `root`, with `settings` as its `yaml` settings."""

    def __init__(self, script: Path, root: Path, settings: dict[str, Any]) -> None:
        self.root = root
        self.settings = settings
        self.process = subprocess.Popen(
            ["node", str(script), "--stdio"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        # A server that stops answering is killed, so that a read ends instead of waiting for ever.
        self.watchdog = threading.Timer(TIMEOUT_SECONDS, self.process.kill)
        self.watchdog.start()
        self.next_id = 0
        self.diagnostics: dict[str, list[dict[str, Any]]] = {}

    def _send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        _write(self.process.stdin, {"jsonrpc": "2.0", **message})

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: dict[str, Any]) -> Any:
        self.next_id += 1
        wanted = self.next_id
        self._send({"id": wanted, "method": method, "params": params})
        assert self.process.stdout is not None
        while True:
            message = _read(self.process.stdout)
            if "method" in message and "id" in message:
                self._answer(message)
            elif message.get("method") == "textDocument/publishDiagnostics":
                self.diagnostics[message["params"]["uri"]] = message["params"]["diagnostics"]
            elif message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(message["error"])
                return message.get("result")

    def _answer(self, message: dict[str, Any]) -> None:
        """The server's own requests: its settings, and registrations (accepted)."""
        result: Any = None
        if message["method"] == "workspace/configuration":
            result = [
                self.settings if item.get("section") == "yaml" else None
                for item in message["params"]["items"]
            ]
        self._send({"id": message["id"], "result": result})

    def start(self) -> None:
        uri = self.root.as_uri()
        self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": uri,
                "workspaceFolders": [{"uri": uri, "name": self.root.name}],
                "capabilities": {
                    "workspace": {"configuration": True},
                    "textDocument": {
                        "completion": {"completionItem": {"documentationFormat": ["plaintext"]}}
                    },
                },
            },
        )
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": {"yaml": self.settings}})
        self._await_configuration()

    def _await_configuration(self) -> None:
        """Answer the server's requests until it has asked for (and been given) its settings, so that
        the first completion is made with the schemas."""
        assert self.process.stdout is not None
        while True:
            message = _read(self.process.stdout)
            if "method" in message and "id" in message:
                self._answer(message)
                if message["method"] == "workspace/configuration":
                    return

    def completions(self, path: Path, text: str, line: int, character: int) -> list[dict[str, Any]]:
        """The completion items at (line, character), 0-based, of `text` opened as `path`."""
        uri = path.as_uri()
        self.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}},
        )
        result = self.request(
            "textDocument/completion",
            {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}},
        )
        items: list[dict[str, Any]] = result["items"] if isinstance(result, dict) else result or []
        return items

    def stop(self) -> None:
        self.watchdog.cancel()
        try:
            self.request("shutdown", {})
            self.notify("exit", {})
            self.process.wait(timeout=TIMEOUT_SECONDS)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
            for stream in (self.process.stdin, self.process.stdout):
                if stream is not None:
                    stream.close()
