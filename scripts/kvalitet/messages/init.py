"""Texts of `kvalitet init` (a municipality's own records repository) and of the editor's generated
schemas."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # The command
    "init-cli-help": (
        "Skapa ett nytt ärendeförråd för en kommun: ärendemappen, listorna över enheter och "
        "kategorier, kvalitetsberättelsen, kontrollerna och CI."
    ),
    "init-cli-folder": "mappen som blir förrådet (skapas om den saknas)",
    "init-cli-source": (
        "var CI och kontrollen före commit hämtar verktyget: pypi (standard, Python-paketindexet) "
        "eller en tagg i verktygets Git-förråd, git+https://ADRESS@TAGG"
    ),
    "init-cli-municipality": "kommunens namn i organisation.yaml och README (standard: Min kommun)",
    "init-cli-existing": ("skriv också i en mapp som inte är tom; filer som redan finns lämnas som de är"),
    "init-cli-year": "året för den första kvalitetsberättelsen (standard: i år)",
    "init-default-municipality": "Min kommun",
    # What it says
    "init-not-empty": (
        "mappen {folder} är inte tom. Välj en ny eller tom mapp, eller lägg till --befintlig för att "
        "bara skriva de filer som saknas (inget skrivs över)."
    ),
    "init-not-folder": "{folder} finns redan och är ingen mapp. Välj en annan sökväg.",
    "init-git-init": "{folder} var inget Git-förråd: skapade ett (git init, grenen main).",
    "init-git-missing": (
        "Git finns inte på datorn, så {folder} blev inget Git-förråd. Installera Git och kör "
        "git init -b main i mappen."
    ),
    "init-git-failed": "git init misslyckades i {folder}: {detail}",
    "init-kept": "Fanns redan, lämnades som den var: {path}",
    "init-done": (
        "Skapade ärendeförrådet i {folder} ({count} filer), med kvalitet {version} från {source}.\n"
        "Nästa steg:\n"
        "  1. Byt ut exemplen i records/organisation.yaml mot era enheter, och gå igenom "
        "records/kategorier.yaml.\n"
        "  2. Läs README.md: hur verktyget installeras på en dator och hur ett ärende läggs till.\n"
        "  3. Gör den första commiten och lägg upp förrådet i GitLab eller GitHub."
    ),
    "init-source-pypi": "Python-paketindexet (PyPI)",
    "init-source-git": "taggen {rev} i {url}",
    "init-bad-source": (
        "'{value}' är ingen källa för verktyget. Skriv pypi, eller git+https:// följt av adressen "
        "till verktygets Git-förråd, @ och en tagg: git+https://example.org/kvalitet.git@v1.2.0"
    ),
    "init-source-credentials": (
        "adressen i --källa innehåller ett användarnamn eller lösenord. Det får aldrig sparas i "
        "förrådet: ange adressen utan dem."
    ),
    "init-no-version": (
        "kan inte avgöra vilken version av kvalitet som körs (paketet är inte installerat). "
        "Installera det med pip och kör kommandot igen."
    ),
    "init-records-problems": "Listorna i {folder} har fel, så förslagen i VS Code skrevs inte:\n{problems}",
    # The editor's generated schemas
    "editor-generated": (
        "Skriven av kvalitet init och kvalitet ny ur records/organisation.yaml och "
        "records/kategorier.yaml. Ändra inte filen för hand: ändra listorna, och kör kvalitet ny."
    ),
    "editor-codes-title": "Enheter och kategorier i det här förrådet ({typ})",
}
