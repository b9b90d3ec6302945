"""The protected tables of an archived report, as cells: what it shows and hides is published for good.

An archived report (kvalitet.annual.archive) is published as the nämnd approved it, with the tables of
the program of its day. Every other aggregation must agree with it: a cell it hides with a value not
known here is hidden everywhere in its period, and a cell it shows is known to anyone. It is read
whole, every table in which a protected cell (`cells`) can stand:

- the kön tables (the sender's too). They may split annat, okänt and ej angivet: the three count as
  one cell (the merged row of today's tables), hidden when any of them is, unless the others of its
  column are shown: then the archive gives it as the total less the others, and it is known.
- the units tables (`berattelse-<år>-<slag>-enheter.csv`): unit names are read as today's unit keys
  (`units`); a unit left out is 0 there. An avdelning whose units are all shown is known too.

No other table of a report can give a protected cell away: the others (categories, status, åtgärder,
riskmatris, handläggningstid, where cases came from …) count a kind for the whole nämnd, so no cell of
them is a count by kön, unit or avdelning, and what their rows add up to is the kind's count, which
is published anyway. Its hidden cells are unknown here (the archive keeps only what it showed).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from kvalitet.aggregate.cells import SENDER_GENDER, Key, Line, Model, units_table_id
from kvalitet.aggregate.context import slug
from kvalitet.aggregate.gender import GENDERS, OTHER
from kvalitet.aggregate.units import NO_UNIT
from kvalitet.messages import say
from kvalitet.swedish import SUPPRESSED

REPORT_KEYS = {
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
"""A report's key of a kind (in its table ids) → the kind's key in the site's table ids."""
TABLES = "data/tabeller/"


def _table_id(name: str) -> tuple[str, bool] | None:
    """`berattelse-2024-synpunkter-kon.csv` → (`synpunkt-kon-per-ar`, False),
    `berattelse-2024-klagomal-enheter.csv` → (`klagomal-enheter-per-ar`, True); None for other tables."""
    stem = name.removeprefix(TABLES).removesuffix(".csv")
    if not name.startswith(TABLES) or not stem.startswith("berattelse-"):
        return None
    for suffix, units in (("-avsandarens-kon", False), ("-kon", False), ("-enheter", True)):
        if not stem.endswith(suffix):
            continue
        rest = stem.removesuffix(suffix)
        group = next((REPORT_KEYS[kind] for kind in REPORT_KEYS if rest.endswith("-" + kind)), None)
        if group is None:
            return None
        if units:
            return units_table_id(group), True
        return group + (SENDER_GENDER if suffix == "-avsandarens-kon" else "-kon-per-ar"), False
    return None


def _year(heading: str) -> str:
    """The year of a column heading ("2024", or "jan–apr 2024" for a part of it)."""
    return heading.rsplit(" ", 1)[-1]


def _rows(content: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def _column(model: Model, hidden: set[Key], cells: dict[Key, list[str]], total: int, sensitive: bool) -> None:
    """One column of a table: its cells (each the sum of the rows written in it) and their sum. A cell
    hidden alone in its column is known: the total less the others (an archive of another program's
    rules, or the merged rest of kön rows hidden one by one)."""
    unknown = [key for key, values in cells.items() if SUPPRESSED in values]
    shown = sum(int(value) for key, values in cells.items() if key not in unknown for value in values)
    for key, values in cells.items():
        if key not in unknown:
            model.add(key, sum(int(value) for value in values), sensitive)
        elif len(unknown) == 1:
            model.add(key, total - shown, sensitive)
        else:
            hidden.add(key)
            model.unknown.add(key)
            model.add(key, 0, sensitive)
    model.lines.append(Line(tuple(cells), None, total))


def archived_model(
    files: Mapping[str, bytes], units: Mapping[str, str] | None = None, people: frozenset[str] = frozenset()
) -> tuple[Model, set[Key]]:
    """The cells and sums of the protected tables among an archive's `files`, and the cells it hides.
    `units`: unit name → key, for the units tables; `people`: the kinds' table ids whose units count
    people (their cells are sensitive)."""
    model, hidden = Model(), set[Key]()
    labels = {say("gender-" + key): key for key in GENDERS}
    names = {**(units or {}), say("label-no-unit"): NO_UNIT}
    total_label = say("label-total")
    for path, content in sorted(files.items()):
        found = _table_id(path)
        rows = _rows(content) if found else []
        if found is None or len(rows) < 2:
            continue
        table, by_unit = found
        start = 2 if by_unit else 1
        columns = [_year(heading) for heading in rows[0][start:]]
        totals = next((row[start:] for row in rows[1:] if row[0] == total_label), None)
        if totals is None:
            continue
        body = [row for row in rows[1:] if row[0] != total_label]
        for index, column in enumerate(columns):
            cells: dict[Key, list[str]] = {}
            sections: dict[str, list[Key]] = {}
            for row in body:
                row_key = names.get(row[0], row[0]) if by_unit else labels.get(row[0], OTHER)
                key = (table, row_key, column)
                cells.setdefault(key, []).append(row[start + index])
                if by_unit and row[1]:
                    sections.setdefault(slug(row[1]), []).append(key)
            sensitive = not by_unit or table in people
            _column(model, hidden, cells, int(totals[index]), sensitive)
            for department, members in sections.items():
                if any(key in model.unknown for key in members):
                    continue
                key = (table.replace("-enheter-", "-avdelningar-"), department, column)
                model.add(key, sum(model.values[member] for member in members), sensitive)
    return model, hidden
