"""Every text a user reads, in one place, in plain Swedish.

Each message has a code (English, stable, used in JSON output and tests) and a Swedish template filled
with `str.format`. A message says what is wrong and what to do next. The texts are kept in one module
per part of the program; together they are one table, and no code appears twice.
"""

from __future__ import annotations

from typing import Final

from kvalitet.messages import (
    actions,
    analysis,
    approval,
    assets,
    charts,
    checkrun,
    coverage,
    dated,
    decisions,
    diff,
    disclosure,
    followup,
    importer,
    init,
    labels,
    links,
    newrecord,
    organisation,
    pages,
    pdf,
    reimport,
    report,
    shell,
    site,
    validation,
)

PARTS: Final = (
    validation.MESSAGES,
    labels.MESSAGES,
    site.MESSAGES,
    charts.MESSAGES,
    pages.MESSAGES,
    coverage.MESSAGES,
    assets.MESSAGES,
    newrecord.MESSAGES,
    importer.MESSAGES,
    diff.MESSAGES,
    disclosure.MESSAGES,
    report.MESSAGES,
    analysis.MESSAGES,
    pdf.MESSAGES,
    approval.MESSAGES,
    init.MESSAGES,
    shell.MESSAGES,
    followup.MESSAGES,
    checkrun.MESSAGES,
    dated.MESSAGES,
    organisation.MESSAGES,
    decisions.MESSAGES,
    actions.MESSAGES,
    reimport.MESSAGES,
    links.MESSAGES,
)
MESSAGES: Final[dict[str, str]] = {code: text for part in PARTS for code, text in part.items()}


def say(code: str, /, **fields: object) -> str:
    """The Swedish message for `code`, filled with `fields`."""
    return MESSAGES[code].format(**fields)
