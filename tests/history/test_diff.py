"""`kvalitet diff` on real git repositories: what a change does to the records and the figures."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

from kvalitet.errors import KvalitetError
from kvalitet.history.diff import compare_with, diff_command
from kvalitet.history.summary import markdown
from tests.helpers import BASE, CASES
from tests.history.test_gitrepo import commit_all, git, new_repo

YEAR_2024 = "2024-12-31T12:00:00+01:00"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The base records committed on main (dated 31 December 2024), a branch checked out for a change."""
    root = new_repo(tmp_path / "kommun")
    shutil.copytree(BASE, root / "records")
    commit_all(root, "Första ärendena", YEAR_2024)
    git(root, "checkout", "-q", "-b", "ändring")
    return root


def change(records: Path) -> None:
    """A klagomål added, a synpunkt closed, the lex Maja case removed."""
    year = records / "2024"
    text = (year / "KLA-2024-0001.yaml").read_text(encoding="utf-8")
    (year / "KLA-2024-0002.yaml").write_text(text.replace("KLA-2024-0001", "KLA-2024-0002"), encoding="utf-8")
    text = (year / "SYN-2024-0001.yaml").read_text(encoding="utf-8")
    closed = text.replace("status: registrerad\n", "status: avslutad\navslutad: 2024-07-01\n")
    (year / "SYN-2024-0001.yaml").write_text(closed, encoding="utf-8")
    (year / "LXM-2024-0001.yaml").unlink()


def run(
    records: Path, base: str | None = None, *, as_of: dt.date | None = None, output_format: str = "markdown"
) -> tuple[int, str]:
    out = io.StringIO()
    code = diff_command(records, base, as_of=as_of, output=out, output_format=output_format)
    return code, out.getvalue()


def section(text: str, heading: str) -> list[str]:
    """The lines under `heading`, up to the next heading."""
    lines = text.splitlines()
    start = lines.index(heading) + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("#")), len(lines))
    return [line for line in lines[start:end] if line]


def test_added_changed_and_removed_records(repo: Path) -> None:
    change(repo / "records")
    code, out = run(repo / "records")
    assert code == 0
    base = git(repo, "rev-parse", "main")[:10]
    assert out.splitlines()[:3] == [
        "## Vad ändringen gör med siffrorna",
        "",
        "Ärendena i arbetsmappen (även ändringar som inte har committats) jämförs med commit "
        f"`{base}`, där HEAD och main möts. Siffrorna gäller den 31 december 2024.",
    ]
    assert section(out, "### Ärenden") == [
        "- Tillagda: 1 ärende",
        "  - Klagomål 2024: 1 – KLA-2024-0002",
        "- Ändrade: 1 ärende",
        "  - Synpunkter 2024: 1 – SYN-2024-0001",
        "- Borttagna: 1 ärende",
        "  - Lex Maja 2024: 1 – LXM-2024-0001",
    ]
    assert section(out, "### Ändrad status") == ["- SYN-2024-0001: registrerad → avslutad"]
    assert section(out, "### Antal ärenden per år") == [
        "- Klagomål 2024: 1 → 2",
        "- Lex Maja 2024: 1 → 0",
    ]
    cells = section(out, "### Andra siffror som ändras")
    assert "- Klagomål: per enhet och år – Vuxna, 2024: 1 → 2" in cells
    # Lex Maja counts people: its 1 at Vuxna was hidden, and the diff does not show it either.
    assert not any(line.startswith("- Lex Maja: per enhet och år – Vuxna, 2024: 1") for line in cells)
    assert (
        "- Synpunkter: handläggningstid i dagar (median) – Dagar från registrerad till avslutad, 2024: – → 20"
        in cells
    )
    assert cells[-1].startswith("- … och ") and cells[-1].endswith(" fler ändrade celler")
    assert "Beröm till receptionen" not in out  # never a sammanfattning


def test_nothing_changed(repo: Path) -> None:
    code, out = run(repo / "records", "HEAD")
    assert code == 0
    head = git(repo, "rev-parse", "HEAD")[:10]
    assert out == (
        "## Vad ändringen gör med siffrorna\n\n"
        "Ärendena i arbetsmappen (även ändringar som inte har committats) jämförs med `HEAD` "
        f"(commit `{head}`). Siffrorna gäller den 31 december 2024.\n\n"
        "### Ärenden\n\n"
        "Inga ändringar i ärendena.\n"
    )


def test_committed_change_against_a_given_base(repo: Path) -> None:
    change(repo / "records")
    commit_all(repo, "Ändringen", "2025-01-15T09:00:00+01:00")
    _, against_head = run(repo / "records", "HEAD")
    assert "Inga ändringar i ärendena." in against_head
    assert "Siffrorna gäller den 15 januari 2025." in against_head
    _, against_main = run(repo / "records", "main", as_of=dt.date(2024, 12, 31))
    assert "jämförs med `main` (commit" in against_main
    assert "- Klagomål 2024: 1 → 2" in against_main.splitlines()


def test_figures_as_of_a_given_date_and_late_records(repo: Path) -> None:
    change(repo / "records")
    _, out = run(repo / "records", as_of=dt.date(2024, 2, 29))
    assert "Siffrorna gäller den 29 februari 2024." in out
    assert (
        "Obs: ärendet SYN-2024-0001 är registrerat efter den 29 februari 2024 och räknas inte med i "
        "siffrorna. Ange ett senare datum med --per ÅÅÅÅ-MM-DD."
    ) in out.splitlines()
    assert section(out, "### Antal ärenden per år") == [
        "- Klagomål 2024: 1 → 2",
        "- Alla ärenden 2024: 1 → 2",
    ]


def test_invalid_records_are_reported_and_fail(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (repo / "records" / "2024" / "SYN-2024-0002.yaml").write_text("id: SYN-2024-0002\n", encoding="utf-8")
    monkeypatch.chdir(repo)
    code, out = run(Path("records"))
    assert code == 1
    lines = out.splitlines()
    assert lines[:5] == [
        "## Ärendena har fel",
        "",
        "Siffrorna jämförs först när alla ärenden är i ordning. Rätta felen nedan och kör kommandot igen.",
        "",
        "```text",
    ]
    assert "records/2024/SYN-2024-0002.yaml:1:1: fältet 'typ' saknas. Lägg till det." in lines
    assert lines[-1] == "```"


def test_records_folder_new_in_the_change(tmp_path: Path) -> None:
    root = new_repo(tmp_path / "kommun")
    (root / "README.md").write_text("Ärenden\n", encoding="utf-8")
    first = commit_all(root, "Tomt", YEAR_2024)
    shutil.copytree(BASE, root / "records")
    _, out = run(root / "records")
    assert f"Ärendemappen fanns inte i `{first[:10]}`: alla ärenden är nya." in out
    assert section(out, "### Ärenden")[0] == "- Tillagda: 7 ärenden"
    assert "- Klagomål 2024: 0 → 1" in out.splitlines()
    assert "- Alla ärenden 2024: 0 → 7" in out.splitlines()


def test_changed_organisation(repo: Path) -> None:
    organisation = repo / "records" / "organisation.yaml"
    text = organisation.read_text(encoding="utf-8")
    organisation.write_text(text.replace("namn: Vuxna\n", "namn: <b>Vuxna</b>\n"), encoding="utf-8")
    _, unchanged_figures = run(repo / "records")
    assert section(unchanged_figures, "### Ärenden") == [
        "Inga ändringar i ärendena.",
        "Ändrade filer med organisation, kategorier eller inställningar: organisation.yaml.",
        "Inga publicerade siffror ändras.",
    ]
    change(repo / "records")
    _, out = run(repo / "records")
    assert "- Klagomål: per enhet och år – \\<b\\>Vuxna\\</b\\>, 2024: 1 → 2" in out.splitlines()


def test_long_lists_are_capped(repo: Path) -> None:
    change(repo / "records")
    base, comparison = compare_with(repo / "records", None, as_of=None)
    total = len(comparison.cells)
    assert total > 3
    lines = markdown(base, comparison, limit=2).splitlines()
    assert lines[-1] == f"- … och {total - 2} fler ändrade celler"
    assert markdown(base, comparison, limit=total - 1).splitlines()[-1] == "- … och 1 ändrad cell till"
    assert not markdown(base, comparison, limit=total).splitlines()[-1].startswith("- … och")


def test_json(repo: Path) -> None:
    change(repo / "records")
    code, out = run(repo / "records", output_format="json")
    assert code == 0
    facts = json.loads(out)
    assert facts["base"]["commit"] == git(repo, "rev-parse", "main")
    assert facts["base"]["merge_base"] is True
    assert facts["as_of"] == "2024-12-31"
    assert facts["records"] == {
        "added": [{"id": "KLA-2024-0002", "group": "klagomål", "year": 2024}],
        "changed": [{"id": "SYN-2024-0001", "group": "synpunkt", "year": 2024}],
        "removed": [{"id": "LXM-2024-0001", "group": "lex_maja", "year": 2024}],
    }
    assert facts["status_changes"] == [{"id": "SYN-2024-0001", "old": "registrerad", "new": "avslutad"}]
    assert [(cell["row"], cell["column"], cell["old"], cell["new"]) for cell in facts["counts"]] == [
        ("klagomål", "2024", 1, 2),
        ("lex_maja", "2024", 1, 0),
    ]


def test_without_a_default_branch(tmp_path: Path) -> None:
    root = new_repo(tmp_path / "kommun", branch="trunk")
    shutil.copytree(BASE, root / "records")
    commit_all(root, "Första ärendena", YEAR_2024)
    with pytest.raises(KvalitetError) as error:
        run(root / "records")
    assert str(error.value).startswith(
        "Hittar ingen huvudgren att jämföra med (provade origin/HEAD, origin/main, main, origin/master, "
        "master). Ange vad ändringen ska jämföras med, till exempel kvalitet diff origin/main"
    )
    code, out = run(root / "records", "trunk")
    assert code == 0
    assert "Inga ändringar i ärendena." in out


SECRETS = ("19121212", "191212121212", "070-123", "0701234567", "Karin", "Johansson", "karin.j", "Storgatan")


def test_the_summary_never_repeats_an_identifier(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What CI posts to the merge request (a note that outlives the commit) names kind and place only."""
    record = CASES / "records" / "invalid" / "identifiers-everywhere" / "2024" / "SYN-2024-0002.yaml"
    shutil.copyfile(record, repo / "records" / "2024" / "SYN-2024-0002.yaml")
    monkeypatch.chdir(repo)
    for output_format in ("markdown", "json"):
        code, out = run(Path("records"), output_format=output_format)
        assert code == 1
        assert "ett personnummer i en kommentar på rad 1, kolumn 32. Ta bort det" in out
        assert "ett namn i ett fältnamn på rad 13, kolumn 1." in out
        for secret in SECRETS:
            assert secret not in out, (output_format, secret)


def test_a_name_removed_from_a_unit_is_not_shown_from_the_base(repo: Path) -> None:
    """A unit named after a person in the base commit (committed before the guard read the reference
    files), renamed in the change: the summary shows the figures under the new name only."""
    organisation = repo / "records" / "organisation.yaml"
    text = organisation.read_text(encoding="utf-8")
    organisation.write_text(
        text.replace("namn: Vuxna\n", "namn: Vuxna hos Karin Johansson\n"), encoding="utf-8"
    )
    commit_all(repo, "Enhet med namn", YEAR_2024)
    organisation.write_text(text, encoding="utf-8")
    change(repo / "records")
    code, out = run(repo / "records")
    assert code == 0
    assert "- Klagomål: per enhet och år – Vuxna, 2024: 1 → 2" in out.splitlines()
    for secret in SECRETS:
        assert secret not in out, secret
