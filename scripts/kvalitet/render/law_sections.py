"""What the kind pages say about the law: the provisions in force, and cases split by the law.

The provisions (chapter and sections, kvalitet.yaml `lagar`, `bestämmelser`) are cited for the law
names in force in the years shown, each with its period, never from code. The table of cases per
law (`<g>-lag-per-ar`) is shown only when one of the years shown saw a law change its name: then
that year's cases are split before and after the change.
"""

from __future__ import annotations

import datetime as dt

from kvalitet.aggregate import Aggregates, GroupAggregates, Table
from kvalitet.aggregate.laws import LAW_TABLE_SUFFIX
from kvalitet.messages import say
from kvalitet.records.laws import describe_provisions, law_changes, provisions
from kvalitet.records.reference import Policy
from kvalitet.render.page import PageWriter
from kvalitet.swedish import long_date


def _policy(aggregates: Aggregates) -> Policy:
    return Policy(laws=aggregates.laws)


def _span(aggregates: Aggregates) -> tuple[dt.date, dt.date]:
    last = aggregates.years[-1]
    return dt.date(aggregates.years[0], 1, 1), min(aggregates.as_of, dt.date(last, 12, 31))


def provisions_paragraph(writer: PageWriter, aggregates: Aggregates, group: GroupAggregates) -> None:
    """The provisions of the group's typ in the laws in force in the years shown, if configured."""
    found = provisions(_policy(aggregates), group.group, *_span(aggregates))
    if found:
        writer.paragraph(say("page-provisions", provisions=describe_provisions(found, long_date)))


def law_table(group: GroupAggregates) -> Table | None:
    return next((table for table in group.specific if table.id.endswith(LAW_TABLE_SUFFIX)), None)


def changed_years(aggregates: Aggregates) -> list[int]:
    """The years shown in which some law changed its name."""
    policy = _policy(aggregates)
    return [
        year
        for year in aggregates.years
        if law_changes(policy, dt.date(year, 1, 1), min(aggregates.as_of, dt.date(year, 12, 31)))
    ]


def law_section(writer: PageWriter, aggregates: Aggregates, group: GroupAggregates, level: int) -> None:
    """The cases per law, under its own heading, when a year shown spans two laws."""
    table = law_table(group)
    years = changed_years(aggregates)
    if table is None or not years or not table.rows:
        return
    writer.heading(level, say("page-heading-law"))
    shown = ", ".join(str(year) for year in years)
    writer.paragraph(say("page-law-split", year=shown))
    writer.table(table)
