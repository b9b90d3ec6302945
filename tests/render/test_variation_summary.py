"""The Översikt's summary of the control charts: a symbol and words that say what the verdict says."""

from __future__ import annotations

from kvalitet.render.variation_summary import SYMBOLS, variation_words
from tests.aggregate.spc_helpers import counts_series, days_series


def test_each_kind_of_verdict_has_its_symbol_and_words() -> None:
    assert variation_words(counts_series([10, 14] * 12)) == ("common", "kv-common", "Vanlig variation")
    worse = counts_series([14, 10] * 9 + [20] * 9, freeze=18, direction="hogre-samre")
    assert variation_words(worse) == ("high", "kv-concern", "Högre än vanligt, en försämring")
    month = counts_series([10, 14] * 11 + [30, 14])
    assert variation_words(month) == ("high", "kv-neutral", "November 2024: högre än vanligt")
    earlier = counts_series([12, 16] * 3 + [24] * 10 + [10, 18] * 6)
    assert variation_words(earlier) == ("change", "kv-neutral", "Förändring tidigare, nu vanlig variation")
    assert variation_words(days_series([20] * 5)) == ("none", "kv-none", "För få ärenden för en bedömning")
    assert set(SYMBOLS) == {"high", "low", "common", "change", "none"}
