"""Many-language phrase patterns searched fast: each alternative runs only when its words occur.

A statement ("I am away", in fifteen languages) is one regex of hundreds of alternatives, and
Python's regex engine tries every alternative at every position of the text: milliseconds per
mail. Here the statement is split into its top-level alternatives; each one's leading literal
words (its "gate", e.g. "je suis" or any of "i am"/"i'm") are read from its source, and the
alternative's regex runs only when a gate occurs in the text (a plain substring test).
Without a literal start an alternative always runs. Matching is on case-folded text with
case-folded patterns, which is what IGNORECASE did, without its cost.
"""

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from supportmail.core.literals import Scanner, build_all

_SPECIAL = set("\\()[]?*+{}|.^$")
_MIN_GATE = 2


def fold(text: str) -> str:
    """Lower case, with the Turkish dotted/dotless i folded to a plain i."""
    return text.lower().replace("ı", "i").replace("\u0307", "")


def fold_source(source: str) -> str:
    """`source` with its letters folded like `fold`, escapes (\\S, \\W, \\b) kept as written."""
    out: list[str] = []
    i = 0
    while i < len(source):
        if source[i] == "\\" and i + 1 < len(source):
            out.append(source[i : i + 2])
            i += 2
            continue
        out.append(fold(source[i]))
        i += 1
    return "".join(out)


def _close(source: str, start: int) -> int:
    """The index of the parenthesis closing the group opened at `start`."""
    depth, i, in_class = 0, start, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError(f"unbalanced group in {source!r}")


def alternatives(pattern: str) -> list[str]:
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


def _class_end(source: str, start: int) -> int:
    """The index after the character class opened at `start` ("[^]x]" and escapes allowed)."""
    i = start + 1
    if source[i : i + 1] == "^":
        i += 1
    if source[i : i + 1] == "]":
        i += 1
    while source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i + 1


def _optional(source: str, i: int) -> bool:
    """Whether the quantifier at `source[i]` (if any) lets the item before it occur zero times."""
    return source[i : i + 1] in ("?", "*") or source[i : i + 3] in ("{0,", "{0}")


def _quantifier_end(source: str, i: int) -> int:
    """The index after the quantifier starting at `i` (none: `i`)."""
    if source[i : i + 1] in ("?", "*", "+"):
        i += 1
    elif source[i : i + 1] == "{":
        i = source.index("}", i) + 1
    return i + 1 if source[i : i + 1] == "?" else i  # lazy quantifier


def gate(source: str) -> tuple[str, ...] | None:
    """Literal strings one of which every match of `source` contains; None when none can be
    read (the alternative then always runs). The most selective mandatory piece is chosen: a
    run of literal characters, or a group whose every alternative has such a piece."""
    candidates: list[tuple[str, ...]] = []
    run: list[str] = []
    i = 0

    def close_run() -> None:
        if run:
            candidates.append(("".join(run),))
            run.clear()

    while i < len(source):
        char = source[i]
        if char == "(":
            end = _close(source, i)
            inner = source[i + 1 : end]
            after = _quantifier_end(source, end + 1)
            close_run()
            if not inner.startswith(("?=", "?!", "?<")) and not _optional(source, end + 1):
                body = inner[2:] if inner.startswith("?:") else inner
                found: list[str] = []
                for alternative in alternatives(body):
                    sub = gate(alternative)
                    if sub is None:
                        found = []
                        break
                    found.extend(sub)
                if found:
                    candidates.append(tuple(found))
            i = after
            continue
        if char in _SPECIAL:
            # An escape, a class, "." or an anchor: not a literal character.
            close_run()
            if char == "\\":
                i += 2
            elif char == "[":
                i = _class_end(source, i)
            else:
                i += 1
            i = _quantifier_end(source, i)
            continue
        after = _quantifier_end(source, i + 1)
        if _optional(source, i + 1):
            close_run()
        else:
            run.append(char)
            if after != i + 1:  # "a+": the character is there, what follows may not be next
                close_run()
        i = after
    close_run()
    usable = [c for c in candidates if min(map(len, c)) >= _MIN_GATE]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


class Phrases:
    """A phrase pattern as gated alternatives; `search` answers whether the text has one.

    Nothing is analysed or compiled when the pattern is made: a module of statements in
    fifteen languages would otherwise compile ~800 regexes on import, and a one-shot command
    (`supportmail triage FILE`) would pay ~200 ms for patterns its one mail never needs.
    The gates are read on the first search; an alternative is compiled when its gate first
    opens (one without a gate on the first search)."""

    __slots__ = ("_branches", "_compiled", "_index", "_sources")

    def __init__(self, sources: tuple[str, ...]) -> None:
        self._sources = sources
        self._branches: tuple[tuple[tuple[str, ...] | None, str], ...] | None = None
        self._compiled: dict[int, re.Pattern[str]] = {}
        self._index: _GateIndex | None = None

    @property
    def pattern(self) -> str:
        """The whole folded source, one alternation (for reading and for tests)."""
        return "|".join(fold_source(s) for s in self._sources)

    @property
    def branches(self) -> tuple[tuple[tuple[str, ...] | None, str], ...]:
        """Each alternative's gate (None: always runs) and folded regex source."""
        if self._branches is None:
            self._branches = tuple(
                (gate(alternative), alternative)
                for source in self._sources
                for alternative in alternatives(fold_source(source))
            )
        return self._branches

    def search_folded(self, folded: str, present: AbstractSet[str] | None = None) -> bool:
        """Whether `folded` (already `fold`-ed) contains a match. `present`: the gates that occur
        in `folded` when the caller has found them (`PhraseSet.present`), else they are found
        here. Only the alternatives without a gate and those whose gate occurs are tried: the
        answer is whether any of them matches, so the order they are tried in does not matter."""
        index = self._index
        if index is None:
            index = self._index = _GateIndex(self.branches)
        tried = index.gated(index.present(folded) if present is None else present)
        tried.update(index.always)
        for number in tried:
            regex = self._compiled.get(number)
            if regex is None:
                regex = self._compiled[number] = re.compile(self.branches[number][1])
            if regex.search(folded) is not None:
                return True
        return False

    def search(self, text: str) -> bool:
        """Whether `text` contains a match, case folded."""
        return self.search_folded(fold(text))


# Distinct gates from which the gates are found by one Scanner pass instead of a substring test
# each (a Scanner's own rule of thumb; not tuned here).
_SCAN_FROM = 24


class _GateIndex:
    """Which alternatives of a Phrases each gate opens, and how to find its gates in a text."""

    __slots__ = ("_scanner", "always", "by_gate")

    def __init__(self, branches: tuple[tuple[tuple[str, ...] | None, str], ...]) -> None:
        by_gate: dict[str, list[int]] = {}
        self.always = tuple(n for n, (gates, _) in enumerate(branches) if gates is None)
        for number, (gates, _) in enumerate(branches):
            for gate in gates or ():
                by_gate.setdefault(gate, []).append(number)
        self.by_gate = {gate: tuple(numbers) for gate, numbers in by_gate.items()}
        # Made at the first search that brings no gates of its own: a statement only ever
        # searched with its PhraseSet's gates needs none (nor its regex built at start).
        self._scanner: Scanner | None = None

    def present(self, folded: str) -> AbstractSet[str]:
        """The gates that occur in `folded`."""
        if len(self.by_gate) < _SCAN_FROM:
            return {gate for gate in self.by_gate if gate in folded}
        if self._scanner is None:
            self._scanner = Scanner(self.by_gate)  # threads racing here make equal ones
        return self._scanner.present(folded)

    def gated(self, present: AbstractSet[str]) -> set[int]:
        """The alternatives a gate in `present` opens (`present` may hold other gates too)."""
        tried: set[int] = set()
        by_gate = self.by_gate
        if len(present) > len(by_gate):
            for gate, numbers in by_gate.items():
                if gate in present:
                    tried.update(numbers)
        else:
            for gate in present:
                opened = by_gate.get(gate)
                if opened is not None:
                    tried.update(opened)
        return tried


class PhraseSet:
    """Phrases searched in the same texts: the gates of all of them found in one pass.

    A mail is asked about a dozen statements, each with a hundred gates or more: a substring
    test per gate costs more than all the regexes that then run (about 2,000 tests a mail). One
    `Scanner` pass over the text finds every gate of every statement that occurs, and each
    statement's alternatives are then gated by a set lookup: the same answers."""

    __slots__ = ("_phrases", "_scanner")

    def __init__(self, phrases: Iterable[Phrases]) -> None:
        self._phrases = tuple(phrases)
        self._scanner: Scanner | None = None
        _ALL_SETS.append(self)

    def present(self, folded: str) -> AbstractSet[str]:
        """The gates of these phrases that occur in `folded` (already `fold`-ed)."""
        return self.scanner().present(folded)

    def scanner(self) -> Scanner:
        """The Scanner of every gate, made at the first use."""
        scanner = self._scanner
        if scanner is None:
            scanner = self._scanner = Scanner(
                g for p in self._phrases for gates, _ in p.branches if gates for g in gates
            )
        return scanner


# Every PhraseSet made (module-level constants, made once): build_all_scanners makes theirs.
_ALL_SETS: list[PhraseSet] = []


def build_all_scanners() -> int:
    """Make every PhraseSet's Scanner now (each is made at its first use otherwise), then
    build every live Scanner (literals.build_all); the number built."""
    for phrase_set in _ALL_SETS:
        phrase_set.scanner()
    return build_all()


def phrases(*sources: str) -> Phrases:
    """Phrases from regex sources (each may itself be an alternation); case-insensitive."""
    return Phrases(sources)
