"""`kvalitet bygg` stops when a decision in postformat 2 lacks a report to IVO for a quarter that ended
before the cut-off date (the date is the build's parameter, never the clock), and says where."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.aggregate.helpers import write
from tests.helpers import build_site


def _decision(records: Path, **fields: object) -> None:
    write(  # three months ran out 2024-04-15: due for 2024-Q2 onwards while it waits
        records,
        "ej_verkställt_beslut",
        2,
        "2024-04-20",
        postformat=2,
        lagrum="LSS",
        insats="daglig-verksamhet",
        beslutsdatum="2024-01-15",
        status="åtgärder_pågår",
        **fields,
    )


def test_a_missing_quarter_stops_the_build(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _decision(records, rapporterad_ivo=["2024-Q2"])
    assert build_site(records, tmp_path / "site", as_of=dt.date(2024, 12, 31)) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[0].endswith(
        "2024/EVB-2024-0002.yaml:12:18: beslutet har inte rapporterats till IVO för 2024-Q3, kvartal som "
        "slutade före 2024-12-31 medan beslutet inte var verkställt. Rapportera till IVO och skriv alla "
        "rapporterade kvartal i fältet 'rapporterad_ivo', så här: [2024-Q2, 2024-Q3]."
    )
    assert err.strip().endswith(
        "Webbplatsen byggdes inte, eftersom ärendena ovan har fel. Rätta dem och kör kommandot igen."
    )
    assert not (tmp_path / "site").exists()


def test_the_same_records_build_at_an_earlier_cut_off(records: Path, tmp_path: Path) -> None:
    # 2024-Q3 ends 2024-09-30: on that day it has not yet ended, so nothing is missing.
    _decision(records, rapporterad_ivo=["2024-Q2"])
    assert build_site(records, tmp_path / "site", as_of=dt.date(2024, 9, 30)) == 0
