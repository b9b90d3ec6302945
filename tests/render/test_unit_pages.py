from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

from kvalitet.aggregate.context import SAME_PERIOD
from kvalitet.aggregate.model import Row, Table
from kvalitet.aggregate.results import UnitAggregates
from kvalitet.render.findings import count_finding
from kvalitet.render.tables import table_csv, table_html
from kvalitet.render.unit_pages import absent_columns, for_chart, mark_absent, unit_years


def unit(start: dt.date | None = None, end: dt.date | None = None) -> UnitAggregates:
    table = Table(
        id="enhet-x-per-ar",
        title="X: ärenden per år",
        row_heading="Ärendetyp",
        columns=("2021", "2022", "2023", "2024"),
        rows=(Row("klagomål", "Klagomål", (0, 0, 2, 3)), Row("lex_maja", "Lex Maja", (0, 0, 0, 0))),
        total=Row("totalt", "Totalt", (0, 0, 2, 3)),
    )
    return UnitAggregates(id="x", name="X", department="", start=start, end=end, table=table)


def test_years_wholly_before_the_start_or_after_the_end_are_absent() -> None:
    assert absent_columns(unit(), ("2021", "2022")) == frozenset()
    assert absent_columns(unit(dt.date(2023, 3, 1)), ("2021", "2022", "2023", "2024")) == {0, 1}
    assert absent_columns(unit(end=dt.date(2022, 6, 30)), ("2021", "2022", "2023", "jan–okt 2024")) == {2, 3}
    assert absent_columns(unit(dt.date(2023, 1, 1)), ("Öppna", "Avslutade")) == frozenset()


def test_absent_years_show_a_dash_with_a_note_never_zero_and_are_gaps_in_a_chart() -> None:
    marked = mark_absent(unit(dt.date(2023, 3, 1)).table, unit(dt.date(2023, 3, 1)))
    html = table_html(marked)
    assert (
        '<th scope="row" role="rowheader">Klagomål</th><td role="cell">–</td><td role="cell">–</td>' in html
    )
    assert '<td role="cell">2</td><td role="cell">3</td>' in html
    assert "– = enheten fanns inte det året." in html
    assert marked.total is not None and marked.total.absent == (0, 1)
    assert marked.rows[0].to_json()["values"] == [None, None, 2, 3]  # never 0 in the JSON either
    assert "Klagomål;–;–;2;3" in table_csv(marked).decode("utf-8-sig")
    chart = for_chart(marked)
    assert chart.rows[0].values == (None, None, 2, 3)


def test_a_units_chart_draws_only_the_years_it_existed() -> None:
    """A unit that ended in 2022: its chart and finding end with 2022, not with "jan–okt 2024: *"."""
    ended = unit(end=dt.date(2022, 12, 31))
    table = dataclasses.replace(
        ended.table,
        columns=("2020", "2021", "2022", "2023", "2024"),
        rows=(
            Row("klagomål", "Klagomål", (0, 4, 3, 0, 0)),
            Row(SAME_PERIOD, "jan–okt varje år", (0, 3, 2, 0, 0)),
        ),
        total=None,
        partial="jan–okt 2024",
    )
    started = unit(dt.date(2021, 2, 1), dt.date(2022, 12, 31))
    shown = unit_years(mark_absent(table, started))
    assert shown.columns == ("2021", "2022") and shown.partial == ""
    assert [row.values for row in shown.rows] == [(4, 3)]  # no part-year, so no row of the same period
    assert shown.notes == ()  # no "–" left, so no note on it
    assert (
        count_finding(for_chart(shown), dt.date(2024, 10, 31), dt.date(2021, 1, 1))
        == "År 2022: 3. Året före, 2021: 4."
    )
    still = mark_absent(table, unit(end=dt.date(2024, 12, 31)))
    assert unit_years(still) == still


def _charts_of(demo_site: Path, unit: str) -> tuple[int, int]:
    """Checks a unit's page; how many charts it has, and in how many a count is hidden."""
    page = (demo_site / "enheter" / f"{unit}.html").read_text(encoding="utf-8")
    table = page.split(f'id="tabell-enhet-{unit}-per-ar', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r'role="rowheader">([^<]+)</th>((?:<td role="cell">[^<]*</td>)+)', table)
    values = {label: re.findall(r'<td role="cell">([^<]*)</td>', cells) for label, cells in rows}
    in_view = {label: row for label, row in values.items() if any(v not in ("0", "–") for v in row)}
    assert values == in_view  # a row of zeros only is behind "Visa alla"; a hidden count may be a case
    figures = re.findall(r'data-figure="\.\./(data/diagram/[^"]+\.json)"', page)
    hidden_somewhere = 0
    for path in figures:
        assert path.endswith("-antal-per-ar.json"), path
        data = json.loads((demo_site / path).read_text())["data"]
        assert "Alla ärenden" not in [trace["name"] for trace in data]
        published = [cell for cell in values[_chart_kind(page, path)] if cell != "–"]  # years it existed
        whole_years = data[0]["y"]
        assert [value is None for value in whole_years] == [cell == "*" for cell in published]
        hidden_somewhere += "*" in published
        note = "Ett år utan stapel är inte noll: antalet döljs (*) för att skydda enskilda personer"
        assert (note in page.split(f'data-figure="../{path}"', 1)[1].split("</figure>", 1)[0]) == (
            "*" in published
        )
    return len(figures), hidden_somewhere


def test_unit_page_has_a_chart_per_kind_and_only_rows_with_cases_in_view(demo_site: Path) -> None:
    """Never beröm added to avvikelser: every chart of a unit page is one kind's counts per year, as the
    unit's table publishes them (a hidden count is a gap, never the count itself)."""
    figures, _ = _charts_of(demo_site, "hemtjanst-norr")
    assert figures >= 5
    # Barn och unga 1 (from 2024) has a hidden count of a kind with a chart: the rule above is tried.
    _, hidden_somewhere = _charts_of(demo_site, "barn-och-unga-1")
    assert hidden_somewhere


def _chart_kind(page: str, path: str) -> str:
    """The kind the figure that draws `path` is titled by ("Klagomål: antal per år")."""
    figure = page.split(f'data-figure="../{path}"', 1)[0].rsplit("<figure", 1)[1]
    found = re.search(r'data-kv-title="([^"]+): antal per år"', figure)
    assert found is not None, figure[:300]
    return found.group(1)


def test_years_before_a_unit_started_are_dashes_on_its_page(demo_site: Path) -> None:
    page = (demo_site / "enheter" / "barn-och-unga-1.html").read_text(encoding="utf-8")
    assert "Enheten finns sedan 1 januari 2024." in page
    assert '<td role="cell">–</td><td role="cell">–</td><td role="cell">–</td><td role="cell">27</td>' in page
    assert "– = enheten fanns inte det året." in page


def test_units_on_todays_organisation_and_as_they_were(demo_site: Path) -> None:
    """The demo splits Barn och unga into 1 and 2 and lets Stöd och försörjning replace Ekonomiskt
    bistånd (2024): the kind page shows today's organisation, with the table as it was behind it."""
    page = (demo_site / "avvikelser-sol-lss.html").read_text(encoding="utf-8")
    today = page.split('id="tabell-avvikelse-sol-lss-enheter-idag-per-ar', 1)[1].split("</table>", 1)[0]
    assert 'role="rowheader">Barn och unga 1 och Barn och unga 2</th>' in today
    assert 'role="rowheader">Barn och unga</th>' not in today
    assert 'role="rowheader">Ekonomiskt bistånd</th>' not in today
    assert "i dagens organisation" in today
    was = page.split('id="tabell-avvikelse-sol-lss-enheter-per-ar', 1)[1].split("</div>", 1)[0]
    row = was.split('role="rowheader">Ekonomiskt bistånd</th>', 1)[1].split("</tr>", 1)[0]
    cells = re.findall(r'<td role="cell">([^<]*)</td>', row)
    assert cells[-3:] == ["–", "–", "–"]  # 2024, 2025, jan–okt 2026: it ended 2023-12-31
    assert "– = enheten fanns inte det året." in was
    split = (demo_site / "enheter" / "barn-och-unga-2.html").read_text(encoding="utf-8")
    assert "Enheten ersätter Barn och unga." in split
    assert 'id="tabell-enhet-barn-och-unga-2-idag-per-ar' in split
    ended = (demo_site / "enheter" / "barn-och-unga.html").read_text(encoding="utf-8")
    assert "Enheten ersattes av Barn och unga 1 och Barn och unga 2." in ended
