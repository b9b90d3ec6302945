"""argparse in Swedish: its own words (usage, errors, help headings) translated.

argparse looks its texts up through gettext at the moment it uses them, so replacing its `_` and
`ngettext` makes every one of them Swedish; texts not listed here stay as they are.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

from kvalitet.messages import say

WORDS: dict[str, str] = {
    "usage: ": "användning: ",
    "positional arguments": "argument",
    "options": "val",
    "show this help message and exit": "visa den här hjälpen och avsluta",
    "the following arguments are required: %s": "de här argumenten saknas: %s",
    "unrecognized arguments: %s": "okända argument: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ogiltigt val: %(value)r (välj bland %(choices)s)",
    "expected one argument": "ett värde behövs",
    "expected at least one argument": "minst ett värde behövs",
    "expected at most one argument": "högst ett värde får anges",
    "invalid %(type)s value: %(value)r": "ogiltigt värde: %(value)r",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydigt val: %(option)s kan vara %(matches)s",
    "one of the arguments %s is required": "ett av argumenten %s behövs",
    "not allowed with argument %s": "går inte tillsammans med %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fel: %(message)s\n",
}


def _translate(text: str) -> str:
    return WORDS.get(text, text)


def _ntranslate(singular: str, plural: str, n: int) -> str:
    return _translate(singular if n == 1 else plural)


argparse._ = _translate  # type: ignore[attr-defined]
argparse.ngettext = _ntranslate  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that ends a wrong call with a Swedish hint and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage()
        self.exit(2, f"{self.prog}: fel: {message}\n{say('cli-see-help', prog=self.prog)}\n")
