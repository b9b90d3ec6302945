"""A later export updates records that staff wrote comments in: every comment stays in its place.

tests/cases/import/comments-kept holds three imported records with comments at the top, between
fields, at the end of lines and inside the list of actions (one action added by hand), and a later
export: a changed status, a new code, new action dates, a new action, an emptied date. Its dry run
is checked by test_importer_cases; here the records are written on disk and compared whole with
efter/, the records as the update must leave them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from kvalitet.records.comments import comments
from kvalitet.records.load import Document, load_yaml
from kvalitet.records.validate import validate
from kvalitet.staff.importer import import_command
from kvalitet.staff.importer.keep_comments import Dropped, rewrite
from tests.helpers import CASES
from tests.staff.test_importer_cases import lay_out

CASE = CASES / "import" / "comments-kept"
TODAY = dt.date(2024, 12, 31)
NAMES = ("AVV-2024-0002.yaml", "AVV-2024-0003.yaml", "AVV-2024-0004.yaml")


def texts(text: str) -> list[str]:
    return [comment for _, comment in comments(text)]


def test_an_update_keeps_every_comment_in_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    export = lay_out(CASE, tmp_path)
    monkeypatch.chdir(tmp_path)
    code = import_command(Path(export.name), Path("mappning.yaml"), Path("records"), write=True, today=TODAY)
    assert code == 0
    out = capsys.readouterr().out
    assert "  - kommentaren på rad 5 stod vid fältet 'inträffad', som uppdateringen tog bort, och " in out
    for name in NAMES:
        written = (tmp_path / "records" / "2024" / name).read_text(encoding="utf-8")
        assert written == (CASE / "efter" / "2024" / name).read_text(encoding="utf-8"), name
    before = (CASE / "records" / "2024" / "AVV-2024-0002.yaml").read_text(encoding="utf-8")
    after = (tmp_path / "records" / "2024" / "AVV-2024-0002.yaml").read_text(encoding="utf-8")
    assert texts(after) == texts(before) and len(texts(before)) == 12
    assert "status: åtgärder_pågår  # kontrollera efter mötet\n" in after
    assert "    nivå: enhet  # alla i enheten\n    klar: 2024-04-02\n" in after
    removed = (CASE / "records" / "2024" / "AVV-2024-0004.yaml").read_text(encoding="utf-8")
    kept = (tmp_path / "records" / "2024" / "AVV-2024-0004.yaml").read_text(encoding="utf-8")
    assert texts(kept) == [t for t in texts(removed) if t not in ("# Dagen är osäker.", "# enligt anmälaren")]
    assert validate([tmp_path / "records"]).problems == []


def _data(text: str) -> dict[str, Any]:
    doc = load_yaml(Path("post.yaml"), text.encode("utf-8"))
    assert isinstance(doc, Document)
    return doc.data


def test_a_code_is_found_by_its_value_and_an_action_by_its_place_from_the_end() -> None:
    old = (
        "id: AVV-2024-0001\n"
        "kategorier:\n"
        "  - fall  # anmälarens ord\n"
        "  - tidsbrist  # tillagd för hand\n"
        "åtgärder:\n"
        "  - beskrivning: Från listan  # importens\n"
        "    nivå: enhet\n"
        "  # för hand\n"
        "  - beskrivning: Samtal\n"
        "    nivå: grupp\n"
    )
    data = _data(old)
    data["kategorier"] = ["informationsöverföring", "tidsbrist"]
    data["åtgärder"] = data["åtgärder"][1:]  # the import's action is removed: the hand-written one stays
    result = rewrite(old, data)
    assert result.text == (
        "id: AVV-2024-0001\n"
        "kategorier:\n"
        "  - informationsöverföring\n"
        "  - tidsbrist  # tillagd för hand\n"
        "åtgärder:\n"
        "  # för hand\n"
        "  - beskrivning: Samtal\n"
        "    nivå: grupp\n"
    )
    assert result.dropped == (
        Dropped(3, ("kategorier", 0)),
        Dropped(6, ("åtgärder", 0, "beskrivning")),
    )


def test_a_text_without_comments_is_written_as_the_writer_writes_it() -> None:
    old = "id: AVV-2024-0001\nstatus: registrerad\n"
    data = _data(old)
    data["status"] = "avslutad"
    assert rewrite(old, data).text == "id: AVV-2024-0001\nstatus: avslutad\n"
