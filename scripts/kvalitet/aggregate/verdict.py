"""The verdict of a control chart: one sentence in plain Swedish that is exactly true of the chart.

Only the current part is judged: the one after the latest documented change (the whole series when
there is none). In order:

1. No chart (`spc-too-few`, `spc-rare`), or a current part of fewer than `MIN_POINTS` points
   (`spc-new-part`): too little to tell a signal from chance; the sentence says why.
2. The part ends in a run longer than Anhøj's limit (`spc-run-now`): "Högre än vanligt sedan mars
   2025: 7 månader i rad över medellinjen." A run is a sustained change, and no documented change
   explains it (a documented one would have started a part of its own), so the sentence says so.
3. A point outside the limits among the last `RECENT` points (`spc-outside`).
4. The part signals by the runs rules, but not at its end (`spc-run-earlier`: an unusually long run
   earlier in the part; `spc-crossings`: too few crossings of the centre line): a change that no
   documented change explains.
5. A point outside the limits earlier in the part (`spc-earlier-outside`): ordinary variation since
   the point after it, and the sentence names it.
6. Otherwise `spc-no-signal`: "Inom vanlig variation sedan januari 2024."

Where a group declares which way is better (see `monthly.DIRECTIONS`), a signal says whether it is an
improvement or a concern; otherwise it says neither.
"""

from __future__ import annotations

import datetime as dt

from kvalitet.aggregate.model import Series
from kvalitet.aggregate.variation import Chart
from kvalitet.messages import say
from kvalitet.swedish import amount, long_date, number

MIN_POINTS = 12
"""A part needs at least this many points before it is judged."""
RECENT = 6
"""A point outside the limits counts as news when it is among this many latest points."""


def point_words(series: Series, index: int) -> str:
    """A point as the sentence names it: "mars 2025" for a month, "18 mars 2025" for a case."""
    point = series.points[index]
    if series.by_month:
        year, month = point.split("-")
        return f"{say(f'month-{int(month)}')} {year}"
    return long_date(dt.date.fromisoformat(point))


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _current(chart: Chart) -> tuple[int, int]:
    runs = chart.runs[-1]
    return runs.start, runs.stop


Run = tuple[int, int, int, str]
"""First index, last index, number of points and side (high/low) of a run."""


def _runs(series: Series, chart: Chart, start: int, stop: int) -> list[Run]:
    """The runs of the part: points on one side of the centre line in a row. Points on the line or not
    plotted are skipped, as in the runs analysis."""
    runs: list[Run] = []
    for index in range(start, stop):
        value, centre = series.values[index], chart.centre[index]
        if value is None or centre is None or value == centre:
            continue
        side = "high" if value > centre else "low"
        if runs and runs[-1][3] == side:
            first, _, length, _ = runs[-1]
            runs[-1] = (first, index, length + 1, side)
        else:
            runs.append((index, index, 1, side))
    return runs


def _meaning(series: Series, side: str) -> str:
    return say(f"spc-meaning-{series.meaning(side)}")


def _unit(series: Series) -> str:
    return say("spc-unit-months" if series.by_month else "spc-unit-cases")


def _variant(series: Series, code: str) -> str:
    """The message of `code` for this measure: days between cases have words of their own."""
    return code + "-t" if series.measure == "dagar-mellan" else code


def judge(series: Series, *, cases: int = 0, months: int = 0) -> tuple[str, str, str]:
    """(code, sentence, side) for `series`: side is high or low for a signal of the current part, else
    empty. `cases` and `months` describe a rare kind without a chart."""
    chart = series.chart
    if chart is None:
        if series.measure == "dagar-mellan":
            return "spc-rare", say("spc-rare", cases=number(cases), months=months), ""
        return "spc-too-few", say("spc-too-few", months=len(series.points), needed=MIN_POINTS), ""
    start, stop = _current(chart)
    since = point_words(series, start)
    if stop - start < MIN_POINTS:
        change = series.changes[-1] if series.changes else None
        text = change.text if change else ""
        sentence = say(
            "spc-new-part",
            change=text,
            since=since,
            points=stop - start,
            needed=MIN_POINTS,
            unit=_unit(series),
        )
        return "spc-new-part", sentence, ""
    runs = chart.runs[-1]
    limit = runs.longest_run_max if runs.longest_run_max is not None else stop - start
    every_run = _runs(series, chart, start, stop)
    long_runs = [run for run in every_run if run[2] > limit]
    last_run = every_run[-1:]
    if last_run and last_run[0][2] > limit:
        first, _, length, side = last_run[0]
        sentence = say(
            _variant(series, f"spc-run-now-{side}"),
            since=point_words(series, first),
            count=amount(length),
            unit=_unit(series),
            meaning=_meaning(series, side),
        )
        return "spc-run-now", sentence, side
    recent = [
        signal for signal in chart.signals if signal.rule == "outside" and signal.index >= stop - RECENT
    ]
    if recent:
        latest = recent[-1]
        sentence = say(
            _variant(series, f"spc-outside-{latest.side}"),
            point=point_words(series, latest.index),
            meaning=_meaning(series, latest.side),
        )
        return "spc-outside", capitalize(sentence), latest.side
    if long_runs:
        first, last, length, side = long_runs[-1]
        settled = not any(signal.index > last for signal in chart.signals)
        sentence = say(
            _variant(series, f"spc-run-earlier-{side}"),
            start=point_words(series, first),
            end=point_words(series, last),
            count=amount(length),
            unit=_unit(series),
            since=say("spc-settled") if settled else "",
        )
        return "spc-run-earlier", sentence, ""
    if runs.runs_signal:
        sentence = say(
            "spc-crossings", since=since, crossings=runs.n_crossings, expected=runs.n_crossings_min
        )
        return "spc-crossings", sentence, ""
    earlier = [
        signal for signal in chart.signals if signal.rule == "outside" and start <= signal.index < stop
    ]
    if earlier:
        latest = earlier[-1]
        sentence = say(
            "spc-earlier-outside",
            since=point_words(series, latest.index + 1),
            point=capitalize(point_words(series, latest.index)),
            side=say(f"spc-side-{latest.side}"),
        )
        return "spc-earlier-outside", sentence, ""
    return "spc-no-signal", say("spc-no-signal", since=since), ""
