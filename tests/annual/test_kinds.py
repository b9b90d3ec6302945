"""The report's sentences on one kind (annual/kinds.py): the risk sentence under a dated riskgräns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kvalitet.annual import kinds
from kvalitet.records.dated import describe
from kvalitet.swedish import long_date
from tests.aggregate.helpers import run, write

DATED_LIMIT = "riskgräns:\n  - värde: 8\n    till: 2024-06-30\n  - värde: 6\n    från: 2024-07-01\n"


def test_a_year_with_two_limits_counts_each_case_against_its_own(records: Path) -> None:
    (records / "kvalitet.yaml").write_text(DATED_LIMIT, encoding="utf-8")
    risk = {"allvarlighetsgrad": 2, "sannolikhet": 4}
    write(records, "avvikelse", 2, "2024-06-30", risk=risk)
    write(records, "avvikelse", 3, "2024-07-01", risk=risk, utredning={"påbörjad": "2024-07-02"})
    aggregates = run(records, "2024-12-31")
    assert aggregates.risk_limits is not None
    assert aggregates.risk_limit_changes(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    year = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    limits = describe(aggregates.risk_limits.between(*year), long_date)
    group = aggregates.group("avvikelse-sol-lss")
    assert kinds.risk(group, "2024", 3, aggregates.risk_limit, limits) == (
        "Av de 3 riskbedömda avvikelserna hade 2 ett riskvärde över den riskgräns som gällde när de "
        "registrerades (8 till och med 30 juni 2024 och 6 från och med 1 juli 2024), vilket enligt rutinen "
        "kräver en närmare utredning."
    )


def test_one_limit_all_year_keeps_the_plain_sentence(records: Path) -> None:
    aggregates = run(records, "2024-12-31")
    assert not aggregates.risk_limit_changes(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    group = aggregates.group("avvikelse-sol-lss")
    assert "över 8" in kinds.risk(group, "2024", 1, aggregates.risk_limit)
