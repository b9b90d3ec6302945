"""An archived report read back as cells: every table that can hold a protected cell."""

from __future__ import annotations

from kvalitet.aggregate.archived import archived_model

UNITS = (
    "\ufeffEnhet;Avdelning;2023;2024\r\n"
    "Vuxna;Avdelning vuxna;5;*\r\n"
    "Boendestöd;Avdelning vuxna;3;*\r\n"
    "Hemtjänst Norr;Avdelning vård och omsorg;4;6\r\n"
    "Ej riktat till specifik enhet;;9;7\r\n"
    "Totalt;;21;17\r\n"
)
KON = (
    "\ufeffKön;2023;2024\r\nKvinnor;40;38\r\nMän;28;*\r\nAnnat;*;0\r\nOkänt;*;*\r\nEj angivet;28;*\r\n"
    "Totalt;102;109\r\n"
)
FILES = {
    "data/tabeller/berattelse-2024-klagomal-enheter.csv": UNITS.encode(),
    "data/tabeller/berattelse-2024-avvikelser-hsl-kon.csv": KON.encode(),
    "data/tabeller/berattelse-2024-klagomal-kategorier.csv": b"\xef\xbb\xbfKategori;2024\r\nBemotande;3\r\n",
}
NAMES = {"Vuxna": "vuxna", "Boendestöd": "boendestod", "Hemtjänst Norr": "hemtjanst-norr"}


def test_the_units_tables_are_read_with_todays_unit_keys() -> None:
    model, hidden = archived_model(FILES, NAMES)
    assert model.values[("klagomal-enheter-per-ar", "vuxna", "2023")] == 5
    assert model.values[("klagomal-enheter-per-ar", "ej_riktat", "2024")] == 7
    assert sorted(hidden) == [
        ("avvikelse-hsl-kon-per-ar", "annat_okant_ej_angivet", "2024"),
        ("avvikelse-hsl-kon-per-ar", "man", "2024"),
        ("klagomal-enheter-per-ar", "boendestod", "2024"),
        ("klagomal-enheter-per-ar", "vuxna", "2024"),
    ]
    # An avdelning whose units are all shown is known; one with a hidden unit is not.
    assert model.values[("klagomal-avdelningar-per-ar", "avdelning-vuxna", "2023")] == 8
    assert ("klagomal-avdelningar-per-ar", "avdelning-vuxna", "2024") not in model.values
    # The units of a kind that does not count people are not sensitive; kön cells are.
    assert ("klagomal-enheter-per-ar", "vuxna", "2024") not in model.sensitive
    assert ("avvikelse-hsl-kon-per-ar", "man", "2024") in model.sensitive


def test_a_rest_hidden_in_parts_but_alone_in_its_column_is_known() -> None:
    # 2023: annat and okänt are hidden, but kvinnor, män and ej angivet are shown: the merged rest
    # is 102 − 40 − 28 = 34 for anyone to compute, so it is a shown cell, not a hidden one.
    model, hidden = archived_model(FILES, NAMES)
    key = ("avvikelse-hsl-kon-per-ar", "annat_okant_ej_angivet", "2023")
    assert model.values[key] == 34
    assert key not in hidden and key not in model.unknown


def test_no_other_table_is_read() -> None:
    model, _ = archived_model(FILES, NAMES)
    assert {key[0] for key in model.values} == {
        "klagomal-enheter-per-ar",
        "klagomal-avdelningar-per-ar",
        "avvikelse-hsl-kon-per-ar",
    }
