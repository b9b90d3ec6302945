"""Texts said instead of a comparison with a period the records do not cover
(kvalitet.aggregate.coverage)."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "coverage-missing": "Jämförelse med {year} saknas: uppgifterna börjar {date}.",
    "coverage-missing-empty": "Jämförelse med {year} saknas: det finns inga uppgifter.",
    # Markdown: one list item per kind.
    "coverage-overview-item": "- [{label}]({link}): {count} hittills i år",
    "coverage-lead": (
        "{group}: {count} registrerade från {start} till {end}. {missing} Öppna den {date}: {open}."
    ),
    "coverage-note-so-far": (
        "Perioden {start} till {end} jämförs inte med {previous_start} till {previous_end}: uppgifterna "
        "börjar {date}. Ett streck (–) betyder att uppgift saknas, inte noll."
    ),
    "coverage-chart-so-far": "Liggande stapeldiagram: antal hittills i år {year}, per slag av ärende.",
    "coverage-finding-count": "{period}: {count}. {missing}",
    "coverage-year": "År {year}",
    "coverage-year-so-far": "År {year} till och med {date}",
    "coverage-note-same-period": (
        "Jämförelse med {period} saknas: uppgifterna börjar {date}. Ett streck (–) betyder att uppgift "
        "saknas, inte noll."
    ),
}
