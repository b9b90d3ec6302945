"""Poisson draws from a seeded ``random.Random``, in pure Python, so a seed gives the same counts.

Small means use Knuth's multiplication method; from ``_PTRS_FROM`` on, Hörmann's transformed
rejection with squeeze (PTRS, 1993), which needs about 1.3 pairs of uniforms whatever the mean.
"""

from __future__ import annotations

import math
import random

_PTRS_FROM = 10.0


def poisson(rng: random.Random, mean: float) -> int:
    """A count drawn from the Poisson distribution with ``mean``."""
    if mean < 0 or not math.isfinite(mean):
        raise ValueError(f"ett Poissonmedelvärde måste vara ändligt och minst 0, inte {mean}")
    if mean < _PTRS_FROM:
        return _knuth(rng, mean)
    return _ptrs(rng, mean)


def _knuth(rng: random.Random, mean: float) -> int:
    limit = math.exp(-mean)
    count = 0
    product = rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _ptrs(rng: random.Random, mean: float) -> int:
    root = math.sqrt(mean)
    log_mean = math.log(mean)
    b = 0.931 + 2.53 * root
    a = -0.059 + 0.02483 * b
    log_alpha = math.log(1.1239 + 1.1328 / (b - 3.4))
    v_r = 0.9277 - 3.6224 / (b - 2)
    while True:
        u = rng.random() - 0.5
        v = 1.0 - rng.random()  # in (0, 1], so its logarithm exists
        us = 0.5 - abs(u)
        if us <= 0.0:
            continue
        count = math.floor((2 * a / us + b) * u + mean + 0.43)
        if us >= 0.07 and v <= v_r:
            return count
        if count < 0 or (us < 0.013 and v > us):
            continue
        accept = -mean + count * log_mean - math.lgamma(count + 1)
        if math.log(v) + log_alpha - math.log(a / (us * us) + b) <= accept:
            return count
