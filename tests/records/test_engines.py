"""The schemas read the same way by every engine: `kvalitet validera`, check-jsonschema (run from the
repository root, as a user would) and jsonschema-rs, on every demo record and on a corpus of records
with one thing wrong each (tests/cases/engines/: valid/, invalid/, and rule/ for what only kvalitet
refuses). The engines must agree with each other always, and kvalitet with them, except where a
documented project rule (RULES) makes kvalitet refuse a record that a schema alone cannot judge.

The two other engines run from .venv-oracle (requirements-oracle.lock), never from .venv.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from kvalitet.records.reference import REFERENCE_FILES
from kvalitet.records.schemacheck import SCHEMA_FILES
from kvalitet.staff.skeleton import record_prefixes
from tests.helpers import BASE, CASES, REPO

ORACLE = REPO / ".venv-oracle" / "bin"
CORPUS = CASES / "engines"
CASE_DIRS = sorted(path for path in CORPUS.glob("*/*") if path.is_dir())


@dataclass(frozen=True, slots=True)
class Rule:
    """A project rule that only kvalitet checks: the codes of its problems, and why no schema can."""

    codes: frozenset[str]
    why: str


RULES: dict[str, Rule] = {
    "enheter": Rule(
        frozenset({"rule-unknown-unit", "rule-code-period"}),
        "enhet is an id in the municipality's own organisation.yaml (valid on the day of registration), "
        "which a schema cannot know",
    ),
    "kategorier": Rule(
        frozenset(
            {
                "rule-unknown-category",
                "rule-unknown-insats",
                "rule-unknown-reason",
                "rule-unknown-cause",
                "rule-code-period",
            }
        ),
        "kategorier, insats, skäl and orsaker are ids in the municipality's own kategorier.yaml",
    ),
    "datumordning": Rule(
        frozenset({"rule-date-order"}),
        "dates in order (inträffad before registrerad before avslutad): JSON Schema compares no two values",
    ),
    "ej-verkstallda-beslut": Rule(
        frozenset(
            {
                "rule-evb-insats-law",
                "rule-evb-registered-early",
                "rule-evb-executed-in-time",
                "rule-evb-resumed-in-time",
                "rule-evb-reported-before-decision",
                "rule-evb-reported-early",
                "rule-evb-resumed-without-interruption",
                "rule-evb-interruption-and-executed",
            }
        ),
        "the three-month date is computed from beslutsdatum or avbrott, the insats's law is in the "
        "municipality's kategorier.yaml, and an IVO quarter is compared with dates: no schema can",
    ),
    "åtgärder": Rule(
        frozenset(
            {
                "rule-closed-action-open",
                "rule-closed-before-follow-up",
                "rule-action-result-without-follow-up",
            }
        ),
        "a case is closed only when its actions are followed up (postformat 2): JSON Schema compares no "
        "two values, and the rule depends on the record's format version",
    ),
    "pseudonymisering": Rule(
        frozenset(
            {
                "pseudonym-personnummer",
                "pseudonym-samordningsnummer",
                "pseudonym-namn",
                "pseudonym-telefon",
                "pseudonym-adress",
                "pseudonym-epost",
                "pseudonym-unused",
            }
        ),
        "the pseudonymisation guard reads the texts for personnummer, names, phone numbers, addresses",
    ),
    "riskgräns": Rule(
        frozenset({"rule-risk-investigation", "rule-risk-investigation-dated"}),
        "a riskvärde above the riskgräns needs an utredning: the limit is the municipality's own, in "
        "kvalitet.yaml, and may change from a date, which no record schema can know",
    ),
    "nfc": Rule(
        frozenset({"yaml-decomposed"}),
        "å, ä, ö saved decomposed are refused everywhere in the file; another engine refuses them only "
        "where it compares (field names, lists of values, codes), not in a free text",
    ),
    "heltal": Rule(
        frozenset({"yaml-number-like"}),
        "a number is written as a plain whole number: 03 is refused even where a number is wanted, "
        "since YAML 1.1 and 1.2 readers read such numbers differently",
    ),
}
"""The project rules, by name: a record only kvalitet refuses must be refused by these codes alone."""


def schema_for(file: Path) -> str:
    """The schema that .vscode/settings.json gives the file, relative to the repository root."""
    name = file.name.removesuffix(".yaml")
    if name in SCHEMA_FILES:
        return f"schemas/{SCHEMA_FILES[name]}"
    prefix = name.split("-")[0]
    kind = next(typ for typ, known in record_prefixes().items() if known == prefix)
    return f"schemas/{SCHEMA_FILES[kind]}"


def _env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}


def kvalitet_codes(roots: Iterable[Path]) -> dict[Path, set[str]]:
    """`kvalitet validera --format json` on the roots: the problem codes of each file."""
    roots = list(roots)
    result = subprocess.run(
        [sys.executable, "-m", "kvalitet", "validera", "--format", "json", *map(str, roots)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    codes: dict[Path, set[str]] = {}
    for problem in report["problems"]:
        codes.setdefault((REPO / problem["path"]).resolve(), set()).add(problem["code"])
    return codes


def check_jsonschema(files: list[Path]) -> dict[Path, int]:
    """check-jsonschema, once per schema, from the repository root: the number of errors per file."""
    errors: dict[Path, int] = {}
    by_schema: dict[str, list[Path]] = {}
    for file in files:
        by_schema.setdefault(schema_for(file), []).append(file)
    for schema, group in sorted(by_schema.items()):
        result = subprocess.run(
            [ORACLE / "check-jsonschema", "--schemafile", schema, "-o", "json", *map(str, group)],
            cwd=REPO,
            env=_env(),
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode in (0, 1), result.stdout + result.stderr
        report = json.loads(result.stdout)
        for found in report["errors"] + report.get("parse_errors", []):
            path = (REPO / found["filename"]).resolve()
            errors[path] = errors.get(path, 0) + 1
    return errors


def jsonschema_rs(files: list[Path]) -> dict[Path, int]:
    """jsonschema-rs (tests/records/engines_oracle.py): the number of errors per file."""
    pairs = [[str(file), str(REPO / schema_for(file))] for file in files]
    result = subprocess.run(
        [ORACLE / "python", Path(__file__).with_name("engines_oracle.py")],
        input=json.dumps(pairs),
        cwd=REPO,
        env=_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found: dict[str, list[str]] = json.loads(result.stdout)
    return {Path(name).resolve(): len(errors) for name, errors in found.items() if errors}


@dataclass(frozen=True, slots=True)
class Verdicts:
    files: list[Path]
    kvalitet: dict[Path, set[str]]
    check_jsonschema: dict[Path, int]
    jsonschema_rs: dict[Path, int]

    def disagreements(self) -> list[str]:
        """Every file on which the engines disagree and no rule explains it."""
        found = []
        for file in self.files:
            theirs = file in self.check_jsonschema
            if theirs != (file in self.jsonschema_rs):
                found.append(f"{file}: check-jsonschema and jsonschema-rs disagree")
                continue
            codes = self.kvalitet.get(file, set())
            if theirs and not codes:
                found.append(f"{file}: only the other engines refuse it")
            elif codes and not theirs and not codes <= rule_codes():
                found.append(f"{file}: only kvalitet refuses it, not by a rule: {sorted(codes)}")
        return found


@cache
def rule_codes() -> frozenset[str]:
    return frozenset().union(*(rule.codes for rule in RULES.values()))


def lay_over(case: Path, root: Path) -> Path:
    shutil.copytree(BASE, root)
    shutil.copytree(case, root, dirs_exist_ok=True)
    return root


def verdicts(roots: list[Path], files: list[Path]) -> Verdicts:
    files = [file.resolve() for file in files]
    return Verdicts(files, kvalitet_codes(roots), check_jsonschema(files), jsonschema_rs(files))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Verdicts, dict[str, Path]]:
    """Each case of the corpus laid over a copy of tests/cases/base/, and the verdicts on its record."""
    top = tmp_path_factory.mktemp("engines")
    roots = {
        f"{case.parent.name}/{case.name}": lay_over(case, top / case.parent.name / case.name / "records")
        for case in CASE_DIRS
    }
    records = {
        name: next((root / "2024").glob(f"{case_file(CORPUS / name)}")) for name, root in roots.items()
    }
    return verdicts(list(roots.values()), list(records.values())), records


def case_file(case: Path) -> str:
    (record,) = (case / "2024").glob("*.yaml")
    return record.name


def test_every_demo_file_is_valid_for_every_engine() -> None:
    records = sorted((REPO / "records").glob("*/*.yaml"))
    files = records + [REPO / "records" / name for name in REFERENCE_FILES]
    assert len(records) > 3000
    found = verdicts([REPO / "records"], files)
    assert found.kvalitet == {}
    assert found.check_jsonschema == {}
    assert found.jsonschema_rs == {}


def test_no_disagreement_outside_the_rules(corpus: tuple[Verdicts, dict[str, Path]]) -> None:
    found, _ = corpus
    assert found.disagreements() == []


@pytest.mark.parametrize("case", CASE_DIRS, ids=lambda case: f"{case.parent.name}/{case.name}")
def test_case_is_judged_as_its_folder_says(case: Path, corpus: tuple[Verdicts, dict[str, Path]]) -> None:
    found, records = corpus
    record = records[f"{case.parent.name}/{case.name}"].resolve()
    codes = found.kvalitet.get(record, set())
    others = (record in found.check_jsonschema, record in found.jsonschema_rs)
    if case.parent.name == "valid":
        assert (codes, others) == (set(), (False, False))
    elif case.parent.name == "invalid":
        assert codes and others == (True, True), codes
    else:
        assert case.parent.name == "rule"
        assert codes and codes <= rule_codes() and others == (False, False), codes


def test_each_rule_has_a_case_where_only_kvalitet_refuses(corpus: tuple[Verdicts, dict[str, Path]]) -> None:
    found, records = corpus
    shown = set().union(
        *(found.kvalitet.get(records[name].resolve(), set()) for name in records if name.startswith("rule/"))
    )
    for name, rule in RULES.items():
        assert rule.codes & shown, name
