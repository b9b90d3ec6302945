"""Invented summary fragments for complaints, feedback, lex Sarah, breaches and decisions.

Placeholders as in :mod:`kvalitet.demo.texts`.
"""

from __future__ import annotations

# How a summary names the sender of a complaint or feedback.
SENDER: dict[str, str] = {
    "brukare": "{b}",
    "anhörig": "{a}",
    "allmänhet": "En privatperson",
    "organisation": "En intresseorganisation",
    "tillsynsmyndighet": "Anmälaren",
    "annan": "En samarbetspartner",
}

COMPLAINT: dict[str, tuple[str, ...]] = {
    "tillgänglighet": (
        "{s} framför att det är svårt att komma fram till socialtjänsten per telefon.",
        "{s} upplever att väntetiden till ett första besök har varit för lång.",
    ),
    "bemötande": (
        "{s} är missnöjd med bemötandet vid ett möte med {h}.",
        "{s} upplever att personalen inte lyssnar på vad den enskilde vill.",
    ),
    "delaktighet": (
        "{s} upplever att beslut fattas utan att den enskilde får vara delaktig.",
        "{s} anser att önskemål om tider för besök inte tas till vara.",
    ),
    "frågor": (
        "{s} har frågor om hur avgiften för hemtjänsten har beräknats.",
        "{s} undrar varför handläggningen av ansökan tar så lång tid.",
    ),
    "information": (
        "{s} anser att informationen om beslutet var otydlig och svår att förstå.",
        "{s} har inte fått information om att kontaktpersonen slutat.",
    ),
    "utförande": (
        "{s} är missnöjd med att hemtjänsten ofta kommer sent till morgonbesöket.",
        "{s} framför att städningen i lägenheten inte utförs enligt beslut.",
        "{s} anser att stödet från socialtjänsten har varit otillräckligt.",
        "{s} upplever att maten på boendet ofta serveras kall.",
    ),
    "personalbemanning": (
        "{s} framför oro över att det kommer många olika personal till {b} varje vecka.",
        "{s} upplever att det är för lite personal på boendet under kvällar och helger.",
    ),
    "övrigt": (
        "{s} framför synpunkter på socialtjänstens lokaler och skyltning.",
        "{s} är missnöjd med hanteringen av ett ärende om tillfälligt boende.",
    ),
}

FEEDBACK: dict[str, tuple[str, ...]] = {
    "beröm": (
        "{s} vill framföra ett stort tack till personalen för ett varmt och respektfullt bemötande.",
        "{s} berömmer {m} för ett gott stöd under en svår period.",
        "{s} är mycket nöjd med hur daglig verksamhet har anpassats efter den enskildes önskemål.",
        "{s} tackar receptionen för ett vänligt och hjälpsamt bemötande.",
        "{s} vill tacka hemtjänsten för att de alltid tar sig tid att prata en stund.",
    ),
    "tillgänglighet": ("{s} föreslår att telefontiden förlängs till eftermiddagen.",),
    "bemötande": ("{s} föreslår att nya medarbetare får introduktion i bemötande.",),
    "delaktighet": ("{s} önskar att brukarråd ska hållas oftare.",),
    "frågor": (
        "{s} frågar hur man ansöker om ledsagarservice.",
        "{s} undrar vilka aktiviteter som finns på träffpunkten under sommaren.",
    ),
    "information": (
        "{s} föreslår att informationen på webbplatsen skrivs på lättare svenska.",
        "{s} önskar skriftlig information om vad som gäller vid byte av kontaktperson.",
    ),
    "utförande": ("{s} föreslår att promenader erbjuds oftare på boendet.",),
    "personalbemanning": ("{s} framför att det är bra med samma personal under hela veckan.",),
    "övrigt": (
        "{s} framför oro inför förslaget om att ändra öppettiderna på träffpunkten.",
        "{s} har synpunkter på parkeringen vid socialtjänstens lokaler.",
    ),
}

FEEDBACK_FOLLOW_UP = (
    "Synpunkten har lyfts på arbetsplatsträff.",
    "Ärendet har överlämnats till berörd enhet.",
)
# Only for cases where the sender got an answer (återkoppling).
ANSWERED_FOLLOW_UP = (
    "Enhetschef har kontaktat avsändaren.",
    "Avsändaren har fått ett skriftligt svar.",
)

REFERRAL = {
    "IVO": "IVO har överlämnat klagomålet till nämnden för yttrande.",
    "JO": "JO har begärt nämndens yttrande över klagomålet.",
}

SARAH: dict[str, tuple[str, ...]] = {
    "handläggning": (
        "En ansökan från {b} har inte handlagts och blev liggande i flera månader.",
        "Insatsen för {b} har pågått utan gällande beslut.",
        "Barnavårdsutredningen om {b} har pågått i mer än fyra månader utan beslut om förlängning.",
    ),
    "informationsöverföring": (
        "En begäran om yttrande som gällde {b} missades vid överlämning mellan handläggare.",
        "Information om skyddsbehov för {b} fördes inte vidare till utföraren.",
    ),
    "dokumentation": (
        "Ställningstagande till polisanmälan saknas i dokumentationen om {b}.",
        "Viktiga uppgifter om {b} har inte dokumenterats under flera månader.",
    ),
    "omvårdnad": (
        "Nattpersonal har vid flera tillfällen inte gjort tillsyn av {b} enligt plan.",
        "Boendets telefon var ljudlös under natten och {b} kunde inte nå personalen.",
    ),
    "utebliven-insats": (
        "{b} har inte fått beviljad insats under flera veckor.",
        "Stödet till {b} upphörde utan beslut när kontaktpersonen slutade.",
    ),
    "bemötande": ("{m} har rapporterat att {b} vid upprepade tillfällen bemötts på ett kränkande sätt.",),
    "övergrepp": ("{b} har berättat att en medarbetare tagit hårt i armen vid en förflyttning.",),
    "annat": ("Ett larm i bostaden hos {b} var ur funktion i flera dagar utan att någon reagerade.",),
}

SARAH_FOLLOW_UP = (
    "Utredning har inletts enligt rutin.",
    "Omedelbara åtgärder har vidtagits för att undanröja risken.",
    "Berörd personal har fått stöd och information.",
    "{a} har informerats.",
)

BREACH: dict[str, tuple[str, ...]] = {
    "fel-mottagare": (
        "Ett beslut som gällde {b} skickades med post till fel mottagare.",
        "Ett sms om en bokad tid hos socialtjänsten skickades till fel person.",
        "Ett e-postmeddelande med en utredning om {b} skickades till fel extern mottagare.",
    ),
    "borttappad-handling": (
        "En mapp med handlingar om {b} glömdes kvar efter ett hembesök och har återfunnits.",
        "Ett USB-minne med känsliga personuppgifter har tappats bort.",
    ),
    "obehörig-åtkomst": (
        "{m} har öppnat journalen för {b} utan att ha ett arbetsrelaterat behov.",
        "Behörigheten i verksamhetssystemet hade inte tagits bort för en medarbetare som slutat.",
    ),
    "annat": ("Personuppgifter om {b} syntes vid en skärmdelning under ett digitalt möte.",),
}

BREACH_FOLLOW_UP = (
    "Mottagaren har ombetts att radera uppgifterna.",
    "Incidenten bedöms ha orsakats av den mänskliga faktorn.",
    "{b} har informerats om incidenten.",
)

ANIMALS = (
    "Vid ett hembesök hos {b} såg {m} att en hund i hemmet verkade vanvårdad och saknade vatten.",
    "{m} såg vid ett besök att katterna i lägenheten var magra och att det luktade starkt av urin.",
    "Personal uppmärksammade att hästar i en hage nära bostaden hos {b} inte fått foder.",
    "{m} såg att en kanin i en bur på balkongen saknade skydd mot kylan.",
)

ANIMALS_REPORTED = "Anmälan har gjorts till {till}."

UNEXECUTED = "Beslut om {insats} enligt {lagrum} har inte kunnat verkställas inom tre månader."

INTERRUPTED = "Insatsen {insats} enligt {lagrum} avbröts och har inte återupptagits inom tre månader."

INTERRUPTION_REASON: dict[str, str] = {
    "verksamhet-pausad": "Verksamheten har varit tillfälligt pausad.",
    "personalbrist": "Personalbrist har gjort att insatsen inte har kunnat ges.",
}

REASON: dict[str, str] = {
    "brist-på-uppdragstagare": "Det har inte gått att hitta en lämplig uppdragstagare.",
    "den-enskilde-tackat-nej": "Den enskilde har tackat nej till det erbjudande som lämnats.",
    "plats-saknas": "Ledig plats har saknats.",
    "verksamhet-pausad": "Verksamheten har varit tillfälligt pausad.",
    "personalbrist": "Personalbrist har gjort att insatsen inte kunnat starta.",
    "annat": "Den enskilde har varit inlagd på sjukhus under en del av väntetiden.",
}

UNEXECUTED_FOLLOW_UP = (
    "Den enskilde har erbjudits annat stöd under väntetiden.",
    "Kontakt hålls med den enskilde om hur väntetiden ser ut.",
)
