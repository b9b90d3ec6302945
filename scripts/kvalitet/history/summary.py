"""`kvalitet diff` as Markdown for the merge request, and as JSON.

The Markdown goes to internal merge-request pages: record ids are listed, but never any text from the
records (sammanfattning and the like). Names from organisation.yaml and kategorier.yaml are escaped, so
they show as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kvalitet.aggregate import Json
from kvalitet.aggregate.context import TOTAL, group_label
from kvalitet.history.compare import COUNTS_TABLE, Base, CellChange, Comparison, RecordChange
from kvalitet.history.gitrepo import short
from kvalitet.messages import say
from kvalitet.records.cases import GROUPS
from kvalitet.swedish import long_date, number

CELL_LIMIT = 30
"""How many changed cells besides the counts per kind and year are listed."""
ID_LIMIT = 25
"""How many ids are listed per kind and year."""
_MARKDOWN = re.compile(r"([\\`*_\[\]<>#|~!&])")
_WORD = re.compile(r"[^\W_]+(?:_[^\W_]+)*")
"""A word, or words joined by underscores (safe in Markdown: never emphasis inside a word)."""


def escape(text: str) -> str:
    """Text from configuration, safe to put in Markdown: shown as written, never as markup."""
    return _MARKDOWN.sub(r"\\\1", text)


def _word(text: str | None) -> str:
    """A value such as a status, as written when it is a plain word."""
    if text is None:
        return say("diff-status-none")
    return text if _WORD.fullmatch(text) else escape(text)


def _count(n: int) -> str:
    return say("diff-count-one") if n == 1 else say("diff-count-many", n=number(n))


def _value(value: float | None, unit: str, present: bool) -> str:
    if not present:  # no such row or column: nothing counted there
        return "0" if unit == "antal" else "–"
    if value is None and unit != "antal":
        return "–"
    text = number(value, decimals=1 if unit == "procent" and value is not None else None)
    return f"{text} %" if unit == "procent" and value is not None else text


def _kind_order(record: RecordChange) -> tuple[int, int, str]:
    group = GROUPS.index(record.group) if record.group in GROUPS else len(GROUPS)
    return group, record.year or 0, record.group or ""


def _records(code: str, records: Sequence[RecordChange]) -> list[str]:
    if not records:
        return []
    lines = ["- " + say(code, count=_count(len(records)))]
    by_kind: dict[tuple[int, int, str], list[RecordChange]] = {}
    for record in sorted(records, key=_kind_order):
        by_kind.setdefault(_kind_order(record), []).append(record)
    for items in by_kind.values():
        first = items[0]
        ids = [record.id for record in items[:ID_LIMIT]]
        if len(items) > ID_LIMIT:
            ids.append(say("diff-more-ids", n=number(len(items) - ID_LIMIT)))
        kind = group_label(first.group) if first.group else say("diff-unknown-kind")
        year = str(first.year) if first.year else say("diff-unknown-year")
        line = say("diff-kind-year", kind=kind, year=year, count=number(len(items)), ids=", ".join(ids))
        lines.append("  - " + line)
    return lines


def _intro(base: Base, comparison: Comparison) -> list[str]:
    date, commit = long_date(comparison.as_of), f"`{short(base.commit)}`"
    if base.merge_base:
        intro = say("diff-intro-merge-base", commit=commit, head="HEAD", branch=base.ref, date=date)
    else:
        intro = say("diff-intro-base", ref=f"`{base.ref.replace('`', '')}`", commit=commit, date=date)
    lines = [say("diff-heading"), "", intro, ""]
    if not base.has_folder:
        lines += [say("diff-base-without-folder", commit=commit), ""]
    if base.problems:
        one, many = base.problems == 1, say("count-problem-many", n=number(base.problems))
        problems = say("count-problem-one") if one else many
        lines += [say("diff-base-problems", commit=commit, problems=problems), ""]
    return lines


def _cell(cell: CellChange, code: str) -> str:
    overall = cell.table == COUNTS_TABLE and cell.row == TOTAL
    label = say("diff-all-cases") if overall else cell.label
    return say(
        code,
        title=escape(cell.title),
        label=escape(label),
        column=escape(cell.column),
        old=_value(cell.old, cell.unit, cell.before),
        new=_value(cell.new, cell.unit, cell.after),
    )


def markdown(
    base: Base, comparison: Comparison, *, limit: int = CELL_LIMIT, warnings: Sequence[str] = ()
) -> str:
    """The summary for the merge request; `warnings` (Markdown) come first, under their own heading."""
    lines = _intro(base, comparison)
    if warnings:
        lines += [say("diff-approved-heading"), "", *(f"- {warning}" for warning in warnings), ""]
    lines += [say("diff-records-heading"), ""]
    if not comparison.records_changed:
        lines += [say("diff-no-changes"), ""]
    else:
        lines += _records("diff-added", comparison.added)
        lines += _records("diff-changed", comparison.changed)
        lines += _records("diff-removed", comparison.removed)
        lines.append("")
    if comparison.reference_files:
        lines += [say("diff-reference-files", files=", ".join(comparison.reference_files)), ""]
    if comparison.late:
        code = "diff-late-one" if len(comparison.late) == 1 else "diff-late-many"
        lines += [say(code, ids=", ".join(comparison.late), date=long_date(comparison.as_of)), ""]
    if not comparison.anything_changed:
        return "\n".join(lines).rstrip("\n") + "\n"
    if comparison.statuses:
        lines += [say("diff-status-heading"), ""]
        for status in comparison.statuses:
            change = say("diff-status-change", id=status.id, old=_word(status.old), new=_word(status.new))
            lines.append("- " + change)
        lines.append("")
    if comparison.counts:
        lines += [say("diff-counts-heading"), ""]
        lines += ["- " + _cell(cell, "diff-count-change") for cell in comparison.counts]
        lines.append("")
    if comparison.cells:
        lines += [say("diff-cells-heading"), ""]
        lines += ["- " + _cell(cell, "diff-cell-change") for cell in comparison.cells[:limit]]
        rest = len(comparison.cells) - limit
        if rest > 0:
            more = say("diff-more-cells-one") if rest == 1 else say("diff-more-cells-many", n=number(rest))
            lines.append("- " + more)
        lines.append("")
    if not comparison.counts and not comparison.cells:
        lines += [say("diff-no-figures"), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _record_json(record: RecordChange) -> Json:
    return {"id": record.id, "group": record.group, "year": record.year}


def _cell_json(cell: CellChange) -> Json:
    return {
        "table": cell.table,
        "title": cell.title,
        "row": cell.row,
        "label": cell.label,
        "column": cell.column,
        "unit": cell.unit,
        "old": cell.old,
        "new": cell.new,
        "before": cell.before,
        "after": cell.after,
    }


def to_json(base: Base, comparison: Comparison, warnings: Sequence[str] = ()) -> Json:
    """The same facts as the Markdown, every changed cell included."""
    return {
        "approved_reports": list(warnings),
        "base": {
            "commit": base.commit,
            "ref": base.ref,
            "merge_base": base.merge_base,
            "has_folder": base.has_folder,
            "problems": base.problems,
        },
        "as_of": comparison.as_of.isoformat(),
        "changed": comparison.anything_changed,
        "records": {
            "added": [_record_json(record) for record in comparison.added],
            "changed": [_record_json(record) for record in comparison.changed],
            "removed": [_record_json(record) for record in comparison.removed],
        },
        "status_changes": [
            {"id": status.id, "old": status.old, "new": status.new} for status in comparison.statuses
        ],
        "reference_files": list(comparison.reference_files),
        "late": list(comparison.late),
        "counts": [_cell_json(cell) for cell in comparison.counts],
        "cells": [_cell_json(cell) for cell in comparison.cells],
    }
