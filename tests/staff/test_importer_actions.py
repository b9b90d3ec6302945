"""The newer fields of a record from an export: orsaker, and the follow-up of the first action.

tests/cases/import/action-fields maps them (its dry run is checked by test_importer_cases); here a
later export moves a follow-up again: the new date is added and the earlier one stays, and a move is
not added to an action that was written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from kvalitet.records.load import Document, load_yaml
from kvalitet.records.validate import validate
from kvalitet.staff.importer import import_command
from kvalitet.staff.importer.changes import told
from kvalitet.staff.importer.update import merge
from tests.helpers import CASES
from tests.staff.test_importer_cases import lay_out

CASE = CASES / "import" / "action-fields"
TODAY = dt.date(2024, 12, 31)
MOVES = ["åtgärder.flyttad.datum", "åtgärder.flyttad.skäl"]


def run(*, write: bool) -> int:
    return import_command(
        Path("export.csv"), Path("mappning.yaml"), Path("records"), write=write, today=TODAY
    )


def test_a_later_export_adds_the_new_date_of_a_moved_follow_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lay_out(CASE, tmp_path)
    monkeypatch.chdir(tmp_path)
    assert run(write=True) == 1  # the rows with problems are told again below
    export = tmp_path / "export.csv"
    rows = export.read_text(encoding="utf-8-sig").splitlines()
    later = rows[1].replace(";2025-03-03;Enhetschefen är föräldraledig;", ";2025-04-07;Semester;")
    export.write_text("\n".join([rows[0], later]) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert run(write=False) == 0
    assert capsys.readouterr().out.splitlines()[1:3] == [
        "export.csv:rad 2: uppdaterar records/2024/AVV-2024-0002.yaml:",
        "  - åtgärder.flyttad: uppföljningen flyttas till 2025-04-07 (de tidigare datumen står kvar; "
        "skälet är fritext och visas inte)",
    ]
    assert run(write=True) == 0
    doc = load_yaml(tmp_path / "records" / "2024" / "AVV-2024-0002.yaml")
    assert isinstance(doc, Document)
    assert doc.data["åtgärder"][0]["flyttad"] == [
        {"datum": "2025-03-03", "skäl": "Enhetschefen är föräldraledig"},
        {"datum": "2025-04-07", "skäl": "Semester"},
    ]
    assert doc.data["orsaker"] == ["verksamhetssystemet", "stress"]
    assert validate([tmp_path / "records"]).problems == []
    capsys.readouterr()
    assert run(write=False) == 0
    assert (
        "finns redan som records/2024/AVV-2024-0002.yaml; exporten har inget nytt." in capsys.readouterr().out
    )


def test_a_move_is_not_added_to_an_action_written_by_hand() -> None:
    source = {"system": "Lista", "id": "901"}
    record: dict[str, Any] = {
        "typ": "avvikelse",
        "åtgärder": [{"beskrivning": "Samtal", "nivå": "grupp"}],
        "källa": {**source, "senast_importerat": {}},
    }
    incoming = {
        "åtgärder": [
            {
                "beskrivning": "Rutin",
                "nivå": "enhet",
                "flyttad": [{"datum": dt.date(2025, 3, 3), "skäl": "x"}],
            }
        ]
    }
    names = ["åtgärder.beskrivning", "åtgärder.nivå", *MOVES]
    result = merge(record, "avvikelse", incoming, names, source, overwrite=False)
    assert result.data["åtgärder"] == [{"beskrivning": "Samtal", "nivå": "grupp"}]
    assert told("avvikelse", result)[-1] == (
        "åtgärder.flyttad: exporten flyttar uppföljningen till 2025-03-03, men den första åtgärden i "
        "ärendet är inte exportens (den har ändrats eller skrivits för hand). Flytten läggs inte till; "
        "skriv in den i ärendet om den gäller den åtgärden."
    )
    forced = merge(record, "avvikelse", incoming, names, source, overwrite=True)
    assert forced.data["åtgärder"][0]["flyttad"] == [{"datum": dt.date(2025, 3, 3), "skäl": "x"}]
