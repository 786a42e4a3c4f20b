"""Triage signals: small named detectors for the policy's dimensions, found in folded text (pure).

The support policy asks a few questions of every request: is production available, how much is
affected (everyone / a whole core function / one element), how badly, is there a workaround, is it
occasional, is it an admin task, a question, a cosmetic point, a security incident, lost data? Each
question is one or more `Detector`s: a name, a description, and patterns in the seven languages
we read (en de fr es nl it pt), loaded from `[[signal]]` tables (supportmail/defaults/triage.toml).
A `Hit` is a detector that fired, with the customer's words that made it fire.

How a hit is guarded, so that a single incidental word does not count:
- Patterns are phrases with their context (a subject and a verb, a scope and a failure), never a
  lone product noun: "feature" or "manual" alone says nothing.
- Negation: a hit of a `negatable` detector is dropped when a negation word stands shortly before
  it in the same clause ("not down", "haven't seen any sign of misuse", "nicht ausgefallen").
- The decision table (supportmail.core.decisions) asks for corroboration: most rows need two
  signals, or one signal and the absence of the signals that would contradict it.

Speed: every pattern carries its required literals (supportmail.core.literals); one Scanner pass
says which may match, and only those are searched.
"""

import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from supportmail.core.literals import Scanner, required_literals

# Negation words of the seven languages, as they appear folded (accents removed).
_NEGATION = re.compile(
    r"(?:\b(?:not|no|never|without|hardly|nothing|nor|nicht|kein\w*|nie|ohne|ne|n|pas|jamais|"
    r"sans|aucun\w*|nunca|sin|nadie|non|senza|mai|niet|geen|nooit|zonder|nao|nem|sem|cannot)\b|n't\b)"
    r"[^.!?;:,]{0,25}$",
    re.IGNORECASE,
)
_LOOKBACK = 40  # characters before a hit searched for a negation word


def _compile(pattern: str) -> re.Pattern[str]:
    """One detector pattern, case-insensitive; ValueError when it is unusable."""
    try:
        compiled = re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"bad regex: {exc}") from None
    if compiled.search("") is not None:
        raise ValueError("matches the empty string, so it would fire on every message")
    return compiled


@dataclass(frozen=True)
class Hit:
    """A detector that fired and the folded words that made it fire."""

    signal: str
    words: str


@dataclass(frozen=True)
class Detector:
    """One named signal: any pattern matching (and not negated, if `negatable`) fires it."""

    name: str
    description: str
    patterns: tuple[str, ...]
    negatable: bool = True
    _compiled: tuple[tuple[re.Pattern[str], frozenset[str] | None], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # Compiled once; frozen dataclasses need object.__setattr__ for derived fields.
        compiled = [_compile(p) for p in self.patterns]
        object.__setattr__(self, "_compiled", tuple((c, required_literals(c)) for c in compiled))

    @property
    def needles(self) -> frozenset[str]:
        """The required literals of every pattern (what a Scanner must look for)."""
        return frozenset().union(*(n for _, n in self._compiled if n))

    def find(self, folded: str, present: AbstractSet[str]) -> Hit | None:
        """The first un-negated match in `folded`, or None; `present` as from a Scanner."""
        for pattern, needles in self._compiled:
            if needles is not None and needles.isdisjoint(present):
                continue  # none of its required literals in the text: it cannot match
            for match in pattern.finditer(folded):
                if self.negatable and _negated(folded, match.start()):
                    continue
                return Hit(self.name, match.group().strip())
        return None


def _negated(folded: str, start: int) -> bool:
    """True when a negation word stands shortly before `start`, in the same clause."""
    return _NEGATION.search(folded, max(0, start - _LOOKBACK), start) is not None


@lru_cache(maxsize=16)
def _scanner(detectors: tuple[Detector, ...]) -> Scanner:
    """One Scanner for the needles of all `detectors`."""
    return Scanner(frozenset().union(*(d.needles for d in detectors)))


def detect(folded: str, literal: str, detectors: Sequence[Detector]) -> tuple[Hit, ...]:
    """The signals found in `folded` (its literal_text is `literal`), in detector order."""
    present = _scanner(tuple(detectors)).present(literal)
    hits = (d.find(folded, present) for d in detectors)
    return tuple(h for h in hits if h is not None)


_SIGNAL_KEYS = ("name", "description", "patterns", "negatable")


def load_detectors(raw: Any, where: str = "triage.signal") -> tuple[list[Detector], list[str]]:
    """Detectors from a list of `[[signal]]` tables, plus problems naming each key path."""
    if not isinstance(raw, list):
        return [], [f"{where}: expected a list of [[signal]] tables"]
    detectors: list[Detector] = []
    problems: list[str] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        path = f"{where}[{i}]"
        if not isinstance(item, Mapping):
            problems.append(f"{path}: expected a table")
            continue
        found = _load_detector(item, path)
        if isinstance(found, list):
            problems.extend(found)
        elif found.name in seen:
            problems.append(f"{path}.name: duplicate {found.name!r}")
        else:
            seen.add(found.name)
            detectors.append(found)
    return detectors, problems


def _load_detector(item: Mapping[str, Any], path: str) -> Detector | list[str]:
    """One [[signal]] table as a Detector, or the problems that prevent it."""
    problems = [f"{path}: unknown key {k!r}" for k in item if k not in _SIGNAL_KEYS]
    name, description = item.get("name"), item.get("description")
    if not isinstance(name, str) or not name.strip():
        problems.append(f"{path}.name: expected a non-empty string")
    if not isinstance(description, str) or not description.strip():
        problems.append(f"{path}.description: expected a non-empty string")
    negatable = item.get("negatable", True)
    if not isinstance(negatable, bool):
        problems.append(f"{path}.negatable: expected true or false")
    patterns = item.get("patterns")
    if not isinstance(patterns, list) or not patterns:
        problems.append(f"{path}.patterns: expected a non-empty list of regexes")
        patterns = []
    for j, pattern in enumerate(patterns):
        if not isinstance(pattern, str):
            problems.append(f"{path}.patterns[{j}]: expected a string")
            continue
        try:
            _compile(pattern)
        except ValueError as exc:
            problems.append(f"{path}.patterns[{j}]: {exc}")
    if problems:
        return problems
    assert isinstance(name, str) and isinstance(description, str)
    return Detector(name, description, tuple(patterns), bool(negatable))
