"""A later export of the same system: records updated field by field, hand edits kept and told.

The shipped Lifecare example is imported into a copy of tests/cases/base (with the demo's units and
categories), edited by hand as tests/cases/import/senare-export-handändringar.yaml says, and the
later export is imported over it. Paths in the expected texts are written `{LC-24-1052}` and resolved
to the record that the first import made for that source id.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from kvalitet.records.load import Document, load_yaml
from kvalitet.records.validate import validate
from kvalitet.staff.importer import import_command, plan_import
from kvalitet.staff.importer.mapping import ImportMapping, load_mapping
from kvalitet.staff.importer.plan import write
from kvalitet.staff.importer.update import MISSING, checksum, merge
from tests.helpers import BASE, CASES, REPO
from tests.staff.test_importer_cases import tree

EXAMPLES = REPO / "exempel" / "import"
EXPECTED = CASES / "import"
TODAY = dt.date(2024, 12, 31)
FIRST, LATER = "lifecare-avvikelser-export.csv", "lifecare-avvikelser-senare-export.csv"
MAPPING = "lifecare-avvikelser-mappning.yaml"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(BASE, tmp_path / "records")
    shutil.copyfile(REPO / "records" / "organisation.yaml", tmp_path / "records" / "organisation.yaml")
    demo = yaml.safe_load((REPO / "records" / "kategorier.yaml").read_text(encoding="utf-8"))
    categories = yaml.safe_load((BASE / "kategorier.yaml").read_text(encoding="utf-8"))
    known = {item["id"] for item in categories["avvikelse"]}
    categories["avvikelse"] += [item for item in demo["avvikelse"] if item["id"] not in known]
    causes = {item["id"] for item in categories["orsaker"]}
    categories["orsaker"] += [item for item in demo["orsaker"] if item["id"] not in causes]
    text = yaml.safe_dump(categories, allow_unicode=True, sort_keys=False)
    (tmp_path / "records" / "kategorier.yaml").write_text(text, encoding="utf-8")
    for name in (FIRST, LATER, MAPPING):
        shutil.copyfile(EXAMPLES / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def importera(name: str, *, write: bool, overwrite: bool = False) -> int:
    return import_command(
        Path(name), Path(MAPPING), Path("records"), write=write, today=TODAY, overwrite=overwrite
    )


def by_source(records: Path) -> dict[str, Path]:
    """Source id → the record imported from it."""
    found = {}
    for file in sorted(records.rglob("*.yaml")):
        doc = load_yaml(file)
        if isinstance(doc, Document) and isinstance(doc.data.get("källa"), dict):
            found[doc.data["källa"]["id"]] = file
    return found


def resolved(name: str, records: Path) -> str:
    files = by_source(records)
    text = (EXPECTED / name).read_text(encoding="utf-8")
    return re.sub(r"\{([A-Z0-9-]+)\}", lambda m: files[m[1]].stem, text)


def hand_edit(records: Path) -> None:
    files = by_source(records)
    doc = load_yaml(EXPECTED / "senare-export-handändringar.yaml")
    assert isinstance(doc, Document)
    for edit in doc.data["ändringar"]:
        path = files[edit["id"]]
        text = path.read_text(encoding="utf-8")
        assert text.count(edit["före"]) == 1, (path, edit)
        path.write_text(text.replace(edit["före"], edit["efter"]), encoding="utf-8")


def data(path: Path) -> dict[str, Any]:
    doc = load_yaml(path)
    assert isinstance(doc, Document)
    return doc.data


def test_a_later_export_updates_field_by_field_and_keeps_what_was_edited_by_hand(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = folder / "records"
    assert importera(FIRST, write=True) == 0
    capsys.readouterr()
    hand_edit(records)
    before = tree(records)
    assert importera(LATER, write=False) == 0
    assert capsys.readouterr().out == resolved("senare-export-provkörning.txt", records)
    assert tree(records) == before

    assert importera(LATER, write=True) == 0
    assert capsys.readouterr().out == resolved("senare-export-skrivning.txt", records)
    assert validate([records]).problems == []
    files = by_source(records)
    closed = data(files["LC-24-1033"])
    assert (closed["status"], closed["avslutad"]) == ("avslutad", "2024-03-15")
    assert closed["åtgärder"] == [
        {"beskrivning": "Rutin för överlämning ses över", "nivå": "enhet", "klar": "2024-03-08"}
    ]
    text = files["LC-24-1033"].read_text(encoding="utf-8")
    assert "registrerad: 2024-02-02\n" in text and "    klar: 2024-03-08\n" in text  # dates stay dates
    assert closed["källa"]["senast_importerat"]["status"] == checksum("avslutad")
    edited = data(files["LC-24-1052"])
    assert edited["sammanfattning"].endswith("Upptäcktes vid genomgång.")
    assert (edited["kategorier"], edited["status"]) == (["informationsöverföring"], "avslutad")
    assert data(files["LC-24-1012"])["risk"] == {"allvarlighetsgrad": 3, "sannolikhet": 1}
    assert data(files["LC-24-1012"])["åtgärder"][0]["uppföljning_planerad"] == "2025-01-20"  # ahead: allowed
    assert edited["orsaker"] == ["mänskliga-faktorn", "stress"]
    added = data(files["LC-24-1019"])["åtgärder"]
    assert added == [{"beskrivning": "Enhetschefen går igenom rutinen på APT", "nivå": "enhet"}]
    assert "LC-24-1068" in files

    after = tree(records)
    assert importera(LATER, write=True) == 0
    assert capsys.readouterr().out == resolved("senare-export-igen.txt", records)
    assert tree(records) == after


def test_with_the_option_the_export_overwrites_what_was_edited_by_hand(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = folder / "records"
    assert importera(FIRST, write=True) == 0
    hand_edit(records)
    capsys.readouterr()
    assert importera(LATER, write=True, overwrite=True) == 0
    out = capsys.readouterr().out
    assert "  - sammanfattning: exportens värde ersätter ärendets, som kan ha ändrats för hand " in out
    assert "kan ha ändrats för hand;" not in out  # no conflict is left to tell
    files = by_source(records)
    assert data(files["LC-24-1052"])["sammanfattning"] == (
        "En journalanteckning om Brukare C fördes in i fel akt och lästes av fel handläggare."
    )
    assert data(files["LC-24-1019"])["åtgärder"] == [
        {"beskrivning": "Gemensam rutin för barnfamiljer med akut behov av boende", "nivå": "förvaltning"}
    ]
    assert data(files["LC-24-1012"])["risk"] == {"allvarlighetsgrad": 3, "sannolikhet": 1}
    assert validate([records]).problems == []
    assert importera(LATER, write=False) == 0
    assert "uppdaterar" not in capsys.readouterr().out


def test_a_record_changed_after_the_plan_is_not_replaced(folder: Path) -> None:
    records = folder / "records"
    assert importera(FIRST, write=True) == 0
    mapping = load_mapping(Path(MAPPING))
    assert isinstance(mapping, ImportMapping)
    plan = plan_import(Path(LATER), mapping, Path("records"), today=TODAY)
    target = by_source(records)["LC-24-1033"]
    assert target.name in {item.path.name for item in plan.updates}
    changed = target.read_text(encoding="utf-8") + "# En kommentar som skrevs under tiden.\n"
    target.write_text(changed, encoding="utf-8")
    written, problems = write(plan.updates, plan.source)
    assert target.read_text(encoding="utf-8") == changed
    assert [p.message for p in problems if p.line == 4] == [
        f"{Path('records/2024') / target.name} ändrades medan importen kördes och skrevs inte. "
        "Kör importen igen."
    ]
    assert len(written) == len(plan.updates) - 1
    assert [p.name for p in target.parent.iterdir() if p.suffix == ".tmp"] == []


def test_an_older_import_with_the_id_in_diarienummer_is_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    case = EXPECTED / "already-imported"
    shutil.copytree(BASE, tmp_path / "records")
    shutil.copytree(case / "records", tmp_path / "records", dirs_exist_ok=True)
    for name in ("export.csv", "mappning.yaml"):
        shutil.copyfile(case / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)

    def run() -> int:
        mapping = Path("mappning.yaml")
        return import_command(Path("export.csv"), mapping, Path("records"), write=True, today=TODAY)

    assert run() == 1
    out = capsys.readouterr().out
    assert "export.csv:rad 2: uppdaterade records/2024/AVV-2024-0007.yaml:\n" in out
    record = data(tmp_path / "records" / "2024" / "AVV-2024-0007.yaml")
    assert "diarienummer" not in record
    assert record["registrerad"] == "2024-02-01"  # differs from the export: kept
    sums = record["källa"].pop("senast_importerat")
    assert record["källa"] == {"system": "Lista", "id": "701"}
    assert "registrerad" not in sums and sums["enhet"] == checksum("vuxna")
    assert validate([tmp_path / "records"]).problems == []
    assert run() == 1
    again = capsys.readouterr().out
    assert "export.csv:rad 2: finns redan som records/2024/AVV-2024-0007.yaml. Ingenting skrivs:\n" in again
    assert "  - registrerad: ifyllt i ärendet men inte av importen, och exporten säger något annat " in again


def test_a_later_platina_list_updates_the_case_by_its_diarienummer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(BASE, tmp_path / "records")
    shutil.copyfile(REPO / "records" / "kategorier.yaml", tmp_path / "records" / "kategorier.yaml")
    for name in ("platina-diarium-export.csv", "platina-diarium-mappning.yaml"):
        shutil.copyfile(EXAMPLES / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)

    def run(*, write: bool) -> int:
        mapping = Path("platina-diarium-mappning.yaml")
        source = Path("platina-diarium-export.csv")
        return import_command(source, mapping, Path("records"), write=write, today=TODAY)

    assert run(write=True) == 0
    capsys.readouterr()
    record = data(tmp_path / "records" / "2024" / "KLA-2024-0003.yaml")
    assert record["diarienummer"] == "SN 2024/0044"
    assert {key: record["källa"][key] for key in ("system", "id")} == {
        "system": "Platina",
        "id": "SN 2024/0044",
    }
    export = tmp_path / "platina-diarium-export.csv"
    text = export.read_text(encoding="utf-8-sig")
    assert text.count("Handläggning;Under handläggning;") == 1
    export.write_text(text.replace("Handläggning;Under handläggning;", "Handläggning;Avslutat;2024-03-20"))
    assert run(write=False) == 0
    assert capsys.readouterr().out.splitlines()[1:6] == [
        "platina-diarium-export.csv:rad 2: finns redan som records/2024/KLA-2024-0002.yaml; exporten har "
        "inget nytt. Hoppas över.",
        "platina-diarium-export.csv:rad 3: uppdaterar records/2024/KLA-2024-0003.yaml:",
        "  - avslutad: läggs till (2024-03-20)",
        "  - status: under_utredning → avslutad",
        "platina-diarium-export.csv:rad 4: typen 'Remiss' importeras inte enligt mappningen. Hoppas över.",
    ]


def test_an_older_import_gets_the_real_diarienummer_when_the_mapping_has_a_column_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    case = EXPECTED / "already-imported"
    shutil.copytree(BASE, tmp_path / "records")
    shutil.copytree(case / "records", tmp_path / "records", dirs_exist_ok=True)
    lines = (case / "export.csv").read_text(encoding="utf-8-sig").splitlines()
    (tmp_path / "export.csv").write_text(f"{lines[0]};Dnr\n{lines[1]};SN 2024/0701\n", encoding="utf-8")
    mapping = (case / "mappning.yaml").read_text(encoding="utf-8")
    (tmp_path / "mappning.yaml").write_text(mapping.replace("fält:\n", "fält:\n  diarienummer: Dnr\n", 1))
    monkeypatch.chdir(tmp_path)
    code = import_command(Path("export.csv"), Path("mappning.yaml"), Path("records"), write=True, today=TODAY)
    assert code == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == [
        "export.csv:rad 2: uppdaterade records/2024/AVV-2024-0007.yaml:",
        "  - källsystemets id flyttas från diarienummer till fältet källa (ärendet kommer från en äldre "
        "import; id:t visas inte här)",
        "  - diarienummer: läggs till (fritext och id visas inte)",
    ]
    record = data(tmp_path / "records" / "2024" / "AVV-2024-0007.yaml")
    assert record["diarienummer"] == "SN 2024/0701"
    assert (record["källa"]["system"], record["källa"]["id"]) == ("Lista", "701")


@pytest.mark.parametrize(
    ("record", "new", "sums", "expected"),
    [
        ("registrerad", "registrerad", {"status": "registrerad"}, None),
        ("registrerad", "avslutad", {"status": "registrerad"}, ("update", "avslutad")),
        ("under_utredning", "registrerad", {"status": "registrerad"}, None),  # hand edit, export as before
        ("under_utredning", "avslutad", {"status": "registrerad"}, ("conflict", "hand", "under_utredning")),
        ("under_utredning", "avslutad", {}, ("conflict", "other", "under_utredning")),
        ("under_utredning", "avslutad", None, ("conflict", "older", "under_utredning")),
    ],
    ids=["samma", "importerat-ändras", "handändrat-exporten-oförändrad", "handändrat", "ifyllt", "äldre"],
)
def test_each_field_follows_the_export_only_where_the_import_wrote_it_last(
    record: str, new: str, sums: dict[str, str] | None, expected: tuple[str, ...] | None
) -> None:
    source: dict[str, Any] = {"system": "Lifecare", "id": "LC-1"}
    if sums is not None:
        source["senast_importerat"] = {name: checksum(value) for name, value in sums.items()}
    data: dict[str, Any] = {"typ": "avvikelse", "status": record}
    if sums is not None:  # else a record of an older import, without källa
        data["källa"] = source
    result = merge(
        data, "avvikelse", {"status": new}, ["status"], {"system": "Lifecare", "id": "LC-1"}, overwrite=False
    )
    changes = [(c.verdict, c.reason, c.old, c.new) for c in result.changes]
    if expected is None:
        assert changes == [] and result.data["status"] == record
    elif expected[0] == "update":
        assert changes == [("update", "hand", record, new)] and result.data["status"] == new
        assert result.data["källa"]["senast_importerat"]["status"] == checksum(new)
    else:
        assert changes == [("conflict", expected[1], record, new)] and result.data["status"] == expected[2]
        forced = merge(data, "avvikelse", {"status": new}, ["status"], dict(source), overwrite=True)
        assert forced.data["status"] == new and forced.changes[0].verdict == "overwrite"


def test_an_empty_cell_removes_only_what_the_import_wrote() -> None:
    source = {"system": "Lifecare", "id": "LC-1"}
    sums = {"inträffad": checksum("2024-03-15"), "status": checksum("registrerad")}
    record = {"status": "registrerad", "inträffad": "2024-03-15", "registrerad": "2024-03-16"}
    data = {**record, "källa": {**source, "senast_importerat": sums}}
    names = ["status", "inträffad", "registrerad"]
    result = merge(data, "avvikelse", {"status": "registrerad"}, names, source, overwrite=False)
    changes = [(c.name, c.verdict, c.reason, c.new) for c in result.changes]
    assert changes == [
        ("inträffad", "update", "hand", MISSING),
        ("registrerad", "conflict", "other", MISSING),  # never written by the import: kept
    ]
    assert "inträffad" not in result.data and result.data["registrerad"] == dt.date(2024, 3, 16)
    assert "inträffad" not in result.data["källa"]["senast_importerat"]
