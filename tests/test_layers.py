"""The layering holds: the core imports only the standard library (and itself), and each outside
library is imported by its one adapter module."""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "supportmail"
ADAPTERS = {
    "imapclient": {"imap.py"},
    "aiosmtplib": {"smtp.py"},
    "apscheduler": {"scheduler.py"},
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
