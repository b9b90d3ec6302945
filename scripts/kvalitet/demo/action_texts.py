"""Invented descriptions of actions (åtgärder) at the four levels."""

from __future__ import annotations

LEVEL_WEIGHTS: dict[str, int] = {"individ": 30, "grupp": 30, "enhet": 30, "förvaltning": 10}

ACTIONS: dict[str, tuple[str, ...]] = {
    "individ": (
        "Genomförandeplanen har reviderats tillsammans med den enskilde.",
        "Ett uppföljande samtal har hållits med den enskilde och anhöriga.",
        "Den enskilde har fått ett skriftligt svar om vad som har hänt och vad som görs.",
        "Nytt beslut har fattats och insatsen har kommit i gång.",
        "En ny tid för uppföljning av beslutet har bokats.",
    ),
    "grupp": (
        "Händelsen har diskuterats på arbetsplatsträff.",
        "Arbetsgruppen har gått igenom rutinen för överlämning.",
        "Berörd personal har fått handledning i bemötande.",
        "Rutinen för signering har repeterats med kvällspersonalen.",
        "Handläggarna har gått igenom hur bevakningar läggs in i verksamhetssystemet.",
    ),
    "enhet": (
        "Rutinen för dokumentation har reviderats på enheten.",
        "En checklista för överlämning vid frånvaro har införts.",
        "Planeringen i verksamhetssystemet har setts över.",
        "Egenkontroll av journalanteckningar görs varje månad.",
        "Aktuella avvikelser är en stående punkt på enhetens arbetsplatsträffar.",
    ),
    "förvaltning": (
        "Frågan har lyfts till förvaltningens ledningsgrupp.",
        "En förvaltningsgemensam rutin för samverkan tas fram.",
        "Utbildning i verksamhetssystemet har erbjudits all personal.",
        "Rutinen för avvikelsehantering har förtydligats för hela förvaltningen.",
        "Förvaltningens rutin för rapportering av missförhållanden har förtydligats.",
    ),
}

# Actions taken at once, before the case has been investigated.
IMMEDIATE_ACTIONS: tuple[str, ...] = (
    "Den enskilde har fått den uteblivna insatsen samma dag.",
    "Anhöriga har kontaktats och informerats.",
    "Berörd personal har informerats om händelsen.",
    "Tillfällig extra tillsyn har satts in.",
)

CATEGORY_ACTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "fall": (
        ("individ", "Fallriskbedömning har gjorts och hjälpmedel har provats ut."),
        ("individ", "Mattan i hallen har tagits bort i samråd med den enskilde."),
        ("enhet", "Fallpreventivt arbete följs upp på teamträffar."),
    ),
    "läkemedel": (
        ("individ", "Läkemedelsgenomgång har begärts hos ansvarig läkare."),
        ("grupp", "Personalen har gått igenom delegeringen för läkemedelshantering."),
        ("enhet", "Signeringslistorna kontrolleras dagligen av ansvarig undersköterska."),
    ),
    "dataskydd": (
        ("grupp", "Personalen har påmints om att låsa datorn när de lämnar rummet."),
        ("enhet", "Skrivaren har flyttats till ett låst utrymme."),
    ),
    "informationsöverföring": (
        ("enhet", "En rutin för överlämning mellan myndighet och utförare har tagits fram."),
    ),
    "fel-mottagare": (
        ("grupp", "Personalen har påmints om att kontrollera mottagare innan utskick."),
        ("förvaltning", "Rutinen för utskick av handlingar har förtydligats."),
    ),
    "beröm": (("grupp", "Berömmet har förmedlats till personalen på arbetsplatsträff."),),
}
