r"""Triage signals: small named detectors for the policy's dimensions, found in folded text (pure).

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

Speed: each pattern is split into its top-level alternatives, and each alternative carries its
required literals (supportmail.core.literals) and the longest match it can have; one Scanner pass
says which may match, and those are searched only in windows around where their literals occur
(any match contains one, so it lies within its longest length of it). `\w+`, `\w*` and `\S+` are
read as words of at most 40 characters, so that every alternative has a longest match.
"""

import importlib
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
# A negation inside a match, before its last word (the first word is the pattern's own).
_INNER_NEGATION = re.compile(
    r"\b(?:not|never|nicht|kein\w*|pas|jamais|nunca|non|niet|geen|nao|nem|n't)\b", re.IGNORECASE
)
_LOOKBACK = 40  # characters before a hit searched for a negation word
_WORD = 40  # the longest word `\w+` stands for in a detector pattern
# re._parser is the stdlib's own parser (Python 3.11+); it has no stubs, hence Any.
_parser: Any = importlib.import_module("re._parser")
# A searchable alternative: its regex, required literals, longest match, own negation words.
_Piece = tuple[re.Pattern[str], frozenset[str] | None, int | None, frozenset[str]]


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern` ("a|b(c|d)" -> ["a", "b(c|d)"]): a "|" outside
    any group, class or escape. A pattern with inline flags or a backreference stays whole."""
    if "(?" in pattern.replace("(?:", "").replace("(?=", "").replace("(?!", "").replace(
        "(?<", ""
    ) or re.search(r"\\[1-9]", pattern):
        return [pattern]
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": the first "]" is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


def _bounded(pattern: str) -> str:
    """`pattern` with `\\w+`, `\\w*` and `\\S+` limited to words of _WORD characters."""
    return re.sub(
        r"(?<!\\)((?:\\\\)*)\\([wS])([+*])",
        lambda m: f"{m[1]}\\{m[2]}{{{0 if m[3] == '*' else 1},{_WORD}}}",
        pattern,
    )


def _compile(pattern: str) -> re.Pattern[str]:
    """One detector pattern, case-insensitive; ValueError when it is unusable."""
    try:
        compiled = re.compile(_bounded(pattern), re.IGNORECASE)
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
    _compiled: tuple[_Piece, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Compiled once; frozen dataclasses need object.__setattr__ for derived fields.
        compiled = [_compile(a) for p in self.patterns for a in _alternatives(p)]
        pieces = tuple((c, required_literals(c), _longest(c), _own_negations(c)) for c in compiled)
        object.__setattr__(self, "_compiled", pieces)

    @property
    def needles(self) -> frozenset[str]:
        """The required literals of every pattern (what a Scanner must look for)."""
        return frozenset().union(*(n for _, n, _, _ in self._compiled if n))

    def find(
        self,
        folded: str,
        literal: str,
        present: AbstractSet[str],
        pieces: Sequence[int] | None = None,
    ) -> Hit | None:
        """An un-negated match in `folded` (its literal_text is `literal`), or None; `present`:
        the needles a Scanner found in `literal`; `pieces`: the only alternatives that may
        match (by index, in order), when the caller knows."""
        chosen = self._compiled if pieces is None else [self._compiled[i] for i in pieces]
        for pattern, needles, longest, own in chosen:
            if needles is None or longest is None:
                spans = [(0, len(folded))]
            else:
                here = needles.intersection(present)
                if not here:
                    continue  # none of its required literals in the text: it cannot match
                spans = _windows(folded, literal, here, longest)
            for start, end in spans:
                for match in pattern.finditer(folded, start, end):
                    if self.negatable and _negated(folded, match, own):
                        continue
                    return Hit(self.name, match.group().strip())
        return None


def _longest(pattern: re.Pattern[str]) -> int | None:
    """The longest match `pattern` can have, or None when it has no bound."""
    width: int = _parser.parse(pattern.pattern, pattern.flags).getwidth()[1]
    return None if width >= _parser.MAXREPEAT else width


def _windows(
    folded: str, literal: str, needles: AbstractSet[str], longest: int
) -> list[tuple[int, int]]:
    """Where a match containing one of `needles` can be: around each place one occurs, merged,
    each end moved on to a space so that a `\\b` at the end reads as in the whole text."""
    found: list[tuple[int, int]] = []
    for needle in needles:
        at = literal.find(needle)
        while at >= 0:
            found.append((max(0, at + len(needle) - longest), at + longest))
            at = literal.find(needle, at + 1)
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    spans = []
    for start, end in merged:
        space = folded.find(" ", end)
        spans.append((start, len(folded) if space < 0 else space))
    return spans


def _own_negations(pattern: re.Pattern[str]) -> frozenset[str]:
    """The negation words `pattern` spells out itself ("funktioniert nicht mehr")."""
    words = {w.lower() for w in _INNER_NEGATION.findall(pattern.pattern.replace("\\b", " "))}
    if re.search(r"n\.\??t", pattern.pattern):
        words.add("n't")
    return frozenset(words)


def _negated(folded: str, match: re.Match[str], own: AbstractSet[str] = frozenset()) -> bool:
    """True when a negation word stands shortly before the match, in the same clause, or inside
    it before its last word ("the site is not down"); a negation the match starts with, or one
    the pattern spells out (`own`), is the pattern's own wording ("doesn't load", "funktioniert
    nicht mehr")."""
    start = match.start()
    if _NEGATION.search(folded, max(0, start - _LOOKBACK), start) is not None:
        return True
    last = folded.rfind(" ", start, match.end() - 1)
    if last <= start:
        return False
    first = folded.find(" ", start, match.end())  # the match's first word is its own wording
    if first >= last:
        return False
    inner = _INNER_NEGATION.findall(folded, first, last + 1)
    return any(word.lower() not in own for word in inner)


@dataclass(frozen=True)
class _Index:
    """One Scanner for the needles of all detectors, and which alternatives each needle is
    required by (detector, alternative), so that only those are tried."""

    scanner: Scanner
    by_needle: Mapping[str, tuple[tuple[int, int], ...]]
    unfiltered: tuple[tuple[int, int], ...]  # alternatives without required literals


@lru_cache(maxsize=16)
def _index(detectors: tuple[Detector, ...]) -> _Index:
    """The needle index of `detectors` (built once per detector list)."""
    by_needle: dict[str, list[tuple[int, int]]] = {}
    unfiltered: list[tuple[int, int]] = []
    for d, detector in enumerate(detectors):
        for p, (_, needles, _, _) in enumerate(detector._compiled):
            if needles is None:
                unfiltered.append((d, p))
            for needle in needles or ():
                by_needle.setdefault(needle, []).append((d, p))
    return _Index(
        Scanner(by_needle),
        {n: tuple(places) for n, places in by_needle.items()},
        tuple(unfiltered),
    )


def _scanner(detectors: tuple[Detector, ...]) -> Scanner:
    """One Scanner for the needles of all `detectors`."""
    return _index(detectors).scanner


def detect(folded: str, literal: str, detectors: Sequence[Detector]) -> tuple[Hit, ...]:
    """The signals found in `folded` (its literal_text is `literal`), in detector order."""
    index = _index(tuple(detectors))
    present = index.scanner.present(literal)
    candidates: dict[int, set[int]] = {}
    for d, p in index.unfiltered:
        candidates.setdefault(d, set()).add(p)
    for needle in present:
        for d, p in index.by_needle[needle]:
            candidates.setdefault(d, set()).add(p)
    hits = (
        detectors[d].find(folded, literal, present, sorted(candidates[d]))
        for d in sorted(candidates)
    )
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
