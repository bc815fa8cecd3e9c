"""The layers and the absence of import cycles, as pyproject.toml's import-linter contracts
state them (docs/architecture.md explains the layers)."""

from pathlib import Path

from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("hub", "home", "media_library", "search")


def test_the_import_contracts_hold(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    status = lint_imports(no_cache=True, no_logo=True)
    assert status == 0, capsys.readouterr().out


def test_no_module_imports_itself_back(monkeypatch):
    """No import cycle at all, a package and its own modules included (the contracts
    check cycles between siblings). Lazy imports inside functions count too."""
    import grimp

    monkeypatch.syspath_prepend(str(ROOT))
    graph = grimp.build_graph(*PACKAGES, include_external_packages=False, cache_dir=None)
    cycles = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            chain = graph.find_shortest_chain(importer=imported, imported=module)
            if chain and not any(".migrations" in name for name in chain):
                cycles.add(" -> ".join((module, *chain)))
    assert sorted(cycles) == []
