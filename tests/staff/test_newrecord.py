"""`kvalitet ny`: the next free id, a new year folder, never overwriting, and a skeleton per typ that
loads, is reported field by field while empty, and validates clean once filled in."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from kvalitet.errors import KvalitetError, UsageError
from kvalitet.records.cases import ID_PREFIXES
from kvalitet.records.load import Document, load_yaml
from kvalitet.records.schemacheck import RECORD_TYPES, SCHEMA_FILES
from kvalitet.records.validate import validate
from kvalitet.staff import newrecord, skeleton
from tests.helpers import REPO

TODAY = dt.date(2026, 3, 2)
PREFIXES = ID_PREFIXES
TEXTS = {"sammanfattning": "Brukare A fick sin insats en dag för sent."}
"""What the test writes in free text fields, where the skeleton cannot say what to write."""
DATES = {
    "ÅÅÅÅ-MM-DD": "2026-02-20",
    "ÅÅÅÅ-MM-DD TT:MM": "2026-03-01 10:30",
    "ÅÅÅÅ-MM-DD TT:MM, eller ÅÅÅÅ-MM-DD om klockslaget inte är känt": "2026-03-01",
}

FIELD_DATES = {"beslutsdatum": "2025-11-20"}
"""A decision becomes an ej verkställt beslut only three months after it was made."""


def problem_lines(paths: list[Path], root: Path) -> list[str]:
    return [
        f"{os.path.relpath(problem.file, root)}:{problem.line}:{problem.column}: {problem.message}"
        for problem in validate(paths).problems
    ]


def fill(text: str) -> str:
    """The skeleton with every empty field filled: the first value its comment line offers, a date
    before the registration day, or a text."""
    lines = text.splitlines()
    for index, line in enumerate(lines):
        empty = re.fullmatch(r"(\w+):( \[\])?", line)
        if empty is None:
            continue
        name, is_list = empty[1], bool(empty[2])
        hint = offered(lines, index, name)
        if hint.startswith(("en av ", "en eller flera av ")):
            value = hint.split(" av ", 1)[1].split(", ")[0]
        else:
            value = FIELD_DATES.get(name) or DATES[hint] if hint else TEXTS[name]
        lines[index] = f"{name}: [{value}]" if is_list else f"{name}: {value}"
    return "\n".join(lines) + "\n"


def offered(lines: list[str], index: int, name: str) -> str:
    """The text of the comment `# name: …` above line `index`, continuation lines included."""
    start = index - 1
    while start >= 0 and lines[start].startswith("#   "):
        start -= 1
    if start < 0 or not lines[start].startswith(f"# {name}: "):
        return ""
    parts = [lines[start].removeprefix(f"# {name}: ")]
    parts += [line.removeprefix("#   ") for line in lines[start + 1 : index]]
    return " ".join(parts)


def uncomment_optional(text: str, names: set[str]) -> tuple[str, dict[str, range]]:
    """The skeleton with every optional field uncommented as a user would (the line with the name and
    the lines under it), and the lines each field spans."""
    lines = text.splitlines()
    spans: dict[str, range] = {}
    index = 0
    while index < len(lines):
        start = re.match(r"# (\w+):", lines[index])
        if start is None or start[1] not in names:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and lines[end].startswith("#  "):
            end += 1
        lines[index:end] = [line[2:] for line in lines[index:end]]
        spans[start[1]] = range(index + 1, end + 1)
        index = end
    return "\n".join(lines) + "\n", spans


# Numbering and files


def test_first_record_of_a_year_creates_the_year_folder(records: Path) -> None:
    assert not (records / "2026").exists()
    path = newrecord.new_record(records, "avvikelse", today=TODAY)
    assert path == records / "2026" / "AVV-2026-0001.yaml"
    assert path.read_text(encoding="utf-8").count("\nid: AVV-2026-0001\n") == 1


def test_number_is_one_more_than_the_highest_of_that_prefix_and_year(records: Path) -> None:
    base = (records / "2024" / "AVV-2024-0001.yaml").read_text(encoding="utf-8")
    (records / "2024" / "AVV-2024-0007.yaml").write_text(base.replace("0001", "0007"), encoding="utf-8")
    (records / "2024" / "KLA-2024-0042.yaml").touch()
    (records / "2024" / "AVV-2025-0050.yaml").touch()  # another year
    path = newrecord.new_record(records, "avvikelse", today=dt.date(2024, 11, 5))
    assert path.name == "AVV-2024-0008.yaml"
    assert newrecord.new_record(records, "avvikelse", today=dt.date(2024, 11, 5)).name == "AVV-2024-0009.yaml"
    assert newrecord.new_record(records, "klagomål", today=dt.date(2024, 11, 5)).name == "KLA-2024-0043.yaml"


def test_numbers_beyond_four_digits_go_on(records: Path) -> None:
    (records / "2024" / "SYN-2024-12345.yaml").touch()
    assert newrecord.new_record(records, "SYN", today=TODAY.replace(year=2024)).name == "SYN-2024-12346.yaml"


def test_an_id_in_another_folder_is_not_used_again(records: Path) -> None:
    (records / "2025").mkdir()
    (records / "2025" / "LXM-2026-0004.yaml").touch()  # in the wrong folder, but the id is taken
    assert newrecord.new_record(records, "lex_maja", today=TODAY).name == "LXM-2026-0005.yaml"


def test_numbering_after_the_demo_records(tmp_path: Path) -> None:
    root = tmp_path / "records"
    shutil.copytree(REPO / "records", root)
    existing = sorted(path.name for path in (root / "2026").glob("AVV-2026-*.yaml"))
    highest = int(existing[-1].removesuffix(".yaml").rsplit("-", 1)[1])
    path = newrecord.new_record(root, "avvikelse", today=dt.date(2026, 10, 31))
    assert path.name == f"AVV-2026-{highest + 1:04d}.yaml"
    assert problem_lines([root / "2026" / "AVV-2026-0001.yaml", path], root) == [
        f"2026/{path.name}:28:16: fältet 'sammanfattning' är tomt. Fyll i ett värde.",
        f"2026/{path.name}:35:7: fältet 'enhet' är tomt. Fyll i ett värde.",
        f"2026/{path.name}:41:13: fältet 'kategorier' är en tom lista. Ange minst ett värde.",
        f"2026/{path.name}:45:8: fältet 'lagrum' är tomt. Fyll i ett värde.",
    ]


def test_an_existing_file_is_never_overwritten(records: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another file takes the number between the count and the writing: the next number is used."""
    taken = records / "2024" / "EVB-2024-0001.yaml"
    before = taken.read_bytes()
    (records / "2024" / "EVB-2024-0002.yaml").write_bytes(before)
    monkeypatch.setattr(newrecord, "next_number", lambda root, prefix, year: 1)
    path = newrecord.new_record(records, "ej_verkställt_beslut", today=dt.date(2024, 5, 2))
    assert path.name == "EVB-2024-0003.yaml"
    assert taken.read_bytes() == before
    assert (records / "2024" / "EVB-2024-0002.yaml").read_bytes() == before


@pytest.mark.parametrize(
    ("given", "typ"),
    [
        ("avvikelse", "avvikelse"),
        ("AVV", "avvikelse"),
        ("kla", "klagomål"),
        ("Klagomal", "klagomål"),
        ("lex-sarah", "lex_sarah"),
        ("ej verkställt beslut", "ej_verkställt_beslut"),
        ("ej_verkstallt_beslut", "ej_verkställt_beslut"),
    ],
)
def test_typ_by_name_or_prefix(given: str, typ: str) -> None:
    assert newrecord.resolve_typ(given) == typ


def test_unknown_typ_lists_the_typs(records: Path) -> None:
    with pytest.raises(UsageError) as raised:
        newrecord.new_record(records, "avvik", today=TODAY)
    assert str(raised.value) == (
        "'avvik' är ingen typ av ärende. Menade du 'avvikelse'? Välj en av: avvikelse (AVV), "
        "klagomål (KLA), synpunkt (SYN), lex_sarah (LXS), personuppgiftsincident (PUI), "
        "lex_maja (LXM), ej_verkställt_beslut (EVB)."
    )
    assert raised.value.exit_code == 2
    assert not (records / "2026").exists()


def test_the_prefixes_are_those_of_the_record_format() -> None:
    assert skeleton.record_prefixes() == PREFIXES
    format_page = (REPO / "site" / "postformat.md").read_text(encoding="utf-8")
    for typ, prefix in PREFIXES.items():
        assert f"| `{typ}` | `{prefix}` |" in format_page


def test_command_says_where_the_file_is(
    records: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(records.parent)
    assert newrecord.new_command(Path("records"), "klagomål", TODAY) == 0
    assert capsys.readouterr().out == (
        "Skapade records/2026/KLA-2026-0001.yaml. Fyll i de tomma fälten och kontrollera sedan filen "
        "med: kvalitet validera records/2026/KLA-2026-0001.yaml\n"
    )


def test_a_folder_without_organisation_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KvalitetError) as raised:
        newrecord.new_record(tmp_path, "avvikelse", today=TODAY)
    assert str(raised.value) == (
        f"hittar ingen organisation.yaml i {tmp_path} eller i mapparna ovanför. Ange ärendemappen, "
        "den som innehåller organisation.yaml och kategorier.yaml."
    )


def test_reference_problems_are_listed_first(records: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (records / "kategorier.yaml").read_text(encoding="utf-8")
    (records / "kategorier.yaml").write_text(
        text.replace("  - id: tidsbrist", "  - id: fall"), encoding="utf-8"
    )
    monkeypatch.chdir(records.parent)
    with pytest.raises(KvalitetError) as raised:
        newrecord.new_record(records, "avvikelse", today=TODAY)
    assert str(raised.value) == (
        "kan inte skapa ett nytt ärende förrän felen i organisation.yaml, kategorier.yaml eller "
        "kvalitet.yaml är rättade:\n"
        "records/kategorier.yaml:13:9: samma id finns redan på rad 4. Varje id ska vara unikt."
    )
    assert not (records / "2026").exists()


# The skeleton


@pytest.mark.parametrize("typ", RECORD_TYPES)
def test_skeleton_loads_and_reports_each_empty_required_field(records: Path, typ: str) -> None:
    path = newrecord.new_record(records, typ, today=TODAY)
    text = path.read_text(encoding="utf-8")
    assert isinstance(load_yaml(path), Document)
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert all(line == line.rstrip() for line in text.splitlines())  # as pre-commit wants it
    schema = json.loads((REPO / "schemas" / SCHEMA_FILES[typ]).read_text(encoding="utf-8"))
    to_fill = [name for name in schema["required"] if name not in ("id", "typ", "registrerad", "status")]
    problems = validate([path]).problems
    assert [problem.code for problem in problems] == [
        "schema-empty-list"
        if schema["properties"][name].get("$ref", "").endswith("/koder")
        else "schema-empty"
        for name in to_fill
    ]
    assert [problem.message.split("'")[1] for problem in problems] == to_fill


@pytest.mark.parametrize("typ", RECORD_TYPES)
def test_filled_skeleton_is_valid(records: Path, typ: str) -> None:
    path = newrecord.new_record(records, typ, today=TODAY)
    path.write_text(fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert problem_lines([path], records) == []


@pytest.mark.parametrize("typ", RECORD_TYPES)
def test_filled_skeleton_is_valid_with_the_demo_records(tmp_path: Path, typ: str) -> None:
    root = tmp_path / "records"
    shutil.copytree(REPO / "records", root)
    path = newrecord.new_record(root, typ, today=dt.date(2026, 10, 31))
    path.write_text(fill(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert problem_lines([path], root) == []


@pytest.mark.parametrize("typ", RECORD_TYPES)
def test_every_optional_field_uncommented_is_yaml_and_reported_until_filled(records: Path, typ: str) -> None:
    path = newrecord.new_record(records, typ, today=TODAY)
    schema = skeleton.record_schema(typ)
    optional = set(schema["properties"]) - set(schema["required"]) - {"postformat"}  # written with its value
    text, spans = uncomment_optional(path.read_text(encoding="utf-8"), optional)
    path.write_text(text, encoding="utf-8")
    loaded = load_yaml(path)
    assert isinstance(loaded, Document), loaded
    assert set(spans) == optional <= set(loaded.data)
    problems = validate([path]).problems
    assert not [problem for problem in problems if problem.code.startswith("yaml-")]
    for name, span in spans.items():  # a placeholder is never a valid value
        assert any(problem.line in span for problem in problems), name


def test_skeleton_of_an_avvikelse(records: Path) -> None:
    path = newrecord.new_record(records, "avvikelse", today=TODAY)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[:3] == [
        "# Avvikelse: Något i verksamheten som avvek från beslut, regler eller rutiner och orsakade, eller",
        "# kunde ha orsakat, skada eller obehag för en person.",
        "#",
    ]
    assert "# Kontrollera filen med: kvalitet validera records/2026/AVV-2026-0001.yaml" in lines
    required = lines[lines.index("id: AVV-2026-0001") - 1 : lines.index("lagrum:") + 1]
    assert required == [
        "# Ärendets id, samma som filnamnet utan .yaml: AVV-ÅÅÅÅ-NNNN, där ÅÅÅÅ är registreringsåret.",
        "id: AVV-2026-0001",
        "",
        "typ: avvikelse",
        "",
        "# Postformatets version: 2 för nya ärenden. Utan postformat gäller version 1.",
        "# postformat: en av 1, 2",
        "postformat: 2",
        "",
        "# Dagen då ärendet rapporterades eller kom in. Den avgör vilken period ärendet räknas till.",
        "registrerad: 2026-03-02",
        "",
        "# Var ärendet står: registrerad, under utredning, åtgärder pågår eller avslutad.",
        "# status: en av registrerad, under_utredning, åtgärder_pågår, avslutad",
        "status: registrerad",
        "",
        "# Pseudonymiserad text: skriv koder som 'Brukare A' eller 'Medarbetare 1', aldrig namn,",
        "# personnummer, adress, telefonnummer eller e-post. Högst 2000 tecken.",
        "sammanfattning:",
        "",
        "# Enhetens id ur organisation.yaml, som den hette den dag ärendet registrerades.",
        "# enhet: en av barn-och-unga-1, vuxna, stöd-och-försörjning, gruppbostad-linden",
        "enhet:",
        "",
        "# En eller flera kategorier ur kategorier.yaml för den här typen av ärende.",
        "# kategorier: en eller flera av informationsöverföring, tidsbrist, rättssäkerhet, fall",
        "kategorier: []",
        "",
        "# Lagen ärendet faller under.",
        "# lagrum: en av SoL, LSS, HSL",
        "lagrum:",
    ]
    optional = "\n".join(lines[lines.index("lagrum:") + 1 :])
    assert (
        "\n# Dagen då det som ärendet gäller inträffade, om den är känd.\n# inträffad: ÅÅÅÅ-MM-DD\n"
        in optional
    )
    assert "\n# risk:\n#   allvarlighetsgrad: ett heltal från 1 till 4\n" in optional
    assert "\n# åtgärder:\n#   # Högst 2000 tecken.\n#   - beskrivning:\n" in optional
    assert "\n# utredning:\n#   påbörjad: ÅÅÅÅ-MM-DD\n#   # avslutad: ÅÅÅÅ-MM-DD\n" in optional


def test_only_ids_in_use_on_the_day_are_offered(records: Path) -> None:
    path = newrecord.new_record(records, "avvikelse", today=dt.date(2023, 6, 1))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "# enhet: en av barn-och-unga, vuxna, stöd-och-försörjning, gruppbostad-linden" in lines
    assert "# kategorier: en eller flera av informationsöverföring, tidsbrist, handläggning, fall" in lines
    evb = newrecord.new_record(records, "ej_verkställt_beslut", today=dt.date(2023, 6, 1))
    lines = evb.read_text(encoding="utf-8").splitlines()
    assert "# insats: en av kontaktfamilj, daglig-verksamhet" in lines
    assert "# skäl: en eller flera av brist-på-uppdragstagare, den-enskilde-tackat-nej" in lines


def test_an_empty_list_of_ids_says_so(records: Path) -> None:
    (records / "kategorier.yaml").write_text(
        (records / "kategorier.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "lex_sarah:\n  - id: bristande-tillsyn\n    namn: Bristande tillsyn\n",
            "lex_sarah:\n  - id: bristande-tillsyn\n    namn: Bristande tillsyn\n    till: 2020-12-31\n",
        ),
        encoding="utf-8",
    )
    path = newrecord.new_record(records, "lex_sarah", today=TODAY)
    assert (
        "# kategorier: (det finns inga att välja bland i kategorier.yaml den 2026-03-02)"
        in path.read_text(encoding="utf-8").splitlines()
    )


def test_a_field_added_to_a_schema_shows_in_the_skeleton(
    records: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    schemas = tmp_path / "schemas"
    shutil.copytree(REPO / "schemas", schemas)
    file = schemas / SCHEMA_FILES["lex_maja"]
    schema = json.loads(file.read_text(encoding="utf-8"))
    schema["properties"]["djurslag"] = {
        "description": "Vilket slags djur.",
        "enum": ["hund", "katt", "annat"],
    }
    schema["required"].append("djurslag")
    file.write_text(json.dumps(schema, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(skeleton, "schema_dir", lambda: schemas)
    caches = (skeleton.record_schema, skeleton._schema_files, skeleton._shared_descriptions)
    for cached in caches:
        cached.cache_clear()
    try:
        path = newrecord.new_record(records, "lex_maja", today=TODAY)
    finally:
        for cached in caches:
            cached.cache_clear()
    text = path.read_text(encoding="utf-8")
    assert "\n# Vilket slags djur.\n# djurslag: en av hund, katt, annat\ndjurslag:\n" in text
