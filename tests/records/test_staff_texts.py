"""The guard over the staff's report texts (site/berattelse/*.md): every line, paragraphs read as one
text, acceptance in the front matter, and messages with kind and place only."""

from __future__ import annotations

from pathlib import Path

import pytest

from kvalitet.records.staff_texts import check_staff_text, is_staff_text, staff_text_files
from kvalitet.records.validate import validate

FRONT = "---\ndiarienummer: SN 2026/27\n---\n\n"


def _lines(file: Path) -> list[str]:
    return [f"{problem.line}:{problem.column}: {problem.message}" for problem in check_staff_text(file)]


def _text(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "site" / "berattelse"
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / "2025.md"
    file.write_text(text, encoding="utf-8")
    return file


def test_real_report_prose_passes(tmp_path: Path) -> None:
    text = (
        FRONT + "## Processer\n\nRutinen för lex\nSarah har fått nya hänvisningar, och SOSFS 2011:9 och\n"
        "14 kap. 3 § SoL gäller. Diarienummer SN 2025/114 beslutades 2025-03-18.\n\n"
        "{{ avvikelser-sol-lss }}\n\n| Enhet | Antal |\n|---|---|\n| Vuxna | 3 |\n"
    )
    assert _lines(_text(tmp_path, text)) == []


def test_a_name_and_number_folded_over_lines_are_found_where_they_stand(tmp_path: Path) -> None:
    text = (
        FRONT
        + "## Inledning\n\nEn anmälan om Karin\nJohansson kom in. Hon nåddes på 070-123\n45 67 samma dag.\n"
    )
    assert [line.split(".")[0] for line in _lines(_text(tmp_path, text))] == [
        "7:15: ett namn på rad 7, kolumn 15",
        "8:33: ett telefonnummer på rad 8, kolumn 33",
    ]


def test_a_heading_is_not_joined_to_the_next_line(tmp_path: Path) -> None:
    found = _lines(_text(tmp_path, "## Anna\nLindqvist och Berg skrev.\n"))
    assert [line.split(".")[0] for line in found] == [
        "1:4: ett namn på rad 1, kolumn 4",
        "2:1: ett namn på rad 2, kolumn 1",
    ]


def test_accepted_in_the_front_matter(tmp_path: Path) -> None:
    text = (
        "---\ngodkända_fynd:\n  - text: Jacob Anhøj\n    skäl: Författare till en citerad bok.\n"
        "  - text: Villa Solbacken 3\n    skäl: Ett stödboende.\n"
        "  - text: 19121212-1212\n    skäl: Försök.\n---\n\n"
        "Diagrammen följer Jacob Anhøj. Personnumret 19121212-1212 kan aldrig godkännas.\n"
    )
    found = [line.split(".")[0] for line in _lines(_text(tmp_path, text))]
    assert found == [
        "7:11: ett personnummer på rad 7, kolumn 11",  # never accepted, not even in the list itself
        "11:45: ett personnummer på rad 11, kolumn 45",
        "5:11: texten under godkända_fynd här behövs inte: kontrollen hittar den inte längre",
    ]


def test_the_accept_hint_says_where_to_accept(tmp_path: Path) -> None:
    found = _lines(_text(tmp_path, "Boken av Jacob Anhøj.\n"))
    assert found == [
        "1:10: ett namn på rad 1, kolumn 10. Skriv en kod i stället, till exempel 'Brukare A' eller "
        "'Medarbetare 1'. Är det ingen personuppgift (en ort, en verksamhet, ett citerat verk)? Lägg då "
        "till just den texten under 'godkända_fynd' i textens inledning mellan raderna ---, med text: och "
        "ett skäl:, så ser granskaren det."
    ]


def test_the_approvals_file_is_guarded_as_yaml(tmp_path: Path) -> None:
    folder = _text(tmp_path, "Inget.\n").parent
    approvals = folder / "faststallda.yaml"
    approvals.write_text("# justerat av Karin Johansson\nfastställda: []\n", encoding="utf-8")
    assert staff_text_files(folder) == [folder / "2025.md", approvals]
    assert _lines(approvals)[0].startswith("1:15: ett namn i en kommentar på rad 1, kolumn 15.")


def test_the_validator_takes_a_text_or_its_folder_and_a_records_root_brings_them(tmp_path: Path) -> None:
    file = _text(tmp_path, "Karin Johansson ringde.\n")
    assert is_staff_text(file) and not is_staff_text(tmp_path / "2025.md")
    for given in (file, file.parent):
        outcome = validate([given])
        assert [(p.file, p.line, p.column) for p in outcome.problems] == [(file, 1, 1)]
        assert outcome.checked == 1
    records = tmp_path / "records"
    shutil_copy_base(records)
    outcome = validate([records])
    assert [(p.file.name, p.code) for p in outcome.problems] == [("2025.md", "pseudonym-namn")]


def shutil_copy_base(target: Path) -> None:
    import shutil

    from tests.helpers import BASE

    shutil.copytree(BASE, target)


@pytest.mark.parametrize("encoding", ["cp1252"])
def test_a_text_that_is_not_utf8_is_an_error_and_still_read(tmp_path: Path, encoding: str) -> None:
    file = _text(tmp_path, "")
    file.write_bytes("Karin Johansson på Storgatan 12 ringde.\n".encode(encoding))
    found = _lines(file)
    assert found[0].startswith("1:")
    assert any("ett namn på rad 1, kolumn 1" in line for line in found)
