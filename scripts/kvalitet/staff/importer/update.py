"""A later export of the same system: the changes to a record the importer made, field by field.

The importer keeps, in the record's `källa.senast_importerat`, a checksum of every field it wrote.
A field whose value still has that checksum was not touched by hand and follows the export; a field
that has been changed by hand since is a conflict: it is kept and told, and overwritten only when the
user asks for it. A record without checksums (from an older import) cannot tell, so only fields that
are empty in the record are filled; every other difference is a conflict.

A record from an older import has the source id in `diarienummer` (after the mapping's prefix); it
is recognised by that, and the id moves to `källa`: diarienummer is then empty, or takes the export's
diarienummer when the mapping has a column for it.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from kvalitet.staff.importer.fields import Field, dotted, fields_of
from kvalitet.staff.importer.mapping import DEDUPLICATION_FIELD

SOURCE = "källa"
CHECKSUMS = "senast_importerat"
MISSING: Any = None
"""An absent field (the record has no such key, or the export's cell is empty)."""

Verdict = Literal["update", "conflict", "overwrite"]
Reason = Literal["hand", "older", "other", "untracked"]
"""Why a difference is a conflict: changed by hand since the import wrote it; a record of an older
import that kept no checksums; filled in although the import never wrote the field; a mapping
without källid, whose imports keep no checksums."""


@dataclass(frozen=True, slots=True)
class Change:
    """One field of one record: what it is, what the export says, and what happens."""

    name: str
    old: Any
    new: Any
    verdict: Verdict
    reason: Reason = "hand"


@dataclass(slots=True)
class Merge:
    """A record as the import would leave it."""

    data: dict[str, Any]
    before: dict[str, Any]
    changes: list[Change] = field(default_factory=list)
    migrated: bool = False
    """The source id moves from diarienummer to källa."""

    @property
    def conflicts(self) -> list[Change]:
        return [change for change in self.changes if change.verdict != "update"]

    @property
    def written(self) -> bool:
        """Does the file change at all (checksums included)?"""
        return not same(self.data, self.before)


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}\Z")


def revived(value: Any) -> Any:
    """A loaded value with its dates as dates again, so that they are written as dates. The strict
    loader reads `2024-03-08` and `"2024-03-08"` as the same text, so nothing else changes."""
    try:
        if isinstance(value, str) and _DAY.match(value):
            return dt.date.fromisoformat(value)
        if isinstance(value, str) and _MOMENT.match(value):
            return dt.datetime.strptime(value, "%Y-%m-%d %H:%M")
    except ValueError:  # not a day of the calendar: the validator tells
        return value
    if isinstance(value, dict):
        return {key: revived(item) for key, item in value.items()}
    if isinstance(value, list):
        return [revived(item) for item in value]
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def same(left: Any, right: Any) -> bool:
    return bool(_plain(left) == _plain(right))


def checksum(value: Any) -> str:
    """Twelve small letters (never digits: the guard must not take one for a number)."""
    text = json.dumps(_plain(value), sort_keys=True, ensure_ascii=False)
    return "".join(chr(97 + byte % 26) for byte in hashlib.sha256(text.encode("utf-8")).digest()[:12])


def get(data: dict[str, Any], item: Field) -> Any:
    """The value of a field: in a group, or in the first item of a list of groups."""
    value: Any = data.get(item.path[0], MISSING)
    if len(item.path) == 1:
        return value
    if item.in_list:
        value = value[0] if isinstance(value, list) and value else MISSING
    for part in item.path[1:]:
        value = value.get(part, MISSING) if isinstance(value, dict) else MISSING
    return value


def _first(data: dict[str, Any], item: Field) -> dict[str, Any]:
    """The group a field of `item`'s head is put in (made when missing)."""
    head = item.path[0]
    if not item.in_list:
        group: dict[str, Any] = data.setdefault(head, {})
        return group
    items = data.setdefault(head, [])
    if not items:
        items.append({})
    first: dict[str, Any] = items[0]
    return first


def put(data: dict[str, Any], item: Field, value: Any) -> None:
    """Set (or, with MISSING, remove) a field; a group left empty goes too."""
    head = item.path[0]
    if len(item.path) == 1:
        if value is MISSING:
            data.pop(head, None)
        else:
            data[head] = value
        return
    groups = [_first(data, item)]
    for part in item.path[1:-1]:
        if not isinstance(groups[-1].get(part), dict):
            groups[-1][part] = {}
        groups.append(groups[-1][part])
    if value is MISSING:
        groups[-1].pop(item.path[-1], None)
    else:
        groups[-1][item.path[-1]] = value
    for depth in range(len(groups) - 1, 0, -1):
        if not groups[depth]:
            del groups[depth - 1][item.path[depth]]
    if not groups[0]:
        if item.in_list:
            data[head].pop(0)
            if not data[head]:
                del data[head]
        else:
            del data[head]


def checksums(data: dict[str, Any], names: list[str], typ: str) -> dict[str, str]:
    """The checksum of each named field that has a value."""
    known = fields_of(typ)
    values = {name: get(data, known[name]) for name in names if name in known}
    return {name: checksum(value) for name, value in values.items() if value is not MISSING}


def _verdict(current: Any, new: Any, written: str | None) -> Verdict | None:
    """What happens to a field that the record has as `current` and the export as `new`; None:
    nothing. `written` is the checksum of what the import wrote last, if it wrote the field."""
    if same(current, new):
        return None
    if written is not None and new is not MISSING and written == checksum(new):
        return None  # the export still says what was imported: the hand edit stays, nothing to tell
    if written is not None and current is not MISSING and written == checksum(current):
        return "update"
    if written is None and current is MISSING:
        return "update"  # never written by an import and still empty: nothing is lost
    return "conflict"


def merge(
    record: dict[str, Any],
    typ: str,
    incoming: dict[str, Any],
    names: list[str],
    source: Mapping[str, str] | None,
    *,
    overwrite: bool,
) -> Merge:
    """The record after a later import of the row `incoming` (its fields `names`, dotted)."""
    known = fields_of(typ)
    record = revived(record)
    data = copy.deepcopy(record)
    old_source = record.get(SOURCE)
    sums: dict[str, str] | None = None
    if isinstance(old_source, dict):
        written_sums = old_source.get(CHECKSUMS)
        sums = dict(written_sums) if isinstance(written_sums, dict) else {}
    result = Merge(data, record, migrated=source is not None and not isinstance(old_source, dict))
    if result.migrated:  # the source id, written in diarienummer by an older import, moves to källa
        data.pop(DEDUPLICATION_FIELD, None)
        record = {key: value for key, value in record.items() if key != DEDUPLICATION_FIELD}
    new_sums = dict(sums or {})
    for name in names:
        item = known[name]
        if item.appended:
            continue
        current, new = get(record, item), get(incoming, item)
        written = sums.get(name) if sums is not None else None
        verdict = _verdict(current, new, written)
        if verdict is None:
            if same(current, new):
                _remember(new_sums, name, new)
            continue
        if verdict == "conflict" and overwrite:
            verdict = "overwrite"
        reason: Reason = "hand" if written is not None else "other"
        if sums is None:
            reason = "untracked" if source is None else "older"
        result.changes.append(Change(name, current, new, verdict, reason))
        if verdict != "conflict":
            put(data, item, new)
            _remember(new_sums, name, new)
    inners = {known[name].inner: known[name].in_list for name in names if known[name].appended}
    for inner, in_list in inners.items():
        assert inner is not None
        _append(result, record, incoming, Field(inner, "list", in_list))
    kept = source if source is not None else old_source if isinstance(old_source, dict) else None
    if kept is not None:
        target = {key: value for key, value in kept.items() if key != CHECKSUMS}
        data[SOURCE] = {**target, CHECKSUMS: new_sums} if new_sums else target
    return result


def _remember(sums: dict[str, str], name: str, value: Any) -> None:
    if value is MISSING:
        sums.pop(name, None)
    else:
        sums[name] = checksum(value)


def _key(entry: Any) -> Any:
    """What tells two items of an appended list apart: the date of a moved follow-up."""
    return _plain(entry.get("datum")) if isinstance(entry, dict) else _plain(entry)


def _append(result: Merge, record: dict[str, Any], incoming: dict[str, Any], group: Field) -> None:
    """The row's item of a list inside the first action (a moved date) added to the record's items,
    unless one with its date is there; never while the action itself is kept against the export."""
    current, new = get(record, group), get(incoming, group)
    if not isinstance(new, list):
        return  # the export has no item: the record's stay as they are
    have = current if isinstance(current, list) else []
    added = [entry for entry in new if _key(entry) not in {_key(old) for old in have}]
    if not added:
        return
    name = dotted(group.path)
    head = group.path[0] + "."
    kept = [
        change for change in result.changes if change.verdict == "conflict" and change.name.startswith(head)
    ]
    if kept:  # the action is the hand-written one, not the export's: its dates are not the export's
        result.changes.append(Change(name, current, [*have, *added], "conflict", kept[0].reason))
        return
    result.changes.append(Change(name, current, [*have, *added], "update"))
    put(result.data, group, [*have, *added])
