"""Texts of the site's charts."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # Legend names of the control chart
    "chart-counts": "Antal per månad",
    "chart-mean": "Medellinje",
    "chart-mean-crossings": "Medellinje, för få korsningar (signal)",
    "chart-upper": "Övre gräns för vanlig variation",
    "chart-lower": "Nedre gräns för vanlig variation",
    "chart-days": "Dagar sedan ärendet före",
    "chart-rate": "Antal {per}, per månad",
    "chart-hover-rate": "Antal {per}: {value}",
    "chart-legend-concern-high": "Försämring: högre än vanligt",
    "chart-legend-concern-low": "Försämring: lägre än vanligt",
    "chart-legend-improvement-high": "Förbättring: högre än vanligt",
    "chart-legend-improvement-low": "Förbättring: lägre än vanligt",
    "chart-legend-neutral-high": "Högre än vanligt",
    "chart-legend-neutral-low": "Lägre än vanligt",
    # Hover texts
    "chart-hover-count": "Antal: {count}",
    "chart-hover-line": "{name}: {value}",
    "chart-hover-days": "Dagar sedan ärendet före: {count}",
    "chart-signal-outside": "utanför gränserna för vanlig variation",
    "chart-signal-run": "del av en ovanligt lång serie på samma sida om medellinjen",
    "chart-signal-crossings": "för få korsningar av medellinjen",
    "chart-signal-concern-high": "Försämring, högre än vanligt: {reasons}",
    "chart-signal-concern-low": "Försämring, lägre än vanligt: {reasons}",
    "chart-signal-improvement-high": "Förbättring, högre än vanligt: {reasons}",
    "chart-signal-improvement-low": "Förbättring, lägre än vanligt: {reasons}",
    "chart-signal-neutral-high": "Högre än vanligt: {reasons}",
    "chart-signal-neutral-low": "Lägre än vanligt: {reasons}",
    # The funnel plot
    "funnel-centre": "Alla enheter med volym",
    "funnel-inner": "Gräns för slumpen, 95 %",
    "funnel-outer": "Gräns för slumpen, 99,8 %",
    "funnel-units": "Enhet",
    "funnel-hover": "{unit}<br>{count} ärenden, {volume} {measure}<br>{rate} per volym",
    "funnel-finding-none": (
        "Alla enheter ligger inom trattens gränser: skillnaderna mellan dem är inte större än slumpen "
        "ger för enheter av deras storlek."
    ),
    "funnel-finding-high": "Över trattens yttre gräns: {units}.",
    "funnel-finding-low": "Under trattens yttre gräns: {units}.",
    "funnel-finding-caveat": (
        "Fler rapporterade avvikelser kan betyda en bättre rapporteringskultur; färre kan betyda att "
        "avvikelser inte rapporteras."
    ),
    # Axis titles
    "chart-axis-antal": "Antal",
    "chart-axis-dagar": "Dagar",
    "chart-axis-procent": "Procent",
    "chart-axis-probability": "Sannolikhet",
    "chart-axis-severity": "Allvarlighetsgrad",
    "chart-download-source": "Källa: {municipality}, {board}. Uppgifter till och med {date}.",
    # The risk matrix, coloured by riskvärde
    "chart-risk-band-låg": "Låg risk (riskvärde {low}–{high})",
    "chart-risk-band-måttlig": "Måttlig risk ({low}–{high})",
    "chart-risk-band-hög": "Över riskgränsen ({low}–{high}): ska utredas",
    "chart-hover-risk-cell": "{row}, {column}: {count} ärenden<br>Riskvärde {value}",
}
