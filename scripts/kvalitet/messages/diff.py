"""Texts of `kvalitet diff` and of reading records from the git history."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    # Reading the git history (kvalitet.history.gitrepo)
    "git-missing": "Programmet git hittades inte. Installera Git och kör kommandot igen.",
    "git-failed": "git {command} misslyckades: {details}",
    "git-not-a-repo": (
        "{folder} ligger inte i ett git-förråd, så det finns ingen historik att jämföra med. "
        "Kör kommandot i en klon av ärendeförrådet."
    ),
    "git-outside-repo": "Ärendemappen {folder} ligger utanför git-förrådet {repo}.",
    "git-unknown-ref": (
        "Hittar inte '{ref}' i git-förrådet. Ange en gren, tagg eller commit som finns, till exempel "
        "origin/main. Är grenen inte hämtad? Kör git fetch origin och försök igen."
    ),
    "git-shallow-missing": (
        "Hittar inte '{ref}': klonen är grund (shallow) och har bara de senaste committarna, "
        "inte historiken som behövs."
    ),
    "git-shallow-no-merge-base": (
        "Hittar inte var {a} och {b} möts: klonen är grund (shallow) och saknar den del av historiken "
        "där grenarna delar sig."
    ),
    "git-shallow-fix": (
        "Hämta hela historiken med git fetch --unshallow (och grenen du jämför med, till exempel "
        "git fetch origin main), eller låt CI klona hela historiken: i GitLab CI variabeln GIT_DEPTH: 0, "
        "i GitHub Actions fetch-depth: 0 för actions/checkout."
    ),
    "git-no-merge-base": (
        "{a} och {b} har ingen gemensam historik. Ange vilken commit ändringen ska jämföras med."
    ),
    "git-no-folder": ("Mappen {folder} fanns inte i commit {commit}. Ange en commit där ärendemappen finns."),
    # kvalitet diff: choosing what to compare with
    "diff-no-records": (
        "Hittar ingen organisation.yaml i {folder} eller mapparna ovanför. Ange ärendemappen, "
        "till exempel records."
    ),
    "diff-no-default-branch": (
        "Hittar ingen huvudgren att jämföra med (provade {tried}). Ange vad ändringen ska jämföras "
        "med, till exempel kvalitet diff origin/main, eller i GitLab CI "
        "kvalitet diff $CI_MERGE_REQUEST_DIFF_BASE_SHA. I en CI-klon kan grenen behöva hämtas först: "
        "git fetch origin main."
    ),
    "diff-bad-format": "Okänt format '{value}'. Välj ett av: {allowed}.",
    # kvalitet diff: the summary (Markdown)
    "diff-heading": "## Vad ändringen gör med siffrorna",
    "diff-intro-merge-base": (
        "Ärendena i arbetsmappen (även ändringar som inte har committats) jämförs med commit {commit}, "
        "där {head} och {branch} möts. Siffrorna gäller den {date}."
    ),
    "diff-intro-base": (
        "Ärendena i arbetsmappen (även ändringar som inte har committats) jämförs med {ref} "
        "(commit {commit}). Siffrorna gäller den {date}."
    ),
    "diff-base-without-folder": "Ärendemappen fanns inte i {commit}: alla ärenden är nya.",
    "diff-base-problems": (
        "Obs: ärendena i commit {commit} har {problems}. Ärenden med fel räknas inte med i siffrorna "
        "före ändringen."
    ),
    "diff-records-heading": "### Ärenden",
    "diff-approved-heading": "### Fastställda berättelser",
    "diff-no-changes": "Inga ändringar i ärendena.",
    "diff-added": "Tillagda: {count}",
    "diff-changed": "Ändrade: {count}",
    "diff-removed": "Borttagna: {count}",
    "diff-count-one": "1 ärende",
    "diff-count-many": "{n} ärenden",
    "diff-kind-year": "{kind} {year}: {count} – {ids}",
    "diff-more-ids": "… och {n} till",
    "diff-unknown-kind": "Okänd ärendetyp",
    "diff-unknown-year": "okänt år",
    "diff-reference-files": "Ändrade filer med organisation, kategorier eller inställningar: {files}.",
    "diff-late-one": (
        "Obs: ärendet {ids} är registrerat efter den {date} och räknas inte med i siffrorna. "
        "Ange ett senare datum med --per ÅÅÅÅ-MM-DD."
    ),
    "diff-late-many": (
        "Obs: ärendena {ids} är registrerade efter den {date} och räknas inte med i siffrorna. "
        "Ange ett senare datum med --per ÅÅÅÅ-MM-DD."
    ),
    "diff-status-heading": "### Ändrad status",
    "diff-status-change": "{id}: {old} → {new}",
    "diff-status-none": "ingen",
    "diff-counts-heading": "### Antal ärenden per år",
    "diff-all-cases": "Alla ärenden",
    "diff-count-change": "{label} {column}: {old} → {new}",
    "diff-cells-heading": "### Andra siffror som ändras",
    "diff-cell-change": "{title} – {label}, {column}: {old} → {new}",
    "diff-more-cells-one": "… och 1 ändrad cell till",
    "diff-more-cells-many": "… och {n} fler ändrade celler",
    "diff-no-figures": "Inga publicerade siffror ändras.",
    "diff-invalid-heading": "## Ärendena har fel",
    "diff-invalid": (
        "Siffrorna jämförs först när alla ärenden är i ordning. Rätta felen nedan och kör kommandot igen."
    ),
}
