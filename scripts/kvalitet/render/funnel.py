"""A funnel plot: units of different size compared by their rate, the standard way (Spiegelhalter
2005). Each unit is a point at its volume and rate; the centre line is the common rate of all units
with a volume, and the funnel's limits are where a unit of that size would fall by chance alone
(Poisson, 95 % and 99,8 %): narrow for large units, wide for small ones.

As in `kvalitet.render.charts`, labels must already be safe for plotly.js text.
"""

from __future__ import annotations

import math
from typing import Any, Final

from kvalitet.aggregate.model import Rates
from kvalitet.messages import say
from kvalitet.render import chartstyle
from kvalitet.swedish import number

Z_INNER: Final = 1.96
Z_OUTER: Final = 3.09
STEPS: Final = 60
"""Points along each limit curve."""


def limits(centre: float, per: int, volume: float, z: float) -> tuple[float, float]:
    """The rates between which a unit of `volume` falls by chance, at `z` standard deviations."""
    spread = z * math.sqrt(centre * per / volume)
    return max(0.0, centre - spread), centre + spread


def outside(rates: Rates) -> tuple[list[str], list[str]]:
    """The units above and below the outer (99,8 %) limits, by name."""
    high: list[str] = []
    low: list[str] = []
    if rates.centre is None:
        return high, low
    for row in rates.table.rows:
        _, volume, rate = row.values
        if not volume or rate is None:
            continue
        lower, upper = limits(rates.centre, rates.per, float(volume), Z_OUTER)
        if rate > upper:
            high.append(row.label)
        elif rate < lower:
            low.append(row.label)
    return high, low


def funnel_plot(rates: Rates) -> dict[str, Any]:
    """The units with a volume as points, the common rate and the 95 % and 99,8 % limits."""
    rows = [row for row in rates.table.rows if row.values[1] and row.values[2] is not None]
    volumes = [float(row.values[1] or 0) for row in rows]
    data: list[dict[str, Any]] = []
    if rates.centre is not None and volumes:
        low_volume, high_volume = min(volumes) * 0.8, max(volumes) * 1.1
        grid = [low_volume + (high_volume - low_volume) * i / STEPS for i in range(STEPS + 1)]
        data.append(_line(say("funnel-centre"), grid, [rates.centre] * len(grid), "solid"))
        for z, name, dash in ((Z_INNER, "funnel-inner", "dash"), (Z_OUTER, "funnel-outer", "dot")):
            bounds = [limits(rates.centre, rates.per, volume, z) for volume in grid]
            data.append(_line(say(name), grid, [upper for _, upper in bounds], dash))
            data.append(_line(say(name), grid, [lower for lower, _ in bounds], dash, legend=False))
    measure = rates.table.columns[1]
    data.append(
        {
            "type": "scatter",
            "mode": "markers",
            "name": say("funnel-units"),
            "x": volumes,
            "y": [row.values[2] for row in rows],
            "marker": {"color": chartstyle.COLORWAY[0], "size": 10, "symbol": "circle"},
            "text": [
                say(
                    "funnel-hover",
                    unit=row.label,
                    count=number(row.values[0]),
                    volume=number(row.values[1]),
                    measure=measure.lower(),
                    rate=number(row.values[2], decimals=1),
                )
                for row in rows
            ],
            "hovertemplate": "%{text}<extra></extra>",
        }
    )
    layout = {
        "showlegend": True,
        "xaxis": {"title": {"text": measure}, "rangemode": "tozero"},
        "yaxis": {"title": {"text": rates.table.columns[2]}, "rangemode": "tozero"},
    }
    return chartstyle.figure(data, layout)


def _line(name: str, x: list[float], y: list[float], dash: str, *, legend: bool = True) -> dict[str, Any]:
    return {
        "type": "scatter",
        "mode": "lines",
        "name": name,
        "legendgroup": name,
        "showlegend": legend,
        "x": [round(value, 3) for value in x],
        "y": [round(value, 3) for value in y],
        "line": {"color": chartstyle.COLORWAY[4], "width": 1.5, "dash": dash},
        "hoverinfo": "skip",
    }


def funnel_finding(rates: Rates) -> str:
    """Which units lie outside the outer limits, and the caveat on reporting culture."""
    high, low = outside(rates)
    if not high and not low:
        return say("funnel-finding-none")
    parts = []
    if high:
        parts.append(say("funnel-finding-high", units=", ".join(high)))
    if low:
        parts.append(say("funnel-finding-low", units=", ".join(low)))
    return " ".join(parts) + " " + say("funnel-finding-caveat")
