"""The status of the period's cases at the uppföljningsdatum, in the words of each kind.

A status is one field for all kinds, but not one concept: an avvikelse not yet begun is waiting for
an investigation, a klagomål for handling, and an ej verkställt beslut that is still open "har ännu
inte verkställts", whatever step its handling has reached (its open statuses are one clause). The
sentence sets the closed ones against the whole ("78 av de 92"), so its numbers are figures.
"""

from __future__ import annotations

from kvalitet.aggregate import Table
from kvalitet.annual.model import ReportData, count_of
from kvalitet.annual.words import listing, style
from kvalitet.messages import say
from kvalitet.swedish import long_date

STATUS_ORDER = ("avslutad", "åtgärder_pågår", "under_utredning", "registrerad")
OPEN = STATUS_ORDER[1:]
WORDING = {
    "klagomål": "feedback",
    "synpunkt": "feedback",
    "ej_verkställt_beslut": "decision",
}
"""The wording of each group's statuses; the others are investigated ("investigated")."""


def status_sentence(data: ReportData, group: str, status: Table, column: str) -> str:
    """ "Vid uppföljningen den 31 januari 2026 hade 243 av de 257 avslutats, 8 hade åtgärder som
    pågick och 6 väntade på utredning." "" without cases."""
    counts = {key: count_of(status, key, column) for key in STATUS_ORDER}
    total = sum(counts.values())
    if total == 0:
        return ""
    date = long_date(data.follow_up)
    closed = counts["avslutad"]
    if closed == total:
        return say("analysis-status-all-closed", date=date)
    wording = WORDING.get(group, "investigated")
    numbers = style(compare=True)
    if wording == "decision":
        still_open = {"öppna": sum(counts[key] for key in OPEN)}
    else:
        still_open = {key: counts[key] for key in OPEN if counts[key]}
    clauses = [
        say(f"analysis-status-{wording}-{key.replace('_', '-')}", count=numbers.amount(n))
        for key, n in still_open.items()
    ]
    if closed == 0:
        return say("analysis-status-none-closed", date=date, clauses=listing(clauses))
    first = say("analysis-status-closed", closed=numbers.amount(closed), total=numbers.amount(total))
    return say("analysis-status", date=date, clauses=listing([first, *clauses]))
