"""Texts of a validation run as a whole: that a file whose reading stopped may hold more errors, and
the record format's versions (the hint for records written in an earlier version, and what each
version adds)."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "load-more-may-follow": (
        "Resten av filen kontrolleras först när det här är rättat, så fler fel kan visas när du kör "
        "kontrollen igen."
    ),
    "format-unknown-version": (
        "postformat {value} finns inte i den här versionen av kvalitet, som känner postformat "
        "{known}. Skriv postformat: {current}, eller uppdatera kvalitet om ärendet är skrivet för en nyare "
        "version."
    ),
    "format-wrong-value": (
        "fältet 'postformat' ska vara ett av heltalen {known}, skrivet utan citattecken, till exempel "
        "postformat: {current}."
    ),
    "format-hint-one": "1 ärende är skrivet i postformat {old} och godkänns som förut.",
    "format-hint-many": "{n} ärenden är skrivna i postformat {old} och godkänns som förut.",
    "format-hint": (
        "{counted} Skriv postformat: {current} i ett ärende när du ändrar det{additions}. Kommandot "
        "kvalitet uppgradera visar vilka ärenden som kan få raden redan nu. Läs mer under Postformat i "
        "guiden Så skrivs ett ärende."
    ),
    "format-hint-additions": "; då gäller också det som postformat {current} lägger till: {list}",
    # kvalitet uppgradera
    "upgrade-cli-help": (
        "ge postformat 2 åt de ärenden i postformat 1 som redan följer dess regler (utan --skriv visas bara "
        "vad som skulle ändras)"
    ),
    "upgrade-cli-records": "ärendemappen (standard: records)",
    "upgrade-cli-write": "skriv ändringen (annars bara en provkörning)",
    "upgrade-no-root": (
        "'{path}' är ingen ärendemapp: varken där eller ovanför finns organisation.yaml. Ange mappen med "
        "ärendena, till exempel records."
    ),
    "upgrade-ready": "{path}: kan få postformat: {current}.",
    "upgrade-written": "{path}: har fått postformat: {current}.",
    "upgrade-changed": (
        "{path}: ändrades medan kommandot kördes och lämnades som den var. Kör kommandot igen."
    ),
    "upgrade-refused": (
        "{path}: lämnas i postformat 1: med postformat: {current} får ärendet {problems}. Lägg till raden "
        "själv när du ändrar ärendet, och kör kvalitet validera för att se vad som behöver rättas."
    ),
    "upgrade-unplaced": (
        "{path}: lämnas i postformat 1: raden 'typ:' står inte på en egen rad längst till vänster, så det "
        "går inte att se var postformat ska stå. Lägg till postformat: {current} själv."
    ),
    "upgrade-invalid-one": (
        "1 ärende i postformat 1 har fel redan nu och lämnas som det är. Kör kvalitet validera och rätta det "
        "först."
    ),
    "upgrade-invalid": (
        "{n} ärenden i postformat 1 har fel redan nu och lämnas som de är. Kör kvalitet validera och rätta "
        "dem först."
    ),
    "upgrade-none": "Inga ärenden är skrivna i postformat 1. Det finns inget att uppgradera.",
    "upgrade-summary-dry": (
        "{ready} av {old} i postformat 1 kan få postformat: {current}. Ingenting har ändrats: kör "
        "kvalitet uppgradera --skriv för att skriva ändringen."
    ),
    "upgrade-summary-written": "{ready} av {old} i postformat 1 har fått postformat: {current}.",
    "upgrade-count-one": "1 ärende",
    "upgrade-count-many": "{n} ärenden",
    # what postformat 2 adds (kvalitet.records.recordformat.ADDITIONS)
    "format-adds-2-evb-law": "ett ej verkställt beslut har en insats enligt sitt lagrum (SoL eller LSS)",
    "format-adds-2-evb-dates": (
        "ett ej verkställt beslut registreras först när tre månader har gått från beslutet eller avbrottet, "
        "och är inte verkställt eller återupptaget inom dem"
    ),
    "format-adds-2-evb-ivo": (
        "kvartalen i rapporterad_ivo slutar efter beslutet och efter de tre månaderna, och börjar senast "
        "när beslutet verkställs, insatsen återupptas eller ärendet avslutas"
    ),
    "format-adds-2-evb-build": (
        "kvalitet validera och kvalitet bygg kräver att varje kvartal som har slutat medan beslutet inte "
        "var verkställt står i rapporterad_ivo"
    ),
    "format-adds-2-actions": (
        "ett avslutat ärende har alla sina åtgärder uppföljda, senast den dag det avslutades"
    ),
}
"""Each line of what a version adds is a message here too, named `format-adds-<version>-<what>`, and
listed in `kvalitet.records.recordformat.ADDITIONS`."""
