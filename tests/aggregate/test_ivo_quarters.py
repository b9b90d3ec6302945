"""Ej verkställda beslut per quarter, as reported to IVO: the quarters a decision is counted in, its
law, insats, waiting time and state at the quarter's end, and small counts hidden like a unit's."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from kvalitet.aggregate.ivo_quarters import quarters_shown
from kvalitet.records.decision_dates import Quarter
from tests.aggregate.helpers import load, run, values, write

TABLE = "ej-verkstallt-beslut-{}-per-kvartal"
COLUMNS = ("kv. 1 2024", "kv. 2 2024", "kv. 3 2024", "kv. 4 2024")


def _decisions(records: Path) -> None:
    # tests/cases/base has EVB-2024-0001: LSS, beslut 2023-12-20 (three months 2024-03-20),
    # verkställd 2024-09-15: reported for 2024-Q1, Q2 and Q3.
    write(  # LSS, three months 2024-04-15, still waiting: Q2, Q3, Q4
        records,
        "ej_verkställt_beslut",
        2,
        "2024-04-20",
        lagrum="LSS",
        insats="daglig-verksamhet",
        beslutsdatum="2024-01-15",
        status="åtgärder_pågår",
    )
    write(  # SoL, three months 2024-05-01, verkställd 2024-08-10: Q2, Q3
        records,
        "ej_verkställt_beslut",
        3,
        "2024-05-02",
        beslutsdatum="2024-02-01",
        verkställd="2024-08-10",
        avslutad="2024-08-10",
    )
    write(  # an avbrott 2024-07-01, three months 2024-10-01, closed 2024-11-20 without resuming: Q4
        records,
        "ej_verkställt_beslut",
        4,
        "2024-10-03",
        lagrum="LSS",
        insats="daglig-verksamhet",
        beslutsdatum="2023-05-01",
        avbrott="2024-07-01",
        avslutad="2024-11-20",
    )


def test_the_last_four_closed_quarters_are_shown() -> None:
    assert quarters_shown(dt.date(2025, 1, 15)) == tuple(Quarter(2024, n) for n in (1, 2, 3, 4))
    assert quarters_shown(dt.date(2024, 12, 31))[-1] == Quarter(2024, 3)  # Q4 ends that day
    assert quarters_shown(dt.date(2025, 1, 1))[-1] == Quarter(2024, 4)


def test_each_quarter_counts_the_decisions_due_for_it(records: Path) -> None:
    _decisions(records)
    _, reference = load(records)
    policy = dataclasses.replace(reference.policy, min_cell=1)
    group = run(records, "2025-01-15", policy).group("ej_verkställt_beslut")
    law = group.table(TABLE.format("lagrum"))
    assert law.columns == COLUMNS
    assert values(law, "SoL") == (0, 1, 1, 0)
    assert values(law, "LSS") == (1, 2, 2, 2)
    assert values(law, "totalt") == (1, 3, 3, 2)
    insats = group.table(TABLE.format("insats"))
    assert [row.label for row in insats.rows] == ["Kontaktfamilj (SoL)", "Daglig verksamhet (LSS)"]
    assert values(insats, "daglig-verksamhet") == (1, 2, 2, 2)
    waiting = group.table(TABLE.format("vantetid"))
    # EVB-1: 3–6 in Q1, 6–12 from Q2 (six months 2024-06-20); EVB-2: 3–6 in Q2 (six months 07-15);
    # EVB-3: 3–6 in Q2, 6–12 in Q3 (verkställd 08-10, six months 08-01); EVB-4: 3–6 (avbrott 07-01).
    assert values(waiting, "3_6_månader") == (1, 2, 0, 1)
    assert values(waiting, "6_12_månader") == (0, 1, 3, 1)
    assert values(waiting, "över_12_månader") == (0, 0, 0, 0)
    state = group.table(TABLE.format("lage"))
    assert values(state, "väntar") == (1, 3, 1, 1)
    assert values(state, "verkställt") == (0, 0, 2, 0)
    assert values(state, "avslutat_utan_verkställighet") == (0, 0, 0, 1)
    assert state.row("avslutat_utan_verkställighet").label == "Avslutat utan att verkställas"


def test_small_counts_are_hidden_for_a_kind_that_counts_people(records: Path) -> None:
    _decisions(records)
    _, reference = load(records)
    assert "ej_verkställt_beslut" in reference.policy.counts_people and reference.policy.min_cell > 3
    group = run(records, "2025-01-15").group("ej_verkställt_beslut")
    law = group.table(TABLE.format("lagrum"))
    assert values(law, "totalt") == (1, 3, 3, 2)  # the quarter's count is published, as a year's is
    # Every count from 1 to 4 is hidden, and so is a 0 beside a hidden 1 (else the 1 could be computed).
    assert values(law, "SoL") == (None, None, None, None)
    assert values(law, "LSS") == (None, None, None, None)
    for table in group.quarters:
        for row in table.rows:
            assert all(value in (None, 0) for value in row.values), (table.id, row.key)


def test_no_quarter_tables_before_a_quarter_has_ended(records: Path) -> None:
    group = run(records, "2024-03-30").group("ej_verkställt_beslut")
    assert group.quarters == ()
    assert all(group.quarters == () for group in run(records, "2025-01-15").groups[:-1])
