"""Invented text fragments for summaries, in plain Swedish and with pseudonym codes only.

Placeholders: ``{b}`` a person ("Brukare A"), ``{a}`` a relative ("Anhörig till brukare A"),
``{m}`` a member of staff ("Medarbetare 3"), ``{h}`` a case officer ("Handläggare C"), ``{s}``
the sender of a complaint. No fragment may contain a name, an address or a number that
identifies a person.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from .action_texts import ACTIONS, CATEGORY_ACTIONS, IMMEDIATE_ACTIONS, LEVEL_WEIGHTS
from .weighted import Weighted

DEVIATION: dict[str, tuple[str, ...]] = {
    "bristande-rutiner": (
        "Rutin för överlämning saknades och kvällspersonalen visste inte att {b} behövde extra tillsyn.",
        "Nyckelhanteringen följde inte rutinen och en nyckel till bostaden hos {b} saknades efter passet.",
        "Rutinen för larmhantering var inte känd av ny personal och ett larm från {b} besvarades sent.",
        "Det fanns ingen rutin för hur post till enheten ska hanteras under semesterperioden.",
    ),
    "bemötande": (
        "{b} upplevde att {m} bemötte hen på ett nedlåtande sätt i samband med ett besök.",
        "Vid ett möte med {b} användes ett språk som upplevdes som kränkande.",
        "{m} höjde rösten mot {b} vid måltiden, vilket uppmärksammades av en kollega.",
    ),
    "tidsbrist": (
        "På grund av hög arbetsbelastning hann personalen inte genomföra den planerade promenaden med {b}.",
        "Flera besök fick kortas när två medarbetare var sjuka och vikarie saknades.",
        "Handläggningen av en ansökan från {b} försenades eftersom {h} hade för många ärenden.",
    ),
    "integritet": (
        "Ett samtal om situationen för {b} fördes i ett gemensamt utrymme där andra kunde höra.",
        "Personal gick in i lägenheten hos {b} utan att knacka.",
    ),
    "samverkan": (
        "Samordnad individuell plan för {b} hade inte upprättats trots att behovet var känt.",
        "Samverkan mellan två enheter fungerade inte och {b} fick motstridiga besked.",
    ),
    "informationsöverföring": (
        "Information om att {b} fått ändrade insatser nådde inte utföraren i tid.",
        "Vid överlämning mellan {h} och en kollega under semestern missades en planerad uppföljning.",
        "En kallelse till ett möte om {b} skickades inte vidare och ingen från enheten deltog.",
        "Uppgifter om att {b} skulle flytta nådde inte berörd enhet förrän efter flytten.",
    ),
    "brist-i-utförande": (
        "Ett planerat besök hos {b} blev inte av eftersom det saknades i planeringen.",
        "{b} fick inte sin insats enligt beslut under två dagar.",
        "Dusch som enligt genomförandeplanen skulle ske på tisdagen blev inte gjord.",
        "Inköp som skulle göras åt {b} uteblev under en vecka.",
    ),
    "delaktighet": (
        "{b} fick inte vara delaktig när genomförandeplanen reviderades.",
        "Ändrade besökstider bestämdes utan att {b} tillfrågades.",
    ),
    "dokumentation": (
        "Anteckningar från ett hembesök hos {b} hade inte dokumenterats i journalen.",
        "Motstridiga uppgifter om behoven hos {b} fanns dokumenterade i akten.",
        "Ett beslut saknade motivering och dokumentation om kommunicering med {b}.",
    ),
    "dataskydd": (
        "Ett dokument med uppgifter om {b} lämnades kvar i en skrivare i ett allmänt utrymme.",
        "En dator lämnades olåst i ett rum där besökare vistades.",
    ),
    "handläggning": (
        "En ansökan från {b} registrerades inte och blev liggande i tre veckor.",
        "Utredningen om {b} överskred den lagstadgade tiden utan beslut om förlängning.",
        "En aktualisering som gällde {b} hanterades inte inom avsedd tid.",
    ),
    "rättssäkerhet": (
        "Insatsen för {b} pågick utan gällande beslut sedan det tidigare beslutet löpt ut.",
        "Förhandsbedömningen av en orosanmälan om {b} gjordes inte inom fjorton dagar.",
        "Uppföljningen av beslutet för {b} blev försenad med flera månader.",
        "En vårdnadshavare informerades inte om att utredning hade inletts om {b}.",
    ),
    "tillgänglighet": (
        "{b} kunde inte nå enheten per telefon under telefontiden.",
        "Hissen till lokalen var ur funktion och {b} som använder rullstol kunde inte komma till mötet.",
    ),
    "annat": (
        "Maten som levererades till {b} hade fel konsistens.",
        "Larmet i bostaden hos {b} fungerade inte efter ett strömavbrott.",
        "Blanketter i ärendet för {b} hade försvunnit ur verksamhetssystemet.",
    ),
    "fall": (
        "{b} hittades sittande på golvet i badrummet på morgonen.",
        "{b} föll i samband med förflyttning från säng till rullstol.",
        "{b} snubblade på mattan i hallen och slog i höften.",
        "{b} gled ur stolen vid frukosten.",
    ),
    "läkemedel": (
        "Kvällsdosen av läkemedel till {b} var inte given enligt signeringslistan.",
        "{b} fick fel dospåse vid lunch, vilket upptäcktes av {m}.",
        "Läkemedel saknades i dosetten när {m} skulle ge morgondosen.",
    ),
    "vård-och-behandling": (
        "Ordinerad såromläggning hos {b} utfördes inte under helgen.",
        "Vätskelistan för {b} fördes inte trots ordination.",
    ),
}

DEVIATION_FOLLOW_UP = (
    "Ingen skada uppstod, men händelsen skapade oro hos {b}.",
    "Enhetschef har informerats och händelsen har tagits upp med berörd personal.",
    "{a} har informerats om det inträffade.",
    "Liknande händelser har rapporterats tidigare under året.",
    "Händelsen rapporterades av {m}.",
    "{b} har fått information om händelsen och vad som görs.",
)

HEALTH_FOLLOW_UP = (
    "Sjuksköterska kontaktades och bedömde tillståndet.",
    "Ingen synlig skada, fortsatt observation under dygnet.",
    "Ansvarig läkare har informerats.",
    "Händelsen rapporterades av {m}.",
)

REGION: dict[str, tuple[str, ...]] = {
    "inkommande": (
        "Regionen rapporterar att hemtjänsten inte meddelade vårdcentralen att {b} hade försämrats.",
        "Regionen rapporterar att kallelse till samordnad individuell plan för {b} inte besvarades.",
        "Regionen rapporterar att uppgifter om insatser för {b} saknades vid inskrivning på sjukhus.",
    ),
    "utgående": (
        "{b} skrevs ut från sjukhuset utan att hemtjänsten fått information om ändrad medicinering.",
        "Vårdcentralen deltog inte i samordnad individuell plan för {b} trots överenskommelse.",
        "Hälsoundersökning av ett placerat barn genomfördes inte enligt samverkansavtalet.",
        "Läkemedelslistan som följde med {b} vid hemgång var inte uppdaterad.",
    ),
}


_FOLLOW_UPS = Weighted({0: 35, 1: 45, 2: 20})
_LEVELS = Weighted(LEVEL_WEIGHTS)


def _choose(rng: random.Random, options: Sequence[str], count: int) -> list[str]:
    return rng.sample(options, min(count, len(options)))


def compose(
    rng: random.Random,
    first: Sequence[str],
    follow_ups: Sequence[str],
    names: Mapping[str, str],
    *,
    lead: str | None = None,
) -> str:
    """One to three sentences: an event from ``first``, then zero to two follow-ups."""
    sentences = [lead] if lead else []
    sentences.append(rng.choice(first))
    sentences.extend(_choose(rng, follow_ups, _FOLLOW_UPS.draw(rng)))
    return " ".join(sentence.format(**names) for sentence in sentences)


def action_text(
    rng: random.Random, category: str | None, used: set[str], *, immediate: bool
) -> tuple[str, str]:
    """A level and a description for one action, not repeating ``used`` ones."""
    if immediate:
        options = [("individ", text) for text in IMMEDIATE_ACTIONS]
    else:
        level = _LEVELS.draw(rng)
        options = [(level, text) for text in ACTIONS[level]]
        options += list(CATEGORY_ACTIONS.get(category or "", ()))
    fresh = [option for option in options if option[1] not in used] or options
    level, text = rng.choice(fresh)
    used.add(text)
    return level, text
