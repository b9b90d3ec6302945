"""The analysis of a kind in a report: its åtgärder, where its cases came from, and jämställdhet.

Each function gives the paragraphs and the tables of one analysis for one group, read from the
group's tables (`GroupAggregates.analysis`, `gender`), so the prose states what the tables show.
Every sentence here sets parts against a whole, so its numbers are figures (see `words.style`).
"""

from __future__ import annotations

from kvalitet.aggregate import GroupAggregates, Table
from kvalitet.aggregate.gender import GENDERS, OTHER
from kvalitet.annual.model import ReportData, count_of, pick, value
from kvalitet.annual.words import NOUNS, listing, percent, style
from kvalitet.messages import say
from kvalitet.swedish import number

Analysis = tuple[list[str], list[Table]]
"""Paragraphs and tables."""

DIGITS = style(compare=True)
LEVELS = ("individ", "grupp", "enhet", "förvaltning")
STATES = ("uppföljd", "väntar", "försenad", "ej_genomförd")
DEFINITE = {"klagomål": "klagomålen", "synpunkt": "synpunkterna"}
"""The plural with its article, for "av de 61 klagomålen"."""
REMISS = ("remiss-ivo", "remiss-jo")


def _table(group: GroupAggregates, marker: str) -> Table | None:
    return next((table for table in group.analysis if table.id.endswith(marker)), None)


def _forms(n: int) -> str:
    return "1" if n == 1 else "n"


def actions(data: ReportData, group: GroupAggregates, key: str) -> Analysis:
    """How many actions were decided in the period's cases, at which level, and how far they had
    come at the uppföljningsdatum."""
    overview, levels = _table(group, "-atgarder-per-ar"), _table(group, "-atgarder-niva-per-ar")
    states = _table(group, "-atgarder-uppfoljning-per-ar")
    year = str(data.period.year)
    if overview is None or levels is None or states is None or not count_of(overview, "ärenden", year):
        return [], []
    cases, with_actions = count_of(overview, "ärenden", year), count_of(overview, "med_åtgärder", year)
    total = count_of(overview, "åtgärder", year)
    if total == 0:
        return [say("analysis-actions-none", cases=DIGITS.amount(cases))], []
    parts = [
        say(f"analysis-actions-level-{level}", count=number(n))
        for level in LEVELS
        if (n := count_of(levels, level, year))
    ]
    text = [
        say(
            "analysis-actions",
            with_actions=number(with_actions),
            cases=number(cases),
            total=number(total),
            levels=listing(parts),
        )
    ]
    counts = {state: count_of(states, state, year) for state in STATES}
    # No clause names the days: the table's note does (with each value when uppföljning_dagar changed).
    clauses = [
        say(f"analysis-action-state-{state.replace('_', '-')}-{_forms(n)}", count=number(n))
        for state, n in counts.items()
        if n
    ]
    sentence = say("analysis-action-states", total=number(total), clauses=listing(clauses))
    if not counts["försenad"] and (counts["uppföljd"] or counts["väntar"]):
        sentence += " " + say("analysis-action-none-overdue")
    text.append(sentence)
    columns = data.columns()
    tables = [
        pick(levels, columns, data, suffix=f"{key}-atgarder-niva"),
        pick(states, [year], data, suffix=f"{key}-atgarder-uppfoljning"),
    ]
    return text, tables


def _total(table: Table, column: str) -> int:
    """The column's total: the table's total row (its rows may hide small counts), else their sum."""
    if table.total is not None:
        index = table.columns.index(column)
        shown = table.total.values[index]
        if isinstance(shown, int):
            return shown
    return sum(count_of(table, row.key, column) for row in table.rows)


def _ranked(table: Table, column: str, skip: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    counted = [
        (count_of(table, row.key, column), index, row.label)
        for index, row in enumerate(table.rows)
        if row.key not in skip
    ]
    return [(n, label) for n, _, label in sorted(counted, key=lambda item: (-item[0], item[1])) if n]


def _items(ranked: list[tuple[int, str]], limit: int = 3) -> str:
    return listing([f"{label[:1].lower() + label[1:]} ({number(n)})" for n, label in ranked[:limit]])


def _ranking(code: str, noun: str, ranked: list[tuple[int, str]], total: int) -> str:
    """The most common rows, or "Samtliga …" when one row has every case."""
    if ranked[0][0] == total:
        label = ranked[0][1]
        return say(code + "-all", noun=noun, label=label[:1].lower() + label[1:])
    return say(code, noun=noun, items=_items(ranked))


def sources(data: ReportData, group: GroupAggregates, key: str) -> Analysis:
    """The channels and senders of the period's klagomål or synpunkter, and the remisser."""
    channels, senders = _table(group, "-kanal-per-ar"), _table(group, "-avsandare-per-ar")
    year = str(data.period.year)
    if channels is None or senders is None:
        return [], []
    total = _total(channels, year)
    if total == 0:
        return [], []
    name = group.group
    plural = NOUNS[name].plural
    columns = data.columns()
    tables = [
        pick(channels, columns, data, suffix=f"{key}-kanal", rows=False),
        pick(senders, columns, data, suffix=f"{key}-avsandare", rows=False),
    ]
    if _any_hidden(channels, year) or _any_hidden(senders, year):  # small counts hidden: no ranking is sure
        text = [_shown("analysis-channels", name, channels, year, total)]
        return [*text, _shown("analysis-senders", name, senders, year, total)], tables
    text = [_ranking("analysis-channels", plural, _ranked(channels, year), total)]
    people = _ranked(senders, year, skip=REMISS)
    present = {row.key for row in senders.rows}
    remisser = {item: count_of(senders, item, year) for item in REMISS if item in present}
    sent = sum(remisser.values())
    if not sent:
        if people:
            text.append(_ranking("analysis-senders", plural, people, total))
    else:
        authorities = listing(
            [
                say(f"analysis-remiss-{item.removeprefix('remiss-')}", count=number(n))
                for item, n in remisser.items()
                if n
            ]
        )
        code = "analysis-remiss-majority" if 2 * sent > total else "analysis-remiss"
        text.append(
            say(code, count=number(sent), total=number(total), noun=DEFINITE[name], authorities=authorities)
        )
        if people:
            text.append(say("analysis-senders-rest", items=_items(people)))
    return text, tables


def _any_hidden(table: Table, column: str) -> bool:
    return any(value(table, row.key, column) is None for row in table.rows)


def _shown(code: str, name: str, table: Table, column: str, total: int) -> str:
    """The counts shown of a table some of whose counts are hidden (no claim of which is largest)."""
    ranked = _ranked(table, column)
    if not ranked:
        return say(code + "-none-shown", noun=NOUNS[name].plural)
    items = _items(ranked, limit=len(ranked))
    return say(code + "-shown", noun=DEFINITE[name], total=number(total), items=items)


def _gender_sentence(table: Table, column: str, subject: str, min_cell: int) -> str:
    """Women and men among `subject` ("dem som ärendena gällde"), or why the split is not shown."""
    women, men = value(table, "kvinna", column), value(table, "man", column)
    other = value(table, OTHER, column)
    if women is None or men is None:
        return say("analysis-gender-hidden", subject=subject, min_cell=min_cell)
    women, men = int(women), int(men)
    if women + men == 0:
        return say("analysis-gender-none", subject=subject)
    text = say(
        "analysis-gender",
        subject=subject,
        women=say("analysis-women-1" if women == 1 else "analysis-women-n", count=number(women)),
        men=say("analysis-men-1" if men == 1 else "analysis-men-n", count=number(men)),
        share=percent(women, women + men),
    )
    if other is None:
        return text + " " + say("analysis-gender-others-hidden")
    return text + (" " + say("analysis-gender-others", count=number(int(other))) if other else "")


def _recorded(table: Table, column: str) -> bool:
    """Whether any case has kön kvinna or man (shown or hidden)."""
    return any(value(table, key, column) != 0 for key in GENDERS)


def gender(data: ReportData, group: GroupAggregates, key: str) -> Analysis:
    """Women and men among those the period's cases concern and, for klagomål and synpunkter, among
    those who sent them; counts below the smallest shown count are hidden, as on the site."""
    year = str(data.period.year)
    if not count_of(group.gender, "totalt", year):
        return [], []
    min_cell = data.aggregates.min_cell
    name = group.group
    concerned = say("analysis-gender-concerned", noun=DEFINITE.get(name, "ärendena"))
    text = [_gender_sentence(group.gender, year, concerned, min_cell)]
    columns = data.columns()
    tables = [pick(group.gender, columns, data, suffix=f"{key}-kon")]
    senders = _table(group, "-avsandarens-kon-per-ar")
    if senders is not None and not _recorded(group.gender, year) and not _recorded(senders, year):
        return [say("analysis-gender-none-both", noun=DEFINITE[name])], []
    if senders is not None:
        tables.append(pick(senders, columns, data, suffix=f"{key}-avsandarens-kon"))
        if _hidden(group.gender, year) and _hidden(senders, year):
            return [say("analysis-gender-hidden-both", noun=DEFINITE[name], min_cell=min_cell)], tables
        subject = say("analysis-gender-senders", noun=DEFINITE[name])
        text.append(_gender_sentence(senders, year, subject, min_cell))
    return text, tables


def _hidden(table: Table, column: str) -> bool:
    """Whether the count of women or of men is hidden."""
    return value(table, "kvinna", column) is None or value(table, "man", column) is None
