"""Categories, kinds of support (insatser), reasons for delay (skäl) and local policy.

One category change is shown: from 2024-01-01 the deviation category "rättssäkerhet" replaces
"handläggning". The local policy lists the documented changes of `changes.py`, from which a
control chart computes new limits.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .changes import CHANGES
from .writer import Document, Value

CHANGE = datetime.date(2024, 1, 1)
_LAST_OLD = CHANGE - datetime.timedelta(days=1)
RISK_LIMIT = 8


@dataclass(frozen=True)
class Category:
    id: str
    namn: str
    beskrivning: str | None = None
    från: datetime.date | None = None
    till: datetime.date | None = None
    ersätter: tuple[str, ...] = ()

    def valid_on(self, day: datetime.date) -> bool:
        return (self.från is None or self.från <= day) and (self.till is None or day <= self.till)


@dataclass(frozen=True)
class Insats:
    id: str
    namn: str
    lagrum: str
    """The law of the demo's decisions about it."""
    weight: int
    reasons: dict[str, int]
    laws: tuple[str, ...] = ()
    """Every law it can be given under, when more than `lagrum` (kategorier.yaml `lagrum: [SoL, LSS]`)."""


_FEEDBACK = (
    Category("tillgänglighet", "Tillgänglighet", "Möjligheten att komma i kontakt med verksamheten."),
    Category("bemötande", "Bemötande"),
    Category("delaktighet", "Delaktighet"),
    Category("frågor", "Frågor"),
    Category("information", "Information"),
    Category("utförande", "Utförande", "Hur en insats eller ett uppdrag har utförts."),
    Category("personalbemanning", "Personalbemanning"),
    Category("beröm", "Beröm"),
    Category("övrigt", "Övrigt", "Till exempel lokaler, bostäder och synpunkter på rutiner."),
)

CATEGORIES: dict[str, tuple[Category, ...]] = {
    "avvikelse": (
        Category("bristande-rutiner", "Bristande rutiner"),
        Category("bemötande", "Bemötande"),
        Category("tidsbrist", "Tidsbrist"),
        Category("integritet", "Integritet"),
        Category("samverkan", "Samverkan", "Brister i samverkan internt eller med regionen."),
        Category("informationsöverföring", "Informationsöverföring"),
        Category("brist-i-utförande", "Brist i utförande eller utebliven insats"),
        Category("delaktighet", "Delaktighet och självbestämmande"),
        Category("dokumentation", "Utebliven eller bristfällig dokumentation"),
        Category("dataskydd", "Dataskydd"),
        Category("handläggning", "Brist i eller utebliven handläggning", till=_LAST_OLD),
        Category(
            "rättssäkerhet",
            "Rättssäkerhet i handläggning och genomförande",
            "Ersätter kategorin handläggning från 2024.",
            från=CHANGE,
            ersätter=("handläggning",),
        ),
        Category("tillgänglighet", "Tillgänglighet"),
        Category("fall", "Fall", "Fallhändelse i hälso- och sjukvården (HSL)."),
        Category("läkemedel", "Läkemedel", "Händelse i läkemedelshanteringen (HSL)."),
        Category("vård-och-behandling", "Vård och behandling", "Övriga HSL-händelser."),
        Category("annat", "Annat", "Till exempel brister i yttre och inre miljö eller måltider."),
    ),
    "klagomål": _FEEDBACK,
    "synpunkt": _FEEDBACK,
    "lex_sarah": (
        Category("handläggning", "Brister i handläggning och rättssäkerhet"),
        Category("informationsöverföring", "Informationsöverföring"),
        Category("dokumentation", "Bristande dokumentation"),
        Category("omvårdnad", "Brister i omvårdnad"),
        Category("utebliven-insats", "Utebliven eller försenad insats"),
        Category("bemötande", "Bemötande"),
        Category("övergrepp", "Övergrepp eller kränkande behandling"),
        Category("annat", "Annat"),
    ),
    "personuppgiftsincident": (
        Category("fel-mottagare", "Uppgifter till fel mottagare"),
        Category("borttappad-handling", "Borttappad handling eller lagringsmedia"),
        Category("obehörig-åtkomst", "Obehörig åtkomst"),
        Category("annat", "Annat"),
    ),
}
_BY_ID: dict[tuple[str, str], Category] = {
    (typ, category.id): category for typ, items in CATEGORIES.items() for category in items
}

INSATSER: tuple[Insats, ...] = (
    Insats("hemtjänst", "Hemtjänst", "SoL", 4,
           {"personalbrist": 4, "den-enskilde-tackat-nej": 3, "annat": 1}),
    Insats("särskilt-boende", "Särskilt boende", "SoL", 16,
           {"plats-saknas": 8, "den-enskilde-tackat-nej": 4, "annat": 1}),
    Insats("boendestöd", "Boendestöd", "SoL", 12,
           {"personalbrist": 4, "den-enskilde-tackat-nej": 3, "annat": 1}),
    Insats("kontaktfamilj", "Kontaktfamilj", "SoL", 40,
           {"brist-på-uppdragstagare": 9, "den-enskilde-tackat-nej": 2, "annat": 1}),
    Insats("kontaktperson", "Kontaktperson", "LSS", 12,
           {"brist-på-uppdragstagare": 9, "den-enskilde-tackat-nej": 2, "annat": 1}, ("SoL", "LSS")),
    Insats("bostad-med-särskild-service", "Bostad med särskild service", "LSS", 7,
           {"plats-saknas": 8, "den-enskilde-tackat-nej": 2}),
    Insats("daglig-verksamhet", "Daglig verksamhet", "LSS", 3,
           {"verksamhet-pausad": 2, "den-enskilde-tackat-nej": 2, "plats-saknas": 2}),
    Insats("korttidsvistelse", "Korttidsvistelse", "LSS", 5,
           {"plats-saknas": 4, "verksamhet-pausad": 2, "personalbrist": 2}),
    Insats("ledsagarservice", "Ledsagarservice", "LSS", 3,
           {"brist-på-uppdragstagare": 5, "personalbrist": 2}),
)  # fmt: skip
INSATS_BY_ID: dict[str, Insats] = {insats.id: insats for insats in INSATSER}

# How often each category is the main one, per kind of case (deviations per kind of unit).
# fmt: off
CATEGORY_WEIGHTS: dict[str, dict[str, int]] = {
    "authority": {
        "informationsöverföring": 30, "handläggning": 28, "dokumentation": 22, "dataskydd": 8,
        "tidsbrist": 8, "samverkan": 5, "bristande-rutiner": 8, "tillgänglighet": 4,
        "bemötande": 3, "delaktighet": 2, "integritet": 1, "annat": 14,
    },
    "provider": {
        "brist-i-utförande": 30, "bristande-rutiner": 26, "tidsbrist": 20,
        "informationsöverföring": 12, "bemötande": 7, "dokumentation": 8, "integritet": 3,
        "delaktighet": 4, "tillgänglighet": 4, "samverkan": 3, "dataskydd": 3, "annat": 10,
    },
    "health": {"fall": 62, "läkemedel": 30, "vård-och-behandling": 8},
    "klagomål": {
        "tillgänglighet": 8, "bemötande": 14, "delaktighet": 6, "frågor": 6, "information": 9,
        "utförande": 30, "personalbemanning": 8, "övrigt": 14,
    },
    "synpunkt": {
        "beröm": 38, "tillgänglighet": 6, "bemötande": 6, "delaktighet": 3, "frågor": 10,
        "information": 8, "utförande": 12, "personalbemanning": 6, "övrigt": 14,
    },
    "lex_sarah": {
        "handläggning": 30, "informationsöverföring": 14, "dokumentation": 12, "omvårdnad": 16,
        "utebliven-insats": 12, "bemötande": 6, "övergrepp": 4, "annat": 6,
    },
    "personuppgiftsincident": {
        "fel-mottagare": 55, "borttappad-handling": 18, "obehörig-åtkomst": 17, "annat": 10,
    },
}
# fmt: on

# The lex Sarah category of a deviation that turned into a lex Sarah report.
SARAH_CATEGORY: dict[str, str] = {
    "handläggning": "handläggning", "rättssäkerhet": "handläggning",
    "informationsöverföring": "informationsöverföring", "dokumentation": "dokumentation",
    "brist-i-utförande": "utebliven-insats", "bemötande": "bemötande", "integritet": "bemötande",
    "tidsbrist": "omvårdnad", "bristande-rutiner": "omvårdnad",
}  # fmt: skip

SKAL: tuple[tuple[str, str], ...] = (
    ("brist-på-uppdragstagare", "Brist på lämplig uppdragstagare"),
    ("den-enskilde-tackat-nej", "Den enskilde har tackat nej till erbjudandet"),
    ("plats-saknas", "Plats saknas"),
    ("verksamhet-pausad", "Verksamheten tillfälligt pausad"),
    ("personalbrist", "Personalbrist"),
    ("annat", "Annat skäl"),
)

ORSAKER: tuple[tuple[str, str], ...] = (
    ("mänskliga-faktorn", "Mänskliga faktorn"),
    ("stress", "Stress och hög arbetsbelastning"),
    ("verksamhetssystemet", "Fel eller brister i verksamhetssystemet"),
    ("rutin-saknas", "Rutin saknas eller är otydlig"),
    ("rutin-följdes-inte", "Rutinen följdes inte"),
    ("kommunikation", "Brister i kommunikation och informationsöverföring"),
    ("bemanning", "Bemanning eller kompetens"),
)
"""The causes a case can be given (seed 004: mänskliga faktorn, stress, the verksamhetssystem)."""


def category_on(typ: str, category_id: str, day: datetime.date) -> str:
    """``category_id`` if valid on ``day``, else the category that replaced it or it replaced."""
    category = _BY_ID[(typ, category_id)]
    if category.valid_on(day):
        return category_id
    for other in CATEGORIES[typ]:
        related = category_id in other.ersätter or other.id in category.ersätter
        if related and other.valid_on(day):
            return other.id
    raise ValueError(f"ingen giltig kategori för {category_id} ({typ}) {day}")


def _category_entry(category: Category) -> dict[str, Value]:
    entry: dict[str, Value] = {"id": category.id, "namn": category.namn}
    if category.beskrivning is not None:
        entry["beskrivning"] = category.beskrivning
    if category.från is not None:
        entry["från"] = category.från
    if category.till is not None:
        entry["till"] = category.till
    if category.ersätter:
        entry["ersätter"] = list(category.ersätter)
    return entry


def categories_document() -> Document:
    document: dict[str, Value] = {
        typ: [_category_entry(category) for category in items] for typ, items in CATEGORIES.items()
    }
    document["insats"] = [
        {"id": insats.id, "namn": insats.namn, "lagrum": list(insats.laws) if insats.laws else insats.lagrum}
        for insats in INSATSER
    ]
    document["skäl"] = [{"id": skal_id, "namn": namn} for skal_id, namn in SKAL]
    document["orsaker"] = [{"id": cause_id, "namn": namn} for cause_id, namn in ORSAKER]
    return document


def policy_document() -> Document:
    new_sol = datetime.date(2025, 7, 1)
    return {
        "riskgräns": RISK_LIMIT,
        "delårsrapporter": ["tertial"],
        "lagar": {
            "SoL": [
                {
                    "namn": "Socialtjänstlagen (2001:453)",
                    "till": new_sol - datetime.timedelta(1),
                    "bestämmelser": {
                        "lex_sarah": "14 kap. 2–7 §§",
                        "ej_verkställt_beslut": "16 kap. 6 f–h §§",
                    },
                },
                {
                    "namn": "Socialtjänstlagen (2025:400)",
                    "från": new_sol,
                    # Not checked against the new law's text here: the texts then cite its name only.
                    # Lex Maja is left out: which law holds it is not checked either.
                    "att_kontrollera": ["lex_sarah", "ej_verkställt_beslut"],
                },
            ],
            "LSS": [
                {
                    "namn": "Lag (1993:387) om stöd och service till vissa funktionshindrade",
                    "bestämmelser": {"ej_verkställt_beslut": "28 f–h §§"},
                    "att_kontrollera": ["lex_sarah"],
                }
            ],
            "HSL": [{"namn": "Hälso- och sjukvårdslagen (2017:30)"}],
        },
        "styrdiagram": {
            "förändringar": [
                {
                    "datum": change.datum,
                    "text": change.text,
                    "grupper": [stream.value for stream in change.streams],
                }
                for change in CHANGES
            ]
        },
    }
