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
        "{counted} Skriv postformat: {current} i ett ärende när du ändrar det{additions}. Läs mer under "
        "Postformat i guiden Så skrivs ett ärende."
    ),
    "format-hint-additions": "; då gäller också det som postformat {current} lägger till: {list}",
}
"""Each line of what a version adds is a message here too, named `format-adds-<version>-<what>`, and
listed in `kvalitet.records.recordformat.ADDITIONS`."""
