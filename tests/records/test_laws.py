"""The law in force on a case's date, and the provisions texts cite (records/laws.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kvalitet.records.laws import describe_provisions, law_code, law_in_force, provisions
from kvalitet.records.reference import load_reference

LAWS = """lagar:
  SoL:
    - namn: Socialtjänstlagen (2001:453)
      till: 2025-06-30
      bestämmelser:
        lex_sarah: 14 kap. 2–7 §§
    - namn: Socialtjänstlagen (2025:400)
      från: 2025-07-01
      att_kontrollera: [lex_sarah]
  LSS:
    - namn: Lag (1993:387) om stöd och service till vissa funktionshindrade
      bestämmelser:
        ej_verkställt_beslut: 28 f–h §§
"""


def test_each_code_resolves_to_the_name_in_force_on_the_day(records: Path) -> None:
    (records / "kvalitet.yaml").write_text(LAWS, encoding="utf-8")
    reference, problems = load_reference(records)
    assert problems == [] and reference is not None
    policy = reference.policy
    before = law_in_force(policy, "SoL", dt.date(2025, 6, 30))
    after = law_in_force(policy, "SoL", dt.date(2025, 7, 1))
    assert before is not None and before.name == "Socialtjänstlagen (2001:453)"
    assert after is not None and after.name == "Socialtjänstlagen (2025:400)"
    assert law_in_force(policy, "HSL", dt.date(2025, 7, 1)) is None
    assert law_code({"typ": "avvikelse", "lagrum": "LSS"}) == ("LSS", True)
    assert law_code({"typ": "lex_sarah"}) == ("SoL", False)
    assert law_code({"typ": "klagomål"}) == (None, False)


def test_provisions_come_from_the_configuration_with_their_periods(records: Path) -> None:
    (records / "kvalitet.yaml").write_text(LAWS, encoding="utf-8")
    reference, _ = load_reference(records)
    assert reference is not None
    found = provisions(reference.policy, "lex_sarah", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert describe_provisions(found) == (
        "14 kap. 2–7 §§ socialtjänstlagen (2001:453) till och med 2025-06-30; "
        "socialtjänstlagen (2025:400) från och med 2025-07-01 "
        "(kapitel och paragraf är ännu inte kontrollerade)"
    )
    only_new = provisions(reference.policy, "lex_sarah", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert [item.law.name for item in only_new] == ["Socialtjänstlagen (2025:400)"]
    decisions = provisions(
        reference.policy, "ej_verkställt_beslut", dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    )
    assert describe_provisions(decisions) == (
        "28 f–h §§ lag (1993:387) om stöd och service till vissa funktionshindrade"
    )
