"""The attacker: a versioned site is built from a real git repository (an approved version and today's,
whose records differ), every published number is read (CSV, the open-data JSON, the HTML tables), and
the differencing attacks are tried: across versions, across a total and its parts, across a unit and
its avdelning, across a unit's kinds, across a report and the site. None may give a hidden small count.

The attacker is written here, without the program's suppression code: it knows what the tables mean
(rows add up to Totalt, units to their avdelning, a unit's kinds to its total) and solves every sum
it can write down, exactly, with fractions. To play an attacker who guesses right which cells did not
change between two publications, it is told the true values by a second site, built from the same
repository with nothing hidden (minsta_antal 1): cells of one name with the same true value are one
unknown.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import html
import io
import json
import re
import shutil
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import BUILD_TIME, REPO, git

MIN_CELL = 5
HIDDEN = "*"
REPORT_KIND = {
    "avvikelser-sol-lss": "avvikelse-sol-lss",
    "avvikelser-hsl": "avvikelse-hsl",
    "avvikelser-samverkan": "avvikelse-samverkan",
    "klagomal": "klagomal",
    "synpunkter": "synpunkt",
    "lex-sarah": "lex-sarah",
    "personuppgiftsincidenter": "personuppgiftsincident",
    "lex-maja": "lex-maja",
    "ej-verkstallda-beslut": "ej-verkstallt-beslut",
}


def _project(root: Path, min_cell: int) -> Path:
    """The demo records approved for 2025 at a first commit; then the 2024 synpunkter get two more
    (kön okänt and man) and a lex Sarah moves to another unit, as corrections do."""
    project = root / "projekt"
    shutil.copytree(REPO / "records", project / "records")
    shutil.copytree(
        REPO / "site", project / "site", ignore=shutil.ignore_patterns("arkiv", "faststallda.yaml")
    )
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    policy = project / "records" / "kvalitet.yaml"
    policy.write_text(policy.read_text(encoding="utf-8") + f"minsta_antal: {min_cell}\n", encoding="utf-8")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Ärenden")
    approved = git(project, "rev-parse", "HEAD")
    source = (project / "records" / "2024" / "SYN-2024-0001.yaml").read_text(encoding="utf-8")
    for number, gender in (("9001", "okänt"), ("9002", "man")):
        text = source.replace("SYN-2024-0001", f"SYN-2024-{number}").replace("kön: kvinna", f"kön: {gender}")
        (project / "records" / "2024" / f"SYN-2024-{number}.yaml").write_text(text, encoding="utf-8")
    moved = project / "records" / "2025" / "LXS-2025-0001.yaml"
    moved.write_text(
        moved.read_text(encoding="utf-8").replace("enhet: gruppbostad-linden", "enhet: familjehem"), "utf-8"
    )
    (project / "site" / "berattelse").mkdir(parents=True, exist_ok=True)
    (project / "site" / "berattelse" / "faststallda.yaml").write_text(
        'fastställda:\n  - berättelse: "2025"\n    datum: 2026-03-18\n    paragraf: § 43\n'
        f"    commit: {approved}\n",
        encoding="utf-8",
    )
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Rättelser, och beslutet")
    return project


def _build(root: Path, min_cell: int) -> Path:
    from kvalitet.site.build import BuildOptions
    from kvalitet.site.versions import build_versions

    project = _project(root, min_cell)
    out = root / "public"
    options = BuildOptions(
        records=project / "records",
        out=out,
        project=project,
        now=BUILD_TIME,
        as_of=dt.date(2026, 10, 31),
        cache_dir=REPO / ".cache" / "vendor",
    )
    assert build_versions(options) == 0
    return out


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The published site, and the same site with nothing hidden (the truth)."""
    return (
        _build(tmp_path_factory.mktemp("publicerad"), MIN_CELL),
        _build(tmp_path_factory.mktemp("sanning"), 1),
    )


@dataclasses.dataclass
class Published:
    """One published table: where, its canonical name, its cells."""

    where: str
    name: str
    headings: list[str]
    rows: list[tuple[str, str, list[str]]]
    """(label, avdelning, cells as written)."""
    total: list[str] | None


def _canonical(stem: str, units: dict[str, str], kinds: dict[str, str]) -> str:
    """A report's table under the site's name: berattelse-2025-synpunkter-kon → synpunkt-kon-per-ar."""
    match = re.fullmatch(r"berattelse-[0-9a-z-]*?\d{4}(?:-[a-z]+-\d)?-(.+)", stem)
    if match is None:
        return stem
    rest = match.group(1)
    for key, kind in REPORT_KIND.items():
        if rest.startswith(key + "-"):
            return f"{kind}-{rest.removeprefix(key + '-')}-per-ar"
    return stem


def _tables(version: Path) -> Iterator[Published]:
    data = json.loads((version / "data" / "aggregat.json").read_text(encoding="utf-8"))
    units = {unit["table"]["id"]: unit["name"] for unit in data["units"]}
    kinds = {group["label"]: group["group"] for group in data["groups"]}
    for path in sorted((version / "data" / "tabeller").glob("*.csv")):
        lines = list(csv.reader(io.StringIO(path.read_text("utf-8-sig")), delimiter=";"))
        head, body = lines[0], lines[1:]
        sectioned = len(head) > 1 and head[1] == "Avdelning"
        start = 2 if sectioned else 1
        rows, total = [], None
        for line in body:
            if line[0] == "Totalt":
                total = line[start:]
            else:
                rows.append((line[0], line[1] if sectioned else "", line[start:]))
        yield Published(
            str(path.relative_to(version.parent)),
            _canonical(path.stem, units, kinds),
            head[start:],
            rows,
            total,
        )


def _written(value: object) -> str:
    """A JSON number as the CSV writes it (decimal comma, no ",0")."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace(".", ",")


def _equal_everywhere(version: Path) -> None:
    """Every number of the JSON and of the HTML tables is the number of the CSV of the same table:
    reading them gives the attacker nothing the CSV does not."""
    csvs = {p.stem: p.read_text("utf-8-sig") for p in (version / "data" / "tabeller").glob("*.csv")}
    data = json.loads((version / "data" / "aggregat.json").read_text(encoding="utf-8"))

    def walk(node: object) -> Iterator[dict[str, object]]:
        if isinstance(node, dict):
            if "rows" in node and "id" in node and "columns" in node:
                yield node
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    for table in walk(data):
        text = csvs[str(table["id"])]
        empty = "*" if table["unit"] == "antal" else "–"
        rows: list[Any] = [*table["rows"], *([table["total"]] if table["total"] else [])]  # type: ignore[misc]
        for row in rows:
            absent = row.get("absent", [])  # a year the row's unit or category did not exist: "–"
            cells = [
                "–" if index in absent else empty if value is None else _written(value)
                for index, value in enumerate(row["values"])
            ]
            lines = [line.split(";")[-len(cells) :] for line in text.splitlines()] if cells else [[]]
            assert any(_same_cells(cells, line) for line in lines), (table["id"], row)
    for page in version.rglob("*.html"):
        for table_id, body in re.findall(r'id="tabell-([^"]+)">(.*?)</table>', page.read_text("utf-8"), re.S):
            if table_id not in csvs:
                continue
            for row in re.findall(r"<tr(?: [^>]*)?>(.*?)</tr>", body, re.S):
                cells = [html.unescape(cell) for cell in re.findall(r"<td(?: [^>]*)?>(.*?)</td>", row)]
                written = ";".join(
                    re.sub(
                        r"^(\d+),0$",
                        r"\1",
                        cell.replace("\u202f", "").replace("\xa0", "").replace("\u2212", "-"),
                    )
                    for cell in cells
                )
                if cells:
                    assert written.replace("–", "") in csvs[table_id].replace("–", ""), (page, table_id, row)


def _same_cells(data: list[str], csv_cells: list[str]) -> bool:
    """The JSON's cells are the CSV's; a year in which a unit did not exist is "–" in the CSV and 0
    in the JSON (kvalitet.render.unit_pages marks it for readers)."""
    pairs = zip(data, csv_cells, strict=False)
    return len(data) == len(csv_cells) and all(
        mine == theirs or (theirs == "–" and mine == "0") for mine, theirs in pairs
    )


def _real(real: dict[str, Published], table: Published) -> Published:
    """The table built with nothing hidden. A table the truth does not have (a unit's categories are
    written only where its counts are all shown, and a report's rows are those with a case) must
    hide nothing: then its own numbers are the true ones."""
    if table.where in real:
        return real[table.where]
    assert not any(HIDDEN in values for _, _, values in table.rows), table.where
    return table


def _truth(real: Published, label: str, column: int) -> str:
    """The true value of a row's cell: from the row of the same label in the table built with nothing
    hidden. A report leaves out a unit's row when it had no case in its years, so a row published with
    hidden zeros may be missing there: it is 0."""
    rows = [values for name, _, values in real.rows if name == label]
    assert len(rows) <= 1, (real.where, label)
    return rows[0][column] if rows else "0"


def _count(text: str) -> int | None:
    return int(text) if text.isdigit() else None


Cell = tuple[str, str, str]
"""(canonical table, row label, column heading): what the attacker takes to be one number."""


def _equations(published: Path, truth: Path) -> tuple[list[dict[int, int]], dict[int, tuple[Cell, int]]]:
    """Every sum the attacker can write, over the hidden cells (cells of one name and one true value
    are one unknown; a cell shown anywhere with that value is known)."""
    unknowns: dict[tuple[Cell, int], int] = {}
    shown: set[tuple[Cell, int]] = set()
    sums: list[list[tuple[tuple[Cell, int] | None, int]]] = []
    for version in sorted(p for p in published.iterdir() if p.is_dir()):
        real = {t.where: t for t in _tables(truth / version.name)}
        tables = list(_tables(version))
        by_name = {t.name: t for t in tables if not t.name.startswith("berattelse-")}
        units = json.loads((version / "data" / "aggregat.json").read_text(encoding="utf-8"))["units"]
        unit_names = {unit["table"]["id"]: unit["name"] for unit in units}
        kinds = {
            g["label"]: g["group"]
            for g in json.loads((version / "data" / "aggregat.json").read_text(encoding="utf-8"))["groups"]
        }

        def cell(
            table: Published,
            index: int,
            column: int,
            unit_names: dict[str, str] = unit_names,
            kinds: dict[str, str] = kinds,
            real: dict[str, Published] = real,
        ) -> tuple[Cell, str, int | None]:
            label = table.rows[index][0]
            name = table.name
            if name in unit_names:  # a unit's kinds: the kind's cell of the unit
                kind = re.sub(
                    r"[^a-z]+", "-", kinds[label].replace("ä", "a").replace("å", "a").replace("ö", "o")
                ).strip("-")
                name, label = f"{kind}-enheter-per-ar", unit_names[table.name]
            true = _truth(_real(real, table), table.rows[index][0], column)
            return (name, label, table.headings[column]), table.rows[index][2][column], _count(true)

        for table in tables:
            if table.total is None or any(h.startswith(("Antal", "Volym")) for h in table.headings):
                continue
            for column in range(len(table.headings)):
                terms: list[tuple[tuple[Cell, int] | None, int]] = []
                for index in range(len(table.rows)):
                    name, written, true = cell(table, index, column)
                    if true is None:
                        continue
                    if written == HIDDEN:
                        terms.append(((name, true), 1))
                    else:
                        shown.add((name, true))
                sums.append(terms)
                # A unit table's avdelning sums, with the avdelning table of the same publication (a
                # report has none: its units and the site's avdelningar are counted as of other days).
                own = not Path(table.where).name.startswith("berattelse-")
                departments = by_name.get(table.name.replace("-enheter-", "-avdelningar-")) if own else None
                if table.name.endswith("-enheter-per-ar") and departments and table.rows and table.rows[0][1]:
                    heading = table.headings[column]
                    d_column = departments.headings.index(heading) if heading in departments.headings else -1
                    for d_index, (section, _, _) in enumerate(departments.rows if d_column >= 0 else []):
                        members: list[tuple[tuple[Cell, int] | None, int]] = []
                        for i, row in enumerate(table.rows):
                            u_cell, u_written, u_true = cell(table, i, column)
                            if row[1] == section and u_written == HIDDEN and u_true is not None:
                                members.append(((u_cell, u_true), 1))
                        d_cell, d_written, d_true = cell(departments, d_index, d_column)
                        if d_written == HIDDEN and d_true is not None:
                            members.append(((d_cell, d_true), -1))
                        sums.append(members)
    equations = []
    for terms in sums:
        equation: dict[int, int] = {}
        for unknown, sign in terms:
            if unknown is not None:
                index = unknowns.setdefault(unknown, len(unknowns))
                equation[index] = equation.get(index, 0) + sign
        if equation:
            equations.append(equation)
    for unknown, index in unknowns.items():
        if unknown in shown:
            equations.append({index: 1})
    return equations, {index: unknown for unknown, index in unknowns.items()}


def _determined(equations: list[dict[int, int]]) -> set[int]:
    """Gauss–Jordan with fractions: the unknowns that are alone in a row of the reduced form."""
    pivots: dict[int, dict[int, Fraction]] = {}
    for equation in equations:
        row = {k: Fraction(v) for k, v in equation.items() if v}
        for column in [c for c in row if c in pivots]:
            factor = row.pop(column)
            for other, value in pivots[column].items():
                if other != column:
                    row[other] = row.get(other, Fraction(0)) - factor * value
            row = {k: v for k, v in row.items() if v}
        if not row:
            continue
        pivot = min(row)
        row = {k: v / row[pivot] for k, v in row.items()}
        for target in pivots.values():
            if pivot in target:
                factor = target.pop(pivot)
                for column, value in row.items():
                    if column != pivot:
                        target[column] = target.get(column, Fraction(0)) - factor * value
                        if not target[column]:
                            del target[column]
        pivots[pivot] = row
    return {pivot for pivot, row in pivots.items() if len(row) == 1}


PEOPLE = ("lex-sarah-", "personuppgiftsincident-", "lex-maja-", "ej-verkstallt-beslut-")
"""The kinds that count people (Om statistiken): their counts per unit and avdelning are protected."""


def _protected(cell: tuple[Cell, int]) -> bool:
    """A small count that Om statistiken says is never shown: by kön, or per unit or avdelning of a
    kind that counts people. (A hidden count of another kind is hidden only to protect one of these.)"""
    (table, _, _), value = cell
    return 0 < value < MIN_CELL and ("-kon-per-ar" in table or table.startswith(PEOPLE))


def test_no_published_numbers_give_a_hidden_small_count(sites: tuple[Path, Path]) -> None:
    published, truth = sites
    equations, names = _equations(published, truth)
    assert sum(map(_protected, names.values())) > 50  # the attack has something to find
    found = sorted(names[index] for index in _determined(equations) if _protected(names[index]))
    assert found == []


def test_a_cell_is_hidden_wherever_it_is_published_with_its_value(sites: tuple[Path, Path]) -> None:
    """Across versions, reports and tables: one decision per cell and value."""
    published, truth = sites
    decisions: dict[tuple[Cell, str], set[bool]] = {}
    for version in sorted(p for p in published.iterdir() if p.is_dir()):
        real = {t.where: t for t in _tables(truth / version.name)}
        for table in _tables(version):
            if table.total is None:
                continue
            for index, (label, _, values) in enumerate(table.rows):
                for column, written in enumerate(values):
                    true = _truth(_real(real, table), table.rows[index][0], column)
                    key = ((table.name, label, table.headings[column]), true)
                    decisions.setdefault(key, set()).add(written == HIDDEN)
    mixed = [key for key, seen in decisions.items() if len(seen) > 1 and key[1] != "0"]
    assert mixed == []


def test_the_json_and_the_html_tables_say_what_the_csv_says(sites: tuple[Path, Path]) -> None:
    published, _ = sites
    for version in ("senaste", "2025"):
        _equal_everywhere(published / version)


def test_the_versions_hide_the_changed_kon_cells_alike(sites: tuple[Path, Path]) -> None:
    """The issue's attack: synpunkter per kön 2024 in two versions whose totals differ."""
    published, truth = sites
    rows = {}
    for version in ("senaste", "2025"):
        table = next(t for t in _tables(published / version) if t.where.endswith("/synpunkt-kon-per-ar.csv"))
        real = next(t for t in _tables(truth / version) if t.where.endswith("/synpunkt-kon-per-ar.csv"))
        column = table.headings.index("2024")
        rows[version] = [values[column] == HIDDEN for _, _, values in table.rows]
        assert table.total is not None and real.total is not None
        assert table.total[column] == real.total[column]
    assert rows["senaste"] == rows["2025"]
