"""`kvalitet init MAPP`: a municipality's own records repository, with none of the tool's code in it.

What it writes (the templates are the files of `mall/` in this package):

    README.md                         for the quality staff, in Swedish
    requirements.txt                  the pinned tool, as CI installs it
    .pre-commit-config.yaml           the validator before each commit, from the same place
    .gitlab-ci.yml, .github/workflows/kvalitet.yml, the merge request templates, CODEOWNERS
    records/organisation.yaml, kategorier.yaml, kvalitet.yaml     starters, to edit
    site/berattelse/ÅR.md             the report template, for the first year
    .vscode/                          settings, the schemas and the repository's own ids (staff.editor)

The folder must be empty (a `.git` alone counts as empty) unless `existing` is set; even then, a file
that is already there is never overwritten. The editor's generated files are the exception: they are
generated from the records folder's lists and always written anew. A folder that is not in a Git
repository gets `git init -b main`.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Final

from kvalitet.annual.narrative import NARRATIVE_DIR, template
from kvalitet.errors import KvalitetError, UsageError
from kvalitet.init.source import ToolSource
from kvalitet.messages import say
from kvalitet.records.dump import scalar
from kvalitet.records.reference import load_reference
from kvalitet.records.report import write_text
from kvalitet.staff.editor import EDITOR_DIR, schema_settings, write_editor_files

RECORDS: Final = "records"
DEFAULT_BRANCH: Final = "main"
COPIED: Final[Mapping[str, str]] = {
    "README.md": "README.md",
    "requirements.txt": "requirements.txt",
    ".gitignore": "gitignore",
    "CODEOWNERS": "CODEOWNERS",
    ".gitlab-ci.yml": "gitlab-ci.yml",
    ".github/workflows/kvalitet.yml": "github-kvalitet.yml",
    ".gitlab/merge_request_templates/Ärende.md": "granskning.md",
    ".github/pull_request_template.md": "granskning.md",
    ".vscode/extensions.json": "vscode-extensions.json",
    "records/organisation.yaml": "organisation.yaml",
    "records/kategorier.yaml": "kategorier.yaml",
    "records/kvalitet.yaml": "kvalitet.yaml",
}
"""Each file written from one template, by its path in the new repository."""
PRE_COMMIT: Final = ".pre-commit-config.yaml"
SETTINGS: Final = f"{EDITOR_DIR}/settings.json"


@dataclass(frozen=True, slots=True)
class InitOptions:
    folder: Path
    source: ToolSource
    municipality: str
    year: int
    """The year of the first report's text in site/berattelse/."""
    existing: bool = False
    """Write into a folder that is not empty (never over a file that is there)."""


def _template(name: str) -> str:
    return resources.files("kvalitet.init.mall").joinpath(name).read_text(encoding="utf-8")


def _fill(text: str, fields: Mapping[str, str]) -> str:
    for key, value in fields.items():
        text = text.replace(f"__{key}__", value)
    return text


def _pre_commit(source: ToolSource) -> str:
    hygiene = _template("pre-commit-hygien.yaml").rstrip("\n")
    if source.git_url is None:
        text = _template("pre-commit-pypi.yaml")
        return _fill(text, {"KROK": source.hook_requirement, "HYGIEN": hygiene})
    text = _template("pre-commit-git.yaml")
    return _fill(text, {"GIT_URL": source.git_url, "GIT_REV": str(source.git_rev), "HYGIEN": hygiene})


def _settings() -> str:
    settings = json.loads(_template("vscode-settings.json"))
    settings["yaml.schemas"] = schema_settings()
    return json.dumps(settings, ensure_ascii=False, indent=2) + "\n"


def planned_files(options: InitOptions) -> dict[str, str]:
    """Every file `kvalitet init` writes (but the editor's generated ones), by its path."""
    fields = {
        "KOMMUN": options.municipality,
        "VERSION": options.source.version,
        "KRAV": options.source.requirement,
    }
    files = {path: _fill(_template(name), fields) for path, name in COPIED.items()}
    files["records/organisation.yaml"] = _fill(
        _template("organisation.yaml"), {"KOMMUN": scalar(options.municipality)}
    )
    files[PRE_COMMIT] = _pre_commit(options.source)
    files[SETTINGS] = _settings()
    files[f"site/{NARRATIVE_DIR}/{options.year:04d}.md"] = template()
    return files


def _is_empty(folder: Path) -> bool:
    return all(child.name == ".git" for child in folder.iterdir())


def _check_folder(options: InitOptions) -> None:
    folder = options.folder
    if folder.exists() and not folder.is_dir():
        raise UsageError(say("init-not-folder", folder=folder))
    if folder.is_dir() and not options.existing and not _is_empty(folder):
        raise UsageError(say("init-not-empty", folder=folder))


def _in_git_repository(folder: Path) -> bool:
    result = subprocess.run(
        ["git", "rev-parse", "--is-inside-work-tree"], cwd=folder, capture_output=True, text=True, check=False
    )
    return result.returncode == 0 and result.stdout.strip() == "true"


def _git_init(folder: Path) -> None:
    if shutil.which("git") is None:
        print(say("init-git-missing", folder=folder))
        return
    if _in_git_repository(folder):
        return
    result = subprocess.run(
        ["git", "init", "-q", "-b", DEFAULT_BRANCH], cwd=folder, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        detail = (result.stderr.strip() or "-").splitlines()[-1]
        raise KvalitetError(say("init-git-failed", folder=folder, detail=detail))
    print(say("init-git-init", folder=folder))


def init_repository(options: InitOptions) -> int:
    """Create the records repository in `options.folder`; 0 when done, 1 when its lists have problems
    (the files are written, the editor's ids are not)."""
    _check_folder(options)
    folder = options.folder
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for path, text in planned_files(options).items():
        target = folder / path
        if target.exists():
            print(say("init-kept", path=path))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
        written += 1
    reference, problems = load_reference(folder / RECORDS)
    if reference is None or problems:
        lines = io.StringIO()
        write_text(problems, sum(path.startswith(RECORDS) for path in COPIED), lines)
        print(say("init-records-problems", folder=folder / RECORDS, problems=lines.getvalue().rstrip()))
        return 1
    write_editor_files(folder, reference)
    _git_init(folder)
    print(
        say(
            "init-done",
            folder=folder,
            count=written,
            version=options.source.version,
            source=options.source.describe(),
        )
    )
    return 0
