"""The demo data generator, tested on real files in temporary folders."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from kvalitet.demo import generate
from kvalitet.demo.changes import CHANGES, CONTACT_FAMILIES
from kvalitet.demo.streams import Stream
from kvalitet.demo.volumes import expected
from kvalitet.demo.writer import HEADER
from kvalitet.errors import UsageError
from kvalitet.records.cases import group_of
from kvalitet.records.validate import validate
from kvalitet.staff.skeleton import record_prefixes

FIRST_YEAR = 2021
LAST_DAY = dt.date(2026, 10, 31)
PREFIX = record_prefixes()
CATEGORISED = {"avvikelse", "klagomål", "synpunkt", "lex_sarah", "personuppgiftsincident"}
SERIOUS = {"påtaglig_risk_för_allvarligt_missförhållande", "allvarligt_missförhållande"}
DATE_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d")

Record = dict[str, Any]


try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # PyYAML built without libyaml: slower, same result
    from yaml import SafeLoader  # type: ignore[assignment]


class UniqueKeyLoader(SafeLoader):
    """A safe loader that refuses duplicate keys (PyYAML silently keeps the last one)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        duplicates = sorted(key for key, count in Counter(keys).items() if count > 1)
        if duplicates:
            raise AssertionError(f"duplicate keys {duplicates} at {node.start_mark}")
        return super().construct_mapping(node, deep=deep)


def load(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)


class DataSet:
    def __init__(self, root: Path, written: int) -> None:
        self.root = root
        self.written = written
        self.organisation: Record = load(root / "organisation.yaml")
        self.categories: Record = load(root / "kategorier.yaml")
        self.policy: Record = load(root / "kvalitet.yaml")
        self.files = sorted(root.glob("*/*.yaml"))
        self.records = {path: load(path) for path in self.files}

    def of(self, typ: str) -> Iterator[Record]:
        return (record for record in self.records.values() if record["typ"] == typ)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> DataSet:
    root = tmp_path_factory.mktemp("demo")
    return DataSet(root, generate(root, first_year=FIRST_YEAR, last_day=LAST_DAY))


def valid_on(entry: Record, day: dt.date) -> bool:
    """Whether a unit or category with optional från/till is in use on ``day``."""
    first: dt.date = entry.get("från", dt.date.min)
    last: dt.date = entry.get("till", dt.date.max)
    return first <= day <= last


def walk(value: Any) -> Iterator[Any]:
    if isinstance(value, dict):
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from walk(item)
    else:
        yield value


def add_months(day: dt.date, months: int) -> dt.date:
    years, month = divmod(day.month - 1 + months, 12)
    year = day.year + years
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def quarter(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def test_every_file_says_it_is_demo_data_and_uses_plain_block_yaml(data: DataSet) -> None:
    for path in [*data.files, *data.root.glob("*.yaml")]:
        text = path.read_text(encoding="utf-8")
        assert text.splitlines()[0] == HEADER, path
        assert "\t" not in text, path
        events = yaml.parse(text, Loader=SafeLoader)
        for event in events:
            assert getattr(event, "anchor", None) is None, path
            assert not isinstance(event, yaml.AliasEvent), path
            assert not getattr(event, "flow_style", False), path


def test_return_value_counts_the_record_files(data: DataSet) -> None:
    assert data.written == len(data.files) > 0


def test_id_matches_file_name_folder_and_kind(data: DataSet) -> None:
    for path, record in data.records.items():
        assert isinstance(record, dict), path
        assert record["id"] == path.stem
        assert re.fullmatch(r"[A-Z]{3}-\d{4}-\d{4,}", record["id"])
        prefix, year, _ = record["id"].split("-")
        assert prefix == PREFIX[record["typ"]]
        assert int(year) == record["registrerad"].year == int(path.parent.name)


def test_numbers_run_from_one_per_prefix_and_year_in_date_order(data: DataSet) -> None:
    by_series: dict[tuple[str, str], list[Record]] = {}
    for record in data.records.values():
        prefix, year, _ = record["id"].split("-")
        by_series.setdefault((prefix, year), []).append(record)
    for records in by_series.values():
        records.sort(key=lambda record: int(record["id"].rsplit("-", 1)[1]))
        assert [int(r["id"].rsplit("-", 1)[1]) for r in records] == list(range(1, len(records) + 1))
        days = [r["registrerad"] for r in records]
        assert days == sorted(days)


def test_same_arguments_give_byte_identical_files(tmp_path: Path) -> None:
    def run(folder: str, seed: int) -> dict[str, bytes]:
        root = tmp_path / folder
        generate(root, first_year=2023, last_day=dt.date(2024, 2, 29), seed=seed)
        return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*.yaml"))}

    first = run("a", 7)
    assert first == run("b", 7)
    assert first != run("c", 8)


def test_a_later_last_day_leaves_earlier_closed_cases_unchanged(tmp_path: Path) -> None:
    short, long = tmp_path / "kort", tmp_path / "lång"
    generate(short, first_year=2023, last_day=dt.date(2023, 12, 31))
    generate(long, first_year=2023, last_day=dt.date(2024, 6, 30))
    closed = [path for path in short.glob("2023/*.yaml") if "\nstatus: avslutad\n" in path.read_text("utf-8")]
    assert len(closed) > 300
    for path in closed:
        assert path.read_bytes() == (long / path.relative_to(short)).read_bytes(), path.name
    assert (short / "organisation.yaml").read_bytes() == (long / "organisation.yaml").read_bytes()


def test_lex_sarah_and_deviation_links_are_mutual(data: DataSet) -> None:
    by_id = {record["id"]: record for record in data.records.values()}
    linked = 0
    for record in data.of("avvikelse"):
        if "lex_sarah" in record:
            sarah = by_id[record["lex_sarah"]]
            assert sarah["typ"] == "lex_sarah"
            assert sarah["avvikelse"] == record["id"]
            assert sarah["registrerad"] >= record["registrerad"]
            linked += 1
    for record in data.of("lex_sarah"):
        if "avvikelse" in record:
            assert by_id[record["avvikelse"]]["lex_sarah"] == record["id"]
    assert linked > 20


def test_units_exist_and_are_valid_on_the_registration_date(data: DataSet) -> None:
    units = {unit["id"]: unit for unit in data.organisation["enheter"]}
    assert len(units) == len(data.organisation["enheter"])
    without_unit: Counter[str] = Counter()
    for record in data.records.values():
        if "enhet" not in record:
            assert record["typ"] in {"klagomål", "synpunkt"}, record["id"]
            without_unit[record["typ"]] += 1
            continue
        unit = units[record["enhet"]]
        assert valid_on(unit, record["registrerad"]), record["id"]
    assert without_unit["klagomål"] > 0 and without_unit["synpunkt"] > 0


def test_reorganisation_and_category_change_show_in_the_records(data: DataSet) -> None:
    units_by_year: dict[int, set[str]] = {}
    categories_by_year: dict[int, set[str]] = {}
    for record in data.records.values():
        year = record["registrerad"].year
        units_by_year.setdefault(year, set()).add(record.get("enhet", ""))
        if record["typ"] == "avvikelse":
            categories_by_year.setdefault(year, set()).update(record["kategorier"])
    assert "barn-och-unga" in units_by_year[2023] and "barn-och-unga-1" not in units_by_year[2023]
    assert {"barn-och-unga-1", "barn-och-unga-2"} <= units_by_year[2024]
    assert "barn-och-unga" not in units_by_year[2024]
    assert "handläggning" in categories_by_year[2023] and "rättssäkerhet" in categories_by_year[2024]
    assert "rättssäkerhet" not in categories_by_year[2023]


def test_categories_insatser_and_reasons_exist_and_are_valid(data: DataSet) -> None:
    catalogue = {typ: {c["id"]: c for c in data.categories[typ]} for typ in CATEGORISED}
    insatser = {insats["id"]: insats for insats in data.categories["insats"]}
    reasons = {reason["id"] for reason in data.categories["skäl"]}
    assert catalogue["klagomål"] == catalogue["synpunkt"]
    for record in data.records.values():
        typ, day = record["typ"], record["registrerad"]
        if typ in CATEGORISED:
            assert record["kategorier"] and len(set(record["kategorier"])) == len(record["kategorier"])
            for category in record["kategorier"]:
                assert valid_on(catalogue[typ][category], day), (record["id"], category)
        else:
            assert "kategorier" not in record
        if typ == "ej_verkställt_beslut":
            laws = insatser[record["insats"]]["lagrum"]  # one law, or every law it is given under
            assert record["lagrum"] in (laws if isinstance(laws, list) else [laws])
            assert set(record["skäl"]) <= reasons


def test_several_categories_on_some_deviations_only(data: DataSet) -> None:
    counts = Counter(len(record["kategorier"]) for record in data.of("avvikelse"))
    total = sum(counts.values())
    assert 0.08 < (counts[2] + counts[3]) / total < 0.25
    assert counts[3] > 0 and max(counts) == 3


PLANNED = ("uppföljning_planerad", "flyttad")
"""Fields of an action that name a day ahead: a planned follow-up may lie after the last day."""


def _without_plans(record: dict[str, Any]) -> dict[str, Any]:
    actions = [
        {key: value for key, value in action.items() if key not in PLANNED}
        for action in record.get("åtgärder", [])
    ]
    return {**record, "åtgärder": actions} if actions else record


def test_no_date_after_the_last_day(data: DataSet) -> None:
    last_quarter = quarter(LAST_DAY)
    for record in data.records.values():
        for value in walk(_without_plans(record)):
            if isinstance(value, dt.date):
                assert value <= LAST_DAY, record["id"]
            elif isinstance(value, str) and DATE_TIME.fullmatch(value):
                assert dt.datetime.fromisoformat(value).date() <= LAST_DAY, record["id"]
        for reported in record.get("rapporterad_ivo", []):
            assert reported < last_quarter, record["id"]


def test_dates_follow_each_other(data: DataSet) -> None:
    for record in data.records.values():
        day, ident = record["registrerad"], record["id"]
        assert ("avslutad" in record) == (record["status"] == "avslutad"), ident
        assert record.get("avslutad", day) >= day, ident
        assert record.get("inträffad", day) <= day, ident
        assert record.get("återkoppling", day) >= day, ident
        for action in record.get("åtgärder", []):
            assert action["nivå"] in {"individ", "grupp", "enhet", "förvaltning"}
            assert action.get("klar", day) >= day, ident
            assert action.get("uppföljd", action.get("klar", day)) >= action.get("klar", day), ident
            planned = [action.get("uppföljning_planerad", day)]
            planned += [move["datum"] for move in action.get("flyttad", [])]
            assert min(planned) >= day, ident
            assert max(planned) <= LAST_DAY + dt.timedelta(days=200), ident
            if record["status"] == "avslutad":
                # A case is closed only when its actions are followed up (postformat 2).
                assert action["uppföljd"] <= record["avslutad"], ident
        if "utredning" in record:
            started = record["utredning"]["påbörjad"]
            assert started >= day, ident
            assert record["utredning"].get("avslutad", started) >= started, ident
        assert len(record["sammanfattning"]) <= 2000


def test_kind_specific_rules(data: DataSet) -> None:
    for record in data.of("lex_sarah"):
        if record["status"] == "avslutad":
            assert "bedömning" in record, record["id"]
        if record.get("bedömning") in SERIOUS:
            assert record["anmäld_ivo"] >= record["registrerad"], record["id"]
        if "ivo_beslut" in record:
            assert record["ivo_beslut"]["datum"] > record["anmäld_ivo"], record["id"]
    for record in data.of("personuppgiftsincident"):
        discovered = dt.datetime.fromisoformat(record["upptäckt"])
        assert discovered.date() <= record["registrerad"], record["id"]
        if "anmäld_imy" in record:
            assert dt.datetime.fromisoformat(record["anmäld_imy"]) >= discovered, record["id"]
    interrupted = 0
    decisions = list(data.of("ej_verkställt_beslut"))
    for record in decisions:
        decided, day = record["beslutsdatum"], record["registrerad"]
        if "avbrott" in record:  # an insats given, interrupted, and not resumed in three months
            interrupted += 1
            start, stop = record["avbrott"], record.get("återupptagen", dt.date.max)
            assert decided < start and "verkställd" not in record, record["id"]
        else:
            start, stop = decided, record.get("verkställd", dt.date.max)
            assert (day - decided).days >= 92 and "återupptagen" not in record, record["id"]
        three_months = add_months(start, 3)
        assert three_months <= day and stop > three_months, record["id"]
        if record.get("rapporterad_ivo"):  # from the quarter in which the three months ran out
            assert record["rapporterad_ivo"][0] == quarter(three_months), record["id"]
    assert 0.03 < interrupted / len(decisions) < 0.2
    for record in data.of("lex_maja"):
        assert record["anmäld_till"] in {"länsstyrelsen", "polisen"}


def test_risk_above_the_limit_is_always_investigated(data: DataSet) -> None:
    limit = data.policy["riskgräns"]
    above = 0
    for record in data.of("avvikelse"):
        risk = record.get("risk")
        if risk and risk["allvarlighetsgrad"] * risk["sannolikhet"] > limit:
            assert "utredning" in record, record["id"]
            above += 1
    deviations = sum(1 for _ in data.of("avvikelse"))
    assert 0.02 < above / deviations < 0.15


# Realistic expected volumes per full year for a mid-sized municipality, as in the seed reports.
RANGES = {
    Stream.DEVIATION_SOCIAL: (150, 300),
    Stream.DEVIATION_HEALTH: (80, 150),
    Stream.DEVIATION_REGION: (10, 30),
    Stream.COMPLAINT: (30, 60),
    Stream.FEEDBACK: (40, 90),
    Stream.LEX_SARAH: (8, 20),
    Stream.DATA_BREACH: (5, 15),
    Stream.LEX_MAJA: (0, 4),
    Stream.UNEXECUTED: (30, 80),
}


def month_counts(data: DataSet) -> Counter[tuple[str, dt.date]]:
    """Records per group (as the aggregation groups them) and month."""
    return Counter((group_of(r), r["registrerad"].replace(day=1)) for r in data.records.values())


@pytest.mark.parametrize("year", range(FIRST_YEAR, LAST_DAY.year))
def test_volumes_per_full_year_are_realistic(data: DataSet, year: int) -> None:
    counts = Counter(group_of(r) for r in data.records.values() if r["registrerad"].year == year)
    for stream, (low, high) in RANGES.items():
        mean = sum(expected(stream, year, month) for month in range(1, 13))
        assert low <= mean <= high, (year, stream, mean)
        # Poisson counts: rarely more than four standard deviations from their mean.
        assert abs(counts[stream.value] - mean) <= 4 * math.sqrt(mean) + 1, (
            year,
            stream,
            counts[stream.value],
        )


def test_a_group_without_change_shows_only_ordinary_variation(data: DataSet) -> None:
    counts = month_counts(data)
    by_month = [
        [counts["klagomål", dt.date(year, month, 1)] for year in range(2021, 2026)] for month in range(1, 13)
    ]
    mean = statistics.fmean(count for month in by_month for count in month)
    # Variance around the mean of each calendar month (the season removed), over the mean.
    variance = sum((count - statistics.fmean(month)) ** 2 for month in by_month for count in month) / (12 * 4)
    assert 0.6 < variance / mean < 1.6
    assert "klagomål" not in {
        group for change in data.policy["styrdiagram"]["förändringar"] for group in change["grupper"]
    }


def test_each_documented_change_shows_in_the_records(data: DataSet) -> None:
    counts = month_counts(data)
    for change in data.policy["styrdiagram"]["förändringar"]:
        start: dt.date = change["datum"]
        before_months = [add_months(start, -k) for k in range(1, 25)]
        after_months = [add_months(start, k) for k in range(24)]
        built = next(c.factor for c in CHANGES if c.datum == start)
        for group in change["grupper"]:
            before = sum(counts[group, month] for month in before_months)
            after = sum(counts[group, month] for month in after_months)
            # The logarithm of a ratio of Poisson totals has a standard error of sqrt(1/a + 1/b).
            error = math.sqrt(1 / before + 1 / after)
            observed = math.log(after / before)
            assert abs(observed - math.log(built)) < 3 * error, (group, start, after / before)
            assert abs(observed) > 3 * error, (group, start, after / before)


def test_contact_families_take_away_decisions_on_kontaktfamilj(data: DataSet) -> None:
    def share(records: list[Record]) -> float:
        return sum(bool(r["insats"] == "kontaktfamilj") for r in records) / len(records)

    unexecuted = list(data.of("ej_verkställt_beslut"))
    assert share([r for r in unexecuted if r["registrerad"] < CONTACT_FAMILIES.datum]) > 0.3
    assert share([r for r in unexecuted if r["registrerad"] >= CONTACT_FAMILIES.datum]) < 0.2


def test_old_cases_are_closed_and_recent_ones_still_open(data: DataSet) -> None:
    old = [r for r in data.records.values() if r["registrerad"].year <= 2023]
    assert sum(r["status"] == "avslutad" for r in old) / len(old) > 0.99
    long_open = [
        r for r in data.records.values() if r["registrerad"].year < 2026 and r["status"] != "avslutad"
    ]
    assert 1 <= len(long_open) <= 20
    recent = [r for r in data.records.values() if r["registrerad"] >= dt.date(2026, 10, 1)]
    assert {r["status"] for r in recent} >= {"registrerad", "under_utredning", "åtgärder_pågår"}


def test_generated_data_passes_the_validator(data: DataSet) -> None:
    outcome = validate([data.root])
    assert outcome.ok, outcome.problems[:5]


def test_per_year_scales_the_volume(tmp_path: Path) -> None:
    written = generate(tmp_path, first_year=2025, last_day=dt.date(2026, 12, 31), per_year=2000)
    assert written == 4000
    assert written == len(list(tmp_path.glob("*/*.yaml")))


def test_rerun_replaces_earlier_demo_files_and_keeps_other_files(tmp_path: Path) -> None:
    generate(tmp_path, first_year=2024, last_day=dt.date(2024, 12, 31))
    own = tmp_path / "2024" / "KLA-2024-9999.yaml"
    own.write_text("id: KLA-2024-9999\n", encoding="utf-8")
    written = generate(tmp_path, first_year=2024, last_day=dt.date(2024, 3, 31))
    assert len(list(tmp_path.glob("*/*.yaml"))) == written + 1
    assert own.read_text(encoding="utf-8") == "id: KLA-2024-9999\n"


@pytest.mark.parametrize("name", ["organisation.yaml", "2024/AVV-2024-0001.yaml"])
def test_files_that_are_not_demo_data_are_never_overwritten(tmp_path: Path, name: str) -> None:
    own = tmp_path / name
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text("kommun: Riktiga kommunen\n", encoding="utf-8")
    with pytest.raises(UsageError, match="finns redan och är inte demodata"):
        generate(tmp_path, first_year=2024, last_day=dt.date(2024, 6, 30))
    assert own.read_text(encoding="utf-8") == "kommun: Riktiga kommunen\n"
    assert [path for path in tmp_path.rglob("*") if path.is_file()] == [own]


@pytest.mark.parametrize(
    ("first_year", "per_year"), [(2027, None), (2024, 0)], ids=["year-after-last-day", "zero"]
)
def test_invalid_arguments_are_refused(tmp_path: Path, first_year: int, per_year: int | None) -> None:
    with pytest.raises(UsageError):
        generate(tmp_path, first_year=first_year, last_day=LAST_DAY, per_year=per_year)
    assert not any(tmp_path.iterdir())
