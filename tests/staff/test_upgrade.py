"""`kvalitet uppgradera` on a real copy of the base records: a dry run changes nothing, `--skriv` gives
`postformat: 2` to exactly the records that pass with it, and a record that fails now, would fail with
version 2, has no `typ:` line of its own or changed after the check is left as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from kvalitet.cli import main
from kvalitet.messages import MESSAGES
from kvalitet.records import rules
from kvalitet.records.load import Document
from kvalitet.records.problems import Problem
from kvalitet.records.recordformat import strict
from kvalitet.records.reference import Reference
from kvalitet.records.validate import validate
from kvalitet.staff.upgrade import plan_upgrade, with_format, write_upgrade

NAMES = ("AVV", "EVB", "KLA", "LXM", "LXS", "PUI", "SYN")


def _contents(records: Path) -> dict[Path, bytes]:
    return {file: file.read_bytes() for file in sorted(records.rglob("*")) if file.is_file()}


def test_a_dry_run_says_what_would_change_and_changes_nothing(
    records: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _contents(records)
    monkeypatch.chdir(records.parent)
    assert main(["uppgradera", "records"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        *(f"records/2024/{name}-2024-0001.yaml: kan få postformat: 2." for name in NAMES),
        "7 av 7 ärenden i postformat 1 kan få postformat: 2. Ingenting har ändrats: kör kvalitet uppgradera "
        "--skriv för att skriva ändringen.",
    ]
    assert _contents(records) == before


def test_write_adds_the_line_after_typ_and_the_records_stay_valid(
    records: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _contents(records)
    monkeypatch.chdir(records.parent)
    assert main(["uppgradera", "records", "--skriv"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        *(f"records/2024/{name}-2024-0001.yaml: har fått postformat: 2." for name in NAMES),
        "7 av 7 ärenden i postformat 1 har fått postformat: 2.",
    ]
    after = _contents(records)
    for file, content in before.items():
        if file.parent.name == "2024":
            lines = content.decode("utf-8").splitlines(keepends=True)
            typ = next(index for index, line in enumerate(lines) if line.startswith("typ:"))
            assert after[file].decode("utf-8") == "".join(
                [*lines[: typ + 1], "postformat: 2\n", *lines[typ + 1 :]]
            )
        else:
            assert after[file] == content  # the reference files are not touched
    outcome = validate([records])
    assert outcome.ok
    assert outcome.versions == [2] * 7
    assert not list(records.rglob(".*.yaml.*"))  # no temporary file left
    assert main(["uppgradera", "records"]) == 0
    assert (
        capsys.readouterr().out == "Inga ärenden är skrivna i postformat 1. Det finns inget att uppgradera.\n"
    )


def test_a_record_with_problems_now_is_left_as_it_is(
    records: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = records / "2024" / "SYN-2024-0001.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("status: registrerad", "status: klar"), "utf-8"
    )
    before = broken.read_bytes()
    monkeypatch.chdir(records.parent)
    assert main(["uppgradera", "records", "--skriv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2:] == [
        "1 ärende i postformat 1 har fel redan nu och lämnas som det är. Kör kvalitet validera och rätta det "
        "först.",
        "6 av 7 ärenden i postformat 1 har fått postformat: 2.",
    ]
    assert broken.read_bytes() == before


def test_a_record_without_a_typ_line_of_its_own_is_left_as_it_is(
    records: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    flow = records / "2024" / "SYN-2024-0001.yaml"
    flow.write_text(flow.read_text(encoding="utf-8").replace("typ: synpunkt", '"typ": synpunkt'), "utf-8")
    assert validate([records]).ok
    before = flow.read_bytes()
    monkeypatch.chdir(records.parent)
    assert main(["uppgradera", "records", "--skriv"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "records/2024/SYN-2024-0001.yaml: lämnas i postformat 1: raden 'typ:' står inte på en egen rad "
        "längst till vänster, så det går inte att se var postformat ska stå. Lägg till postformat: 2 själv.",
        "6 av 7 ärenden i postformat 1 har fått postformat: 2.",
    ]
    assert flow.read_bytes() == before


def test_windows_line_endings_are_kept() -> None:
    assert with_format(b"id: X\r\ntyp: avvikelse\r\nstatus: registrerad\r\n") == (
        b"id: X\r\ntyp: avvikelse\r\npostformat: 2\r\nstatus: registrerad\r\n"
    )
    assert with_format(b"id: X\ntyp: avvikelse") is None  # no line end after typ: nowhere to be sure
    assert with_format(b"id: X\n  typ: avvikelse\n") is None


def test_a_file_changed_after_the_check_is_left_as_it_is(records: Path) -> None:
    upgrade = plan_upgrade(records)
    edited = records / "2024" / "KLA-2024-0001.yaml"
    edited.write_bytes(edited.read_bytes() + b"# en rad till\n")
    before = edited.read_bytes()
    assert write_upgrade(upgrade) == [edited]
    assert edited.read_bytes() == before
    assert validate([records]).versions.count(2) == 6


def test_a_record_that_would_fail_in_version_2_is_left_as_it_is(
    records: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a rule of version 2 for the test, beside the real ones (a synpunkt's avsändare must be
    'brukare'), the base synpunkt, whose avsändare is 'allmänhet', cannot be upgraded."""

    def check_record(doc: Document, reference: Reference) -> list[Problem]:
        found = rules.check_record(doc, reference)
        if strict(doc.data) and doc.data.get("typ") == "synpunkt" and doc.data.get("avsändare") != "brukare":
            found.append(Problem.at(doc.file, doc.position(("avsändare",)), "test-strict-rule"))
        return found

    monkeypatch.setitem(MESSAGES, "test-strict-rule", "avsändaren ska vara brukare i postformat 2.")
    monkeypatch.setattr("kvalitet.records.validate.check_record", check_record)
    synpunkt = records / "2024" / "SYN-2024-0001.yaml"
    before = synpunkt.read_bytes()
    monkeypatch.chdir(records.parent)
    assert main(["uppgradera", "records", "--skriv"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "records/2024/SYN-2024-0001.yaml: lämnas i postformat 1: med postformat: 2 får ärendet 1 fel. "
        "Lägg till raden själv när du ändrar ärendet, och kör kvalitet validera för att se vad som behöver "
        "rättas.",
        "6 av 7 ärenden i postformat 1 har fått postformat: 2.",
    ]
    assert synpunkt.read_bytes() == before
    assert validate([records]).ok


def test_a_folder_that_is_missing_or_no_records_folder_is_wrong_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["uppgradera", "saknas"]) == 2
    assert capsys.readouterr().err == (
        "kvalitet: 'saknas' finns inte. Ange en mapp med poster eller filer som finns.\n"
    )
    (tmp_path / "tom").mkdir()
    assert main(["uppgradera", "tom"]) == 2
    assert capsys.readouterr().err == (
        "kvalitet: 'tom' är ingen ärendemapp: varken där eller ovanför finns organisation.yaml. Ange mappen "
        "med ärendena, till exempel records.\n"
    )
