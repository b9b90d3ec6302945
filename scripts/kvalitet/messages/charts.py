"""Texts of the site's charts."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # Legend names of the control chart
    "chart-counts": "Antal per månad",
    "chart-mean": "Medelvärde",
    "chart-upper": "Övre processgräns",
    "chart-lower": "Nedre processgräns",
    "chart-signal": "Signal",
    # Hover texts
    "chart-hover-count": "Antal: {count}",
    "chart-hover-line": "{name}: {value}",
    "chart-hover-cell": "{row}, {column}: {count}",
    "chart-signal-outside": "Utanför processgränserna",
    "chart-signal-shift": "Del av minst {points} månader i rad på samma sida om medelvärdet",
    "chart-signal-trend": "Del av minst {steps} ökningar eller minskningar i rad",
    # Axis titles
    "chart-axis-antal": "Antal",
    "chart-axis-dagar": "Dagar",
    "chart-axis-procent": "Procent",
    "chart-axis-probability": "Sannolikhet",
    "chart-axis-severity": "Allvarlighetsgrad",
}
