"""The package reads as the pipeline: the layers its docstring lists, imports that only run downwards,
no cycle, and modules small enough to read."""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

import pytest

import kvalitet
from tests.helpers import REPO

PACKAGE = REPO / "scripts" / "kvalitet"
MAX_LINES = 400
"""No module past this many lines (the developers' guide: "none past ~400")."""

_BULLET = re.compile(r"^- ((?:`\w+`(?:, )?)+):", re.M)


def layers() -> list[tuple[str, ...]]:
    """The parts of the package, one tuple per line of the package docstring, the lowest first."""
    assert kvalitet.__doc__
    return [tuple(re.findall(r"`(\w+)`", match[1])) for match in _BULLET.finditer(kvalitet.__doc__)]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def part_of(module: str) -> str:
    """The part a module belongs to: `kvalitet.records.load` → `records`; the package itself → ''."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


@cache
def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports(module: str) -> set[str]:
    """Every kvalitet module that `module` imports, anywhere in it (a function's lazy import too)."""
    path = modules()[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            # `from kvalitet.site import build` names a module, not a function.
            found |= {f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in modules()}
    return {name for name in found if name == "kvalitet" or name.startswith("kvalitet.")}


def test_every_part_of_the_package_is_in_exactly_one_layer() -> None:
    listed = [part for layer in layers() for part in layer]
    assert len(listed) == len(set(listed))
    found = {part_of(module) for module in modules()} - {"", "__main__", "schemas"}
    assert set(listed) == found


@pytest.mark.parametrize("module", sorted(modules()))
def test_imports_run_only_downwards(module: str) -> None:
    rank = {part: number for number, layer in enumerate(layers()) for part in layer}
    rank["__main__"] = len(rank)  # `python -m kvalitet` sits on top of everything
    own = part_of(module)
    upwards = sorted(
        target
        for target in imports(module)
        if part_of(target) and part_of(target) != own and rank[part_of(target)] >= rank.get(own, -1)
    )
    assert upwards == [], f"{module} imports from its own layer or one above it"


def test_no_import_cycle_between_modules() -> None:
    graph = {module: imports(module) & set(modules()) for module in modules()}
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        if module in path:
            cycle = path[path.index(module) :]
            # A package importing its own submodules to export them is not a cycle of logic.
            if not all(step == module or step.startswith(module + ".") for step in cycle):
                raise AssertionError(" → ".join((*cycle, module)))
            return
        if module in done:
            return
        for target in sorted(graph[module]):
            visit(target, (*path, module))
        done.add(module)

    for module in sorted(graph):
        visit(module, ())


@pytest.mark.parametrize("module", sorted(modules()))
def test_modules_stay_small(module: str) -> None:
    lines = modules()[module].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module}: {lines} lines"


def test_the_tests_mirror_the_package() -> None:
    tested = {path.name for path in (REPO / "tests").iterdir() if (path / "__init__.py").is_file()}
    parts = {part for layer in layers() for part in layer} - {"errors", "swedish"}
    assert parts <= tested, "a part of the package without a test folder of its own"
    assert tested - parts <= {"bench"}
