"""Where the records repository gets the tool: PyPI at the running version, or a tag of its Git
repository; both written into requirements.txt and the pre-commit hook."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kvalitet.cli import main
from kvalitet.errors import UsageError
from kvalitet.init import parse_source


def test_pypi_pins_the_running_version() -> None:
    source = parse_source("pypi", "1.2.0")
    assert source.requirement == "kvalitet[site,pdf]==1.2.0"
    assert source.hook_requirement == "kvalitet==1.2.0"


def test_a_git_tag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "k"
    url = "https://git.example.org/socialtjanst/kvalitet.git"
    assert main(["init", str(root), "--källa", f"git+{url}@v1.2.0", "--år", "2026"]) == 0
    assert "med kvalitet 1.2.0 från taggen v1.2.0 i " + url in capsys.readouterr().out
    requirement = (root / "requirements.txt").read_text(encoding="utf-8").splitlines()[-1]
    assert requirement == f"kvalitet[site,pdf] @ git+{url}@v1.2.0"
    config = yaml.safe_load((root / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert config["repos"][0] == {"repo": url, "rev": "v1.2.0", "hooks": [{"id": "kvalitet-validera"}]}
    assert [hook["id"] for hook in config["repos"][1]["hooks"]] == [
        "check-merge-conflict",
        "check-added-large-files",
        "detect-private-key",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "pip",
        "git+https://example.org/kvalitet.git",
        "https://example.org/kvalitet.git@v1",
        "git+ssh://h/k@v1",
    ],
)
def test_a_wrong_source(text: str) -> None:
    with pytest.raises(UsageError) as raised:
        parse_source(text, "1.2.0")
    assert str(raised.value) == (
        f"'{text}' är ingen källa för verktyget. Skriv pypi, eller git+https:// följt av adressen till "
        "verktygets Git-förråd, @ och en tagg: git+https://example.org/kvalitet.git@v1.2.0"
    )


def test_a_password_in_the_address_is_never_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = "git+https://ombud:hemligt@example.org/kvalitet.git@v1.2.0"
    assert main(["init", str(tmp_path / "k"), "--källa", secret]) == 2
    err = capsys.readouterr().err
    assert err == (
        "kvalitet: adressen i --källa innehåller ett användarnamn eller lösenord. Det får aldrig sparas i "
        "förrådet: ange adressen utan dem.\n"
    )
    assert not (tmp_path / "k").exists()
