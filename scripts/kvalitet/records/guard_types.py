"""What the guard's finders share: the kinds of finding, a candidate span, the letters of a word."""

from __future__ import annotations

from typing import Literal

Kind = Literal["personnummer", "samordningsnummer", "telefon", "epost", "adress", "namn"]
Span = tuple[Kind, int, int]
"""A candidate finding: kind, start and end (code points) in the text."""

# Letters (NFC): Latin-1 plus the Latin Extended-A letters common in names.
UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŤŪŮŰŹŻŽ"
LO = "a-zß-öø-ÿāăąćčďđēėęěğīıłńňōőœřśşšťūůűźżž"
