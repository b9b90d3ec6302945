"""The local policy in kvalitet.yaml, read with its defaults."""

from __future__ import annotations

from pathlib import Path

from kvalitet.records.reference import load_reference


def test_delarsrapporter_are_read_from_kvalitet_yaml(records: Path) -> None:
    (records / "kvalitet.yaml").write_text("delårsrapporter: [tertial, kvartal]\n", encoding="utf-8")
    reference, problems = load_reference(records)
    assert problems == [] and reference is not None
    assert reference.policy.interim_reports == ("tertial", "kvartal")


def test_an_empty_list_means_no_delarsrapporter(records: Path) -> None:
    (records / "kvalitet.yaml").write_text("delårsrapporter: []\n", encoding="utf-8")
    reference, _ = load_reference(records)
    assert reference is not None and reference.policy.interim_reports == ()


def test_without_the_key_a_half_year_report(records: Path) -> None:
    (records / "kvalitet.yaml").unlink(missing_ok=True)
    reference, _ = load_reference(records)
    assert reference is not None and reference.policy.interim_reports == ("halvår",)
