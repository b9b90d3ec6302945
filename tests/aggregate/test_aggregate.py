"""`aggregate` as a whole: on the demo records, against the open-data schema, and consistent with itself."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from kvalitet.aggregate import Aggregates, Table, aggregate
from kvalitet.aggregate.context import slug
from kvalitet.records.cases import GROUPS, to_cases
from kvalitet.records.reference import load_reference
from kvalitet.records.validate import validate
from tests.aggregate.helpers import row_sums, values
from tests.helpers import REPO

# The demo records


@cache
def demo(as_of: dt.date) -> Aggregates:
    outcome = validate([REPO / "records"])
    reference, _ = load_reference(REPO / "records")
    assert reference is not None
    return aggregate(to_cases(outcome.records), reference, as_of=as_of)


AS_OF = (dt.date(2026, 10, 31), dt.date(2025, 12, 31), dt.date(2024, 6, 15))


@pytest.fixture(params=AS_OF, ids=[day.isoformat() for day in AS_OF])
def result(request: pytest.FixtureRequest) -> Aggregates:
    day: dt.date = request.param
    return demo(day)


def test_the_json_matches_its_schema(result: Aggregates) -> None:
    schema = json.loads((REPO / "schemas" / "aggregat.schema.json").read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    for internal in (False, True):
        errors = [error.message for error in validator.iter_errors(result.to_json(internal=internal))]
        assert errors == []


def test_the_public_json_names_no_case() -> None:
    result = demo(AS_OF[0])
    public = json.dumps(result.to_json(), ensure_ascii=False)
    assert not re.search(r"[A-Z]{3}-\d{4}-\d{4}", public)
    assert '"internal"' not in public
    internal = result.to_json(internal=True)
    groups: list[Any] = internal["groups"]  # type: ignore[assignment]
    assert any(group["internal"]["longest_open"] for group in groups)


def test_table_ids_are_unique_and_plain(result: Aggregates) -> None:
    ids = [table.id for table in result.tables()] + [group.monthly.id for group in result.groups]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", id) for id in ids)


def test_the_same_input_gives_the_same_json_in_any_order() -> None:
    outcome = validate([REPO / "records"])
    reference, _ = load_reference(REPO / "records")
    assert reference is not None
    cases = to_cases(outcome.records)
    random.Random(7).shuffle(cases)
    again = aggregate(cases, reference, as_of=AS_OF[0])
    assert json.dumps(again.to_json(internal=True)) == json.dumps(demo(AS_OF[0]).to_json(internal=True))


def test_every_table_has_one_value_per_column(result: Aggregates) -> None:
    for table in result.tables():
        for row in (*table.rows, *([table.total] if table.total else [])):
            assert len(row.values) == len(table.columns), table.id
        assert table.unit in ("antal", "dagar", "procent", "per-volym")


def test_the_numbers_agree_with_each_other(result: Aggregates) -> None:
    overview_counts = result.overview.tables[0]
    for group in result.groups:
        counts = [int(value or 0) for value in group.counts.rows[0].values]
        assert list(values(overview_counts, group.group)) == counts
        for table in (group.units, group.departments, group.status, group.gender, *group.specific):
            if "riskmatris" in table.id:
                continue
            assert table.total is not None
            if table.id in ("lex-sarah-ivo-beslut-per-ar", "lex-sarah-ivo-komplettering-per-ar"):
                assert table.total.values == values(group.table("lex-sarah-ivo-per-ar"), "anmäld")
                assert row_sums(table) == list(table.total.values)
                continue
            assert list(table.total.values) == counts, table.id
            if any(value is None for row in table.rows for value in row.values):
                _check_suppressed(table, counts)
            elif not table.id.endswith("-skal-per-ar"):
                assert row_sums(table) == counts, table.id
        if group.categories is not None:
            assert group.categories.total is not None
            assert list(group.categories.total.values) == counts
            assert all(
                marks >= count for marks, count in zip(row_sums(group.categories), counts, strict=True)
            )
        if any(value is None for row in group.units.rows for value in row.values):
            continue  # hidden: the units do not add up to what is shown
        unit_sums = [0] * len(result.years)
        for unit in result.units:
            for index, value in enumerate(values(unit.table, group.group)):
                unit_sums[index] += int(value or 0)
        assert unit_sums == [
            count - int(value or 0)
            for count, value in zip(counts, _maybe(group.units, "ej_riktat", len(counts)), strict=True)
        ]


def _check_suppressed(table: Table, counts: list[int]) -> None:
    """Shown cells never exceed the total, and a column with hidden cells hides at least two."""
    for index, count in enumerate(counts):
        column = [row.values[index] for row in table.rows]
        hidden = sum(value is None for value in column)
        assert hidden != 1
        shown = sum(int(value or 0) for value in column)
        assert shown == count if hidden == 0 else shown <= count


def _maybe(table: Table, key: str, width: int) -> tuple[int | float | None, ...]:
    return next((row.values for row in table.rows if row.key == key), (0,) * width)


def test_the_risk_matrices_add_up(result: Aggregates) -> None:
    for name in ("avvikelse-sol-lss", "avvikelse-hsl", "avvikelse-samverkan"):
        group = result.group(name)
        assessed = values(group.table(f"{slug(name)}-riskvarde-per-ar"), "ej_bedömd")
        counts = group.counts.rows[0].values
        for index, year in enumerate(result.years):
            matrix = group.table(f"{slug(name)}-riskmatris-{year}")
            assert sum(row_sums(matrix)) == int(counts[index] or 0) - int(assessed[index] or 0)
        every = group.table(f"{slug(name)}-riskmatris-alla-ar")
        assert sum(row_sums(every)) == sum(int(c or 0) for c in counts) - sum(int(a or 0) for a in assessed)


def test_the_monthly_series_count_every_case_of_complete_months(result: Aggregates) -> None:
    for group in result.groups:
        series = group.monthly
        assert len(series.points) == len(series.values)
        last = series.last_month
        counts = group.counts.rows[0].values
        shown = sum(int(c or 0) for c in counts[: result.years.index(int(last[:4])) + 1])
        if not last.endswith("-12"):
            continue
        if series.measure == "antal-per-manad":
            assert sum(int(value or 0) for value in series.values) == shown
        else:  # the days between each case and the one before it
            assert len(series.values) == max(shown - 1, 0)


def test_a_full_year_overview_equals_the_year_columns() -> None:
    result = demo(dt.date(2025, 12, 31))
    counts = result.overview.tables[0]
    for item in result.overview.items:
        assert item.year_to_date == values(counts, item.group)[-1]
        assert item.previous_to_date == values(counts, item.group)[-2]


def test_no_case_after_the_cut_off_counts() -> None:
    result = demo(dt.date(2024, 6, 15))
    assert result.years[-1] == 2024
    assert result.group("lex_sarah").monthly.last_month == "2024-05"
    total = result.overview.tables[0].total
    assert total is not None
    outcome = validate([REPO / "records"])
    registered = [case.registered for case in to_cases(outcome.records)]
    assert sum(int(value or 0) for value in total.values) == len(
        [day for day in registered if day <= dt.date(2024, 6, 15)]
    )


def test_nothing_reads_the_clock() -> None:
    package = REPO / "scripts" / "kvalitet" / "aggregate"
    for file in package.glob("*.py"):
        text = file.read_text(encoding="utf-8")
        assert "today(" not in text and "now(" not in text and "time.time" not in text, file.name


def test_no_cases_give_empty_tables(records: Path) -> None:
    reference, _ = load_reference(records)
    assert reference is not None
    result = aggregate([], reference, as_of=dt.date(2024, 12, 31))
    assert result.years == (2024,)
    assert all(group.monthly.points == () and group.monthly.chart is None for group in result.groups)
    assert [group.group for group in result.groups] == list(GROUPS)
