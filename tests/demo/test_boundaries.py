"""The demo is one app: nothing else imports it, and no other app keeps demo modules."""

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.demo

ROOT = Path(__file__).resolve().parents[2]
APPS = ["hub", "home", "media_library", "search"]


def modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "demo" not in path.relative_to(ROOT).parts[:2]:
                yield path


def imported_names(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            yield node.module or ""
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


def test_no_app_imports_the_demo():
    importers = [
        str(path.relative_to(ROOT))
        for path in modules()
        if any(name.startswith("hub.demo") for name in imported_names(path))
    ]
    assert importers == []


def test_no_demo_module_outside_the_demo_app():
    stray = [str(path.relative_to(ROOT)) for path in modules() if path.stem.startswith("demo")]
    assert stray == []
