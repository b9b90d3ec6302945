"""Texts of `kvalitet importera`."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # Calling the command
    "import-usage-source-missing": (
        "'{path}' finns inte. Ange exportfilen som ska importeras (.csv eller .xlsx)."
    ),
    "import-usage-xls": (
        "'{path}' är en äldre Excel-fil (.xls). Öppna den i Excel och spara den som Excel-arbetsbok "
        "(.xlsx) eller som CSV."
    ),
    "import-usage-suffix": (
        "'{path}' är varken en CSV-fil (.csv eller .txt) eller en Excel-fil (.xlsx). Spara exporten "
        "i något av de formaten."
    ),
    "import-usage-mapping-missing": (
        "mappningen '{path}' finns inte. Ange mappningsfilen med --mappning; exempel finns i exempel/import/."
    ),
    "import-usage-records": (
        "'{path}' är ingen mapp med poster: organisation.yaml saknas där. Ange records-mappen."
    ),
    "import-mapping-broken": "Mappningen har fel, så ingenting importerades. Rätta felen ovan och kör igen.",
    "import-records-broken": (
        "Referensfilerna i {path} har fel, så ingenting importerades. Rätta dem först "
        "(kvalitet validera visar dem)."
    ),
    # The mapping file
    "import-mapping-typ-twice": (
        "ange antingen 'typ' (samma typ för alla rader) eller 'typkolumn', inte båda."
    ),
    "import-mapping-typ-missing": (
        "mappningen säger inte vilken typ raderna blir. Lägg till till exempel 'typ: avvikelse', "
        "eller 'typkolumn' med kolumnen som anger typen."
    ),
    "import-mapping-typ-values": (
        "typkolumn behöver 'värden': källans ord och den typ var och en blir, till exempel "
        "'Klagomål: klagomål'."
    ),
    "import-mapping-typ-unknown": (
        "'{value}' är ingen typ.{hint} Tillåtna typer: {allowed}. Skriv ~ för rader som inte ska importeras."
    ),
    "import-mapping-field-unknown": (
        "fältet '{name}' finns inte för {typ}.{hint} Fält i en grupp skrivs med punkt, till exempel "
        "risk.sannolikhet."
    ),
    "import-mapping-field-other-typ": (
        "fältet '{name}' finns inte för {typ}, bara för {others}. Ta bort det ur mappningen."
    ),
    "import-mapping-field-reserved": (
        "fältet '{name}' kan inte importeras: id sätts av importen, typen anges med typ eller "
        "typkolumn, källa fylls från källid och godkända_fynd skrivs bara av en granskare. Ta bort det "
        "ur mappningen."
    ),
    "import-mapping-separator": (
        "'delas_med' passar bara fält som är listor, som kategorier; '{name}' har ett enda värde. "
        "Ta bort delas_med."
    ),
    "import-mapping-field-twice": "fältet '{name}' har redan en kolumn under fält. Ta bort det ena.",
    "import-mapping-key-fixed": (
        "diarienummer kan inte vara ett fast värde: det ska känna igen varje rad för sig. Ange en "
        "kolumn för det under fält, eller källid."
    ),
    "import-mapping-registered-missing": (
        "mappningen anger ingen kolumn för 'registrerad'. Lägg till den under fält, till exempel "
        "'registrerad: Datum': dagen avgör ärendets år och id."
    ),
    "import-mapping-key-missing": (
        "mappningen säger inte hur en rad känns igen vid nästa import. Ange 'källid' med kolumnen för "
        "källsystemets id och system (de sparas i fältet källa), eller en kolumn för diarienummer under fält."
    ),
    # Reading the file
    "import-csv-broken": (
        "filen går inte att läsa som CSV här. Kontrollera citattecknen på raden: en text som börjar "
        "med citattecken ska också sluta med ett."
    ),
    "import-file-empty": "filen är tom. Exportera listan igen och kontrollera att den har rader.",
    "import-nul": (
        "raden innehåller ett nolltecken (NUL), som inte hör hemma i en textfil, så filen läses inte. "
        'Är den sparad som UTF-16 ("Unicode-text") eller skadad? Spara den igen som CSV (UTF-8) '
        "och kör igen."
    ),
    "import-open-quote": (
        "ett citattecken{column} öppnas men stängs aldrig{rest}. Ingenting importerades. Lägg till "
        "citattecknet som avslutar texten, eller ta bort det som inleder den, och kör igen."
    ),
    "import-open-quote-column": " i kolumnen '{column}'",
    "import-open-quote-rest": "; resten av filen ({lines}) skulle bli en enda rad",
    "import-long-cell": (
        "en text inom citattecken{column} börjar här och fortsätter {lines} nedåt i filen, men ser ut "
        "att innehålla egna rader: {why}. Ingenting importerades. Kontrollera citattecknen: saknas ett "
        "citattecken som avslutar texten, eller står ett citattecken mitt i en text?"
    ),
    "import-long-cell-end": "citattecknet som avslutar den står mitt i en text",
    "import-long-cell-row": "en av dess rader har lika många avgränsare som rubrikraden",
    "import-csv-count": (
        "filen har {counted} rader räknat radbrytning för radbrytning, men CSV-läsningen ger {read}. "
        "Ingenting importerades. Kontrollera citattecknen i filen, eller spara den igen som CSV."
    ),
    "import-encoding": (
        "tecken på den här raden går inte att läsa med teckenkodningen {encoding}. Ange filens "
        "teckenkodning under källa → teckenkodning i mappningen, troligen {hint}."
    ),
    "import-encoding-utf8": (
        "filen är sparad som UTF-8, men mappningen anger teckenkodningen {encoding}; då blir å, ä "
        "och ö fel. Ändra till 'teckenkodning: utf-8-sig' under källa i mappningen."
    ),
    "import-xlsx-broken": (
        "filen går inte att läsa som Excel-fil (.xlsx). Öppna den i Excel och spara den igen som "
        "Excel-arbetsbok eller som CSV."
    ),
    "import-xlsx-damaged": (
        "Excel-filen är skadad: en del av den är avklippt eller ändrad och går inte att packa upp. "
        "Hämta eller exportera filen igen."
    ),
    "import-xlsx-doctype": (
        "Excel-filen innehåller en DOCTYPE-deklaration, som Excel aldrig skriver och som kan ändra "
        "filens innehåll när den läses. Filen läses inte. Öppna den i Excel och spara den igen som "
        "Excel-arbetsbok eller som CSV."
    ),
    "import-xlsx-xml": (
        "bladet går inte att läsa härifrån: Excel-filens innehåll (XML) är trasigt eller avklippt. "
        "Ingenting importerades. Öppna filen i Excel och spara den igen som Excel-arbetsbok eller som CSV."
    ),
    "import-sheet-missing": (
        "bladet '{sheet}' finns inte i filen. Bladen heter {sheets}; ange ett av dem under "
        "källa → blad i mappningen."
    ),
    "import-no-header": (
        "hittar ingen rubrikrad med kolumnernas namn: filen är tom från den här raden och nedåt."
    ),
    "import-no-rows": (
        "filen har en rubrikrad men inga rader under den. Kontrollera att exporten gjordes för rätt "
        "period och att rubrikrad i mappningen stämmer."
    ),
    "import-rows-unaccounted": (
        "bara {accounted} av filens {rows} rader fick ett besked, så ingenting importerades. Det är "
        "ett fel i kvalitet; rapportera det gärna."
    ),
    "import-column-missing": "kolumnen '{column}' ({label} i mappningen) finns inte i rubrikraden.{hint}",
    "import-columns-listed": " Kolumnerna i filen: {columns}.",
    "import-column-twice": (
        "kolumnen '{column}' finns två gånger i rubrikraden. Byt namn på den ena, så att det är "
        "klart vilken som gäller."
    ),
    # One row
    "import-pseudonym": (
        "kolumnen '{column}' innehåller något som ser ut som {kind} (tecken {start}–{end} i cellen). "
        "Raden importeras inte. Ta bort uppgiften i källan och skriv en kod i stället, till exempel "
        "'Brukare A'."
    ),
    "import-pseudonym-record": (
        "{where} ger en text som ser ut att innehålla {kind}. Raden importeras inte. Ändra i källan "
        "eller i mappningen."
    ),
    "import-kind-personnummer": "ett personnummer",
    "import-kind-samordningsnummer": "ett samordningsnummer",
    "import-kind-telefon": "ett telefonnummer",
    "import-kind-epost": "en e-postadress",
    "import-kind-adress": "en adress",
    "import-kind-namn": "ett namn",
    "import-unknown-value": (
        "kolumnen '{column}': '{value}' finns inte under {label} → värden i {mapping}.{hint} Lägg "
        "till ordet där med det id det ska bli, eller rätta filen."
    ),
    "import-bad-date": (
        "kolumnen '{column}': '{value}' är inget datum som går att läsa ({field}). Skriv datum "
        "som {examples}."
    ),
    "import-future-date": (
        "kolumnen '{column}': {date} ligger efter dagens datum ({today}). Kontrollera datumet."
    ),
    "import-missing-time": (
        "kolumnen '{column}': '{value}' saknar klockslag. Fältet '{field}' behöver datum och "
        "klockslag, till exempel 2024-05-03 10:30."
    ),
    "import-bad-integer": (
        "kolumnen '{column}': '{value}' är inget heltal ({field}). Skriv en siffra, eller översätt "
        "ordet under värden i mappningen."
    ),
    "import-bad-boolean": (
        "kolumnen '{column}': '{value}' går inte att läsa som ja eller nej ({field}). Skriv ja eller "
        "nej, eller översätt ordet under värden i mappningen."
    ),
    "import-list-or": "{items} eller {last}",
    "import-empty": (
        "kolumnen '{column}' är tom, men fältet '{field}' behövs för att raden ska kunna importeras. "
        "Fyll i kolumnen i filen."
    ),
    "import-key-empty": (
        "kolumnen '{column}' är tom. Den behövs för att en senare import ska känna igen raden; fyll i "
        "den i filen."
    ),
    "import-duplicate-row": (
        "'{key}' finns också på rad {other}. Samma ärende kan bara importeras en gång; ta bort den ena raden."
    ),
    "import-row-overflow": (
        "raden har {cells} till höger om sista kolumnen. Står avgränsaren i en text utan "
        "citattecken runt? Rätta raden i filen."
    ),
    "import-cells-one": "en ifylld cell",
    "import-cells-many": "{n} ifyllda celler",
    "import-from-column": "kolumnen '{column}'",
    "import-from-fixed": "fasta_värden → {name}",
    "import-from-field": "fältet '{name}'",
    "import-hint-fill": "Fyll i kolumnen i filen.",
    "import-hint-map": (
        "Ange en kolumn för fältet under fält, eller ett värde under fasta_värden, i mappningen."
    ),
    "import-unwritable": (
        "raden ger ett värde som inte går att skriva i en post (en tom eller nästlad lista). "
        "Kontrollera värdena i mappningen."
    ),
    "import-file-exists": (
        "{path} finns redan och skrivs inte över. Kör importen igen, så får raden nästa lediga id."
    ),
    "import-file-header": "Importerad med kvalitet importera från {source}, rad {row}.",
    "import-file-header-unnamed": "en exportfil",
    # What happens to each row, and the summary
    "import-dry-run": "Provkörning: ingenting skrivs. Med --skriv skrivs de rader som är i ordning.",
    "import-registered": "registrerad {date}",
    "import-status": "status {status}",
    "import-row-planned": "blir {path} ({summary})",
    "import-row-written": "skrev {path} ({summary})",
    "import-row-skipped": "finns redan som {path} (diarienummer '{key}'). Hoppas över.",
    "import-row-empty": "raden är tom. Hoppas över.",
    "import-row-left": "typen '{word}' importeras inte enligt mappningen. Hoppas över.",
    "import-count-row-one": "1 rad",
    "import-count-row-many": "{n} rader",
    "import-count-ready": "{n} kan importeras",
    "import-count-written": "{n} skrevs",
    "import-count-skipped": "{n} fanns redan",
    "import-count-left": "{n} hoppades över enligt mappningen",
    "import-count-empty-one": "1 tom",
    "import-count-empty-many": "{n} tomma",
    "import-count-stopped": "{n} med fel",
    "import-summary": "{rows}: {parts}.",
    "import-summary-file": "Ingen rad importerades. Rätta felen ovan och kör igen.",
    "import-next-write": "Kör igen med --skriv för att skriva dem.",
    "import-next-fix-or-write": (
        "Rätta raderna med fel och kör igen, eller kör med --skriv för att redan nu skriva {ready}."
    ),
    "import-ready-one": "den rad som är i ordning",
    "import-ready-many": "de {n} rader som är i ordning",
    "import-next-fix": "Rätta raderna med fel och kör igen.",
    "import-next-nothing": "Inget nytt att importera.",
    "import-next-fix-written": (
        "Rätta raderna med fel och kör igen; de rader som redan skrevs hoppas då över."
    ),
}
