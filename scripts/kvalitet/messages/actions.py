"""Texts about actions (åtgärder), their follow-up and the causes (orsaker) of cases: validation
messages, table titles and labels, and the follow-up status on the internal lists."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "rule-closed-action-open": (
        "Ärendet har status avslutad, men åtgärd nr {number} är inte uppföljd. Följ upp åtgärden och "
        "skriv datumet i 'uppföljd', eller låt ärendet vara öppet (ändra status och ta bort 'avslutad')."
    ),
    "rule-closed-before-follow-up": (
        "Åtgärd nr {number} följdes upp {followed}, men ärendet avslutades redan {closed}. Ett ärende "
        "avslutas när alla åtgärder är uppföljda: ändra 'avslutad' till {followed} eller senare."
    ),
    "rule-action-result-without-follow-up": (
        "Åtgärd nr {number} har ett resultat men inget datum i 'uppföljd'. Skriv in dagen då åtgärden "
        "följdes upp."
    ),
    "rule-unknown-cause": (
        "orsaken här finns inte i listan orsaker i kategorier.yaml.{hint} Välj en orsak ur listan, eller "
        "lägg till den i listan."
    ),
}
MESSAGES.update(
    {
        # The causes of cases (aggregate/causes.py)
        "title-causes": "{group}: orsaker",
        "page-heading-causes": "Orsaker",
        "heading-cause": "Orsak",
        "label-cause-not-given": "Ingen orsak angiven",
        "note-causes": (
            "Orsakerna är de som angetts i ärendena, ur kommunens lista över orsaker. Totalt är antalet "
            "ärenden."
        ),
        "note-several-causes": (
            "Ett ärende kan ha mer än en orsak. Därför kan raderna tillsammans bli fler än antalet ärenden."
        ),
        # The follow-up of actions (aggregate/follow_up.py)
        "title-action-plan-follow-up": "{group}: planerad uppföljning av åtgärderna",
        "heading-follow-up": "Uppföljning",
        "action-plan-planerad": "Med planerad dag för uppföljning",
        "action-plan-flyttad": "Uppföljningen flyttad minst en gång",
        "action-plan-planerad-dag-passerad": "Planerad dag passerad utan uppföljning",
        "note-action-plan": (
            "Raderna räknar samma åtgärder på olika sätt och summeras inte. Totalt är antalet beslutade "
            "åtgärder. När uppföljningen har flyttats gäller det senaste datumet."
        ),
        "title-action-results": "{group}: vad uppföljningen av åtgärderna visade",
        "heading-action-result": "Resultat",
        "action-result-hade-effekt": "Hade effekt",
        "action-result-hade-inte-effekt": "Hade inte effekt",
        "action-result-for-tidigt-att-saga": "För tidigt att säga",
        "action-result-inget-resultat": "Inget resultat angivet",
        "note-action-results": "Totalt är antalet åtgärder som hade följts upp den {date}.",
        # The report's analysis (annual/analysis_follow_up.py)
        "analysis-follow-up-planned": (
            "Av de {total} åtgärderna hade {planned} en planerad dag för uppföljning."
        ),
        "analysis-follow-up-planned-1": "Den enda åtgärden hade en planerad dag för uppföljning.",
        "analysis-follow-up-moved": "För {count} av dem hade uppföljningen flyttats.",
        "analysis-follow-up-moved-1": "Uppföljningen hade flyttats.",
        "analysis-follow-up-passed": "För {count} hade den planerade dagen passerat utan uppföljning.",
        "analysis-follow-up-results": "Resultat av de {followed} uppföljda åtgärderna: {items}.",
        "analysis-follow-up-results-1": "Resultat av den enda uppföljda åtgärden: {items}.",
        "analysis-follow-up-result": "{label} ({count})",
        "analysis-causes": "Orsak angavs i {named} av de {cases} ärendena. Vanligast var {items}.",
        "analysis-causes-1": "Orsak angavs i det enda ärendet: {items}.",
        "analysis-causes-none": "Ingen orsak angavs i något av de {cases} ärendena.",
        "analysis-causes-none-1": "Ingen orsak angavs i det enda ärendet.",
        "analysis-causes-hidden": (
            "Orsakerna står i tabellen. Antal under {min_cell} visas inte, eftersom de skulle kunna peka "
            "ut enskilda personer."
        ),
        # The internal list of actions not followed up (render/internal_pages.py)
        "followup-basis-planned": "Dagen för uppföljningen var planerad.",
        "followup-basis-moved-1": (
            "Dagen för uppföljningen var planerad och har flyttats en gång, med skälet: {reason}"
        ),
        "followup-basis-moved-n": (
            "Dagen för uppföljningen var planerad och har flyttats {count} gånger, senast med skälet: "
            "{reason}"
        ),
        "followup-not-done": "ej klar",
    }
)
