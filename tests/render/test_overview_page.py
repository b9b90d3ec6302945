"""The Översikt page's line on actions not followed up names the follow-up days in force."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kvalitet.history.dataversion import DataVersion
from kvalitet.render import overview_page
from kvalitet.render.page import SiteFiles
from tests.aggregate.helpers import run

DATED = "uppföljning_dagar:\n  - värde: 90\n    till: 2024-06-30\n  - värde: 30\n    från: 2024-07-01\n"
VERSION = DataVersion("0123456789abcdef", None, dt.datetime(2024, 9, 1, 12, 0), 7)


def _page(records: Path, as_of: str) -> str:
    files = SiteFiles()
    overview_page.overview_page(files, run(records, as_of), VERSION)
    return files.page(overview_page.PATH).markdown


def test_the_actions_line_names_one_number_when_the_days_did_not_change(records: Path) -> None:
    assert "blev klara för mer än 90 dagar sedan, under det senaste året, räknat den 1 september 2024." in (
        _page(records, "2024-09-01")
    )


def test_the_actions_line_names_each_value_when_the_days_changed(records: Path) -> None:
    policy = records / "kvalitet.yaml"
    policy.write_text(policy.read_text(encoding="utf-8") + DATED, encoding="utf-8")
    assert (
        "Det är de åtgärder vars planerade dag för uppföljning har passerat, eller som utan planerad dag "
        "blev klara för längre sedan än den tid som gällde den dag de blev klara (90 dagar till och med 30 "
        "juni 2024 och 30 dagar från och med 1 juli 2024), under det senaste året, räknat den 1 september "
        "2024." in _page(records, "2024-09-01")
    )
