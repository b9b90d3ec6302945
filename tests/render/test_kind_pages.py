"""The kind pages under a riskgräns that changed: each case against the limit in force when registered."""

from __future__ import annotations

import shutil
from pathlib import Path

from kvalitet.render.kind_pages import kind_pages
from kvalitet.render.page import SiteFiles
from tests.aggregate.helpers import run
from tests.helpers import REPO

RAISED = "riskgräns:\n  - värde: 8\n    till: 2025-06-30\n  - värde: 9\n    från: 2025-07-01\n"


def test_the_avvikelse_page_counts_against_the_limit_in_force(tmp_path: Path) -> None:
    root = tmp_path / "records"
    shutil.copytree(REPO / "records", root)
    policy = root / "kvalitet.yaml"
    policy.write_text(policy.read_text(encoding="utf-8").replace("riskgräns: 8\n", RAISED), encoding="utf-8")
    aggregates = run(root, "2026-10-31")
    files = SiteFiles()
    kind_pages(files, aggregates)
    page = next(page for page in files.pages if page.path == "avvikelser-sol-lss.md").markdown
    assert (
        "Riskgränsen har ändrats: den var 8 till och med 30 juni 2025 och 9 från och med 1 juli 2025." in page
    )
    assert "Riskvärde över den riskgräns som gällde" in page
    assert "riskvärde över den riskgräns som gällde när de registrerades." in page  # the all-years caption
    levels = aggregates.group("avvikelse-sol-lss").table("avvikelse-sol-lss-riskvarde-per-ar")
    plain = (
        run(REPO / "records", "2026-10-31")
        .group("avvikelse-sol-lss")
        .table("avvikelse-sol-lss-riskvarde-per-ar")
    )
    above, before = levels.row("över_gränsen").values, plain.row("över_gränsen").values
    assert above[:4] == before[:4]  # 2021–2024: the limit was 8 all along
    later = [(int(new or 0), int(old or 0)) for new, old in zip(above[4:], before[4:], strict=True)]
    assert sum(new for new, _ in later) < sum(old for _, old in later)  # riskvärde 9 is within 9
