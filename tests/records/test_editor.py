"""Editor support: .vscode/settings.json gives each record its schema through the Red Hat YAML
extension (`yaml.schemas`: schema path → globs), offline, and the schemas resolve their `$ref`s from
their own folder."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kvalitet.records.load import Document, load_yaml
from kvalitet.records.reference import REFERENCE_FILES
from kvalitet.records.schemacheck import RECORD_TYPES, SCHEMA_FILES, load_schemas
from kvalitet.staff.skeleton import record_prefixes
from tests.helpers import REPO

SETTINGS = REPO / ".vscode" / "settings.json"
EXTENSIONS = REPO / ".vscode" / "extensions.json"
SCHEMAS = REPO / "schemas"
SAMPLE = REPO / "records" / "2024" / "AVV-2024-0001.yaml"
RELATIVE_PATH = re.compile(r"^(((\.\.?)|([\w\-@. ]+))(/|\\\\?))*[\w\-. ]*\.[\w\-]+$", re.ASCII)
"""How yaml-language-server tells a schema path relative to the workspace (isRelativePath)."""


def settings() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SETTINGS.read_text(encoding="utf-8"))
    return loaded


def mapping() -> dict[str, list[str]]:
    """Schema path → globs, a single glob read as a list of one."""
    return {
        schema: [globs] if isinstance(globs, str) else list(globs)
        for schema, globs in settings()["yaml.schemas"].items()
    }


def schema_file(key: str) -> Path:
    return REPO / key.removeprefix("./")


def globstar(glob: str) -> re.Pattern[str]:
    """The glob as the extension matches it today: against the whole path, as if it began with
    `**/`; `**` stands for any number of folders, `*` for part of one name."""
    pattern = "**/" + glob.removeprefix("/")
    regex = ""
    index = 0
    while index < len(pattern):
        if pattern.startswith("**/", index):
            regex, index = regex + "(?:[^/]*/)*", index + 3
        elif pattern.startswith("**", index):
            regex, index = regex + ".*", index + 2
        elif pattern[index] == "*":
            regex, index = regex + "[^/]*", index + 1
        else:
            regex, index = regex + re.escape(pattern[index]), index + 1
    return re.compile(regex)


def matching(path: Path) -> list[str]:
    """The schemas whose globs match `path`, by today's globstar matching."""
    target = path.resolve().as_posix()
    return [
        schema
        for schema, globs in mapping().items()
        if any(globstar(glob).fullmatch(target) for glob in globs)
    ]


def matching_before_globstar(path: Path) -> list[str]:
    """The same by the extension's older matching: `*` is any text, slashes included, and the glob
    has only to match the end of the path."""
    target = path.resolve().as_posix()
    return [
        schema
        for schema, globs in mapping().items()
        if any(re.search(re.escape(glob).replace(r"\*", ".*") + "$", target) for glob in globs)
    ]


def kind_of(key: str) -> str:
    return {file: kind for kind, file in SCHEMA_FILES.items()}[schema_file(key).name]


def test_settings_and_recommendations_are_json() -> None:
    assert isinstance(settings()["yaml.schemas"], dict)
    assert json.loads(EXTENSIONS.read_text(encoding="utf-8")) == {"recommendations": ["redhat.vscode-yaml"]}


def test_nothing_is_looked_up_on_the_network() -> None:
    config = settings()
    assert config["yaml.schemaStore.enable"] is False
    assert config["yaml.kubernetesCRDStore.enable"] is False
    assert config["json.schemaDownload.enable"] is False
    assert config["redhat.telemetry.enabled"] is False
    for key in mapping():
        assert not re.match(r"[a-z][a-z0-9+.-]*:", key, re.IGNORECASE), key  # no http:, https:, file:
        assert key.lower() != "kubernetes"


def test_every_mapped_schema_is_a_file_relative_to_the_workspace() -> None:
    for key in mapping():
        assert RELATIVE_PATH.match(key), key
        assert not Path(key).is_absolute()
        assert schema_file(key).is_file(), key
        assert schema_file(key).parent == SCHEMAS


def test_each_schema_of_the_format_is_mapped_once() -> None:
    assert sorted(schema_file(key).name for key in mapping()) == sorted(SCHEMA_FILES.values())


def test_every_id_prefix_has_exactly_one_glob() -> None:
    prefixes = record_prefixes()
    assert list(prefixes) == list(RECORD_TYPES)
    for typ, prefix in prefixes.items():
        owners = [key for key, globs in mapping().items() for glob in globs if f"{prefix}-" in glob]
        assert owners == [f"./schemas/{SCHEMA_FILES[typ]}"], prefix
        assert mapping()[owners[0]] == [f"records/**/{prefix}-*.yaml"]


@pytest.mark.parametrize("match", [matching, matching_before_globstar])
def test_a_demo_record_matches_exactly_its_schema(match: Callable[[Path], list[str]]) -> None:
    assert SAMPLE.is_file()
    assert match(SAMPLE) == ["./schemas/avvikelse.schema.json"]


OTHER_FILES = {
    **{f"records/{name}": SCHEMA_FILES[Path(name).stem] for name in REFERENCE_FILES},
    "site/berattelse/faststallda.yaml": SCHEMA_FILES["faststallda"],
}
"""The other YAML files with a schema, which need not exist yet."""


@pytest.mark.parametrize("name", OTHER_FILES)
def test_each_other_file_matches_exactly_its_schema(name: str) -> None:
    expected = [f"./schemas/{OTHER_FILES[name]}"]
    assert matching(REPO / name) == expected
    assert matching_before_globstar(REPO / name) == expected


def test_every_demo_file_gets_one_schema_and_is_valid_by_it() -> None:
    schemas = load_schemas()
    files = sorted((REPO / "records").rglob("*.yaml"))
    assert len(files) > 100
    for path in files:
        found = matching(path)
        assert len(found) == 1 and matching_before_globstar(path) == found, path
        doc = load_yaml(path)
        assert isinstance(doc, Document), path
        assert schemas.check(doc, kind_of(found[0])) == [], path


def test_files_elsewhere_get_no_schema(tmp_path: Path) -> None:
    assert matching(REPO / "pyproject.toml") == []
    assert matching(REPO / "mkdocs.yml") == []
    assert matching(REPO / ".pre-commit-config.yaml") == []
    assert matching(tmp_path / "AVV-2024-0001.yaml") == []


def refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            elif key not in ("enum", "const", "examples", "default"):
                yield from refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from refs(item)


@pytest.mark.parametrize("path", sorted(SCHEMAS.glob("*.schema.json")), ids=lambda path: path.name)
def test_schema_refs_resolve_from_the_schema_folder(path: Path) -> None:
    """The extension resolves a relative `$ref` against the schema's location (newer versions against
    `$id`, resolved in turn against the location): without an `$id`, both are the file beside it, and
    nothing is fetched."""
    schema = json.loads(path.read_text(encoding="utf-8"))
    assert "$id" not in schema
    for ref in refs(schema):
        file, _, pointer = ref.partition("#")
        assert not re.match(r"[a-z][a-z0-9+.-]*:", file, re.IGNORECASE), ref
        assert not file.startswith("/") and "/" not in file, ref
        target_path = path.parent / file if file else path
        assert target_path.is_file(), ref
        target = json.loads(target_path.read_text(encoding="utf-8"))
        for part in filter(None, pointer.split("/")):
            assert isinstance(target, dict) and part in target, ref
            target = target[part]
