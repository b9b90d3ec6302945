"""Rules for a case's actions (åtgärder) that a JSON Schema cannot express.

The planned follow-up date and every moved date may not be before the case was registered (the new
fields apply to every record). A case of the current record format (`recordformat.strict`) may not
be `avslutad` while one of its actions is not followed up: it has no `uppföljd`, or one after the
day the case was closed. A follow-up result (`resultat`) needs the day of the follow-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from kvalitet.records.dates import parse_date, plausible
from kvalitet.records.load import Document, Where
from kvalitet.records.problems import Problem
from kvalitet.records.recordformat import strict

ACTIONS = "åtgärder"


def _day(value: object) -> dt.date | None:
    day = parse_date(value) if isinstance(value, str) else None
    return day if day is not None and plausible(day) else None


def actions_of(data: Mapping[str, Any]) -> list[tuple[int, Mapping[str, Any]]]:
    """(index, action) of every action that is a mapping (the schema reports the others)."""
    items = data.get(ACTIONS)
    if not isinstance(items, list):
        return []
    return [(index, item) for index, item in enumerate(items) if isinstance(item, Mapping)]


def date_pairs(data: Mapping[str, Any]) -> list[tuple[Where, Where]]:
    """(earlier, later) pairs of the actions' dates, for the date-order rule."""
    pairs: list[tuple[Where, Where]] = []
    for index, action in actions_of(data):
        for name in ("klar", "uppföljd", "uppföljning_planerad"):
            pairs.append((("registrerad",), (ACTIONS, index, name)))
        moved = action.get("flyttad")
        for step in range(len(moved) if isinstance(moved, list) else 0):
            pairs.append((("registrerad",), (ACTIONS, index, "flyttad", step, "datum")))
    return pairs


def check_actions(doc: Document) -> Iterator[Problem]:
    """A result without a follow-up date; in a strict record, a closed case with an open action."""
    for index, action in actions_of(doc.data):
        if isinstance(action.get("resultat"), Mapping) and "uppföljd" not in action:
            position = doc.position((ACTIONS, index, "resultat"))
            yield Problem.at(doc.file, position, "rule-action-result-without-follow-up", number=index + 1)
    if not strict(doc.data) or doc.data.get("status") != "avslutad":
        return
    closed = _day(doc.data.get("avslutad"))
    for index, action in actions_of(doc.data):
        value = action.get("uppföljd")
        followed = _day(value)
        if value is not None and followed is None:
            continue  # the schema reports a wrong date
        if followed is None:
            yield Problem.at(
                doc.file, doc.position((ACTIONS, index)), "rule-closed-action-open", number=index + 1
            )
        elif closed is not None and followed > closed:
            fields = {"number": index + 1, "followed": followed.isoformat(), "closed": closed.isoformat()}
            position = doc.position((ACTIONS, index, "uppföljd"))
            yield Problem.at(doc.file, position, "rule-closed-before-follow-up", **fields)
