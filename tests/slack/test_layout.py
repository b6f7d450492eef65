"""The Slack layer's shape: surfaces in listeners/, no import cycles, files a reader can hold."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from tests.conftest import REPO

SLACK = REPO / "bot" / "slack"
MAX_LINES = 380  # "about 350": a file past this wants splitting


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every bot.* module this file imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bot"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("bot"))
    return found


def test_the_slack_layer_has_no_import_cycle():
    modules = {module_name(path): path for path in SLACK.rglob("*.py")}
    graph = {name: imports_of(path) & modules.keys() for name, path in modules.items()}
    for name in graph:  # a package's __init__ re-exporting its modules is not a cycle
        graph[name] = {o for o in graph[name] if o != name and not o.startswith(name + ".")}

    def cycle_from(start: str) -> list[str] | None:
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for nxt in graph[node]:
                if nxt == start:
                    return [*path, start]
                if nxt not in path:
                    stack.append((nxt, [*path, nxt]))
        return None

    cycles = [cycle for name in sorted(graph) if (cycle := cycle_from(name))]
    assert cycles == [], " -> ".join(cycles[0])


def test_the_cycle_finder_sees_one(tmp_path):
    assert "bot.slack.flows.escalate" in imports_of(SLACK / "flows" / "ask.py")


@pytest.mark.parametrize(
    "path", sorted(p for p in (SLACK / "listeners").glob("*.py") if p.name != "__init__.py")
)
def test_listeners_holds_only_surfaces_each_with_register(path):
    module = importlib.import_module(module_name(path))
    assert callable(getattr(module, "register", None)), f"{path.name} is not a surface"


def test_no_slack_file_is_too_long_to_read():
    long = {
        str(path.relative_to(REPO)): n
        for path in SLACK.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


LOOSE = ("dict", "Mapping", "Any")  # a row as a dict, or no type at all


def loose_parameters(source: str) -> list[str]:
    """Builder parameters typed so that a database row (a dict) could come in unnoticed."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            for arg in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]:
                shown = ast.unparse(arg.annotation) if arg.annotation else ""
                if not shown or any(word in shown for word in LOOSE):
                    found.append(f"{node.name}({arg.arg}: {shown or 'untyped'})")
    return found


def test_block_builders_take_records_not_rows():
    """Rows become typed records in the core services; a builder typed for a dict would let a
    misspelt key reach a coach's channel as a KeyError (or an empty field) instead of failing here."""
    loose = {
        path.name: found
        for path in sorted((SLACK / "blocks").glob("*.py"))
        if (found := loose_parameters(path.read_text(encoding="utf-8")))
    }
    assert loose == {}


def test_the_builder_check_sees_a_dict_row():
    source = "def card(escalation: dict[str, Any], *, permalink: str | None) -> Message: ..."
    assert loose_parameters(source) == ["card(escalation: dict[str, Any])"]
