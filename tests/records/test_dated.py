"""Policy values with dates (records/dated.py): a changed riskgräns or uppföljning_dagar never
invalidates older cases. The messages on bad periods are in tests/cases/records/invalid/*-periods."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from kvalitet.records.dated import Dated, DatedValue
from kvalitet.records.load import load_yaml
from kvalitet.records.problems import Problem
from kvalitet.records.reference import load_reference
from kvalitet.records.validate import validate
from tests.helpers import REPO

CHANGE = dt.date(2025, 7, 1)
DATED = "riskgräns:\n  - värde: 8\n    till: 2025-06-30\n  - värde: 6\n    från: 2025-07-01\n"


def _demo_with(tmp_path: Path, limit: str) -> Path:
    root = tmp_path / "records"
    shutil.copytree(REPO / "records", root)
    policy = root / "kvalitet.yaml"
    text = policy.read_text(encoding="utf-8")
    assert "riskgräns: 8\n" in text
    policy.write_text(text.replace("riskgräns: 8\n", limit), encoding="utf-8")
    return root


def _risk_problems(root: Path) -> list[Problem]:
    files = sorted(root.glob("*/AVV-*.yaml"))
    problems = validate(files).problems
    assert {problem.code for problem in problems} <= {
        "rule-risk-investigation",
        "rule-risk-investigation-dated",
    }
    return problems


def _registered(problem: Problem) -> dt.date:
    loaded = load_yaml(problem.file)
    assert not isinstance(loaded, list)
    return dt.date.fromisoformat(str(loaded.data["registrerad"]))


def test_a_lower_limit_from_a_date_checks_only_newer_demo_cases(tmp_path: Path) -> None:
    problems = _risk_problems(_demo_with(tmp_path, DATED))
    assert problems, "the demo has avvikelser with riskvärde 7 or 8 after the change"
    assert all(problem.code == "rule-risk-investigation-dated" for problem in problems)
    assert all(_registered(problem) >= CHANGE for problem in problems)
    for problem in problems:
        assert f"över gränsen 6 som gällde den {_registered(problem).isoformat()}" in problem.message


def test_the_same_limit_without_a_date_would_invalidate_older_cases(tmp_path: Path) -> None:
    problems = _risk_problems(_demo_with(tmp_path, "riskgräns: 6\n"))
    assert any(_registered(problem) < CHANGE for problem in problems)


def test_the_value_in_force_on_a_day() -> None:
    dated = Dated((DatedValue(8, None, dt.date(2025, 6, 30)), DatedValue(6, CHANGE, None)))
    assert dated.on(dt.date(2025, 6, 30)) == 8
    assert dated.on(CHANGE) == 6
    assert dated.on(dt.date(2001, 1, 1)) == 8
    assert dated.changes() and not Dated.plain(8).changes()
    assert dated.between(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == (dated.values[1],)


FOLLOW_UP = "uppföljning_dagar:\n  - värde: 90\n    till: 2025-06-30\n  - värde: 30\n    från: 2025-07-01\n"


def test_uppfoljning_dagar_with_dates_gives_the_value_in_force_on_a_day(records: Path) -> None:
    (records / "kvalitet.yaml").write_text(FOLLOW_UP, encoding="utf-8")
    reference, problems = load_reference(records)
    assert problems == [] and reference is not None
    policy = reference.policy
    assert policy.follow_up_days_on(dt.date(2025, 6, 30)) == 90
    assert policy.follow_up_days_on(CHANGE) == 30
    assert policy.follow_up_days == 30  # the value for actions done today
    assert policy.dated_follow_up_days.changes()


def test_plain_uppfoljning_dagar_is_in_force_always(records: Path) -> None:
    (records / "kvalitet.yaml").write_text("uppföljning_dagar: 45\n", encoding="utf-8")
    reference, problems = load_reference(records)
    assert problems == [] and reference is not None
    assert reference.policy.follow_up_days == 45
    assert reference.policy.follow_up_days_on(dt.date(2001, 1, 1)) == 45
    assert not reference.policy.dated_follow_up_days.changes()


def test_a_shorter_follow_up_time_never_invalidates_the_demo(tmp_path: Path) -> None:
    root = tmp_path / "records"
    shutil.copytree(REPO / "records", root)
    policy = root / "kvalitet.yaml"
    before = validate([root]).problems
    dated = "uppföljning_dagar:\n  - värde: 90\n    till: 2024-12-31\n  - värde: 1\n    från: 2025-01-01\n"
    policy.write_text(policy.read_text(encoding="utf-8") + dated, encoding="utf-8")
    assert validate([root]).problems == before == []
