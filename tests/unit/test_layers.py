"""Dependencies run one way, `ui`/`cli` → `core` → `mail`, and never in a circle
(DESIGN.md section 4, issue 13).

Two proofs: importing every module of `liaison_app.mail` in a fresh interpreter with
`liaison_app.core` made unimportable (what really runs), and the import graph read from
the source, imports inside functions included (what could run on some path the first
proof does not take). Each proof is shown to fail on a planted violation, since a check
that cannot fail proves nothing.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import liaison_app

PACKAGE_DIR = Path(liaison_app.__file__).parent
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")

# --- proof 1: mail loads without core ---------------------------------------------------
SCRIPT = textwrap.dedent(
    r'''
    import importlib, importlib.abc, json, pkgutil, sys

    BLOCKED = "liaison_app.core"

    class BlockCore(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name == BLOCKED or name.startswith(BLOCKED + "."):
                raise ImportError(f"{name} is blocked in this test")
            return None

    sys.meta_path.insert(0, BlockCore())

    def fail(name):
        raise ImportError(f"cannot import {name}")

    imported, errors = [], {}
    package = importlib.import_module("liaison_app.mail")
    imported.append(package.__name__)
    for info in pkgutil.walk_packages(package.__path__, "liaison_app.mail.", onerror=fail):
        try:
            importlib.import_module(info.name)
            imported.append(info.name)
        except ImportError as exc:
            errors[info.name] = str(exc)
    print(json.dumps({
        "imported": imported,
        "errors": errors,
        "core_modules": sorted(m for m in sys.modules
                               if m.split(".")[:2] == ["liaison_app", "core"]),
    }))
    '''
)


def _run(script: str) -> dict:
    done = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True,
                          text=True,
                          timeout=120, cwd=PACKAGE_DIR.parent)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_every_mail_module_loads_without_core():
    report = _run(SCRIPT)
    assert report["errors"] == {}, "mail modules that need core:\n" + "\n".join(
        f"  {name}: {error}" for name, error in sorted(report["errors"].items()))
    assert report["core_modules"] == [], f"core modules loaded: {report['core_modules']}"
    # The walk really reached the transports (an empty walk would prove nothing).
    for name in ("liaison_app.mail.smtp", "liaison_app.mail.imap", "liaison_app.mail.servers",
                 "liaison_app.mail.compose", "liaison_app.mail.mime_parse"):
        assert name in report["imported"]


def test_the_core_blocker_really_blocks():
    # Guards the test above: with the same finder, a module that needs core is reported.
    probe = SCRIPT.replace(
        'package = importlib.import_module("liaison_app.mail")',
        'package = importlib.import_module("liaison_app.mail")\n'
        'try:\n'
        '    importlib.import_module("liaison_app.core.correspondence.sending")\n'
        'except ImportError as exc:\n'
        '    errors["liaison_app.core.correspondence.sending"] = str(exc)',
    )
    assert probe != SCRIPT
    report = _run(probe)
    assert "blocked" in report["errors"]["liaison_app.core.correspondence.sending"]
    assert report["core_modules"] == []


# --- proof 2: the import graph from the source -------------------------------------------
@dataclass
class Graph:
    edges: dict[str, set[str]] = field(default_factory=dict)
    qt: dict[str, set[str]] = field(default_factory=dict)


def _module_names(root: Path) -> dict[str, Path]:
    names = {}
    for path in sorted(root.rglob("*.py")):
        name = ".".join(path.relative_to(root.parent).with_suffix("").parts)
        names[name.removesuffix(".__init__")] = path
    return names


def import_graph(root: Path) -> Graph:
    """Every import of every module under `root` (at any level, inside functions too),
    as edges between the package's modules; `from pkg import mod` points at `pkg.mod`."""
    modules = _module_names(root)
    package = root.name
    graph = Graph()

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    for name, path in modules.items():
        edges, qt = set(), set()
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = name.split(".") if is_package else name.split(".")[:-1]
                    base = base[: len(base) - (node.level - 1)]
                    prefix = ".".join(base + ([node.module] if node.module else []))
                else:
                    prefix = node.module or ""
                for alias in node.names:
                    child = f"{prefix}.{alias.name}"
                    targets.append(child if child in modules else prefix)
            for target in targets:
                if target.split(".")[0] in QT:
                    qt.add(target)
                elif target.split(".")[0] == package:
                    found = known(target)
                    if found and found != name:
                        edges.add(found)
        graph.edges[name], graph.qt[name] = edges, qt
    return graph


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in edges:  # noqa: PLC0206 - edges[start] is read only when unvisited
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in edges:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def layering_breaks(graph: Graph) -> list[str]:
    """Imports against the direction ui/cli → core → mail, and Qt below the window."""
    bad = []
    for module, targets in sorted(graph.edges.items()):
        layer = _layer(module)
        for target in sorted(targets):
            other = _layer(target)
            if layer == "mail" and other not in ("mail", ""):
                bad.append(f"{module} -> {target} (mail imports nothing of the package)")
            if layer == "core" and other in ("ui", "cli", "demo"):
                bad.append(f"{module} -> {target} (core imports no {other})")
        if layer in ("core", "mail"):
            bad.extend(f"{module} -> {qt} (no Qt in {layer})" for qt in sorted(graph.qt[module]))
    return bad


def _show(title: str, lines: list[str]) -> str:
    return title + ":\n" + "\n".join(f"  {line}" for line in lines)


@pytest.fixture(scope="module")
def graph() -> Graph:
    return import_graph(PACKAGE_DIR)


def test_the_graph_reads_the_whole_package(graph):
    # An empty or misread graph would pass every check below.
    assert len(graph.edges) > 100
    assert "liaison_app.mail.compose" in graph.edges["liaison_app.core.correspondence.outbox"]
    assert "liaison_app.core.correspondence.sending" in graph.edges[
        "liaison_app.core.correspondence.mail_sync"]
    assert any(t.startswith("PySide6") for t in graph.qt["liaison_app.ui.main_window"])


def test_layers_run_one_way(graph):
    bad = layering_breaks(graph)
    assert not bad, _show("imports against the layers", bad)


def test_no_import_cycles(graph):
    found = cycles(graph.edges)
    assert not found, _show("modules importing each other in a circle",
                            [" <-> ".join(c) for c in found])


def _plant(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "liaison_app"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_graph_checks_catch_planted_violations(tmp_path):
    root = _plant(tmp_path, {
        "__init__.py": "",
        "core/__init__.py": "",
        "core/a.py": "from liaison_app.core import b\n",
        "core/b.py": "def f():\n    from . import c\n",  # inside a function, relative
        "core/c.py": "import liaison_app.core.a\nfrom PySide6.QtCore import QObject\n",
        "core/d.py": "from liaison_app.ui import window\n",
        "mail/__init__.py": "",
        "mail/smtp.py": "def send():\n    from liaison_app.core.models import Message\n",
        "core/models/__init__.py": "Message = object\n",
        "ui/__init__.py": "",
        "ui/window.py": "from liaison_app.core import a\n",
    })
    planted = import_graph(root)
    assert cycles(planted.edges) == [["liaison_app.core.a", "liaison_app.core.b",
                                      "liaison_app.core.c"]]
    bad = layering_breaks(planted)
    assert any(b.startswith("liaison_app.mail.smtp -> liaison_app.core.models") for b in bad)
    assert any(b.startswith("liaison_app.core.d -> liaison_app.ui.window") for b in bad)
    assert any(b.startswith("liaison_app.core.c -> PySide6.QtCore") for b in bad)
    assert not any(b.startswith("liaison_app.ui.") for b in bad)
    # And the failure message names the offenders.
    with pytest.raises(AssertionError) as failed:
        assert not bad, _show("imports against the layers", bad)
    assert "liaison_app.mail.smtp -> liaison_app.core.models" in str(failed.value)
