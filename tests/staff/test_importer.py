"""`kvalitet importera`: the shipped examples, wrong usage, and what is (never) written."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from kvalitet.records.validate import validate
from kvalitet.staff.importer import import_command, plan_import
from kvalitet.staff.importer.mapping import ImportMapping, load_mapping
from kvalitet.staff.importer.plan import write
from kvalitet.staff.importer.update import checksum
from tests.helpers import BASE, CASES, DEMO_AS_OF, REPO
from tests.staff.test_importer_cases import TODAY, lay_out, tree

EXAMPLES = REPO / "exempel" / "import"
EXPECTED = CASES / "import"
CSV_EXAMPLE = (EXAMPLES / "avvikelser-export.csv", EXAMPLES / "avvikelser-mappning.yaml")
XLSX_EXAMPLE = (EXAMPLES / "enhetens-lista.xlsx", EXAMPLES / "enhetens-lista-mappning.yaml")
LIFECARE_EXAMPLE = (
    EXAMPLES / "lifecare-avvikelser-export.csv",
    EXAMPLES / "lifecare-avvikelser-mappning.yaml",
)
PLATINA_EXAMPLE = (EXAMPLES / "platina-diarium-export.csv", EXAMPLES / "platina-diarium-mappning.yaml")


def relative(path: Path) -> Path:
    return path.relative_to(REPO)


@pytest.mark.parametrize(
    ("example", "expected"),
    [
        (CSV_EXAMPLE, "exempel-avvikelser.txt"),
        (XLSX_EXAMPLE, "exempel-enhetens-lista.txt"),
        (LIFECARE_EXAMPLE, "exempel-lifecare-avvikelser.txt"),
        (PLATINA_EXAMPLE, "exempel-platina-diarium.txt"),
    ],
    ids=["csv", "xlsx", "lifecare", "platina"],
)
def test_shipped_example_dry_run_gives_exactly_the_expected_lines(
    example: tuple[Path, Path],
    expected: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(REPO)
    before = tree(REPO / "records"), tree(EXAMPLES)
    source, mapping = example
    code = import_command(relative(source), relative(mapping), Path("records"), write=False, today=DEMO_AS_OF)
    out = capsys.readouterr().out + f"[exit {code}]\n"
    assert out == (EXPECTED / expected).read_text(encoding="utf-8")
    assert (tree(REPO / "records"), tree(EXAMPLES)) == before


def test_shipped_example_writes_records_that_validate_and_never_the_personnummer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    records = tmp_path / "records"
    shutil.copytree(REPO / "records", records)
    monkeypatch.chdir(tmp_path)
    before = set(tree(records))
    source, mapping = CSV_EXAMPLE
    assert import_command(source, mapping, Path("records"), write=True, today=DEMO_AS_OF) == 1
    out = capsys.readouterr().out
    assert out.endswith("20 rader: 18 skrevs, 2 med fel.\n" + _fix_written())
    written = sorted(set(tree(records)) - before)
    assert written == [f"2026/AVV-2026-{number:04d}.yaml" for number in range(302, 320)]
    assert validate([records]).problems == []
    texts = "".join((records / name).read_text(encoding="utf-8") for name in written)
    assert "19450317" not in texts and "Brukare H" not in texts
    assert "19450317" not in out
    assert "källa:\n  system: Avvikelsesystemet\n  id: AV-2026-0412\n" in texts
    assert "diarienummer:" not in texts


def _fix_written() -> str:
    return "Rätta raderna med fel och kör igen; de rader som redan skrevs hoppas då över.\n"


def test_a_record_is_written_as_the_record_format_describes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    export = lay_out(CASES / "import" / "csv-utf8-sig", tmp_path)
    monkeypatch.chdir(tmp_path)
    assert (
        import_command(Path(export.name), Path("mappning.yaml"), Path("records"), write=True, today=TODAY)
        == 0
    )
    assert (tmp_path / "records" / "2024" / "AVV-2024-0003.yaml").read_text(encoding="utf-8") == (
        "# Importerad med kvalitet importera från export.csv, rad 3.\n"
        "id: AVV-2024-0003\n"
        "typ: avvikelse\n"
        "registrerad: 2024-04-18\n"
        "status: åtgärder_pågår\n"
        "enhet: vuxna\n"
        "lagrum: SoL\n"
        "kategorier:\n"
        "  - tidsbrist\n"
        "  - rättssäkerhet\n"
        "sammanfattning: Beslutet till Brukare C blev tre veckor försenat.\n"
        "källa:\n"
        "  system: Lista\n"
        '  id: "102"\n'
        "  senast_importerat:\n"
        f"    registrerad: {checksum(dt.date(2024, 4, 18))}\n"
        f"    enhet: {checksum('vuxna')}\n"
        f"    kategorier: {checksum(['tidsbrist', 'rättssäkerhet'])}\n"
        f"    sammanfattning: {checksum('Beslutet till Brukare C blev tre veckor försenat.')}\n"
        f"    status: {checksum('åtgärder_pågår')}\n"
        f"    lagrum: {checksum('SoL')}\n"
    )
    assert "4 rader: 4 skrevs.\n" in capsys.readouterr().out


def test_identifiers_in_cells_are_never_shown_nor_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    export = lay_out(CASES / "import" / "pseudonyms", tmp_path)
    monkeypatch.chdir(tmp_path)
    code = import_command(Path(export.name), Path("mappning.yaml"), Path("records"), write=True, today=TODAY)
    assert code == 1
    out = capsys.readouterr().out
    secrets = ("19450317", "2324", "Anna", "Svensson", "070", "Karin", "Lindqvist", "example.se")
    assert [secret for secret in secrets if secret in out] == []
    written = [path for path in (tmp_path / "records").rglob("*.yaml") if path.name.endswith("0002.yaml")]
    assert [path.name for path in written] == ["AVV-2024-0002.yaml"]
    text = written[0].read_text(encoding="utf-8")
    assert [secret for secret in secrets if secret in text] == []
    assert "7 rader: 1 skrevs, 6 med fel.\n" in out


def test_a_file_that_appeared_meanwhile_is_never_overwritten(records: Path) -> None:
    case = CASES / "import" / "csv-utf8-sig"
    mapping = load_mapping(case / "mappning.yaml")
    assert isinstance(mapping, ImportMapping)
    plan = plan_import(case / "export.csv", mapping, records, today=TODAY)
    taken = plan.planned[1].path
    taken.write_text("# skrivet av någon annan\n", encoding="utf-8")
    written, problems = write(plan.planned, plan.source)
    assert [item.id for item in written] == ["AVV-2024-0002", "AVV-2024-0004", "AVV-2024-0005"]
    assert [(problem.line, problem.message) for problem in problems] == [
        (
            3,
            f"{taken} finns redan och skrivs inte över. Kör importen igen, så får raden nästa lediga id.",
        )
    ]
    assert taken.read_text(encoding="utf-8") == "# skrivet av någon annan\n"


@pytest.mark.parametrize(
    ("source", "mapping", "records", "message"),
    [
        (
            "saknas.csv",
            "mappning.yaml",
            "records",
            "'saknas.csv' finns inte. Ange exportfilen som ska importeras (.csv eller .xlsx).",
        ),
        (
            "gammal.xls",
            "mappning.yaml",
            "records",
            "'gammal.xls' är en äldre Excel-fil (.xls). Öppna den i Excel och spara den som "
            "Excel-arbetsbok (.xlsx) eller som CSV.",
        ),
        (
            "lista.json",
            "mappning.yaml",
            "records",
            "'lista.json' är varken en CSV-fil (.csv eller .txt) eller en Excel-fil (.xlsx). Spara "
            "exporten i något av de formaten.",
        ),
        (
            "export.csv",
            "saknas.yaml",
            "records",
            "mappningen 'saknas.yaml' finns inte. Ange mappningsfilen med --mappning; exempel finns i "
            "exempel/import/.",
        ),
        (
            "export.csv",
            "mappning.yaml",
            ".",
            "'.' är ingen mapp med poster: organisation.yaml saknas där. Ange records-mappen.",
        ),
    ],
    ids=["source-missing", "xls", "other-suffix", "mapping-missing", "not-records"],
)
def test_wrong_usage_exits_2_with_one_message(
    source: str,
    mapping: str,
    records: str,
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lay_out(CASES / "import" / "csv-utf8-sig", tmp_path)
    for name in ("gammal.xls", "lista.json"):
        (tmp_path / name).write_bytes(b"x")
    monkeypatch.chdir(tmp_path)
    code = import_command(Path(source), Path(mapping), Path(records), write=True, today=TODAY)
    captured = capsys.readouterr()
    assert (code, captured.out, captured.err) == (2, "", f"kvalitet: {message}\n")


def test_broken_reference_files_stop_the_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    export = lay_out(CASES / "import" / "csv-utf8-sig", tmp_path)
    organisation = tmp_path / "records" / "organisation.yaml"
    organisation.write_text(organisation.read_text(encoding="utf-8").replace("kommun:", "komun:"), "utf-8")
    monkeypatch.chdir(tmp_path)
    code = import_command(Path(export.name), Path("mappning.yaml"), Path("records"), write=True, today=TODAY)
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out[-1] == (
        "Referensfilerna i records har fel, så ingenting importerades. Rätta dem först "
        "(kvalitet validera visar dem)."
    )
    assert out[0].startswith("records/organisation.yaml:1:1: ett okänt fält på rad 1. Menade du 'kommun'?")
    assert sorted(path.name for path in (tmp_path / "records" / "2024").iterdir()) == sorted(
        path.name for path in (BASE / "2024").iterdir()
    )


def test_the_run_needs_no_clock(records: Path) -> None:
    """The same rows are planned whatever the date, as long as no date lies after `today`."""
    case = CASES / "import" / "csv-utf8-sig"
    mapping = load_mapping(case / "mappning.yaml")
    assert isinstance(mapping, ImportMapping)
    early = plan_import(case / "export.csv", mapping, records, today=dt.date(2024, 5, 1))
    late = plan_import(case / "export.csv", mapping, records, today=dt.date(2030, 1, 1))
    assert [item.id for item in late.planned] == [
        "AVV-2024-0002",
        "AVV-2024-0003",
        "AVV-2024-0004",
        "AVV-2024-0005",
    ]
    assert [item.id for item in early.planned] == ["AVV-2024-0002", "AVV-2024-0003", "AVV-2024-0004"]
    assert [problem.line for problem in early.problems] == [4]
