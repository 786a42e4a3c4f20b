"""The layering holds: the core imports only the standard library (and itself), and each outside
library is imported by its one adapter module."""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "supportmail"
ADAPTERS = {
    "imapclient": {"inbound/imap.py"},
    "aiosmtplib": {"outbound/smtp.py"},
    "apscheduler": {"sla/scheduler.py"},
    "babel": {"templates/formats.py"},
    "jinja2": {"web/render.py"},
    "numpy": {"triagefit.py"},  # training only: scripts and tests, never the daemon
}


def imports(path: Path) -> set[str]:
    """The top-level names of every module `path` imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("path", sorted((PACKAGE / "core").glob("*.py")), ids=lambda p: p.name)
def test_core_imports_only_the_standard_library(path: Path) -> None:
    """A core module imports the standard library and supportmail.core, nothing else."""
    outside = {
        name
        for name in imports(path)
        if name not in sys.stdlib_module_names and name != "supportmail"
    }
    assert not outside, f"{path.name} imports {outside}"
    text = path.read_text(encoding="utf-8")
    assert "from supportmail." not in text.replace("from supportmail.core", "")


@pytest.mark.parametrize("library", sorted(ADAPTERS))
def test_each_library_has_one_adapter(library: str) -> None:
    """Only the adapter module imports its library."""
    users = {
        str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py") if library in imports(path)
    }
    assert users == ADAPTERS[library]


# Which supportmail packages each part may import (besides itself). Data flows one way:
# inbound -> tickets -> sla / outbound -> storage; daemon and cli sit on top.
FOUNDATION = {"core", "errors"}
ALLOWED: dict[str, set[str]] = {
    "core": set(),
    "errors": set(),
    "templates": {"core"},
    "config": {"core", "errors", "templates"},
    "startcache": {"core"},  # what a reader rebuilds at each start, kept between processes
    "shipped": {"core", "startcache"},  # the shipped triage policy and model, from package data
    "triagefit": {"core"},  # fits the linear model (numpy): scripts and tests only
    "clock": {"config", *FOUNDATION},
    "oauth": {"config", *FOUNDATION},
    "storage": set(FOUNDATION),
    "desk": {"config", "storage", "templates", *FOUNDATION},
    "outbound": {"config", "oauth", "storage", "desk", "templates", *FOUNDATION},
    "sla": {"config", "clock", "storage", "desk", "outbound", *FOUNDATION},
    "tickets": {"config", "shipped", "storage", "desk", "outbound", "sla", *FOUNDATION},
    "inbound": {
        "config",
        "oauth",
        "shipped",
        "startcache",
        "storage",
        "desk",
        "tickets",
        *FOUNDATION,
    },
    "web": {"config", "clock", "storage", "desk", *FOUNDATION},
    "daemon": {
        "web",
        "config",
        "clock",
        "oauth",
        "storage",
        "desk",
        "inbound",
        "tickets",
        "outbound",
        "sla",
        *FOUNDATION,
    },
    "testbed": {"config", *FOUNDATION},
    "demo": {"config", "clock", "storage", "inbound", "testbed", *FOUNDATION},
    "cli": {
        "config",
        "clock",
        "oauth",
        "storage",
        "desk",
        "inbound",
        "tickets",
        "outbound",
        "sla",
        "daemon",
        "web",
        "demo",
        "testbed",
        "startcache",
        "__version__",
        *FOUNDATION,
    },
    "__main__": {"cli"},
    "__init__": set(),
}


def part_of(path: Path) -> str:
    """The top-level part of supportmail a file belongs to: its package, or its module name."""
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def supportmail_imports(path: Path) -> set[str]:
    """The top-level supportmail parts `path` imports, wherever the import statement sits."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] != "supportmail":
                continue
            if len(parts) > 1:
                found.add(parts[1])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "supportmail" and len(parts) > 1:
                    found.add(parts[1])
    return found


def dependency_graph() -> dict[str, set[str]]:
    """Part -> the other parts it imports, over every module of the package."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        part = part_of(path)
        graph.setdefault(part, set()).update(supportmail_imports(path) - {part})
    return graph


def test_every_part_has_a_rule() -> None:
    """A new package or top-level module must say, here, what it may import."""
    assert set(dependency_graph()) <= set(ALLOWED)


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_parts_import_only_what_they_may(part: str) -> None:
    """Each part imports only the parts below it (inbound never imports outbound, and so on)."""
    extra = dependency_graph().get(part, set()) - ALLOWED[part]
    assert not extra, f"{part} imports {sorted(extra)}"


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle in `graph` as the list of its nodes (first repeated at the end), or None."""
    state: dict[str, str] = {}

    def visit(name: str, trail: list[str]) -> list[str] | None:
        state[name] = "open"
        for nxt in sorted(graph.get(name, set())):
            if state.get(nxt) == "open":
                return [*trail, name, nxt]
            if nxt not in state and (found := visit(nxt, [*trail, name])):
                return found
        state[name] = "done"
        return None

    for name in sorted(graph):
        if name not in state and (found := visit(name, [])):
            return found
    return None


def test_no_import_cycles_between_parts() -> None:
    """The parts form a DAG, with imports inside functions counted too."""
    cycle = find_cycle(dependency_graph())
    assert cycle is None, " -> ".join(cycle or [])


def module_graph() -> dict[str, set[str]]:
    """Module -> the supportmail modules it imports (inside functions too)."""
    modules = {
        ".".join(("supportmail", *p.relative_to(PACKAGE).with_suffix("").parts)): p
        for p in PACKAGE.rglob("*.py")
    }
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        for stmt in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(stmt, ast.ImportFrom) and stmt.module and stmt.level == 0:
                for alias in stmt.names:
                    full = f"{stmt.module}.{alias.name}"
                    targets.add(full if full in modules else stmt.module)
            elif isinstance(stmt, ast.Import):
                targets.update(alias.name for alias in stmt.names)
        # A package's __init__ re-exporting its own modules is not a cycle of behaviour.
        graph[name] = set() if name.endswith(".__init__") else targets & set(modules) - {name}
    return graph


def test_no_module_cycles() -> None:
    """No module imports another that imports it back, directly or around a ring."""
    cycle = find_cycle(module_graph())
    assert cycle is None, " -> ".join(cycle or [])


TESTS = Path(__file__).resolve().parent

TEST_MODULES = sorted(
    p for p in TESTS.rglob("*.py") if "support" not in p.relative_to(TESTS).parts[:-1]
)


@pytest.mark.parametrize("path", TEST_MODULES, ids=lambda p: str(p.relative_to(TESTS)))
def test_modules_import_helpers_only_from_support(path: Path) -> None:
    """A test module (or conftest) imports shared helpers from tests.support only, never from
    another test module or from conftest: fixtures are shared through conftest, not imports."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = (
            [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else [alias.name for alias in node.names]
            if isinstance(node, ast.Import)
            else []
        )
        for name in names:
            if name == "tests" or name.startswith("tests."):
                assert name.startswith("tests.support"), f"{path.relative_to(TESTS)} imports {name}"
