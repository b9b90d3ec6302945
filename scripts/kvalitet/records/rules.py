"""Rules for one record that a JSON Schema cannot express.

They run after the schema check and skip values the schema already found wrong, so each mistake is
reported once: file name and folder against id and dates, the order of dates, the risk threshold in
force on the registrerad date, that units, categories, insatser, skäl and orsaker exist and were in use
on the registrerad date, the rules of ej verkställda beslut (`decision_rules`) and of the actions
(`action_rules`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from kvalitet.messages import say
from kvalitet.records.action_rules import check_actions, date_pairs
from kvalitet.records.dates import parse_date, parse_date_time, plausible
from kvalitet.records.decision_rules import check_decision
from kvalitet.records.guard import find_identifiers
from kvalitet.records.load import Document, Where
from kvalitet.records.problems import Problem
from kvalitet.records.reference import Entry, Reference
from kvalitet.records.schema_errors import field_label, guess_hint

DATE_ORDER: tuple[tuple[Where, Where], ...] = (
    # (earlier, later): the date at `later` may not be before the date at `earlier`.
    (("inträffad",), ("registrerad",)),
    (("registrerad",), ("avslutad",)),
    (("registrerad",), ("utredning", "påbörjad")),
    (("utredning", "påbörjad"), ("utredning", "avslutad")),
    (("registrerad",), ("återkoppling",)),
    (("registrerad",), ("anmäld_ivo",)),
    (("anmäld_ivo",), ("ivo_beslut", "datum")),
    (("beslutsdatum",), ("registrerad",)),
    (("beslutsdatum",), ("verkställd",)),
    (("beslutsdatum",), ("avbrott",)),
    (("avbrott",), ("återupptagen",)),
)
CODE_LISTS: tuple[tuple[str, str, str], ...] = (
    # field, list in kategorier.yaml ("" for the record's own typ), message code when unknown
    ("kategorier", "", "rule-unknown-category"),
    ("insats", "insats", "rule-unknown-insats"),
    ("skäl", "skäl", "rule-unknown-reason"),
    ("orsaker", "orsaker", "rule-unknown-cause"),
)


def _get(data: Mapping[str, Any], where: Where) -> Any:
    value: Any = data
    for part in where:
        if isinstance(part, str) and isinstance(value, dict):
            value = value.get(part)
        elif isinstance(part, int) and isinstance(value, list) and part < len(value):
            value = value[part]
        else:
            return None
    return value


def _date(data: Mapping[str, Any], where: Where) -> dt.date | None:
    value = _get(data, where)
    day = parse_date(value) if isinstance(value, str) else None
    return day if day is not None and plausible(day) else None  # the schema reports one that is not


RISK_SCALE = 4
"""Allvarlighetsgrad and sannolikhet are 1 to 4 (the schema's range)."""


def check_record(doc: Document, reference: Reference) -> list[Problem]:
    """Every problem with `doc` that its schema cannot see."""
    problems = list(_identity(doc))
    problems += _date_order(doc)
    problems += _risk(doc, reference)
    problems += _references(doc, reference)
    problems += check_decision(doc, reference)
    problems += check_actions(doc)
    return problems


def _identity(doc: Document) -> Iterator[Problem]:
    record_id, registered = doc.data.get("id"), _date(doc.data, ("registrerad",))
    if not isinstance(record_id, str):
        return
    if record_id != doc.file.stem:
        yield Problem.at(doc.file, doc.position(("id",)), "rule-id-filename")
    year = record_id.split("-")[1] if record_id.count("-") == 2 else ""
    if registered is not None and year.isdigit() and int(year) != registered.year:
        position = doc.position(("id",))
        yield Problem.at(doc.file, position, "rule-id-year", date=registered.isoformat())
    folder = doc.file.parent.name
    if year.isdigit() and folder != year:
        yield Problem.at(doc.file, (1, 1), "rule-folder-year", year=year)


def _date_order(doc: Document) -> Iterator[Problem]:
    pairs = [*DATE_ORDER, *date_pairs(doc.data)]
    for earlier, later in pairs:
        first, second = _date(doc.data, earlier), _date(doc.data, later)
        if first is not None and second is not None and second < first:
            yield _order_problem(doc, earlier, later)
    discovered = _moment(doc.data, "upptäckt")
    registered = _date(doc.data, ("registrerad",))
    if discovered is not None and registered is not None and discovered.date() > registered:
        yield _order_problem(doc, ("upptäckt",), ("registrerad",))
    reported = _moment(doc.data, "anmäld_imy")
    if discovered is not None and reported is not None and reported < discovered:
        yield _order_problem(doc, ("upptäckt",), ("anmäld_imy",))


def _moment(data: Mapping[str, Any], name: str) -> dt.datetime | None:
    value = data.get(name)
    return parse_date_time(value) if isinstance(value, str) else None


def _order_problem(doc: Document, earlier: Where, later: Where) -> Problem:
    fields = {
        "later": field_label(later),
        "later_value": _get(doc.data, later),
        "earlier": field_label(earlier),
        "earlier_value": _get(doc.data, earlier),
    }
    return Problem.at(doc.file, doc.position(later), "rule-date-order", **fields)


def _risk(doc: Document, reference: Reference) -> Iterator[Problem]:
    risk = doc.data.get("risk")
    if not isinstance(risk, dict) or "utredning" in doc.data:
        return
    severity, probability = risk.get("allvarlighetsgrad"), risk.get("sannolikhet")
    if not (isinstance(severity, int) and isinstance(probability, int)):
        return
    if not (1 <= severity <= RISK_SCALE and 1 <= probability <= RISK_SCALE):
        return  # the schema reports it, and the message must not repeat what was typed
    policy = reference.policy
    registered = _date(doc.data, ("registrerad",))
    dated = policy.dated_risk_limit.changes()
    if dated and registered is None:
        return  # the schema reports the date, and which limit applies depends on it
    limit = policy.risk_limit_on(registered) if registered is not None else policy.risk_limit
    if severity * probability > limit:
        fields: dict[str, object] = {"value": severity * probability, "severity": severity}
        fields["probability"] = probability
        position = doc.position(("risk",))
        if dated and registered is not None:
            code, fields["date"] = "rule-risk-investigation-dated", registered.isoformat()
        else:
            code = "rule-risk-investigation"
        yield Problem.at(doc.file, position, code, limit=limit, **fields)


def _references(doc: Document, reference: Reference) -> Iterator[Problem]:
    registered = _date(doc.data, ("registrerad",))
    unit = doc.data.get("enhet")
    if isinstance(unit, str):
        yield from _check_code(doc, ("enhet",), unit, reference.units, "rule-unknown-unit", registered)
    typ = doc.data.get("typ")
    for field, list_name, unknown in CODE_LISTS:
        entries = reference.categories.get(list_name or str(typ))
        value = doc.data.get(field)
        if entries is None or value is None:
            continue
        values = value if isinstance(value, list) else [value]
        for index, code in enumerate(values):
            where: Where = (field, index) if isinstance(value, list) else (field,)
            if isinstance(code, str):
                yield from _check_code(doc, where, code, entries, unknown, registered)


def _check_code(
    doc: Document, where: Where, code: str, entries: Mapping[str, Entry], unknown: str, day: dt.date | None
) -> Iterator[Problem]:
    position = doc.position(where)
    entry = entries.get(code)
    if entry is None:
        hint = guess_hint(code, sorted(entries))
        yield Problem.at(doc.file, position, unknown, typ=doc.data.get("typ"), hint=hint)
        return
    if day is None or entry.period.contains(day):
        return
    successors = [
        other.id for other in entries.values() if code in other.replaces and other.period.contains(day)
    ]
    hint = say("hint-replaced", ids=", ".join(f"'{other}'" for other in successors)) if successors else ""
    fields = {"value": code, "name": entry.name, "period": entry.period.describe(), "hint": hint}
    yield Problem.at(doc.file, position, "rule-code-period", date=day.isoformat(), **fields)


def record_path_problems(file: Path, root: Path) -> list[Problem]:
    """Problems with where a record file lies: records/ÅÅÅÅ/<id>.yaml, and no identifier in a name
    of a folder or of the file (messages then show the path as [dolt])."""
    relative = file.relative_to(root)
    kinds = {finding.kind for part in relative.parts for finding in find_identifiers(part)}
    named = [
        Problem.at(file, (1, 1), "pseudonym-path", kind=say(f"import-kind-{kind}")) for kind in sorted(kinds)
    ]
    if file.suffix != ".yaml":
        return [*named, Problem.at(file, (1, 1), "rule-file-suffix")]
    if named:
        return named
    if len(relative.parts) != 2 or not (relative.parts[0].isdigit() and len(relative.parts[0]) == 4):
        return [Problem.at(file, (1, 1), "rule-file-place", root=root.name)]
    return []
