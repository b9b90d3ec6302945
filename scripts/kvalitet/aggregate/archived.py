"""The kön tables of an archived report, as cells: what it shows and hides is published for good.

An archived report (kvalitet.annual.archive) is published as the nämnd approved it, with the tables of
the program of its day: its kön tables may split annat, okänt and ej angivet. Every other aggregation
must agree with it: a cell it hides is hidden everywhere, and a cell it shows is known to anyone. The
three residual rows count as one cell (the merged row of today's tables), hidden when any of them is.
Its hidden cells are unknown here (the archive keeps only what it showed).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping

from kvalitet.aggregate.cells import SENDER_GENDER, Key, Line, Model
from kvalitet.aggregate.gender import GENDERS, OTHER
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


def _table_id(name: str) -> str | None:
    """`berattelse-2024-synpunkter-kon.csv` → `synpunkt-kon-per-ar`; None for other tables."""
    stem = name.removeprefix(TABLES).removesuffix(".csv")
    if not stem.startswith("berattelse-") or not stem.endswith("-kon"):
        return None
    rest = stem.split("-", 2)[2] if stem.count("-") >= 2 else ""
    sender = rest.endswith("-avsandarens-kon")
    kind = rest.removesuffix("-avsandarens-kon" if sender else "-kon")
    group = REPORT_KEYS.get(kind)
    if group is None:
        return None
    return group + (SENDER_GENDER if sender else "-kon-per-ar")


def _year(heading: str) -> str:
    """The year of a column heading ("2024", or "jan–apr 2024" for a part of it)."""
    return heading.rsplit(" ", 1)[-1]


def archived_model(files: Mapping[str, bytes]) -> tuple[Model, set[Key]]:
    """The cells and sums of the kön tables among an archive's `files`, and the cells it hides."""
    model, hidden = Model(), set()
    labels = {say("gender-" + key): key for key in GENDERS}
    total_label = say("label-total")
    for path, content in sorted(files.items()):
        table = _table_id(path)
        if table is None:
            continue
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
        if len(rows) < 2:
            continue
        columns = [_year(heading) for heading in rows[0][1:]]
        totals = next((row[1:] for row in rows[1:] if row[0] == total_label), None)
        if totals is None:
            continue
        for index, column in enumerate(columns):
            cells: dict[str, list[str]] = {}
            for row in rows[1:]:
                if row[0] != total_label:
                    cells.setdefault(labels.get(row[0], OTHER), []).append(row[1 + index])
            keys = []
            for row_key, values in cells.items():
                key = (table, row_key, column)
                keys.append(key)
                if SUPPRESSED in values:
                    hidden.add(key)
                    model.unknown.add(key)
                    model.add(key, 0, True)
                else:
                    model.add(key, sum(int(value) for value in values), True)
            model.lines.append(Line(tuple(keys), None, int(totals[index])))
    return model, hidden
