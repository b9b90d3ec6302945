"""The internal build cannot be published by mistake, and nothing the guard refuses is published:
real builds (MkDocs) of the small records root, in a project folder of their own."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kvalitet.cli import main
from kvalitet.errors import KvalitetError
from kvalitet.site.internal import MARKER, check_built_public, published_folders
from tests.helpers import BASE, REPO, build_site

AS_OF = dt.date(2024, 12, 31)
REFUSED_INTERNAL = (
    "Den interna webbplatsen byggs inte i {out}: den mappen är, eller ligger i, {published}, som "
    "publiceras (den publika webbplatsens mapp eller en mapp som CI-mallarna publicerar). Den interna "
    "versionen visar enskilda ärenden och får aldrig publiceras. Bygg den i en egen mapp, till exempel "
    "public-intern (standard med --intern)."
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder: the small records root, the site shell, and CI templates that publish
    `public` (GitLab Pages), `rapporter/` (another GitLab job) and `ut/webb` (GitHub Pages)."""
    root = tmp_path / "kommun"
    shutil.copytree(BASE, root / "records")
    shutil.copytree(REPO / "site", root / "site", ignore=shutil.ignore_patterns("arkiv", "faststallda.yaml"))
    shutil.copyfile(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / ".gitlab-ci.yml").write_text(
        "pages:\n  script: [bygg]\n  artifacts:\n    paths: [public]\n"
        "rapport:\n  script: [rapport]\n  artifacts:\n    paths:\n      - rapporter/\n",
        encoding="utf-8",
    )
    (root / ".github" / "workflows").mkdir(parents=True)
    (root / ".github" / "workflows" / "webb.yml").write_text(
        "jobs:\n  publicera:\n    steps:\n      - uses: actions/upload-pages-artifact@v3\n"
        "        with:\n          path: ut/webb\n",
        encoding="utf-8",
    )
    return root


def test_the_published_folders_are_read_from_the_ci_templates(project: Path) -> None:
    assert published_folders(project) == sorted(
        (project / name).resolve() for name in ("public", "rapporter", "ut/webb")
    )


def test_the_repositorys_own_templates_publish_public_and_never_the_internal_folder() -> None:
    published = published_folders(REPO)
    assert (REPO / "public").resolve() in published
    assert (REPO / "public-intern").resolve() not in published


@pytest.mark.parametrize(
    ("target", "published"),
    [("public", "public"), ("public/intern", "public"), ("rapporter/x", "rapporter"), ("ut/webb", "ut/webb")],
)
def test_the_internal_build_refuses_a_published_folder(
    project: Path,
    target: str,
    published: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(project)
    assert main(["bygg", "records", "--intern", "--per", "2024-12-31", "--ut", target]) == 2
    err = capsys.readouterr().err
    assert REFUSED_INTERNAL.format(out=target, published=published) in err
    assert not (project / target).exists()


def test_the_internal_tree_is_marked_and_never_published(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project)
    assert main(["bygg", "records", "--intern", "--per", "2024-12-31"]) == 0
    marker = project / "public-intern" / MARKER
    assert "INTERNA versionen" in marker.read_text(encoding="utf-8")
    capsys.readouterr()

    # The public build refuses the internal tree and any folder inside it, and leaves it as it was.
    for target in ("public-intern", "public-intern/publik"):
        assert main(["bygg", "records", "--per", "2024-12-31", "--ut", target]) == 2
        assert (
            f"Den publika webbplatsen byggs inte i {target}: där finns en intern version "
            f"(markeringen {marker.resolve()})." in capsys.readouterr().err
        )
    assert marker.is_file() and (project / "public-intern" / "intern" / "arenden.html").is_file()

    # The publish step of the CI templates refuses it too: as a whole, and inside another folder.
    check = [sys.executable, "-m", "kvalitet.site.internal"]
    refused = subprocess.run(
        [*check, "public-intern"], cwd=project, capture_output=True, text=True, check=False
    )
    assert refused.returncode == 1
    assert refused.stderr.startswith("public-intern publiceras inte: där finns en intern version")
    shutil.copytree(project / "public-intern", project / "public" / "gammal")
    refused = subprocess.run([*check, "public"], cwd=project, capture_output=True, text=True, check=False)
    assert refused.returncode == 1, refused.stdout
    shutil.rmtree(project / "public")

    # The public build has no marker, and passes the publish step.
    assert build_site(project / "records", project / "public", as_of=AS_OF, project=project) == 0
    assert list((project / "public").rglob(MARKER)) == []
    passed = subprocess.run([*check, "public"], cwd=project, capture_output=True, text=True, check=False)
    assert passed.returncode == 0, passed.stderr
    assert passed.stdout == "public innehåller ingen intern version och kan publiceras.\n"


def test_a_finished_public_tree_with_a_marker_is_refused(project: Path) -> None:
    """MkDocs leaves out files that start with a dot, so a hand-written page cannot bring the marker;
    the check of the finished tree is the last safeguard all the same."""
    (project / "site" / MARKER).write_text("intern\n", encoding="utf-8")
    assert build_site(project / "records", project / "public", as_of=AS_OF, project=project) == 0
    assert list((project / "public").rglob(MARKER)) == []
    (project / "public" / "data" / MARKER).write_text("intern\n", encoding="utf-8")
    with pytest.raises(KvalitetError) as refused:
        check_built_public(project / "public")
    assert str(refused.value) == (
        "Den publika webbplatsen innehåller markeringen för en intern version (data/.kvalitet-intern), och "
        "publiceras därför inte. Ta bort filen ur site/ och bygg igen."
    )


@pytest.mark.parametrize(
    ("path", "old", "new", "expected"),
    [
        (
            "site/berattelse/2024.md",
            None,
            "## Inledning\n\nUnder året klagade Karin Johansson, 19811218-9876, på\nbemötandet.\n",
            [
                "site/berattelse/2024.md:3:20: ett namn på rad 3, kolumn 20.",
                "site/berattelse/2024.md:3:37: ett personnummer på rad 3, kolumn 37.",
            ],
        ),
        (
            "records/organisation.yaml",
            "namn: Vuxna",
            "namn: Vuxna (Karin Johansson, 070-123 45 67)",
            [
                "records/organisation.yaml:14:18: ett namn på rad 14, kolumn 18.",
                "records/organisation.yaml:14:35: ett telefonnummer på rad 14, kolumn 35.",
            ],
        ),
        (
            "records/kategorier.yaml",
            "avvikelse:\n",
            "avvikelse:  # fråga Karin Johansson\n",
            ["records/kategorier.yaml:1:21: ett namn i en kommentar på rad 1, kolumn 21."],
        ),
    ],
    ids=["staff-text", "unit-name", "comment-in-categories"],
)
def test_the_build_refuses_what_the_guard_refuses(
    project: Path,
    path: str,
    old: str | None,
    new: str,
    expected: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    file = project / path
    if old is None:
        file.write_text(new, encoding="utf-8")
    else:
        text = file.read_text(encoding="utf-8")
        assert old in text
        file.write_text(text.replace(old, new, 1), encoding="utf-8")
    monkeypatch.chdir(project)
    assert main(["bygg", "records", "--per", "2024-12-31"]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    for line in expected:
        assert any(found.startswith(line) for found in lines), (line, lines)
    assert captured.err.strip() == (
        "Webbplatsen byggdes inte, eftersom filerna ovan har fel. Det som står i dem publiceras, så "
        "rätta dem och kör kommandot igen."
    )
    for secret in ("Karin", "Johansson", "19811218", "9876", "070-123", "45 67"):
        assert secret not in captured.out + captured.err
    assert not (project / "public").exists()
