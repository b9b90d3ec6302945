"""Faker's sv_SE locale (and Mimesis' Swedish surnames) as an independent source of identifiers for the
guard's recall benchmark: run in `.venv-oracle`, never in `.venv`.

    .venv-oracle/bin/python tests/bench/oracle_faker.py COUNT SEED

Prints one JSON object of lists, each COUNT long: what Faker draws (names weighted by how common they
are, as Faker's sv_SE lists are), and the raw parts of personnummer (a date of birth and a serial),
which the benchmark assembles in all the ways people type them. Faker's own `ssn()` counts ages from
today, so the dates are drawn between two fixed days instead: the same seed gives the same samples.
"""

from __future__ import annotations

import datetime as dt
import json
import sys

from faker import Faker  # type: ignore[import-not-found, unused-ignore]
from mimesis import Person  # type: ignore[import-not-found, unused-ignore]
from mimesis.locales import Locale  # type: ignore[import-not-found, unused-ignore]


def draw(count: int, seed: int) -> dict[str, list[str]]:
    fake = Faker("sv_SE")
    fake.seed_instance(seed)
    person = Person(Locale.SV, seed=seed)
    first, last = dt.date(1920, 1, 1), dt.date(2025, 12, 31)
    return {
        "first_names": [fake.first_name() for _ in range(count)],
        "last_names": [fake.last_name() for _ in range(count)],
        "full_names": [fake.name() for _ in range(count)],
        "birth_dates": [f"{fake.date_between(first, last):%Y%m%d}" for _ in range(count)],
        "serials": [f"{fake.random_int(0, 999):03}" for _ in range(count)],
        "phones": [fake.phone_number() for _ in range(count)],
        "subscriber_digits": [fake.numerify("#######") for _ in range(count)],
        "emails": [fake.email() for _ in range(count)],
        "street_addresses": [fake.street_address() for _ in range(count)],
        "postal_towns": [f"{fake.postcode()} {fake.city()}" for _ in range(count)],
        "mimesis_surnames": [person.last_name() for _ in range(count)],
    }


if __name__ == "__main__":
    json.dump(draw(int(sys.argv[1]), int(sys.argv[2])), sys.stdout, ensure_ascii=False)
