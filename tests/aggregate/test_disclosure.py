"""One suppression decision per cell for everything published together (the ledger), and an archived
report's hidden cells kept."""

from __future__ import annotations

from kvalitet.aggregate.archived import archived_model
from kvalitet.aggregate.cells import Key, Line, Model
from kvalitet.aggregate.disclosure import Ledger, protect, published

TABLE = "synpunkt-kon-per-ar"


def _kon(values: dict[str, int]) -> Model:
    """A kön table of one year: kvinna, man and the merged rest, adding up to their sum."""
    model = Model()
    keys = []
    for row, value in values.items():
        key = (TABLE, row, "2024")
        model.add(key, value, True)
        keys.append(key)
    model.lines.append(Line(tuple(keys), None, sum(values.values())))
    return model


def _hidden(hidden: set[Key]) -> list[str]:
    return sorted(row for _, row, _ in hidden)


def test_the_issues_example_across_two_versions() -> None:
    # 25;*;0;*;22 of 69 in one version and 25;21;0;*;* of 67 in the other gave okänt = 1.
    ledger = Ledger()
    seen: dict[str, set[Key]] = {}

    def publish() -> None:
        seen["senaste"] = protect(_kon({"kvinna": 25, "man": 21, "annat_okant_ej_angivet": 23}), 5)
        seen["2025"] = protect(_kon({"kvinna": 25, "man": 19, "annat_okant_ej_angivet": 23}), 5)

    ledger.settle(publish)
    # Nothing under 5 once the rest is merged: nothing is hidden, in either version.
    assert seen == {"senaste": set(), "2025": set()}


def test_a_cell_hidden_in_one_version_is_hidden_in_the_other() -> None:
    ledger = Ledger()
    seen: dict[str, set[Key]] = {}

    def publish() -> None:
        seen["senaste"] = protect(_kon({"kvinna": 18, "man": 20, "annat_okant_ej_angivet": 5}), 5)
        seen["2025"] = protect(_kon({"kvinna": 25, "man": 20, "annat_okant_ej_angivet": 4}), 5)

    ledger.settle(publish)
    # 2025 hides the rest (4) and man (20, the cheaper); senaste, where nothing is small, must hide
    # man too (the same 20), and then its cheapest other cell, the rest (5), not kvinna (18).
    assert _hidden(seen["2025"]) == ["annat_okant_ej_angivet", "man"]
    assert _hidden(seen["senaste"]) == ["annat_okant_ej_angivet", "man"]


def test_another_value_is_another_number_and_stays_shown() -> None:
    ledger = Ledger()
    seen: dict[str, set[Key]] = {}

    def publish() -> None:
        seen["senaste"] = protect(_kon({"kvinna": 25, "man": 21, "annat_okant_ej_angivet": 5}), 5)
        seen["2025"] = protect(_kon({"kvinna": 25, "man": 20, "annat_okant_ej_angivet": 4}), 5)

    ledger.settle(publish)
    # Man and the rest changed between the versions: senaste's 21 and 5 say nothing of 2025's 20
    # and 4 (whose sum, 24, its own total gives anyway), so senaste hides nothing.
    assert _hidden(seen["2025"]) == ["annat_okant_ej_angivet", "man"]
    assert seen["senaste"] == set()


def test_the_cheapest_cell_is_hidden_not_the_first() -> None:
    # Kvinna 3 is small; of man (40), the rest (2, small too) and so on, nothing more is needed: the
    # two small ones protect each other. With the rest 0, the 0 is the cheapest complement.
    assert _hidden(protect(_kon({"kvinna": 3, "man": 40, "annat_okant_ej_angivet": 2}), 5)) == [
        "annat_okant_ej_angivet",
        "kvinna",
    ]
    assert _hidden(protect(_kon({"kvinna": 3, "man": 40, "annat_okant_ej_angivet": 0}), 5)) == [
        "annat_okant_ej_angivet",
        "kvinna",
    ]
    assert _hidden(protect(_kon({"kvinna": 30, "man": 3, "annat_okant_ej_angivet": 9}), 5)) == [
        "annat_okant_ej_angivet",
        "man",
    ]


ARCHIVE = {
    "data/tabeller/berattelse-2024-synpunkter-kon.csv": (
        "\ufeffKön;2024\r\nKvinnor;25\r\nMän;*\r\nAnnat;0\r\nOkänt;*\r\nEj angivet;22\r\nTotalt;69\r\n"
    ).encode(),
    "data/tabeller/berattelse-2024-synpunkter-kategorier.csv": b"\xef\xbb\xbfKategori;2024\r\n",
}


def test_an_archived_reports_hidden_cells_stay_hidden() -> None:
    model, hidden = archived_model(ARCHIVE)
    assert _hidden(hidden) == ["annat_okant_ej_angivet", "man"]  # okänt hidden: the merged row is
    assert model.values[(TABLE, "kvinna", "2024")] == 25
    ledger = Ledger()
    seen: dict[str, set[Key]] = {}

    def publish() -> None:
        published(model, hidden, 5)
        seen["senaste"] = protect(_kon({"kvinna": 25, "man": 21, "annat_okant_ej_angivet": 23}), 5)

    ledger.settle(publish)
    # Today's table would show everything; the archive hid man and okänt, so they stay hidden.
    assert _hidden(seen["senaste"]) == ["annat_okant_ej_angivet", "man"]


def test_what_cannot_be_protected_is_counted_for_a_warning() -> None:
    # x + y, y + z and x + z, each hidden in its own publication: every cell can be computed, and
    # no other cell is left to hide.
    def pair(a: str, b: str) -> Model:
        model = Model()
        for row in (a, b):
            model.add((TABLE, row, "2024"), 2, True)
        model.lines.append(Line(((TABLE, a, "2024"), (TABLE, b, "2024")), None, 4))
        return model

    def publish() -> None:
        for a, b in (("x", "y"), ("y", "z"), ("x", "z")):
            protect(pair(a, b), 5)

    ledger = Ledger()
    ledger.settle(publish)
    assert ledger.unprotected == 3
    # Where they are, never their values.
    assert ledger.warning() == (
        "Varning: 3 små tal går inte att dölja så att de inte kan räknas ut ur det som publiceras "
        "tillsammans, för den som gissar rätt vilka tal som inte har ändrats mellan versioner och "
        "rapporter: synpunkt-kon-per-ar.csv, raden x, 2024; synpunkt-kon-per-ar.csv, raden y, 2024; "
        "synpunkt-kon-per-ar.csv, raden z, 2024. Publicera inte webbplatsen ännu. Oftast beror det på "
        "att en fastställd berättelse redan visar talet, eller på att bara en enhet har ärenden av ett "
        "slag under ett år. Visa den här listan för den som underhåller verktyget."
    )
