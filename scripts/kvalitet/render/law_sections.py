"""What the kind pages say about the law: the provisions in force, and cases split by the law.

The provisions (chapter and sections, kvalitet.yaml `lagar`, `bestämmelser`) are cited for the law
names in force in the years shown, each with its period, never from code. The table of cases per
law (`<g>-lag-per-ar`) is shown only when one of the years shown saw a law change its name: then
that year's cases are split before and after the change.
"""

from __future__ import annotations

import datetime as dt

from kvalitet.aggregate import Aggregates, GroupAggregates, Table
from kvalitet.aggregate.context import slug
from kvalitet.aggregate.laws import LAW_TABLE_SUFFIX
from kvalitet.messages import say
from kvalitet.records.laws import describe_provisions, laws_between, provisions
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


def changed_years(aggregates: Aggregates, table: Table) -> list[int]:
    """The years shown in which a law of the table's rows changed its name (two of its names were in
    force that year): a page of HSL-avvikelser does not split when socialtjänstlagen changes."""
    policy = _policy(aggregates)
    rows = {row.key for row in table.rows}
    years = []
    for year in aggregates.years:
        start, end = dt.date(year, 1, 1), min(aggregates.as_of, dt.date(year, 12, 31))
        for code in policy.laws:
            names = [name for name in laws_between(policy, code, start, end) if slug(name.name) in rows]
            if len(names) > 1:
                years.append(year)
                break
    return years


def law_section(writer: PageWriter, aggregates: Aggregates, group: GroupAggregates, level: int) -> None:
    """The cases per law, under its own heading, when a year shown spans two names of one of its laws."""
    table = law_table(group)
    years = changed_years(aggregates, table) if table is not None else []
    if table is None or not years:
        return
    writer.heading(level, say("page-heading-law"))
    shown = ", ".join(str(year) for year in years)
    writer.paragraph(say("page-law-split", year=shown))
    writer.table(table)
