"""The Översikt's summary of every control chart, as NHS "Making Data Count" sums up its measures: one
row per kind with the latest month, this year so far, and the variation in a symbol and words.

The symbol is never the only carrier: each has its words beside it, and the words are what a screen
reader reads (the symbol is hidden from it)."""

from __future__ import annotations

from html import escape

from kvalitet.aggregate import Aggregates, Series
from kvalitet.aggregate.verdict import capitalize, point_words
from kvalitet.messages import say
from kvalitet.render.kind_pages import page_of
from kvalitet.swedish import number

SYMBOLS = {"high": "▲", "low": "▼", "common": "●", "change": "◆", "none": "–"}
"""The symbol of each kind of verdict: a signal up or down, ordinary variation, an earlier change,
or no verdict (too few cases)."""


HEADINGS = ("heading-group", "summary-column-variation", "summary-column-last", "summary-column-so-far")
"""The variation comes right after the kind, so that a phone shows it before the table scrolls."""


def variation_words(series: Series) -> tuple[str, str, str]:
    """(symbol key, css class, short words) for the verdict of `series`."""
    code, side = series.verdict_code, series.verdict_side
    if side:
        meaning = series.meaning(side)
        words = say(f"summary-{meaning}-{side}")
        if code == "spc-outside" and series.chart is not None:
            # One month outside the limits, not a level: say which month.
            latest = [signal.index for signal in series.chart.signals if signal.rule == "outside"][-1]
            words = say("summary-outside", point=capitalize(point_words(series, latest)), words=words.lower())
        return side, f"kv-{meaning}", words
    if code in {"spc-no-signal", "spc-earlier-outside"}:
        return "common", "kv-common", say("summary-common")
    if code in {"spc-run-earlier", "spc-crossings"}:
        return "change", "kv-neutral", say(f"summary-{code.removeprefix('spc-')}")
    return "none", "kv-none", say("summary-none")


def _last_month(series: Series) -> str:
    if not series.last_month:
        return "–"
    year, month = series.last_month.split("-")
    return say("summary-last-month", month=f"{say(f'month-{int(month)}')} {year}", count=series.last_count)


def variation_table(aggregates: Aggregates, link: str) -> str:
    """The summary as an HTML table; `link` is the writer's prefix to the docs root."""
    items = {item.group: item for item in aggregates.overview.items}
    rows = []
    for group in aggregates.groups:
        series = group.monthly
        key, css, words = variation_words(series)
        item = items[group.group]
        # Raw HTML: MkDocs turns .md links into .html only in Markdown, so the link is to the built page.
        page = page_of(group.group).removesuffix(".md") + ".html"
        name = f'<a href="{escape(link + page)}">{escape(group.label)}</a>'
        symbol = f'<span class="kv-symbol {css}" aria-hidden="true">{SYMBOLS[key]}</span>'
        rows.append(
            f'<tr><th scope="row">{name}</th><td class="kv-variation">{symbol} {escape(words)}</td>'
            f"<td>{escape(_last_month(series))}</td><td>{number(item.year_to_date)}</td></tr>"
        )
    head = "".join(f'<th scope="col">{escape(say(code))}</th>' for code in HEADINGS)
    start = aggregates.overview.period[0]
    return "\n".join(
        [
            '<div class="kv-table" id="tabell-oversikt-variation">',
            # data-kv-fit: on a narrow screen the words take a line of their own (kvalitet.css).
            '<table data-kv-fit data-kv-text="2" style="--kv-columns: 2">',
            f"<caption>{escape(say('summary-title', year=start.year))}</caption>",
            f"<thead><tr>{head}</tr></thead>",
            "<tbody>",
            *rows,
            "</tbody>",
            "</table>",
            f'<p class="kv-note">{escape(say("summary-note"))}</p>',
            "</div>",
        ]
    )
