"""Tables as HTML and as CSV for Swedish Excel."""

from __future__ import annotations

from kvalitet.aggregate import Row, Table
from kvalitet.render.tables import table_csv, table_html

UNITS = Table(
    id="avvikelse-enheter-per-ar",
    title="Avvikelser: per enhet och år",
    row_heading="Enhet",
    columns=("2024", "2025"),
    rows=(
        Row("bou-1", "Barn och unga 1", (1234, 5), "Avdelning barn"),
        Row("bou-2", "Barn och unga 2", (0, 7), "Avdelning barn"),
        Row("boende", "Boende", (3, 4), "Avdelning vuxna"),
        Row("ej_riktat", "Ej riktat till specifik enhet", (2, 0)),
    ),
    total=Row("totalt", "Totalt", (1239, 16)),
)
MEDIANS = Table(
    id="x-handlaggningstid-per-ar",
    title="Handläggningstid",
    row_heading="Mått",
    columns=("2024", "2025"),
    rows=(Row("avslutad", "Dagar", (12.5, None)),),
    total=None,
    unit="dagar",
)


def test_sections_become_row_groups_with_a_header() -> None:
    html = table_html(UNITS)
    assert html.count('<tbody role="rowgroup">') == 3
    assert (
        '<tr class="kv-section" role="row"><th scope="rowgroup" colspan="3" role="rowheader">'
        "Avdelning barn</th></tr>"
    ) in html
    assert (
        '<th scope="row" role="rowheader">Ej riktat till specifik enhet</th>'
        '<td role="cell">2</td><td role="cell">0</td>'
    ) in html
    assert '<td role="cell">1\u00a0234</td>' in html
    assert (
        '<tfoot role="rowgroup"><tr role="row"><th scope="row" role="rowheader">Totalt</th>'
        '<td role="cell">1\u00a0239</td><td role="cell">16</td></tr></tfoot>'
    ) in html


def test_a_table_says_how_many_number_columns_it_fits() -> None:
    """The narrow-screen layout (kvalitet.css) lays the numbers out in `--kv-columns` columns."""
    html = table_html(UNITS)
    assert '<table role="table" data-kv-fit style="--kv-columns: 2">' in html
    assert '<th scope="col" role="columnheader">2024</th>' in html


def test_missing_median_is_a_dash_with_its_own_note() -> None:
    html = table_html(MEDIANS)
    assert '<td role="cell">12,5</td><td role="cell">–</td>' in html
    assert "– = inget ärende att räkna på det året." in html
    assert "*" not in html


def test_csv_has_bom_semicolons_decimal_comma_and_the_section_column() -> None:
    data = table_csv(UNITS)
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Enhet;Avdelning;2024;2025"
    assert lines[1] == "Barn och unga 1;Avdelning barn;1234;5"
    assert lines[4] == "Ej riktat till specifik enhet;;2;0"
    assert lines[5] == "Totalt;;1239;16"
    assert table_csv(MEDIANS).decode("utf-8-sig").split("\r\n")[1] == "Dagar;12,5;–"


def test_csv_text_cells_never_start_a_formula() -> None:
    hostile = Table(
        id="x-enheter-per-ar",
        title="Enheter",
        row_heading="=Enhet",
        columns=("2024", "+2025"),
        rows=(
            Row("a", '=HYPERLINK("https://evil.example","klicka")', (1, -2), "@avdelning"),
            Row("b", "-Boende", (3, 4), "\tflik"),
            Row("c", "+46 Hemtjänst", (0, 0), "\ravdelning"),
            Row("d", "Hemtjänst = bra", (5, 6)),
        ),
        total=None,
    )
    lines = table_csv(hostile).decode("utf-8-sig").split("\r\n")
    assert lines[0] == "'=Enhet;Avdelning;2024;'+2025"
    assert lines[1] == '"\'=HYPERLINK(""https://evil.example"",""klicka"")";\'@avdelning;1;-2'
    assert lines[2] == "'-Boende;'\tflik;3;4"
    assert lines[3].startswith("'+46 Hemtjänst;")
    assert lines[4] == "Hemtjänst = bra;;5;6"


def test_an_absent_year_is_a_dash_in_html_and_csv_never_zero() -> None:
    rows = (Row("bou-2", "Barn och unga 2", (0, 7), "Avdelning barn", absent=(0,)), *UNITS.rows[2:])
    table = Table(
        id=UNITS.id,
        title=UNITS.title,
        row_heading=UNITS.row_heading,
        columns=UNITS.columns,
        rows=rows,
        total=UNITS.total,
        notes=("– = enheten fanns inte det året.",),
    )
    html = table_html(table)
    assert (
        '<th scope="row" role="rowheader">Barn och unga 2</th><td role="cell">–</td><td role="cell">7</td>'
        in html
    )
    assert html.count("– = enheten fanns inte det året.") == 1
    assert "Barn och unga 2;Avdelning barn;–;7" in table_csv(table).decode("utf-8-sig")
