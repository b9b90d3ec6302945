"""Counts in Swedish prose: "inga avvikelser", "en avvikelse", "ett klagomål", "två avvikelser", "93
avvikelser". Numbers up to twelve are written as words in running text (as Swedish style guides
advise); larger ones as figures in Swedish format (1 234).

One sentence has one number style (`Numbers`, chosen by `style`): when any number in it is above
twelve, is not whole, or the sentence compares numbers, every number in it is written in figures ("Av
61 klagomål fick 7 …", "9 fler än 2024"); otherwise in words ("två avvikelser ledde till skada").
Zero stays a word ("inga", "ingen") in both styles."""

from __future__ import annotations

from dataclasses import dataclass

from kvalitet.swedish import amount, number

__all__ = ["NOUNS", "Noun", "Numbers", "amount", "capitalize", "count", "listing", "percent", "style"]


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


@dataclass(frozen=True, slots=True)
class Numbers:
    """The number style of one sentence: figures (`digits`) or words up to twelve."""

    digits: bool

    def amount(self, n: int, *, neuter: bool = False) -> str:
        """A number alone: "ingen" ("inget"), then "en"/"två" in words, "1"/"2" in figures."""
        if n == 0 or not self.digits:
            return amount(n, neuter=neuter)
        return number(n)

    def count(self, n: int, noun: Noun) -> str:
        """`n` of `noun`: "inga avvikelser", "en avvikelse" or "1 avvikelse", "93 avvikelser"."""
        if n == 0:
            return f"inga {noun.plural}"
        if not self.digits:
            return count(n, noun)
        return f"{number(n)} {noun.singular if n == 1 else noun.plural}"


def style(*numbers: float | None, compare: bool = False) -> Numbers:
    """The style of a sentence with `numbers` (None: a hidden count, ignored): figures when it
    compares, or when a number is above twelve or not whole."""
    shown = [n for n in numbers if n is not None]
    return Numbers(compare or any(n > 12 or n != int(n) for n in shown))


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
