"""Shared pieces: ids from Swedish names, percentages, and the note on an incomplete year."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kvalitet.aggregate.context import Context, group_label, percent, slug, typ_of
from tests.aggregate.helpers import load


def test_slug() -> None:
    assert slug("klagomål") == "klagomal"
    assert slug("ej_verkställt_beslut") == "ej-verkstallt-beslut"
    assert slug("Avdelning stöd och försörjning") == "avdelning-stod-och-forsorjning"
    assert slug("  Å--é ü ") == "a-e-u"


def test_group_names_and_typ() -> None:
    assert group_label("avvikelse-sol-lss") == "Avvikelser enligt SoL och LSS"
    assert group_label("klagomål") == "Klagomål"
    assert typ_of("avvikelse-hsl") == "avvikelse"
    assert typ_of("lex_sarah") == "lex_sarah"


def test_percent_has_one_decimal() -> None:
    assert percent(7, 11) == 63.6
    assert percent(1, 3) == 33.3
    assert percent(2, 2) == 100.0
    assert percent(0, 0) is None


def test_the_last_year_is_noted_when_incomplete(records: Path) -> None:
    _, reference = load(records)
    context = Context(reference, reference.policy, dt.date(2024, 10, 31), (2023, 2024), {})
    assert context.year_notes() == ("Siffrorna för 2024 gäller från 1 januari till och med 31 oktober 2024.",)
    complete = Context(reference, reference.policy, dt.date(2024, 12, 31), (2023, 2024), {})
    assert complete.year_notes() == ()
    assert complete.columns == ("2023", "2024")
    assert complete.unit_name(None) == "Ej riktat till specifik enhet"
    assert complete.unit_name("vuxna") == "Vuxna"
