"""Counts per volume: per unit in the last complete year, a missing volume shown as missing, and the
common rate of the units with a volume."""

from __future__ import annotations

from pathlib import Path

import plotly.graph_objects as go  # type: ignore[import-untyped]
import pytest

from kvalitet.render import control_charts, funnel
from tests.aggregate.helpers import run, write

VOLUMES = """volymer:
  - enhet: vuxna
    år: 2024
    årsarbetare: 20
  - enhet: barn-och-unga-1
    år: 2024
    årsarbetare: 5
  - enhet: vuxna
    år: 2025
    årsarbetare: 21
  - enhet: stöd-och-försörjning
    år: 2024
    årsarbetare: 8
"""


def _records(records: Path) -> None:
    (records / "volymer.yaml").write_text(VOLUMES, encoding="utf-8")
    for number in range(2, 6):  # four more at vuxna in 2024; the base case is at barn-och-unga-1
        write(records, "avvikelse", number, f"2024-0{number}-10")
    write(records, "avvikelse", 6, "2024-06-10", enhet="gruppbostad-linden")
    write(records, "avvikelse", 1, "2025-02-01")


def test_rates_per_unit_in_the_last_complete_year(records: Path) -> None:
    _records(records)
    rates = run(records, "2025-10-31").group("avvikelse-sol-lss").rates
    assert rates is not None and rates.measure == "årsarbetare" and rates.per == 10
    table = rates.table
    assert table.id == "avvikelse-sol-lss-per-volym-2024"  # 2025 is not complete on 31 October
    assert table.title == "Avvikelser enligt SoL och LSS per 10 årsarbetare, per enhet, 2024"
    assert table.columns == ("Antal", "Årsarbetare", "Per 10 årsarbetare")
    rows = {row.key: row.values for row in table.rows}
    assert rows["vuxna"] == (4, 20.0, 2.0)
    assert rows["barn-och-unga-1"] == (1, 5.0, 2.0)
    assert rows["gruppbostad-linden"] == (1, None, None)  # no volume: no rate, never zero
    assert "stöd-och-försörjning" not in rows  # a volume, but never an avvikelse: not that kind of work
    assert table.total is not None and table.total.values == (5, 25.0, 2.0)
    assert rates.centre == pytest.approx(2.0)
    assert "volymer.yaml" in table.notes[0]


def test_no_volumes_no_rates(records: Path) -> None:
    assert run(records, "2024-12-31").group("avvikelse-sol-lss").rates is None


def test_rates_only_for_groups_with_enough_cases(records: Path) -> None:
    _records(records)
    assert run(records, "2025-10-31").group("lex_sarah").rates is None


def test_funnel_limits_narrow_with_size_and_mark_the_units_outside() -> None:
    lower, upper = funnel.limits(2.0, 10, 20.0, funnel.Z_OUTER)
    assert (round(lower, 3), round(upper, 3)) == (0.0, round(2 + 3.09 * (2 * 10 / 20) ** 0.5, 3))
    wide = funnel.limits(2.0, 10, 5.0, funnel.Z_OUTER)
    narrow = funnel.limits(2.0, 10, 500.0, funnel.Z_OUTER)
    assert wide[1] - wide[0] > narrow[1] - narrow[0]


def test_the_funnel_plot_and_its_finding(records: Path) -> None:
    _records(records)
    rates = run(records, "2025-10-31").group("avvikelse-sol-lss").rates
    assert rates is not None
    figure = funnel.funnel_plot(rates)
    units = next(trace for trace in figure["data"] if trace["name"] == "Enhet")
    assert sorted(units["x"]) == [5.0, 20.0]
    go.Figure(figure)  # raises ValueError on any property plotly does not know
    assert funnel.funnel_finding(rates).startswith("Alla enheter ligger inom trattens gränser")


def test_a_units_rates_cover_its_complete_years_only(records: Path) -> None:
    _records(records)
    units = {unit.id: unit for unit in run(records, "2025-10-31").units}
    rates = units["vuxna"].rates
    assert rates is not None
    assert rates.columns == ("2024",)  # 2025 is not over: its count cannot be set against a year's size
    assert [(row.key, row.values) for row in rates.rows] == [
        ("årsarbetare", (20.0,)),
        ("avvikelse-sol-lss", (2.0,)),
    ]
    assert rates.title == "Vuxna: storlek och avvikelser per 10 årsarbetare"
    whole = {unit.id: unit for unit in run(records, "2025-12-31").units}["vuxna"].rates
    assert whole is not None and whole.row("avvikelse-sol-lss").values == (2.0, 0.5)
    assert units["gruppbostad-linden"].rates is None  # no volume in any year


def test_cases_per_volume_and_month_as_a_u_chart(records: Path) -> None:
    _records(records)
    series = run(records, "2025-10-31").group("avvikelse-sol-lss").monthly_rate
    assert series is not None and series.measure == "per-volym"
    assert series.unit_label == "per 10 årsarbetare"
    assert series.chart is not None and series.chart.kind == "u"
    values = dict(zip(series.points, series.values, strict=True))
    # March 2024: one case at Vuxna and the base case at Barn och unga 1, over their 20 + 5 årsarbetare.
    assert values["2024-03"] == pytest.approx(2 / 25 * 10)
    # 2025 has a volume for Vuxna only: its one case in February over its 21 årsarbetare.
    assert values["2025-02"] == pytest.approx(1 / 21 * 10)
    figure = control_charts.control_chart(series)
    assert figure["layout"]["yaxis"]["title"]["text"] == "Per 10 årsarbetare"
    go.Figure(figure)
    assert run(records, "2025-10-31").group("klagomål").monthly_rate is None
