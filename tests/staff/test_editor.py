"""The editor's completion of the repository's own ids, through the real language server of VS Code's
YAML extension (yaml-language-server, over its stdio protocol), in a repository made by `kvalitet init`
with the settings it wrote."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kvalitet.cli import main
from kvalitet.records.load import load_yaml
from tests.staff.lsp import Client, install_server

AVVIKELSE = "id: AVV-2026-0002\ntyp: avvikelse\nregistrerad: 2026-03-02\nenhet: \n"
EVB = "id: EVB-2026-0001\ntyp: ej_verkställt_beslut\ninsats: \n"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kommun") / "ärenden"
    assert main(["init", str(root), "--kommun", "Ås kommun", "--år", "2026"]) == 0
    return root


def _settings(root: Path) -> dict[str, Any]:
    """The `yaml` settings that VS Code gives its YAML extension from the repository's settings.json."""
    settings = json.loads((root / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    return {
        "schemas": settings["yaml.schemas"],
        "validate": True,
        "completion": True,
        "hover": True,
        "schemaStore": {"enable": settings["yaml.schemaStore.enable"]},
        "yamlVersion": settings["yaml.yamlVersion"],
    }


@pytest.fixture
def server(repo: Path) -> Iterator[Client]:
    client = Client(install_server(), repo, _settings(repo))
    client.start()
    yield client
    client.stop()


def _units(root: Path) -> dict[str, str]:
    doc = load_yaml(root / "records" / "organisation.yaml")
    assert not isinstance(doc, list)
    return {unit["id"]: f"{unit['namn']}, {unit['avdelning']}" for unit in doc.data["enheter"]}


def _documented(items: list[dict[str, Any]]) -> dict[str, str]:
    return {item["label"]: item.get("documentation", "") for item in items}


def test_the_unit_field_offers_the_repository_s_units_with_their_names(repo: Path, server: Client) -> None:
    items = server.completions(repo / "records" / "2026" / "AVV-2026-0002.yaml", AVVIKELSE, 3, 7)
    offered = _documented(items)
    units = _units(repo)
    assert len(units) == 8
    for unit, description in units.items():
        assert offered.get(unit) == description, unit


def test_a_category_field_offers_its_typ_s_list(repo: Path, server: Client) -> None:
    text = "id: KLA-2026-0001\ntyp: klagomål\nkategorier:\n  - \n"
    offered = _documented(server.completions(repo / "records" / "2026" / "KLA-2026-0001.yaml", text, 3, 4))
    assert offered["personalbemanning"] == "Personalbemanning"
    assert offered["utförande"] == "Utförande"
    assert "fall" not in offered  # a category of avvikelser, not of klagomål
    insatser = _documented(server.completions(repo / "records" / "2026" / "EVB-2026-0001.yaml", EVB, 2, 8))
    assert insatser["kontaktfamilj"] == "Kontaktfamilj, SoL"


def test_kvalitet_ny_keeps_the_ids_up_to_date(repo: Path) -> None:
    organisation = repo / "records" / "organisation.yaml"
    text = organisation.read_text(encoding="utf-8")
    organisation.write_text(
        text + "  - id: hemtjänst-öster\n    namn: Hemtjänst Öster\n    avdelning: Vård och omsorg\n"
        "    från: 2026-05-01\n",
        encoding="utf-8",
    )
    try:
        assert main(["ny", "avvikelse", "--mapp", str(repo / "records"), "--datum", "2026-05-04"]) == 0
        client = Client(install_server(), repo, _settings(repo))
        client.start()
        try:
            items = client.completions(repo / "records" / "2026" / "AVV-2026-0009.yaml", AVVIKELSE, 3, 7)
        finally:
            client.stop()
        assert _documented(items)["hemtjänst-öster"] == (
            "Hemtjänst Öster, Vård och omsorg, från och med 2026-05-01"
        )
    finally:
        organisation.write_text(text, encoding="utf-8")
        for path in (repo / "records" / "2026").glob("AVV-*.yaml"):
            path.unlink()


def test_without_the_generated_ids_the_editor_offers_no_unit(repo: Path, tmp_path: Path) -> None:
    """The control: the same settings without the generated schemas give no unit id, so the test above
    sees what the generated schemas add."""
    settings = _settings(repo)
    settings["schemas"] = {key: value for key, value in settings["schemas"].items() if "koder" not in key}
    client = Client(install_server(), repo, settings)
    client.start()
    try:
        items = client.completions(repo / "records" / "2026" / "AVV-2026-0003.yaml", AVVIKELSE, 3, 7)
        laws = client.completions(repo / "records" / "2026" / "AVV-2026-0004.yaml", "lagrum: \n", 0, 8)
    finally:
        client.stop()
    assert not set(_units(repo)) & set(_documented(items))
    assert {"SoL", "LSS", "HSL"} <= set(_documented(laws))  # the record schema itself still applies
