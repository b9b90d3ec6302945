"""The report's analysis and prose rules: one number style per sentence, comparisons that say
"oförändrat" and judge variation, the status words of each kind, åtgärder counted from the records,
under-reporting units and the longest-open cases of seed 004."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from kvalitet.aggregate import Row, Table
from kvalitet.annual.analysis_units import silent_units, units, without_single_cases
from kvalitet.annual.compare import beyond_variation, comparison
from kvalitet.annual.model import ReportData
from kvalitet.annual.pages import Source, report_data
from kvalitet.annual.periods import HALF, YEAR, ReportPeriod
from kvalitet.annual.sections import sections
from kvalitet.annual.words import NOUNS, style
from kvalitet.demo.catalogue import ORSAKER
from kvalitet.records.cases import to_cases
from kvalitet.records.reference import load_reference
from kvalitet.records.validate import validate
from tests.aggregate.helpers import load, write
from tests.annual.test_seeds import AS_OF_004, Seed, _seed
from tests.helpers import REPO


def test_a_sentence_has_one_number_style() -> None:
    words, digits = style(2, 9), style(2, 13)
    assert (words.count(2, NOUNS["avvikelse"]), words.amount(9)) == ("två avvikelser", "nio")
    assert (digits.count(2, NOUNS["avvikelse"]), digits.amount(13)) == ("2 avvikelser", "13")
    assert style(3, compare=True).count(1, NOUNS["klagomål"]) == "1 klagomål"
    assert style(63.6).digits and not style(12).digits
    assert style(0, 14).count(0, NOUNS["synpunkt"]) == "inga synpunkter"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"2023": 18, "2024": 22, "2025": 22}, ", oförändrat jämfört med 2024 och 4 fler än 2023 (18)"),
        ({"2023": 22, "2024": 22, "2025": 22}, ", oförändrat jämfört med 2024 och 2023"),
        ({"2023": 58, "2024": 38, "2025": 46}, ", 8 fler än 2024 (38) och 12 färre än 2023 (58)"),
        ({"2023": 0, "2024": 0, "2025": 5}, ", jämfört med inga år 2024 och 2023"),
        ({"2023": 0, "2024": 6, "2025": 9}, ", 3 fler än 2024 (6) och inga år 2023"),
        ({"2023": 2, "2024": 3, "2025": 0}, ", mot 3 år 2024 och 2 år 2023"),
        ({"2023": 10, "2024": 9, "2025": 10}, ", 1 fler än 2024 (9) och lika många som 2023"),
    ],
)
def test_the_comparison_reads_like_a_person_wrote_it(values: dict[str, int], expected: str) -> None:
    data = _data_with_years(ReportPeriod(2025, YEAR))
    assert comparison(data, values) == expected


def test_a_part_year_is_compared_with_the_same_period() -> None:
    data = _data_with_years(ReportPeriod(2025, HALF, 1))
    assert comparison(data, {"2023": 4, "2024": 5, "2025": 5}) == (
        ", oförändrat jämfört med samma period 2024 och 1 fler än samma period 2023 (4)"
    )


def test_ordinary_variation_is_three_standard_deviations_of_the_difference() -> None:
    # 92 against 40: 52 > 3 × √132 ≈ 34,5. 257 against 234: 23 < 3 × √491 ≈ 66,5.
    assert beyond_variation(92, 40) and not beyond_variation(257, 234)
    assert beyond_variation(10, 0) and not beyond_variation(9, 0)  # 9 = 3 × √9: not beyond
    assert not beyond_variation(7, 7)


def _data_with_years(period: ReportPeriod) -> ReportData:
    """A ReportData whose only use is its period, columns and the start of the records."""

    @dataclasses.dataclass
    class Covered:
        records_start: dt.date = dt.date(2023, 1, 1)

    @dataclasses.dataclass
    class Years:
        years: tuple[int, ...] = (2023, 2024, 2025)
        overview: Covered = dataclasses.field(default_factory=Covered)

    return ReportData(period, Years(), dt.date(2026, 1, 31))  # type: ignore[arg-type]


# --- Seed 004: facts the report states -----------------------------------------------------------


@pytest.fixture(scope="module")
def seed004(tmp_path_factory: pytest.TempPathFactory) -> Seed:
    return _seed(tmp_path_factory, "004", 2024, AS_OF_004)


def test_004_the_longest_open_case_is_named_by_unit_month_days_and_status(seed004: Seed) -> None:
    # "två rapporter ... en rörande enhet barn och unga (rapporterad 2024-01-12)": open at the end of
    # January 2025, with actions still going on. No case text, no id.
    text = seed004.paragraphs("avvikelser-sol-lss")
    assert text[-1] == (
        "Längst öppet var ett ärende vid Barn och unga 1, registrerat i januari 2024: efter 385 dagar "
        "hade det åtgärder som pågick."
    )
    table = seed004.table("avvikelser-sol-lss", "avvikelser-sol-lss-langst-oppna")
    assert [(row.label, row.values) for row in table.rows][:2] == [
        ("Barn och unga 1, registrerat i januari 2024 (åtgärder pågår)", (385,)),
        ("Stöd och försörjning, registrerat i januari 2024 (åtgärder pågår)", (378,)),
    ]


def test_004_the_open_cases_of_the_year_are_not_counted_twice(seed004: Seed) -> None:
    # The status sentence has the 14 open avvikelser of 2024; the longest-open paragraph adds no
    # count of its own when no earlier year's case is open.
    text = seed004.paragraphs("avvikelser-sol-lss")
    assert not any(paragraph.startswith("Med ärenden från tidigare år") for paragraph in text)


def test_004_a_unit_without_avvikelser_is_named_as_possible_under_reporting(seed004: Seed) -> None:
    data = seed004.data
    assert silent_units(data) == []
    # Vuxna reported nine in 2024; with none, it is named (it reported in 2022 and 2023).
    silent = tuple(
        dataclasses.replace(unit, table=_without_2024(unit.table)) if unit.id == "vuxna" else unit
        for unit in data.aggregates.units
    )
    changed = dataclasses.replace(data, aggregates=dataclasses.replace(data.aggregates, units=silent))
    assert silent_units(changed) == ["Vuxna"]
    assert units(changed, changed.aggregates.group("avvikelse-sol-lss"), "avvikelser-sol-lss")[0][-1] == (
        "Inga avvikelser alls rapporterades under 2024 från Vuxna, som har rapporterat avvikelser "
        "tidigare. Det kan vara underrapportering, och det är värt att följa upp med enheterna."
    )


def _without_2024(table: Table) -> Table:
    index = table.columns.index("2024")

    def zero(row: Row) -> Row:
        values = list(row.values)
        values[index] = 0
        return dataclasses.replace(row, values=tuple(values))

    return dataclasses.replace(table, rows=tuple(zero(row) for row in table.rows))


# --- The demo's 2025 report: åtgärder as the records have them -------------------------------------


@pytest.fixture(scope="module")
def demo_2025() -> ReportData:
    root = REPO / "records"
    outcome = validate([root])
    reference, _ = load_reference(root)
    assert reference is not None
    source = Source(to_cases(outcome.records), reference)
    return report_data(source, ReportPeriod(2025, YEAR), dt.date(2026, 10, 31))


def _actions_2025(follow_up: dt.date, days: int) -> tuple[int, int, dict[str, int], dict[str, int]]:
    """Cases with actions, actions, per level and per state, of the 2025 SoL/LSS avvikelser."""
    with_actions, total = 0, 0
    levels: dict[str, int] = {}
    states = {"uppföljd": 0, "väntar": 0, "försenad": 0, "ej": 0}
    for path in sorted((REPO / "records" / "2025").glob("AVV-*.yaml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        if record.get("lagrum") not in ("SoL", "LSS") or "samverkan" in record:
            continue
        actions = record.get("åtgärder") or []
        with_actions += bool(actions)
        for action in actions:
            total += 1
            levels[action["nivå"]] = levels.get(action["nivå"], 0) + 1
            done, followed = action.get("klar"), action.get("uppföljd")
            if done is None or done > follow_up:
                states["ej"] += 1
            elif followed is not None and followed <= follow_up:
                states["uppföljd"] += 1
            else:
                moves = action.get("flyttad") or []
                due = moves[-1]["datum"] if moves else action.get("uppföljning_planerad")
                due = due or done + dt.timedelta(days=days)
                states["försenad" if due < follow_up else "väntar"] += 1
    return with_actions, total, levels, states


def test_the_actions_paragraph_counts_the_records(demo_2025: ReportData) -> None:
    follow_up = demo_2025.follow_up
    with_actions, total, levels, states = _actions_2025(follow_up, demo_2025.aggregates.follow_up_days)
    text = sections(demo_2025)["avvikelser-sol-lss"].paragraphs
    paragraph = next(p for p in text if p.startswith("I ") and "beslutades åtgärder" in p)
    cases = sum(
        1
        for path in (REPO / "records" / "2025").glob("AVV-*.yaml")
        if (r := yaml.safe_load(path.read_text(encoding="utf-8"))).get("lagrum") in ("SoL", "LSS")
        and "samverkan" not in r
    )
    assert paragraph.startswith(
        f"I {with_actions} av de {cases} ärendena beslutades åtgärder, sammanlagt {total}: "
        f"{levels['individ']} på individnivå, {levels['grupp']} på gruppnivå, {levels['enhet']} på "
        f"enhetsnivå och {levels['förvaltning']} på förvaltningsnivå. Av de {total} åtgärderna var "
        f"{states['uppföljd']} uppföljda, {states['väntar']} genomförda men ännu inte uppföljda"
    )
    if states["försenad"]:
        assert f", {states['försenad']} genomförda men inte uppföljda i tid" in paragraph
    else:
        assert paragraph.endswith(f"{states['ej']} ännu inte genomförda. Ingen uppföljning var försenad.")


def _follow_ups_2025(follow_up: dt.date) -> tuple[int, int, int, int, dict[str, int], Counter[str], int]:
    """Actions, planned, moved, passed, results, causes and cases of the 2025 SoL/LSS avvikelser."""
    total = planned = moved = passed = cases = 0
    results: dict[str, int] = {}
    causes: Counter[str] = Counter()
    for path in sorted((REPO / "records" / "2025").glob("AVV-*.yaml")):
        record = yaml.safe_load(path.read_text(encoding="utf-8"))
        if record.get("lagrum") not in ("SoL", "LSS") or "samverkan" in record:
            continue
        cases += 1
        causes.update(record.get("orsaker") or [])
        for action in record.get("åtgärder") or []:
            total += 1
            moves = action.get("flyttad") or []
            day = moves[-1]["datum"] if moves else action.get("uppföljning_planerad")
            followed = action.get("uppföljd") is not None and action["uppföljd"] <= follow_up
            if day is not None:
                planned += 1
                moved += bool(moves)
                passed += day < follow_up and not followed
            if followed:
                verdict = (action.get("resultat") or {}).get("bedömning", "inget")
                results[verdict] = results.get(verdict, 0) + 1
    return total, planned, moved, passed, results, causes, cases


def test_the_follow_up_and_causes_paragraphs_count_the_records(demo_2025: ReportData) -> None:
    total, planned, moved, passed, results, causes, cases = _follow_ups_2025(demo_2025.follow_up)
    section = sections(demo_2025)["avvikelser-sol-lss"]
    text = " ".join(section.paragraphs)
    assert (
        f"Av de {total} åtgärderna hade {planned} en planerad dag för uppföljning. För {moved} av dem "
        f"hade uppföljningen flyttats. För {passed} hade den planerade dagen passerat utan uppföljning."
    ) in text
    assert (
        f"Resultat av de {sum(results.values())} uppföljda åtgärderna: hade effekt "
        f"({results['hade_effekt']}), hade inte effekt ({results['hade_inte_effekt']}), för tidigt att "
        f"säga ({results['för_tidigt_att_säga']}) och inget resultat angivet ({results['inget']})."
    ) in text
    named = sum(1 for path in (REPO / "records" / "2025").glob("AVV-*.yaml") if _named_cause(path))
    (first, n), *_ = causes.most_common(1)
    name = {key: label for key, label in ORSAKER}[first]
    label = name[:1].lower() + name[1:]
    assert f"Orsak angavs i {named} av de {cases} ärendena. Vanligast var {label} ({n})" in text
    ids = [table.id for table in section.tables]
    assert "berattelse-2025-avvikelser-sol-lss-orsaker" in ids
    assert "berattelse-2025-avvikelser-sol-lss-atgarder-resultat" in ids


def _named_cause(path: Path) -> bool:
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    sol_lss = record.get("lagrum") in ("SoL", "LSS") and "samverkan" not in record
    return sol_lss and bool(record.get("orsaker"))


def test_hidden_causes_are_not_ranked(records: Path) -> None:
    for number in range(2, 9):
        write(records, "personuppgiftsincident", number, "2024-05-02", orsaker=["mänskliga-faktorn"])
    write(records, "personuppgiftsincident", 9, "2024-05-03", orsaker=["stress"])
    cases, reference = load(records)
    data = report_data(Source(cases, reference), ReportPeriod(2024, YEAR), dt.date(2025, 3, 1))
    section = sections(data)["personuppgiftsincidenter"]
    text = " ".join(section.paragraphs)
    assert (
        "Orsakerna står i tabellen. Antal under 5 visas inte, eftersom de skulle kunna peka ut enskilda "
        "personer."
    ) in text
    assert "Vanligast var" not in text


def test_an_ej_verkstallt_beslut_is_not_verkstallt_rather_than_not_begun(demo_2025: ReportData) -> None:
    text = " ".join(sections(demo_2025)["ej-verkstallda-beslut"].paragraphs)
    assert "hade ännu inte verkställts" in text
    assert "påbörja" not in text


def test_the_report_has_no_repeated_risk_fact_and_no_varav_of_one(demo_2025: ReportData) -> None:
    built = sections(demo_2025)
    section = built["avvikelser-sol-lss"]
    assert section.chart is not None
    risk = [p for p in section.paragraphs if "riskvärde över" in p]
    assert len(risk) == 1 and risk[0].startswith("Av de ") and "riskbedömda avvikelserna hade" in risk[0]
    assert "riskbedömda" not in section.chart.caption
    every = " ".join(p for s in built.values() for p in s.paragraphs)
    assert "varav en inom" not in every and "varav 1 " not in every
    assert "procent" in every and "%" not in every


# --- Prose rules over whole reports ------------------------------------------------------------------

NUMBER_WORDS = re.compile(r"\b(två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv)\b", re.IGNORECASE)
MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
DATES_AND_YEARS = re.compile(rf"\b(\d{{1,2}} ({MONTHS}) )?(19|20)\d\d\b", re.IGNORECASE)


def _sentences(paragraphs: tuple[str, ...]) -> list[str]:
    return [sentence for paragraph in paragraphs for sentence in re.split(r"(?<=[.:])\s+", paragraph)]


def _mixed(sentence: str) -> bool:
    """Whether a sentence has a number in words and a number in figures (dates and years aside)."""
    plain = DATES_AND_YEARS.sub("", sentence)
    return bool(NUMBER_WORDS.search(plain)) and bool(re.search(r"\d", plain))


def test_no_sentence_of_a_report_mixes_number_styles(demo_2025: ReportData, seed004: Seed) -> None:
    assert _mixed("Elva klagomål, jämfört med 9 år 2024.") and not _mixed("Tolv sedan januari 2024.")
    for built in (sections(demo_2025), seed004.sections):
        for section in built.values():
            mixed = [sentence for sentence in _sentences(section.paragraphs) if _mixed(sentence)]
            assert mixed == [], section.key


def test_varav_introduces_only_a_part_smaller_than_the_whole(demo_2025: ReportData) -> None:
    found = 0
    for section in sections(demo_2025).values():
        for sentence in _sentences(section.paragraphs):
            for whole, part in re.findall(r"(\d+)[^.\d]*, varav (\d+)", sentence):
                found += 1
                assert int(part) < int(whole), sentence
    assert found  # the HSL skada sentence has one


def test_where_the_complaints_came_from(records: Path) -> None:
    # The base klagomål of 2024 came by e-post from an anhörig; five more so, and seven came as
    # remisser from IVO (seed 000: "varav majoriteten från IVO"). No count is small.
    for number in range(2, 7):
        write(records, "klagomål", number, "2024-05-02", kanal="e-post", avsändare="anhörig")
    for number in range(7, 14):
        write(
            records,
            "klagomål",
            number,
            "2024-06-02",
            kanal="tillsynsmyndighet",
            avsändare="tillsynsmyndighet",
            remiss={"myndighet": "IVO"},
            avsändarens_kön="kvinna",
        )
    cases, reference = load(records)
    data = report_data(Source(cases, reference), ReportPeriod(2024, YEAR), dt.date(2025, 3, 1))
    text = sections(data)["synpunkter-och-klagomal"].paragraphs
    assert text[1].endswith(
        "Flest klagomål kom in via tillsynsmyndighet (7) och e-post (6). Av de 13 klagomålen kom 7, "
        "alltså majoriteten, som remiss: 7 från IVO. Övriga lämnades av anhöriga (6)."
    )


def test_small_counts_of_channels_and_senders_are_not_shown(records: Path) -> None:
    # The base klagomål (e-post, anhörig) and two remisser from IVO: every count is below 5, hidden on
    # the kind page and in the report alike, so the report names none of them.
    for number in (2, 3):
        write(
            records,
            "klagomål",
            number,
            "2024-06-02",
            kanal="tillsynsmyndighet",
            avsändare="tillsynsmyndighet",
            remiss={"myndighet": "IVO"},
        )
    cases, reference = load(records)
    data = report_data(Source(cases, reference), ReportPeriod(2024, YEAR), dt.date(2025, 3, 1))
    text = sections(data)["synpunkter-och-klagomal"].paragraphs
    assert text[1].endswith(
        "Antalen klagomål per kanal är för små för att visas. Antalen klagomål per avsändare är för små "
        "för att visas."
    )


def test_only_the_counts_shown_are_named_when_some_are_hidden(records: Path) -> None:
    # The base klagomål (e-post, anhörig), six by telefon and one by brev from brukare: e-post and
    # brev are hidden (1 each), telefon is shown; anhöriga 1 is hidden, and brukare 7 with it (or it
    # could be computed from the total), so no ranking of channels is claimed.
    for number in range(2, 8):
        write(records, "klagomål", number, "2024-05-02", kanal="telefon", avsändare="brukare")
    write(records, "klagomål", 8, "2024-05-02", kanal="brev", avsändare="brukare")
    cases, reference = load(records)
    data = report_data(Source(cases, reference), ReportPeriod(2024, YEAR), dt.date(2025, 3, 1))
    text = sections(data)["synpunkter-och-klagomal"].paragraphs
    assert text[1].endswith(
        "Av de 8 klagomålen visas antalet per kanal för telefon (6); små antal visas inte. Antalen "
        "klagomål per avsändare är för små för att visas."
    )


def test_women_and_men_among_those_who_complained(records: Path) -> None:
    # The base klagomål and four more without the sender's kön; six from women, five from men.
    genders = [None] * 4 + ["kvinna"] * 6 + ["man"] * 5
    for number, gender in enumerate(genders, start=2):
        write(records, "klagomål", number, "2024-06-02", avsändarens_kön=gender)
    cases, reference = load(records)
    data = report_data(Source(cases, reference), ReportPeriod(2024, YEAR), dt.date(2025, 3, 1))
    text = sections(data)["synpunkter-och-klagomal"].paragraphs
    assert (
        "Kön är inte registrerat som kvinna eller man för dem som klagomålen gällde. Bland dem som lämnade "
        "klagomålen fanns 6 kvinnor och 5 män; kvinnornas andel var 54,5 procent. För 5 var könet annat, "
        "okänt eller inte angivet."
    ) in text


def test_the_public_report_lists_no_single_case_of_a_kind_that_counts_people(demo_2025: ReportData) -> None:
    people = ("lex_sarah", "personuppgiftsincident", "lex_maja", "ej_verkställt_beslut")
    internal, public = sections(demo_2025), sections(without_single_cases(demo_2025, people))
    longest = "berattelse-2025-lex-sarah-langst-oppna"
    assert [table.id for table in internal["lex-sarah"].tables if table.id == longest] == [longest]
    assert not [table.id for key in public for table in public[key].tables if table.id == longest]
    assert not any(
        table.id.endswith("-langst-oppna")
        for key in ("lex-sarah", "personuppgiftsincidenter", "lex-maja", "ej-verkstallda-beslut")
        for table in public[key].tables
    )
    expected = (
        "Med ärenden från tidigare år hade 9 rapporter enligt lex Sarah inte avslutats vid "
        "uppföljningen. Berättelsen visar inte vilka av dessa ärenden som har varit öppna längst, "
        "eftersom varje ärende gäller en enskild person."
    )
    assert public["lex-sarah"].paragraphs[-1].endswith(expected)
    assert not any("Längst öppet" in paragraph for paragraph in public["lex-sarah"].paragraphs)
    assert any("Längst öppet" in paragraph for paragraph in internal["lex-sarah"].paragraphs)
    # The kinds that do not count people keep their list.
    assert public["avvikelser-hsl"].tables == internal["avvikelser-hsl"].tables
