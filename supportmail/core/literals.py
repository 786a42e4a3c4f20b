"""Required literals of a regex: a cheap test that a search cannot match (pure, stdlib only).

`required_literals(pattern)` gives lowercase ASCII strings ("needles") such that every match of
the (case-insensitive) pattern contains at least one of them, or None when no useful set is
known. A text in which none occurs (as seen through `literal_text`) cannot match, so the regex
search can be skipped; a `Scanner` finds which of many needles occur in one pass. This only ever
skips searches that would fail: a wrong "may match" costs time, a wrong "cannot match" would
change a result, so every doubt answers "may match" (None).

How the set is found, on the stdlib parser's tree of the pattern:
- a run of consecutive literals (small classes like [0234] and groups of pure-literal
  alternatives widen it to several strings) must appear in the match as one piece; zero-width
  items (\\b, lookarounds) consume nothing, so they do not break a run; anything else ends it;
- an optional item (minimum repeat 0) requires nothing; a branch requires the union of what its
  alternatives require (nothing if one of them requires nothing);
- of a sequence's runs and required parts, the most selective is kept (longest shortest string).
"""

import importlib
import itertools
import re
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# re._parser is the stdlib's own parser (Python 3.11+); it has no stubs, hence Any.
_parser: Any = importlib.import_module("re._parser")

_MAX_STRINGS = 64  # bounds the analysis: runs multiply, and a huge set filters little
_MAX_CLASS = 8  # a larger character class ends a run instead of multiplying it
_MIN_LENGTH = 3  # shorter strings occur in almost every text: no use as a filter

# Non-ASCII characters that re.IGNORECASE treats as equal to an ASCII letter (Python 3.11).
# tests/core/test_priority_speed.py derives this list by brute force over every code point.
IGNORECASE_ASCII = {
    0x130: "i",  # LATIN CAPITAL LETTER I WITH DOT ABOVE (its simple lowercase is "i")
    0x131: "i",  # LATIN SMALL LETTER DOTLESS I (same uppercase as "i")
    0x17F: "s",  # LATIN SMALL LETTER LONG S (same uppercase as "s")
    0x212A: "k",  # KELVIN SIGN (its lowercase is "k")
}


def literal_text(text: str) -> str:
    """`text` as the needles see it: lowercase ASCII, IGNORECASE's look-alikes of ASCII letters
    made those letters, any other non-ASCII character "?" (a "?" can only make a needle seem
    present, which costs a search, never a result; ASCII text is the fastest to scan)."""
    if text.isascii():
        return text.lower()
    if any(chr(c) in text for c in IGNORECASE_ASCII):
        text = text.translate(IGNORECASE_ASCII)
    return text.encode("ascii", "replace").decode("ascii").lower()


_DIRECT = 8  # texts a Scanner checks needle by needle before it builds its one-pass regex


def trie_regex(needles: frozenset[str]) -> re.Pattern[str]:
    """The one-pass regex of a Scanner over `needles` (see Scanner), compiled here."""
    return re.compile(trie_source(needles))


def trie_source(needles: Iterable[str]) -> str:
    """The source of a Scanner's regex: the needles' trie inside a capturing lookahead."""
    return f"(?=({_trie(needles)}))"


# What builds a Scanner's regex from its needles (one slot). A shell may put in one that keeps
# the compiled regex between processes (supportmail.startcache): a large needle set costs a
# second to compile.
_TRIE_COMPILER: list[Callable[[frozenset[str]], re.Pattern[str]]] = [trie_regex]


def use_trie_compiler(compiler: Callable[[frozenset[str]], re.Pattern[str]]) -> None:
    """Build every Scanner's regex with `compiler` from now on (the same regex as trie_regex)."""
    _TRIE_COMPILER[0] = compiler


class Scanner:
    """Which of a fixed set of needles occur in a text, found in one regex pass.

    The regex is the needles' trie inside a lookahead, longest continuation first: at each
    position it finds the longest needle starting there, and the needles that are prefixes of
    that one start there too. (A substring test per needle costs about ten times more.)
    Building that regex costs as much as some dozens of substring tests over all needles, so
    the first `direct` texts are checked needle by needle (the same answer) and the regex is
    built for the next: a one-shot command never pays for it.
    """

    def __init__(self, needles: Iterable[str], direct: int = _DIRECT) -> None:
        self.needles = frozenset(needles)
        if "" in self.needles:
            raise ValueError("an empty needle is in every text: no use to scan for")
        self._direct = direct
        self._prefixes: dict[str, frozenset[str]] = {}
        self._regex: re.Pattern[str] | None = None
        _LIVE.add(self)

    def build(self) -> bool:
        """Build the one-pass regex now, not at the first text after `direct` (a long-running
        process pays for it once at start instead of during some later message); whether it
        was built now."""
        if self._regex is not None or not self.needles:
            return False
        self._build()
        return True

    def present(self, text: str) -> set[str]:
        """The needles that occur in `text` (a literal_text)."""
        if not self.needles:
            return set()
        regex = self._regex
        if regex is None:
            if self._direct > 0:
                # Threads may race on the count: a text more or less checked directly.
                self._direct -= 1
                return {n for n in self.needles if n in text}
            regex = self._build()
        found: set[str] = set()
        for longest in set(regex.findall(text)):
            found |= self._prefixes[longest]
        return found

    def _build(self) -> re.Pattern[str]:
        """Make the prefix table and the regex (threads racing here build equal ones; the
        table is in place before the regex is published, as present() reads it after)."""
        self._prefixes = {
            n: frozenset(n[:i] for i in range(1, len(n) + 1) if n[:i] in self.needles)
            for n in self.needles
        }
        regex = _TRIE_COMPILER[0](self.needles)
        self._regex = regex
        return regex


# Every Scanner alive, for build_all: a long-running process builds them all at start.
_LIVE: "weakref.WeakSet[Scanner]" = weakref.WeakSet()


def build_all() -> int:
    """Build every live Scanner's regex now (see Scanner.build); the number built."""
    return sum(scanner.build() for scanner in list(_LIVE))


def _trie(needles: Iterable[str]) -> str:
    """A regex matching any of `needles`, preferring the longest (one path per first char)."""
    root: dict[str, Any] = {}
    for needle in needles:
        node = root
        for c in needle:
            node = node.setdefault(c, {})
        node[""] = {}  # a needle ends here

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + build(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer needle first

    return build(root)


@dataclass(frozen=True)
class _Info:
    """What is known about the strings one node of the parse tree matches."""

    exact: frozenset[str] | None  # every match is one of these (None: unknown or too many)
    required: frozenset[str] | None  # every match contains one of these (None: unknown)


_NOTHING = _Info(None, None)
_ZERO_WIDTH = _Info(frozenset({""}), None)


def required_literals(
    pattern: re.Pattern[str], min_length: int = _MIN_LENGTH
) -> frozenset[str] | None:
    """Lowercase ASCII strings one of which every match of `pattern` (a compiled str regex)
    contains, or None when there is no such set worth testing (one shorter than `min_length`)."""
    return _worth_testing(_analyse(pattern.pattern, pattern.flags), min_length)


def _worth_testing(found: frozenset[str] | None, min_length: int) -> frozenset[str] | None:
    """`found`, unless it is empty, unknown or holds a string shorter than `min_length`."""
    if not found or min(map(len, found)) < min_length:
        return None
    return found


@lru_cache(maxsize=4096)
def _analyse(source: str, flags: int) -> frozenset[str] | None:
    """The required strings of one pattern (cached: every config load builds the rules anew)."""
    try:
        return _sequence(_parser.parse(source, flags)).required
    except Exception:  # an optimisation only: anything unexpected means "no filter"
        return None


def leading_literals(source: str, flags: int, min_length: int = 2) -> frozenset[str] | None:
    """Lowercase ASCII strings one of which every match of the regex `source` (with `flags`)
    starts with, once its zero-width items (`\\b`, lookarounds) are passed, or None when no such
    set is known (or one of them is shorter than `min_length`). Where one occurs in a text's
    literal_text is the only place a match can start: `\\b(nobody|everyone) can\\w+` starts
    with "nobody can" or "everyone can"."""
    return _worth_testing(_leading(source, flags), min_length)


@lru_cache(maxsize=4096)
def _leading(source: str, flags: int) -> frozenset[str] | None:
    """The leading run of literals of one pattern (see leading_literals)."""
    try:
        items = _parser.parse(source, flags)
    except Exception:  # an optimisation only: anything unexpected means "not known"
        return None
    run: frozenset[str] = frozenset({""})
    for op, av in items:
        exact = _node(op, av).exact
        grown = None if exact is None else _product(run, exact)
        if grown is None:  # the first item that is not a known string ends the run
            break
        run = grown
    return run


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    """Every concatenation of a string of `left` with one of `right`, or None when too many."""
    if len(left) * len(right) > _MAX_STRINGS:
        return None
    return frozenset(a + b for a, b in itertools.product(left, right))


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective set: longest shortest string, then fewest strings."""
    scored = [(min(map(len, c)), -len(c), sorted(c)) for c in candidates if c]
    if not scored:
        return None
    length, _, strings = max(scored)
    return frozenset(strings) if length > 0 else None


def _sequence(items: Any) -> _Info:
    """A concatenation of nodes: its runs of literals and its items' own requirements."""
    candidates: list[frozenset[str]] = []
    run: frozenset[str] = frozenset({""})
    whole: frozenset[str] | None = frozenset({""})
    for op, av in items:
        info = _node(op, av)
        if info.exact is None:
            whole = None
            candidates.append(run)
            run = frozenset({""})
            if info.required is not None:
                candidates.append(info.required)
            continue
        if whole is not None:
            whole = _product(whole, info.exact)
        grown = _product(run, info.exact)
        if grown is None:  # too many strings: keep what the run had, start again here
            candidates.append(run)
            grown = info.exact
        run = grown
    candidates.append(run)
    return _Info(whole, _best(candidates))


def _node(op: Any, av: Any) -> _Info:
    """One node of the parse tree (an opcode and its argument)."""
    p = _parser
    if op is p.LITERAL:
        return _Info(frozenset({chr(av).lower()}), None) if av < 128 else _NOTHING
    if op is p.IN:
        return _charset(av)
    if op in (p.AT, p.ASSERT, p.ASSERT_NOT):
        return _ZERO_WIDTH
    if op is p.SUBPATTERN:
        return _sequence(av[-1])  # (group, add_flags, del_flags, items); flags only narrow
    if op is p.ATOMIC_GROUP:
        return _sequence(av)
    if op is p.BRANCH:
        return _branch([_sequence(alternative) for alternative in av[1]])
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
        return _repeat(av[0], av[1], _sequence(av[2]))
    return _NOTHING  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...: anything can be there


def _charset(items: Any) -> _Info:
    """A character class: exact when it holds only a few ASCII literals and ranges."""
    chars: set[str] = set()
    for op, av in items:
        if op is _parser.LITERAL:
            chars.add(chr(av))
        elif op is _parser.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:  # NEGATE, CATEGORY (\w, \s, ...), a wide range
            return _NOTHING
    folded = frozenset(c.lower() for c in chars)
    if not folded or len(folded) > _MAX_CLASS or not all(c.isascii() for c in folded):
        return _NOTHING
    return _Info(folded, folded)


def _branch(alternatives: list[_Info]) -> _Info:
    """Alternatives: exact or required only when every alternative is."""
    exact: frozenset[str] | None = frozenset()
    required: frozenset[str] | None = frozenset()
    for info in alternatives:
        exact = None if exact is None or info.exact is None else exact | info.exact
        required = None if required is None or info.required is None else required | info.required
    if exact is not None and len(exact) > _MAX_STRINGS:
        exact = None
    if required is not None and len(required) > _MAX_STRINGS:
        required = None
    return _Info(exact, required)


def _repeat(low: int, high: int, inner: _Info) -> _Info:
    """A repeat: with a minimum of 0 it requires nothing; else its first `low` copies."""
    if low == 0:
        return _NOTHING
    if inner.exact is None:
        return _Info(None, inner.required)
    copies: frozenset[str] | None = frozenset({""})
    for _ in range(low):
        copies = None if copies is None else _product(copies, inner.exact)
    if copies is None:
        return _Info(None, inner.required)
    return _Info(copies if high == low else None, copies)
