"""Counts in Swedish prose: "inga avvikelser", "en avvikelse", "ett klagomål", "två avvikelser", "93
avvikelser". Numbers up to twelve are written as words in running text (as Swedish style guides
advise); larger ones as figures in Swedish format (1 234)."""

from __future__ import annotations

from dataclasses import dataclass

from kvalitet.swedish import amount, number

__all__ = ["NOUNS", "Noun", "amount", "capitalize", "count", "listing", "percent"]


@dataclass(frozen=True, slots=True)
class Noun:
    singular: str
    plural: str
    neuter: bool = False
    """Ett-ord: "ett klagomål", "inget klagomål"."""


def count(n: int, noun: Noun) -> str:
    """`n` of `noun`, as in running text."""
    if n == 0:
        return f"inga {noun.plural}"
    if n == 1:
        return f"{'ett' if noun.neuter else 'en'} {noun.singular}"
    return f"{amount(n)} {noun.plural}"


def percent(part: int, whole: int) -> str:
    """ "33,5 procent" (one decimal, Swedish format)."""
    return f"{number(round(100 * part / whole, 1), decimals=1)} procent"


def listing(items: list[str]) -> str:
    """ "a, b och c"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


NOUNS: dict[str, Noun] = {
    "avvikelse": Noun("avvikelse", "avvikelser"),
    "klagomål": Noun("klagomål", "klagomål", neuter=True),
    "synpunkt": Noun("synpunkt", "synpunkter"),
    "lex_sarah": Noun("rapport enligt lex Sarah", "rapporter enligt lex Sarah"),
    "personuppgiftsincident": Noun("personuppgiftsincident", "personuppgiftsincidenter"),
    "lex_maja": Noun("anmälan enligt lex Maja", "anmälningar enligt lex Maja"),
    "ej_verkställt_beslut": Noun("ej verkställt beslut", "ej verkställda beslut", neuter=True),
    "ärende": Noun("ärende", "ärenden", neuter=True),
}
