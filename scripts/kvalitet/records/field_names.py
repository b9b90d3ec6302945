"""The field names the schemas define: the only names typed in a file that a message may repeat.

A name that no schema defines may be anything a person typed, a personnummer too, so a message calls it
"ett okänt fält" and gives its line instead.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from kvalitet.messages import say


def schema_dir() -> Path:
    """The folder holding the schemas: the installed copy, or the repository's own folder."""
    package = Path(__file__).resolve().parents[1]
    bundled = package / "schemas"
    return bundled if bundled.is_dir() else package.parents[1] / "schemas"


@cache
def known_names() -> frozenset[str]:
    """Every property name (and required name) in every schema the tool ships."""
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict):
                names.update(properties)
            required = node.get("required")
            if isinstance(required, list):
                names.update(item for item in required if isinstance(item, str))
            for item in node.values():
                walk(item)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    package = Path(__file__).resolve().parents[1]  # the importer's mapping schema lives in the package
    for path in sorted({*schema_dir().glob("*.schema.json"), *package.rglob("*.schema.json")}):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return frozenset(names)


def shown_name(name: str) -> str:
    """A field name as a message may show it: itself when a schema defines it, else "ett okänt fält"."""
    return name if name in known_names() else say("word-unknown-name")


def field_word(name: str) -> str:
    """ "fältet 'status'" for a defined name, "ett okänt fält" for any other."""
    return say("word-field", name=name) if name in known_names() else say("word-unknown-field")
