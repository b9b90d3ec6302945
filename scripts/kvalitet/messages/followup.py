"""Texts of the follow-up lists: the internal page for the quality staff, and the Översikt's line on
actions not followed up."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "followup-overview-actions": (
        "Åtgärder som skulle ha följts upp men inte har det: {share}. Det är de åtgärder vars planerade "
        "dag för uppföljning har passerat, eller som utan planerad dag blev klara för mer än {days} dagar "
        "sedan, under det senaste året, räknat den {date}."
    ),
    "followup-overview-actions-dated": (
        "Åtgärder som skulle ha följts upp men inte har det: {share}. Det är de åtgärder vars planerade "
        "dag för uppföljning har passerat, eller som utan planerad dag blev klara för längre sedan än den "
        "tid som gällde den dag de blev klara ({limits}), under det senaste året, räknat den {date}."
    ),
    "followup-title": "Att följa upp (internt)",
    "followup-lead": (
        "Den här sidan finns bara i den interna versionen. Den listar de ärenden som var öppna den {date} "
        "och de åtgärder som inte har följts upp, med sammanfattning, för kvalitetsarbetet. Dagar räknas "
        "till och med {date}."
    ),
    "followup-heading-open": "Öppna ärenden",
    "followup-open-intro": (
        "Av de öppna ärendena har {share} varit öppna mer än {days} dagar. De som har varit öppna längst "
        "står först."
    ),
    "followup-open-intro-dated": (
        "Av de öppna ärendena har {share} varit öppna längre än den tid som gällde den dag de "
        "registrerades ({limits}). De som har varit öppna längst står först."
    ),
    "followup-open-caption": "{group}: öppna ärenden den {date}",
    "followup-none-open": "Inga ärenden var öppna den {date}.",
    "followup-heading-actions": "Åtgärder som inte har följts upp",
    "followup-actions-intro": (
        "Av de åtgärder som skulle ha följts upp den {date} har {share} inte följts upp. En åtgärd ska "
        "följas upp den dag som är planerad (den senaste om dagen har flyttats), eller, om ingen dag är "
        "planerad, inom {days} dagar efter att den blev klar. Här står de vars uppföljning skulle ha "
        "gjorts under det senaste året. Den som har väntat längst står först."
    ),
    "followup-actions-intro-dated": (
        "Av de åtgärder som skulle ha följts upp den {date} har {share} inte följts upp. En åtgärd ska "
        "följas upp den dag som är planerad (den senaste om dagen har flyttats), eller, om ingen dag är "
        "planerad, inom den tid som gällde den dag den blev klar ({limits}). Här står de vars uppföljning "
        "skulle ha gjorts under det senaste året. Den som har väntat längst står först."
    ),
    "followup-actions-caption": "Åtgärder som inte har följts upp den {date}",
    "followup-none-actions": "Alla åtgärder som skulle ha följts upp den {date} har följts upp.",
    "followup-download": "Ladda ner listan som CSV-fil: {title}",
    "followup-col-case": "Ärende",
    "followup-col-kind": "Slag",
    "followup-col-registered": "Registrerat",
    "followup-col-days-open": "Dagar öppet",
    "followup-col-status": "Status",
    "followup-col-unit": "Enhet",
    "followup-col-risk": "Riskvärde",
    "followup-col-overdue": "Över {days} dagar",
    "followup-col-overdue-dated": "Över tiden",
    "followup-col-summary": "Sammanfattning",
    "followup-col-action": "Åtgärd",
    "followup-col-done": "Klar",
    "followup-col-due": "Uppföljning senast",
    "followup-col-days-late": "Dagar sedan dess",
    "followup-overdue": "Ja",
    "followup-risk-above": "{value}, över {limit}",
    "followup-risk-none": "–",
}
