"""The changes of a later import told field by field, in Swedish.

Values are shown only where they are not free text and not an identifier: a status, a date, a unit
or category id, a number. A text, a diarienummer or the source id is told as changed, never shown.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from kvalitet.messages import say
from kvalitet.staff.importer.fields import fields_of, schema_of
from kvalitet.staff.importer.update import MISSING, Change, Merge

IDENTIFIERS = frozenset({"diarienummer"})


@cache
def shows_value(typ: str, name: str) -> bool:
    """Is the field's value a code, date or number (shown), not free text nor an identifier?"""
    item = fields_of(typ).get(name)
    if item is None or name in IDENTIFIERS:
        return False
    if item.kind != "text" and item.kind != "list":
        return True
    schema = schema_of(typ, item)
    schema = schema.get("items", {}) if item.kind == "list" else schema
    return any(key in schema for key in ("enum", "const", "pattern"))


def shown(value: Any) -> str:
    if value is MISSING:
        return say("reimport-empty")
    if isinstance(value, list):
        return ", ".join(shown(item) for item in value)
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _appended(change: Change) -> str:
    """A moved follow-up date added to the action (the reason is free text: not shown)."""
    have = change.old if isinstance(change.old, list) else []
    dates = ", ".join(shown(entry.get("datum", MISSING)) for entry in change.new[len(have) :])
    code = "reimport-moved" if change.verdict != "conflict" else "reimport-moved-kept"
    return say(code, name=change.name, dates=dates)


def _line(typ: str, change: Change) -> str:
    name = change.name
    if name not in fields_of(typ):  # a list inside the action, the row's item added to it
        return _appended(change)
    visible = shows_value(typ, name)
    old, new = shown(change.old), shown(change.new)
    if change.verdict != "update":
        values = say("reimport-values", old=old, new=new) if visible else ""
        if change.verdict == "overwrite":
            code = "reimport-overwrite"
        else:
            code = f"reimport-conflict-{change.reason}"
        return say(code, name=name, values=values)
    if change.old is MISSING:
        code = "reimport-added-value" if visible else "reimport-added-text"
    elif change.new is MISSING:
        code = "reimport-removed-value" if visible else "reimport-removed-text"
    else:
        code = "reimport-value" if visible else "reimport-changed-text"
    return say(code, name=name, old=old, new=new)


def told(typ: str, merge: Merge) -> list[str]:
    """One line for each change of the record, the move of an older import's id first."""
    lines = [say("reimport-migrate")] if merge.migrated else []
    return lines + [_line(typ, change) for change in merge.changes]
