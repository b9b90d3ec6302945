"""Messages of a later import of the same system: updates field by field, hand edits, older imports."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "reimport-mapping-system-missing": (
        "källid säger inte vilket system raderna kommer från. Lägg till till exempel 'system: Lifecare' "
        "under källid: namnet sparas i fältet källa i varje ärende."
    ),
    "reimport-from-system": "källid i mappningen (system eller prefix)",
    "cli-import-overwrite": (
        "ta exportens värde också i fält som har ändrats för hand sedan förra importen (annars behålls "
        "de och visas som konflikter)"
    ),
    "reimport-row-update": "uppdaterar {path}:",
    "reimport-row-updated": "uppdaterade {path}:",
    "reimport-row-same": "finns redan som {path}; exporten har inget nytt. Hoppas över.",
    "reimport-row-kept": "finns redan som {path}. Ingenting skrivs:",
    "reimport-migrate": (
        "källsystemets id flyttas från diarienummer till fältet källa (ärendet kommer från en äldre "
        "import; id:t visas inte här)"
    ),
    "reimport-value": "{name}: {old} → {new}",
    "reimport-added-value": "{name}: läggs till ({new})",
    "reimport-removed-value": "{name}: tas bort (var {old}); fältet är tomt i exporten",
    "reimport-changed-text": "{name}: ny text (fritext och id visas inte)",
    "reimport-added-text": "{name}: läggs till (fritext och id visas inte)",
    "reimport-removed-text": "{name}: tas bort; fältet är tomt i exporten",
    "reimport-values": " (i ärendet {old}, i exporten {new})",
    "reimport-empty": "tomt",
    "reimport-conflict-hand": (
        "{name}: ändrat för hand sedan förra importen, och exporten säger något annat{values}. "
        "Ärendets värde behålls."
    ),
    "reimport-conflict-other": (
        "{name}: ifyllt i ärendet men inte av importen, och exporten säger något annat{values}. "
        "Ärendets värde behålls."
    ),
    "reimport-conflict-untracked": (
        "{name}: skiljer sig från exporten{values}. Mappningen har ingen källid, så importen sparar "
        "inte vad den skrev och kan inte se om fältet har ändrats för hand. Ärendets värde behålls; "
        "ange källid med kolumn och system i mappningen så att senare importer kan uppdatera ärendet."
    ),
    "reimport-conflict-older": (
        "{name}: skiljer sig från exporten{values}. Ärendet kommer från en äldre import som inte "
        "sparade vad den skrev, så det går inte att se om fältet har ändrats för hand. Ärendets värde "
        "behålls."
    ),
    "reimport-overwrite": (
        "{name}: exportens värde ersätter ärendets, som kan ha ändrats för hand{values} "
        "(--ersätt-handändrade)."
    ),
    "reimport-count-update": "{n} uppdateras",
    "reimport-count-updated": "{n} uppdaterades",
    "reimport-conflicts-one": (
        "1 fält skiljer sig från exporten och kan ha ändrats för hand; det behålls. Kontrollera det "
        "och kör med --ersätt-handändrade om exportens värde ska gälla."
    ),
    "reimport-conflicts-many": (
        "{n} fält skiljer sig från exporten och kan ha ändrats för hand; de behålls. Kontrollera dem "
        "och kör med --ersätt-handändrade om exportens värden ska gälla."
    ),
    "reimport-migrations": (
        "{records} från en äldre import har källsystemets id i diarienummer. Med --skriv flyttas id:t "
        "till fältet källa, och diarienummer lämnas bara kvar om mappningen anger en kolumn för det."
    ),
    "reimport-invalid-kept": (
        "(Ärendet behåller {fields}, som skiljer sig från exporten och kan ha ändrats för hand. Ändra "
        "ärendet för hand, eller kör med --ersätt-handändrade för att ta exportens värden.)"
    ),
    "reimport-other-system": (
        "raden har samma källid som {path}, som kommer från systemet '{system}' enligt fältet källa. "
        "Har systemet fått ett annat namn i mappningen? Skriv samma namn under källid → system som "
        "förut, så uppdateras ärendet i stället för att det blir ett till."
    ),
    "reimport-records-one": "1 ärende",
    "reimport-records-many": "{n} ärenden",
    "reimport-changed-meanwhile": (
        "{path} ändrades medan importen kördes och skrevs inte. Kör importen igen."
    ),
    "reimport-comment-dropped": (
        "kommentaren på rad {line} står vid {place}, som uppdateringen tar bort, och försvinner med "
        "det om du skriver (kommentarer visas inte). Flytta kommentaren i ärendet först om den ska stå "
        "kvar."
    ),
    "reimport-comment-dropped-written": (
        "kommentaren på rad {line} stod vid {place}, som uppdateringen tog bort, och försvann med det "
        "(kommentarer visas inte)."
    ),
    "reimport-comment-field": "fältet '{name}'",
    "reimport-comment-item": "ett värde i '{name}'",
    "reimport-moved": (
        "{name}: uppföljningen flyttas till {dates} (de tidigare datumen står kvar; skälet är fritext "
        "och visas inte)"
    ),
    "reimport-moved-kept": (
        "{name}: exporten flyttar uppföljningen till {dates}, men den första åtgärden i ärendet är inte "
        "exportens (den har ändrats eller skrivits för hand). Flytten läggs inte till; skriv in den i "
        "ärendet om den gäller den åtgärden."
    ),
}
