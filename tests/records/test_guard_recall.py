"""The guard's recall on identifiers from an independent source, and its false alarms on report prose.

The measurement is `tests/bench/guard_recall.py` (run it by hand for the full figures); here it runs
on a few hundred seeded samples from Faker and Mimesis in `.venv-oracle`, and every goal of
`GOALS` must hold, so that recall cannot regress unnoticed.
"""

from __future__ import annotations

import re

import pytest

from tests.bench import guard_recall
from tests.bench.guard_recall import FALSE_ALARMS_ALLOWED, GOALS, Case, found, measure, prose_sentences

SAMPLES = 300
SEED = 2026


@pytest.fixture(scope="module")
def result() -> guard_recall.Result:
    if not guard_recall.ORACLE_PYTHON.exists():
        pytest.fail(
            f"Orakelmiljön saknas ({guard_recall.ORACLE_PYTHON}). Skapa den i repots rot med:\n"
            f"  {guard_recall.ORACLE_SETUP}",
            pytrace=False,
        )
    return measure(SAMPLES, SEED)


@pytest.mark.parametrize("group", list(GOALS))
def test_recall_reaches_the_goal(result: guard_recall.Result, group: str) -> None:
    categories = [c for c in result.recall if c.startswith(group)]
    assert categories, group
    misses = {c: result.recall[c] for c in categories if result.rate(c) < GOALS[group]}
    assert result.group_rate(group) >= GOALS[group], misses


def test_every_personnummer_form_is_found(result: guard_recall.Result) -> None:
    """100 % for every separator, line break, check digit and form on its own, not only on average."""
    numbers = {c: v for c, v in result.recall.items() if c.startswith("personnummer")}
    assert len(numbers) >= 18
    assert {c: v for c, v in numbers.items() if v[0] < v[1]} == {}


def test_phone_forms_each_reach_the_goal(result: guard_recall.Result) -> None:
    phones = [c for c in result.recall if c.startswith("telefon, mobil")]
    assert len(phones) >= 10
    assert {c: result.recall[c] for c in phones if result.rate(c) < GOALS["telefon"]} == {}


def test_false_alarms_on_report_prose(result: guard_recall.Result) -> None:
    sentences = prose_sentences()
    flagged = [sentences[i] for i in result.alarms]
    assert result.false_alarm_rate <= FALSE_ALARMS_ALLOWED, flagged


def test_prose_corpus_has_what_must_pass() -> None:
    text = "\n".join(sentences := prose_sentences())
    assert len(sentences) >= 200
    for needed in (
        r"[Ll]ex-Sarah", r"lex Sarah-", r"[Ll]ex Maja", r"Särskilt boende [A-ZÅÄÖ]", r"Kontaktcenter",
        r"SOSFS 2011:9", r"\d+ kap\. \d+ §", r"\(2001:453\)", r"\d{4}-\d{2}-\d{2}", r"\d+ mars \d{4}",
        r"SN \d{4}/\d+", r"\d{4}-\d{6}", r"kl\. \d{2}\.\d{2}", r"\d+ ?%", r"\d+ procent", r"kommun",
    ):  # fmt: skip
        assert re.search(needed, text), needed


def test_a_miss_counts_as_a_miss() -> None:
    text = "Samtal med brukaren om insatsen."
    assert not found(Case(text, 11, 19, frozenset({"namn"})))
    pnr = "Nummer 850312-1234."
    assert found(Case(pnr, 7, 18, frozenset({"personnummer"}), whole=True))
    assert not found(Case(pnr, 0, 18, frozenset({"personnummer"}), whole=True))  # not covered whole
    assert not found(Case(pnr, 7, 18, frozenset({"telefon"})))  # the wrong kind
