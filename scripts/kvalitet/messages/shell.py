"""Texts of the site shell: the 404 page, the older-version banner, the version selector and the
accessible names the theme templates show (passed to them as config.extra.shell by
kvalitet.site.shell_hook)."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "shell-404-title": "Sidan finns inte",
    "shell-404-lead": (
        "Sidan du sökte finns inte på den här webbplatsen. Den kan ha flyttats, eller så är adressen "
        "felskriven."
    ),
    "shell-404-overview": "Gå till Översikt",
    "shell-404-search": "Sök på webbplatsen",
    "shell-outdated": (
        "Du läser en äldre version: webbplatsen med uppgifterna som de var när kvalitetsberättelsen "
        "fastställdes."
    ),
    "shell-outdated-link": "Till den senaste versionen",
    "shell-nav-label": "Meny",
    "shell-toc-label": "Innehåll på sidan",
    "shell-search-label": "Sök på webbplatsen",
    "shell-version-suffix": "välj version",
    "shell-description": "{title}: {site}. Statistik och kvalitetsarbete i socialtjänsten.",
}
