"""The `kvalitet` command as users run it: exit codes, Swedish texts, text and JSON output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kvalitet.cli import build_parser, main
from tests.helpers import CASES, FORMAT_2_ADDS, REPO

OLD_FORMAT = (
    "7 ärenden är skrivna i postformat 1 och godkänns som förut. Skriv postformat: 2 i ett ärende när du "
    "ändrar det" + FORMAT_2_ADDS + ". Kommandot kvalitet uppgradera visar vilka ärenden som kan få raden "
    "redan nu. Läs mer under Postformat i guiden Så skrivs ett ärende.\n"
)
"""The hint that follows the summary: the base records are written without postformat."""
BROKEN = "id: SYN-2024-0002\ntyp: synpunkt\nregistrerad: 2024-06-11\nstatus: klar\n"


def test_clean_records_exit_0(records: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validera", str(records)]) == 0
    assert capsys.readouterr().out == "10 filer kontrollerade: allt i ordning.\n" + OLD_FORMAT


def test_problems_exit_1_with_path_line_column(
    records: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (records / "2024" / "SYN-2024-0002.yaml").write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(records.parent)
    assert main(["validera", "records/2024/SYN-2024-0002.yaml"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "records/2024/SYN-2024-0002.yaml:1:1: fältet 'avsändare' saknas. Lägg till det.",
        "records/2024/SYN-2024-0002.yaml:1:1: fältet 'kanal' saknas. Lägg till det.",
        "records/2024/SYN-2024-0002.yaml:1:1: fältet 'kategorier' saknas. Lägg till det.",
        "records/2024/SYN-2024-0002.yaml:1:1: fältet 'sammanfattning' saknas. Lägg till det.",
        "records/2024/SYN-2024-0002.yaml:4:9: fältet 'status' har inget tillåtet värde. "
        "Tillåtna värden: registrerad, under_utredning, åtgärder_pågår, avslutad.",
        "5 fel i 1 fil (1 fil kontrollerad).",
        "1 ärende är skrivet i postformat 1 och godkänns som förut. Skriv postformat: 2 i ett ärende när du "
        "ändrar det" + FORMAT_2_ADDS + ". Kommandot kvalitet uppgradera visar vilka ärenden som kan få raden "
        "redan nu. Läs mer under Postformat i guiden Så skrivs ett ärende.",
    ]


def test_json_output(
    records: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (records / "2024" / "SYN-2024-0002.yaml").write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(records)
    assert main(["validera", ".", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert report["checked"] == 11
    assert report["problems"][-1] == {
        "path": "2024/SYN-2024-0002.yaml",
        "line": 4,
        "column": 9,
        "code": "schema-enum",
        "message": "fältet 'status' har inget tillåtet värde. "
        "Tillåtna värden: registrerad, under_utredning, åtgärder_pågår, avslutad.",
    }


def test_default_path_is_records(
    records: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(records.parent)
    assert main(["validera"]) == 0
    assert "10 filer kontrollerade" in capsys.readouterr().out


def test_missing_path_is_wrong_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validera", str(tmp_path / "saknas")]) == 2
    assert capsys.readouterr().err == (
        f"kvalitet: '{tmp_path / 'saknas'}' finns inte. Ange en mapp med poster eller filer som finns.\n"
    )


def test_folder_without_organisation_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validera", str(tmp_path)]) == 1
    assert "hittar ingen organisation.yaml i mappen eller ovanför den." in capsys.readouterr().out


def test_unknown_option_exits_2_in_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["validera", "--okänd"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "kvalitet: fel: okända argument: --okänd" in err
    assert "Skriv 'kvalitet --help' för att se hur kommandot används." in err


def test_help_is_swedish(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["validera", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("användning: kvalitet validera")
    assert "visa den här hjälpen och avsluta" in out
    assert "help" not in out.replace("--help", "")


def test_every_command_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    for command in commands.choices:
        assert f"`kvalitet {command}" in readme, command


def test_console_script_runs(records: Path) -> None:
    script = Path(sys.executable).parent / "kvalitet"
    result = subprocess.run(
        [script, "validera", str(records)], capture_output=True, text=True, check=False, env={**os.environ}
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "10 filer kontrollerade: allt i ordning.\n" + OLD_FORMAT


MISSED = CASES / "ivo-quarters" / "missing" / "2024" / "EVB-2024-0003.yaml"
"""A decision of postformat 2 verkställd 2024-08-10 and never reported to IVO: due for 2024-Q2 and Q3."""


def _missed(records: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    shutil.copyfile(MISSED, records / "2024" / MISSED.name)
    monkeypatch.chdir(records.parent)
    return f"records/2024/{MISSED.name}"


def test_a_missed_quarter_exits_1_at_the_date_given(
    records: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _missed(records, monkeypatch)
    assert main(["validera", path, "--per", "2024-12-31"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:10:15: beslutet har inte rapporterats till IVO för 2024-Q2, 2024-Q3, kvartal som slutade "
        "före 2024-12-31 medan beslutet inte var verkställt. Rapportera till IVO och skriv alla rapporterade "
        "kvartal i fältet 'rapporterad_ivo', så här: [2024-Q2, 2024-Q3].",
        "1 fel i 1 fil (1 fil kontrollerad).",
    ]
    assert main(["validera", path, "--per", "2024-06-30"]) == 0  # 2024-Q2 ends that day: not yet missed
    assert capsys.readouterr().out == "1 fil kontrollerad: allt i ordning.\n"


def test_the_cut_off_date_is_today_by_default(
    records: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _missed(records, monkeypatch)
    assert main(["validera", path]) == 1
    out = capsys.readouterr().out
    assert f"kvartal som slutade före {dt.date.today().isoformat()} medan" in out


def test_a_missed_quarter_in_the_json_output(
    records: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _missed(records, monkeypatch)
    assert main(["validera", path, "--per", "2024-10-01", "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert [(p["code"], p["line"], p["column"]) for p in report["problems"]] == [
        ("rule-evb-missing-report", 10, 15)
    ]


def test_a_wrong_cut_off_date_is_wrong_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["validera", "--per", "2024-13-01"])
    assert exit_info.value.code == 2
    assert "2024-13-01" in capsys.readouterr().err


def test_the_help_tells_of_the_cut_off_date(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["validera", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--per DATUM kontrollera rapporterna till IVO per det här datumet" in out
    assert "(standard: dagens datum)" in out
