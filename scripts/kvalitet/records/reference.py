"""The reference files beside the records: organisation, categories and local policy.

`organisation.yaml` marks the records root. `kategorier.yaml` lists the categories per typ and the
insatser and skäl of ej verkställda beslut. `kvalitet.yaml` (optional) holds local policy; what it
leaves out gets the default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kvalitet.records.dated import Dated, read_dated
from kvalitet.records.dates import parse_date
from kvalitet.records.entries import Entry as Entry
from kvalitet.records.entries import Period as Period
from kvalitet.records.load import Document, load_yaml
from kvalitet.records.org_history import history_problems
from kvalitet.records.problems import Problem
from kvalitet.records.schemacheck import load_schemas
from kvalitet.records.volumes import VOLUMES, Volumes, read_volumes

ORGANISATION = "organisation.yaml"
CATEGORIES = "kategorier.yaml"
POLICY = "kvalitet.yaml"
REFERENCE_FILES = (ORGANISATION, CATEGORIES, POLICY, VOLUMES)
CATEGORY_LISTS = (
    "avvikelse",
    "klagomål",
    "synpunkt",
    "lex_sarah",
    "personuppgiftsincident",
    "insats",
    "skäl",
    "orsaker",
)
DEFAULT_RISK_LIMIT = 8
DEFAULT_MIN_CELL = 5
DEFAULT_COUNTS_PEOPLE = ("lex_sarah", "personuppgiftsincident", "lex_maja", "ej_verkställt_beslut")
"""Kinds whose cases are each about one person, or few: their counts per unit identify."""
DEFAULT_FOLLOW_UP_DAYS = 90
DEFAULT_CHART = "c"
DEFAULT_BASELINE_MONTHS = 24
DEFAULT_INTERIM_REPORTS = ("halvår",)


@dataclass(frozen=True, slots=True)
class LawName:
    """A name of a law (SoL, LSS, HSL) and the days it is in force, with its provisions per typ
    (`bestämmelser`: "14 kap. 2–7 §§"; None for the typs kvalitet.yaml lists under `att_kontrollera`)."""

    name: str
    period: Period
    provisions: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Change:
    """A documented change (new routine, new case system, reorganisation): a new part of the control
    charts of `groups` (every group when empty) from the month of `day`."""

    day: dt.date
    text: str
    groups: tuple[str, ...] = ()

    def applies_to(self, group: str) -> bool:
        return not self.groups or group in self.groups


@dataclass(frozen=True, slots=True)
class Policy:
    """Local policy from kvalitet.yaml, with defaults for what it leaves out."""

    risk_limit: int = DEFAULT_RISK_LIMIT
    """A riskvärde above this requires an investigation: the value in force at the latest date of
    `risk_limits` (the one for cases registered today)."""
    min_cell: int = DEFAULT_MIN_CELL
    """Counts below this are suppressed in breakdowns by a person attribute (kön), and per unit and
    avdelning for the groups of `counts_people`."""
    counts_people: tuple[str, ...] = DEFAULT_COUNTS_PEOPLE
    """The groups whose counts per unit and avdelning count people (kvalitet.yaml `räknar_personer`)."""
    follow_up_days: int = DEFAULT_FOLLOW_UP_DAYS
    """Open longer than this, or an action done and not followed up within it, counts as overdue: the
    value in force at the latest date of `follow_ups` (the one for actions done today)."""
    laws: Mapping[str, tuple[LawName, ...]] = field(default_factory=dict)
    chart: str = DEFAULT_CHART
    """The control chart of monthly counts: `c` (counts) or `xmr` (NHS Making Data Count)."""
    baseline_months: int = DEFAULT_BASELINE_MONTHS
    """The first months of each part that give its centre line and limits; 0 for all of them."""
    changes: tuple[Change, ...] = ()
    """Documented changes, in date order."""
    interim_reports: tuple[str, ...] = DEFAULT_INTERIM_REPORTS
    """The kinds of delårsrapport made each year: `halvår`, `tertial`, `kvartal` (kvalitet.annual.periods)."""
    risk_limits: Dated | None = None
    """The riskgräns over time (kvalitet.yaml `riskgräns` as a list); None: `risk_limit` always."""
    records_from: dt.date | None = None
    """The day the municipality began keeping these records (kvalitet.yaml `uppgifter_från`), when it
    came before the first case; None: the first case's day (kvalitet.aggregate.coverage)."""
    follow_ups: Dated | None = None
    """`uppföljning_dagar` over time (kvalitet.yaml, as a list); None: `follow_up_days` always."""

    @property
    def dated_risk_limit(self) -> Dated:
        return self.risk_limits or Dated.plain(self.risk_limit)

    def risk_limit_on(self, day: dt.date) -> int:
        """The riskgräns in force on `day`: a case's is the one on its registrerad date (risk
        assessments carry no date of their own)."""
        return self.dated_risk_limit.on(day)

    @property
    def dated_follow_up_days(self) -> Dated:
        return self.follow_ups or Dated.plain(self.follow_up_days)

    def follow_up_days_on(self, day: dt.date) -> int:
        """The `uppföljning_dagar` in force on `day`: an action's is the one on its `klar` date, an open
        case's the one on its registrerad date."""
        return self.dated_follow_up_days.on(day)


@dataclass(frozen=True, slots=True)
class Reference:
    """Everything the records are checked against and aggregated with."""

    root: Path
    municipality: str
    board: str
    administration: str
    units: Mapping[str, Entry]
    categories: Mapping[str, Mapping[str, Entry]]
    """Per typ (and for "insats" and "skäl"): id → entry."""
    policy: Policy
    volumes: Volumes = field(default_factory=Volumes)
    """From volymer.yaml; empty without it."""
    departments: Mapping[str, Entry] = field(default_factory=dict)
    """The `avdelningar` of organisation.yaml (id → entry), when it lists them; empty without."""


def find_root(start: Path) -> Path | None:
    """The records root for `start`: the nearest folder at or above it that holds organisation.yaml."""
    folder = start.resolve()
    if folder.is_file() or not folder.exists():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        if (candidate / ORGANISATION).is_file():
            return candidate
    if (folder / "records" / ORGANISATION).is_file():
        return folder / "records"
    return None


def _period(data: Mapping[str, Any]) -> Period:
    start, end = data.get("från"), data.get("till")
    return Period(
        parse_date(start) if isinstance(start, str) else None,
        parse_date(end) if isinstance(end, str) else None,
    )


def _group(value: object) -> str:
    """An avdelning, or an insats's law or laws ("SoL/LSS" for `lagrum: [SoL, LSS]`)."""
    return "/".join(str(item) for item in value) if isinstance(value, list) else str(value)


def _entries(
    doc: Document, key: str, group_key: str, *, replaces: bool = True
) -> tuple[dict[str, Entry], list[Problem]]:
    """The entries of list `key`; `replaces`: check here that `ersätter` names entries of the list
    (the organisation's lists are checked by `org_history`, which says more)."""
    entries: dict[str, Entry] = {}
    problems: list[Problem] = []
    replaces_at: dict[str, tuple[str | int, ...]] = {}
    first_line: dict[str, int] = {}
    for index, item in enumerate(doc.data.get(key) or []):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        where = (key, index, "id")
        entry = Entry(
            item["id"],
            str(item.get("namn", item["id"])),
            _period(item),
            _group(item.get(group_key, "")),
            tuple(item.get("ersätter") or ()),
        )
        if entry.id in entries:
            line = first_line[entry.id]
            problems.append(Problem.at(doc.file, doc.position(where), "reference-duplicate-id", line=line))
        else:
            first_line[entry.id] = doc.position(where)[0]
        period = entry.period
        if period.start and period.end and period.end < period.start:
            problems.append(
                Problem.at(doc.file, doc.position((key, index, "till")), "reference-period-order")
            )
        entries[entry.id] = entry
        replaces_at[entry.id] = (key, index, "ersätter")
    for entry in entries.values() if replaces else ():
        for old in entry.replaces:
            if old not in entries:
                position = doc.position(replaces_at[entry.id])
                problems.append(Problem.at(doc.file, position, "reference-replaces-unknown"))
    return entries, problems


def _load(file: Path, kind: str) -> tuple[Document | None, list[Problem]]:
    loaded = load_yaml(file)
    if isinstance(loaded, list):
        return None, loaded
    problems = load_schemas().check(loaded, kind)
    return (None if problems else loaded), problems


def _optional(file: Path, kind: str) -> tuple[Document | None, list[Problem]]:
    """`_load` for a file that may be left out: none and no problem when it is missing."""
    return _load(file, kind) if file.exists() else (None, [])


def load_reference(root: Path) -> tuple[Reference | None, list[Problem]]:
    """The reference data of a records root, or None and every problem in its files."""
    problems: list[Problem] = []
    organisation, found = _load(root / ORGANISATION, "organisation")
    problems += found
    categories, found = _load(root / CATEGORIES, "kategorier")
    problems += found
    policy_doc, found = _optional(root / POLICY, "kvalitet")
    problems += found
    policy = Policy()
    if policy_doc is not None:
        policy, found = _policy(policy_doc)
        problems += found
    if organisation is None or categories is None:
        return None, problems
    units, found = _entries(organisation, "enheter", "avdelning", replaces=False)
    problems += found
    departments, found = _entries(organisation, "avdelningar", "", replaces=False)
    problems += found
    problems += history_problems(organisation, units, departments)
    lists: dict[str, Mapping[str, Entry]] = {}
    for key in CATEGORY_LISTS:
        lists[key], found = _entries(categories, key, "lagrum")
        problems += found
    volumes = Volumes()
    volumes_doc, found = _optional(root / VOLUMES, "volymer")
    problems += found
    if volumes_doc is not None:
        volumes, found = read_volumes(volumes_doc, units)
        problems += found
    if problems:
        return None, problems
    data = organisation.data
    reference = Reference(
        root, data["kommun"], data["nämnd"], data["förvaltning"], units, lists, policy, volumes, departments
    )
    return reference, []


def _provisions(law: Mapping[str, Any]) -> dict[str, str | None]:
    """`bestämmelser` per typ; None for the typs `att_kontrollera` marks as not yet checked."""
    found: dict[str, str | None] = dict(law.get("bestämmelser") or {})
    return found | {typ: None for typ in law.get("att_kontrollera") or ()}


def _policy(doc: Document) -> tuple[Policy, list[Problem]]:
    data = doc.data
    laws = {
        code: tuple(LawName(item["namn"], _period(item), _provisions(item)) for item in names)
        for code, names in (data.get("lagar") or {}).items()
    }
    risk_limits, problems = read_dated(doc, "riskgräns", DEFAULT_RISK_LIMIT)
    follow_ups, found = read_dated(doc, "uppföljning_dagar", DEFAULT_FOLLOW_UP_DAYS)
    problems += found
    charts = data.get("styrdiagram") or {}
    changes = sorted(
        (
            Change(parse_date(item["datum"]) or dt.date.min, item["text"], tuple(item.get("grupper") or ()))
            for item in charts.get("förändringar") or ()
        ),
        key=lambda change: change.day,
    )
    latest = risk_limits.values[-1].value
    policy = Policy(
        risk_limit=latest,
        min_cell=int(data.get("minsta_antal", DEFAULT_MIN_CELL)),
        counts_people=tuple(data.get("räknar_personer", DEFAULT_COUNTS_PEOPLE)),
        follow_up_days=follow_ups.values[-1].value,
        laws=laws,
        chart=str(charts.get("diagram", DEFAULT_CHART)),
        baseline_months=int(charts.get("baslinje", DEFAULT_BASELINE_MONTHS)),
        changes=tuple(changes),
        interim_reports=tuple(data.get("delårsrapporter", DEFAULT_INTERIM_REPORTS)),
        risk_limits=risk_limits,
        records_from=parse_date(data["uppgifter_från"]) if "uppgifter_från" in data else None,
        follow_ups=follow_ups,
    )
    return policy, problems
