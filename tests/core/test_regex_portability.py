"""Every regular expression supportmail compiles means the same on every Python it supports.

Python 3.11 before 3.11.5 (Debian 12's python3 is 3.11.2) mismatches possessive repeats
(`X*+`, `X++`, `X{m,n}+`) of groups: a link's label ran over its "</a>" there, so every link
target vanished from HTML mail and newsletters lost their unsubscribe links (763 of 2,807 HTML
parts of the fixtures and the shared corpus read differently). Atomic groups (`(?>...)`) came
with them in 3.11. The suite runs on one Python; this check holds on any: no pattern of the
package or of the shipped triage policy uses either (an atomic step is written as a lookahead
whose capture is then matched, `(?=(?P<x>...))(?P=x)`, atomic in every version)."""

import importlib
import pkgutil
import re
import tomllib
from collections.abc import Iterator
from importlib import resources
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import pytest

import supportmail
from supportmail.core.wordscan import Phrases

_UNPORTABLE = {"POSSESSIVE_REPEAT", "ATOMIC_GROUP"}


def _opcodes(tree: Any) -> Iterator[str]:
    """The names of every opcode in a parsed pattern, nested ones included."""
    for op, value in tree:
        yield str(op)
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, _parser.SubPattern):
                yield from _opcodes(item)
            elif isinstance(item, list | tuple):
                stack.extend(item)


def _package_patterns() -> Iterator[tuple[str, str]]:
    """(where, pattern) of every module-level compiled pattern and phrase list of the package."""
    for info in pkgutil.walk_packages(supportmail.__path__, "supportmail."):
        if info.name.endswith("__main__") or ".storage.migrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            compiled = isinstance(value, re.Pattern) and isinstance(value.pattern, str)
            if compiled or isinstance(value, Phrases):
                yield f"{info.name}.{name}", value.pattern


def _policy_patterns() -> Iterator[tuple[str, str]]:
    """(where, pattern) of every pattern in the shipped triage policy."""
    text = resources.files("supportmail").joinpath("defaults/triage.toml").read_text("utf-8")
    for table, entries in tomllib.loads(text).items():
        if isinstance(entries, list):
            for entry in entries:
                if isinstance(entry, dict):
                    for pattern in entry.get("patterns", []):
                        yield f"triage.toml {table} {entry.get('name')}", pattern


def test_the_checker_sees_both_constructs() -> None:
    assert set(_opcodes(_parser.parse(r"<a(?:x|y)*+>(?>b)"))) >= _UNPORTABLE
    assert not _UNPORTABLE & set(_opcodes(_parser.parse(r"(?=(?P<a>[^<]*))(?P=a)x{2,3}")))


@pytest.mark.parametrize("source", [_package_patterns, _policy_patterns], ids=["package", "policy"])
def test_no_pattern_uses_possessive_repeats_or_atomic_groups(source: Any) -> None:
    found = list(source())
    assert len(found) > 100  # the walk reached the patterns
    unportable = [
        where for where, pattern in found if _UNPORTABLE & set(_opcodes(_parser.parse(pattern)))
    ]
    assert not unportable, unportable
