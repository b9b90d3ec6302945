"""Run by .venv-oracle/bin/python (never imported by the tests): jsonschema-rs on YAML files.

Reads [[instance, schema], ...] as JSON on stdin and writes {instance: [error, ...]} as JSON. The YAML
is read as YAML 1.2 by ruamel.yaml, with dates kept as text, as check-jsonschema reads it; each
schema's `$ref`s to the files beside it resolve against its own location (file:// URI), and formats
are annotations, as Draft 2020-12 has them by default.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import jsonschema_rs  # type: ignore[import-not-found]
import ruamel.yaml  # type: ignore[import-not-found]


def reader() -> Any:
    yaml = ruamel.yaml.YAML(typ="safe")
    constructors = yaml.constructor.yaml_constructors
    constructors["tag:yaml.org,2002:timestamp"] = constructors["tag:yaml.org,2002:str"]
    return yaml


def main() -> None:
    pairs: list[list[str]] = json.load(sys.stdin)
    yaml = reader()
    validators: dict[str, Any] = {}
    found: dict[str, list[str]] = {}
    for instance, schema in pairs:
        if schema not in validators:
            path = Path(schema).resolve()
            contents = json.loads(path.read_text(encoding="utf-8"))
            validators[schema] = jsonschema_rs.validator_for(contents, base_uri=path.as_uri())
        try:
            data = yaml.load(Path(instance).read_bytes())
        except ruamel.yaml.YAMLError as error:
            found[instance] = [f"YAML: {error}"]
            continue
        found[instance] = [error.message for error in validators[schema].iter_errors(data)]
    json.dump(found, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
