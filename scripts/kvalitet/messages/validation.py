"""Messages of loading and validation, and of the command line."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # Reading files
    "file-unreadable": "filen går inte att läsa ({reason}).",
    "yaml-not-utf8": (
        "filen är inte sparad som UTF-8 (tecknet här går inte att läsa). "
        "Spara om filen med teckenkodningen UTF-8."
    ),
    "file-too-large": (
        "filen är större än {limit} MB och kontrolleras inte. En post är några hundra tecken: "
        "kontrollera att rätt fil sparades här."
    ),
    "file-more-problems": (
        "och {count} fler fel i den här filen (högst {limit} visas). Rätta dem ovan och kontrollera igen."
    ),
    "file-check-failed": (
        "filen kunde inte kontrolleras färdigt: ett fel i programmet, inte i filen. Övriga filer "
        "kontrollerades. Rapportera det gärna."
    ),
    "yaml-control-char": (
        "{char} får inte finnas i filen.{hint} Ta bort det, eller byt det mot ett mellanslag "
        "eller en vanlig radbrytning."
    ),
    "yaml-too-deep": (
        "listorna eller grupperna är inkapslade i fler än {limit} nivåer här. En post behöver bara "
        "några få: kontrollera hakparenteserna och indraget."
    ),
    "yaml-text-too-long": (
        "texten som börjar här är längre än {limit} tecken. Korta den: en post ska bara sammanfatta ärendet."
    ),
    "yaml-int-too-long": (
        "talet här har fler än {limit} siffror. Kontrollera talet, eller skriv det inom citattecken "
        "om det är en text."
    ),
    "yaml-number-like": (
        "värdet här är skrivet som ett tal, men inte som ett vanligt heltal (det har till exempel en "
        "inledande nolla eller decimaler), och andra program läser det som ett annat tal. Är det en "
        "text, till exempel ett diarienummer, skriv det inom citattecken: '0030'. Är det ett heltal, "
        "skriv det utan inledande nollor."
    ),
    "yaml-decomposed": (
        "å, ä eller ö på den här raden är sparat som två tecken (bokstaven och ringen eller prickarna "
        "för sig), som vissa program på Mac gör. Andra program, som editorn, känner då inte igen "
        "fältnamn och värden. Skriv om bokstäverna på raden och spara igen."
    ),
    "char-control": "ett styrtecken",
    "char-invisible": "ett osynligt tecken",
    "char-U+0000": "nolltecknet NUL",
    "char-U+0007": "ljudsignalen BEL",
    "char-U+0008": "backsteget BS",
    "char-U+000B": "vertikal tabb",
    "char-U+000C": "sidbrytningen FF",
    "char-U+000D": "vagnreturen CR",
    "char-U+001B": "escapetecknet ESC",
    "char-U+007F": "raderingstecknet DEL",
    "char-U+0085": "radbrytningen NEL",
    "char-U+061C": "arabiska riktningsmarkeringen",
    "char-U+200B": "nollbreddsmellanslaget",
    "char-U+200C": "nollbreddsicke-bindaren",
    "char-U+200D": "nollbreddsbindaren",
    "char-U+200E": "riktningsmarkeringen vänster-till-höger",
    "char-U+200F": "riktningsmarkeringen höger-till-vänster",
    "char-U+2028": "radavgränsaren",
    "char-U+2029": "styckeavgränsaren",
    "char-U+202A": "riktningsinbäddningen vänster-till-höger",
    "char-U+202B": "riktningsinbäddningen höger-till-vänster",
    "char-U+202C": "slutet på en riktningsinbäddning",
    "char-U+202D": "riktningsåsidosättningen vänster-till-höger",
    "char-U+202E": "riktningsåsidosättningen höger-till-vänster",
    "char-U+2060": "ordbindaren (osynlig)",
    "char-U+2066": "riktningsisoleringen vänster-till-höger",
    "char-U+2067": "riktningsisoleringen höger-till-vänster",
    "char-U+2068": "riktningsisoleringen",
    "char-U+2069": "slutet på en riktningsisolering",
    "char-U+FEFF": "nollbredds hårda mellanslaget (BOM)",
    "char-hint-U+000B": (
        " Word skriver det för en radbrytning med Skift+Enter; det följer med när texten klistras in."
    ),
    "char-hint-U+001B": " Det inleder koder som ändrar färger och text i ett terminalfönster.",
    "char-hint-U+202E": " Det får resten av raden att visas baklänges.",
    "char-hint-U+000C": " Word skriver det för en sidbrytning.",
    "yaml-tab": "tabbtecken är inte tillåtet i filen. Använd mellanslag för indrag.",
    "yaml-syntax": (
        "filen går inte att läsa som YAML här. Kontrollera indraget, kolon efter fältnamnet "
        "och citattecken på den här raden och raden ovanför."
    ),
    "yaml-unclosed-quote": (
        "citattecknet som börjar här avslutas aldrig. Lägg till det avslutande citattecknet i "
        "slutet av texten."
    ),
    "yaml-duplicate-key": (
        "{field} finns redan på rad {line}. Ta bort det ena, annars är det oklart vilket värde som gäller."
    ),
    "yaml-anchor": (
        "ankare (& och ett namn) används inte i posterna. Skriv ut värdet på varje ställe där det behövs."
    ),
    "yaml-alias": (
        "hänvisningar (* och ett namn) används inte i posterna. Skriv ut värdet på varje ställe där det "
        "behövs."
    ),
    "yaml-tag": (
        "typmarkeringar (som !!str eller !namn) används inte. Ta bort markeringen och skriv bara värdet."
    ),
    "yaml-complex-key": "ett fältnamn ska vara ett enkelt ord, inte en lista eller grupp.",
    "yaml-several-documents": "filen innehåller flera dokument (---). En fil ska beskriva ett ärende.",
    "yaml-empty": "filen är tom. Fyll i ärendets fält eller ta bort filen.",
    "yaml-not-mapping": (
        "filen ska bestå av fält i formen 'namn: värde', ett på varje rad, till exempel "
        "'status: registrerad'."
    ),
    # Schema checks
    "schema-required": "fältet '{name}' saknas{place}. {hint}",
    "schema-required-when": "fältet '{name}' saknas{place}: det krävs när {condition}.",
    "schema-forbidden-when": "{field} får bara anges när {condition}. Ta bort det.",
    "schema-unknown-field": "ett okänt fält på rad {line}{place}.{hint}",
    "schema-unknown-field-guess": " Menade du '{guess}'?",
    "schema-unknown-field-list": " Tillåtna fält här: {allowed}.",
    "schema-type": "{field} ska vara {expected}, men är {actual}.{hint}",
    "schema-empty": "{field} är tomt. Fyll i ett värde.",
    "schema-enum": "{field} har inget tillåtet värde.{hint} Tillåtna värden: {allowed}.",
    "schema-const": "{field} ska vara '{expected}' i den här filen.",
    "schema-pattern": "{field} har inte rätt form. Skriv till exempel {example}.",
    "schema-date": ("{field} är inget giltigt datum. Skriv datum som ÅÅÅÅ-MM-DD, till exempel 2024-03-18."),
    "schema-date-impossible": (
        "{field} är inget datum som finns i kalendern. Kontrollera månaden och dagen."
    ),
    "schema-datetime": (
        "{field} är ingen giltig tidpunkt. Skriv datum och klockslag, till exempel 2024-05-03 10:30."
    ),
    "schema-date-range": (
        "{field} ligger utanför de datum ett ärende kan ha, {earliest} till {latest}. Kontrollera årtalet."
    ),
    "schema-range": "{field} ska vara ett heltal från {low} till {high}.",
    "schema-too-long": "{field} har {length} tecken; högst {limit} tecken får plats. Korta texten.",
    "schema-empty-list": "{field} är en tom lista. Ange minst ett värde.",
    "schema-duplicate-item": (
        "{field} innehåller samma värde två gånger (nr {first} och nr {second}). Ta bort det ena."
    ),
    "schema-other": "{field} stämmer inte med postformatet ({keyword}).",
    "schema-unknown-typ": "fältet 'typ' anger ingen känd typ.{hint} Tillåtna typer: {allowed}.",
    # Texts
    "text-character": (
        "{field} innehåller {char}, som inte hör hemma i en text: det syns inte eller ändrar hur "
        "texten visas.{hint} Ta bort tecknet (det kan ha kommit med när texten klistrades in)."
    ),
    "text-blank": "{field} innehåller bara mellanslag eller radbrytningar. Skriv en text.",
    # Rules for one record
    "rule-file-suffix": (
        "filen är ingen post: en post är en YAML-fil med filändelsen .yaml (små bokstäver), och den här "
        "kontrolleras inte som en. Byt namn på filen, eller ta bort den om den inte ska ligga här: allt "
        "under ärendemappen kontrolleras och kan hamna i historiken."
    ),
    "rule-file-place": (
        "en post ska ligga i en mapp för sitt år direkt under {root}/, till exempel {root}/2024/. "
        "Flytta filen dit."
    ),
    "rule-id-filename": (
        "id:t stämmer inte med filnamnet. Filen ska heta som id:t, med .yaml efter: byt namn på filen "
        "eller rätta id:t."
    ),
    "rule-id-year": (
        "året i id:t ska vara året då ärendet registrerades, men registrerad är {date}. "
        "Rätta id:t och filnamnet, eller datumet."
    ),
    "rule-folder-year": ("filen ligger i fel mapp: id:t gäller år {year}. Flytta filen till mappen {year}."),
    "rule-duplicate-id": "id:t används också av {other}. Varje ärende ska ha ett eget id.",
    "rule-date-order": (
        "{later} ({later_value}) ligger före {earlier} ({earlier_value}). Kontrollera datumen."
    ),
    "rule-risk-investigation": (
        "riskvärdet är {value} ({severity} × {probability}), över gränsen {limit}. Då ska ärendet "
        "utredas: lägg till fältet 'utredning' med datumet då utredningen påbörjades, eller fältet "
        "'lex_sarah' med id:t för lex Sarah-ärendet där den utreds."
    ),
    "rule-unknown-unit": "enheten här finns inte i organisation.yaml.{hint}",
    "rule-unknown-category": "kategorin här finns inte för {typ} i kategorier.yaml.{hint}",
    "rule-unknown-insats": "insatsen här finns inte i listan insats i kategorier.yaml.{hint}",
    "rule-unknown-reason": "skälet här finns inte i listan skäl i kategorier.yaml.{hint}",
    "rule-code-period": (
        "'{value}' ({name}) gäller {period}, men ärendet registrerades {date}.{hint} "
        "Välj det som gällde när ärendet registrerades."
    ),
    "hint-replaced": " Den har ersatts av {ids}.",
    "period-between": "från och med {start} till och med {end}",
    "period-until": "till och med {end}",
    "period-from": "från och med {start}",
    "period-always": "hela tiden",
    # Rules between records
    "link-missing": "{field} pekar på ett ärende som inte finns. Ange id:t på ett ärende som finns.",
    "link-not-mutual": (
        "{field} pekar på ett ärende som inte pekar tillbaka hit (där ska fältet '{back}' ange den här "
        "filens id, ensamt eller i en lista)."
    ),
    # Reference files
    "reference-duplicate-id": "samma id finns redan på rad {line}. Varje id ska vara unikt.",
    "reference-period-order": "'till' ligger före 'från'. Kontrollera datumen.",
    "reference-replaces-unknown": (
        "'ersätter' anger ett id som inte finns i samma lista. Ange id:t på den kategori som ersätts."
    ),
    "reference-missing-root": (
        "hittar ingen organisation.yaml i mappen eller ovanför den. Posterna ska ligga i en "
        "records-mapp med organisation.yaml och kategorier.yaml."
    ),
    "volumes-unknown-unit": (
        "enheten här finns inte i organisation.yaml. Ange enhetens id som det står där."
    ),
    "volumes-repeated": (
        "samma enhet har redan en volym för {year} längre upp i filen. Ange varje enhet och år en gång."
    ),
    "volumes-no-measure": (
        "raden för enheten och {year} har ingen volym. Ange minst en av årsarbetare, brukare, beslut, "
        "platser och hemtjänsttimmar, eller ta bort raden."
    ),
    # Pseudonymisation
    "pseudonym-personnummer": (
        "ett personnummer{where} på rad {line}, kolumn {column}. Ta bort det och skriv en kod i stället, "
        "till exempel 'Brukare A'. Ett personnummer får aldrig sparas här, inte heller i historiken: "
        "har det redan committats, kontakta dataskyddsombudet."
    ),
    "pseudonym-samordningsnummer": (
        "ett samordningsnummer{where} på rad {line}, kolumn {column}. Ta bort det och skriv en kod i "
        "stället, till exempel 'Brukare A'. Det får aldrig sparas här, inte heller i historiken: har "
        "det redan committats, kontakta dataskyddsombudet."
    ),
    "pseudonym-telefon": "ett telefonnummer{where} på rad {line}, kolumn {column}. Ta bort det.{accept}",
    "pseudonym-epost": "en e-postadress{where} på rad {line}, kolumn {column}. Ta bort den.{accept}",
    "pseudonym-adress": (
        "en adress{where} på rad {line}, kolumn {column}. Skriv till exempel 'brukarens bostad' i "
        "stället.{accept}"
    ),
    "pseudonym-namn": (
        "ett namn{where} på rad {line}, kolumn {column}. Skriv en kod i stället, till exempel 'Brukare A' "
        "eller 'Medarbetare 1'.{accept}"
    ),
    "pseudonym-accept": (
        " Är det ingen personuppgift (en ort, en verksamhet)? Lägg då till just den texten under "
        "'godkända_fynd' i filen, med text: och ett skäl:, så ser granskaren det."
    ),
    "pseudonym-accept-text": (
        " Är det ingen personuppgift (en ort, en verksamhet, ett citerat verk)? Lägg då till just den "
        "texten under 'godkända_fynd' i textens inledning mellan raderna ---, med text: och ett skäl:, "
        "så ser granskaren det."
    ),
    "pseudonym-unused": (
        "texten under godkända_fynd här behövs inte: kontrollen hittar den inte längre. Ta bort den."
    ),
    "pseudonym-path": (
        "namnet på filen eller på en mapp ovanför den innehåller {kind}. Byt namn på filen (en post "
        "heter som sitt id, till exempel AVV-2024-0001.yaml) eller mappen (ett årtal)."
    ),
    "pseudonym-where-key": " i ett fältnamn",
    "pseudonym-where-comment": " i en kommentar",
    # The command line
    "cli-description": (
        "Kvalitetsarbete i socialtjänsten: kontrollera ärendena i records/ och bygg statistik och "
        "kvalitetsberättelse av dem."
    ),
    "cli-validate-help": (
        "Kontrollera ärendena: format, datum, enheter, kategorier, kvartalsrapporterna till IVO och att "
        "inga personuppgifter finns med."
    ),
    "cli-validate-paths": "mappar eller filer att kontrollera (standard: records)",
    "cli-validate-as-of": (
        "kontrollera rapporterna till IVO per det här datumet, ÅÅÅÅ-MM-DD: varje kvartal som slutade "
        "före datumet medan ett ej verkställt beslut (postformat 2) inte var verkställt ska stå i "
        "rapporterad_ivo (standard: dagens datum)"
    ),
    "cli-format": (
        "text för människor (standard), json för maskiner, codequality för GitLabs merge requests "
        "eller github för GitHub Actions"
    ),
    "cli-build-help": (
        "Kontrollera ärendena och bygg webbplatsen med statistiken (tabeller, diagram, trender, enheter)."
    ),
    "cli-build-records": "ärendemappen (standard: records)",
    "cli-build-out": "mappen att bygga webbplatsen i (standard: public, eller public-intern med --intern)",
    "cli-build-internal": (
        "bygg den interna versionen med enskilda ärenden och sammanfattningar: får aldrig publiceras"
    ),
    "cli-build-pdf": (
        "skriv också varje kvalitetsberättelse och delårsrapport som PDF för nämndens handlingar "
        "(med Chromium; några sekunder per berättelse)"
    ),
    "cli-build-versions": (
        "bygg också webbplatsen som den var för varje fastställd kvalitetsberättelse, i en egen mapp "
        "med versionsväljare (senaste/, 2024/ … och versions.json)"
    ),
    "cli-build-engine": (
        "vad som bygger webbplatsen av de skapade sidorna: mkdocs (standard, med Material för MkDocs) "
        "eller properdocs (se README: Webbplatsens motor)"
    ),
    "cli-build-as-of": (
        "räkna status och öppna ärenden per det här datumet, ÅÅÅÅ-MM-DD (standard: datumet för "
        "den senaste committen)"
    ),
    "cli-import-help": (
        "Gör ärenden av raderna i en export från ett annat system (CSV eller Excel) med hjälp av en "
        "mappningsfil. Utan --skriv visas bara vad som skulle skrivas och varje fel per rad."
    ),
    "cli-import-source": "exportfilen: .csv (eller .txt) eller .xlsx",
    "cli-import-mapping": "mappningsfilen (YAML) som säger vilka kolumner som blir vilka fält",
    "cli-import-write": "skriv de rader som är i ordning (annars bara en provkörning)",
    "cli-diff-help": (
        "Visa vad en ändring gör med siffrorna: tillagda, ändrade och borttagna ärenden och vilka "
        "publicerade tal som ändras, som Markdown för en merge request."
    ),
    "cli-diff-base": (
        "commit eller gren att jämföra med (standard: där grenen möter huvudgrenen, till exempel origin/main)"
    ),
    "cli-diff-format": "markdown för merge requesten (standard) eller json för maskiner",
    "cli-demo-help": "Skriv påhittade demoärenden för en påhittad kommun.",
    "cli-demo-out": "mappen att skriva till (standard: records)",
    "cli-see-help": "Skriv '{prog} --help' för att se hur kommandot används.",
    "cli-interrupted": "Avbrutet.",
    "cli-bug": (
        "kvalitet: ett oväntat fel uppstod. Det är ett fel i programmet, inte i dina filer. "
        "Rapportera det gärna med texten ovan."
    ),
    "usage-bad-date": "'{value}' är inget datum; skriv ÅÅÅÅ-MM-DD",
    "demo-written": "Skrev {count} demoärenden i {folder}.",
    # Usage and summaries
    "usage-missing-path": "'{path}' finns inte. Ange en mapp med poster eller filer som finns.",
    "summary-ok": "{checked}: allt i ordning.",
    "summary-problems": "{problems} i {files} ({checked}).",
    "count-problem-one": "1 fel",
    "count-problem-many": "{n} fel",
    "count-file-one": "1 fil",
    "count-file-many": "{n} filer",
    "count-checked-one": "1 fil kontrollerad",
    "count-checked-many": "{n} filer kontrollerade",
    # Words used to build schema messages
    "word-field": "fältet '{name}'",
    "word-field-in": "fältet '{name}' i {parent}",
    "word-unknown-field": "ett okänt fält",
    "word-unknown-field-in": "ett okänt fält i {parent}",
    "word-unknown-name": "ett okänt fält",
    "word-hidden": "[dolt]",
    "word-item": "{parent} nr {number}",
    "word-in": " i {parent}",
    "word-string": "text",
    "word-integer": "ett heltal",
    "word-number": "ett tal",
    "word-boolean": "true eller false",
    "word-array": "en lista",
    "word-object": "en grupp av fält (namn: värde)",
    "word-null": "tomt",
    "word-value-string": "en text",
    "word-value-number": "ett tal",
    "word-value-boolean": "{value}",
    "word-value-array": "en lista",
    "word-value-object": "en grupp av fält",
    "word-condition": "{name} är '{value}'",
    "word-condition-any": "{name} är något av {values}",
    "word-condition-filled": "{name} är ifyllt",
    "word-and": " och ",
    "hint-boolean": " Skriv true (ja) eller false (nej).",
    "hint-list": " Skriv värdet som en lista, med '- ' före varje värde på egen rad.",
    "hint-guess": " Menade du '{guess}'?",
    "hint-required": "Lägg till det.",
}
