r"""Triage signals: small named detectors for the policy's dimensions, found in folded text (pure).

The support policy asks a few questions of every request: is production available, how much is
affected (everyone / a whole core function / one element), how badly, is there a workaround, is it
occasional, is it an admin task, a question, a cosmetic point, a security incident, lost data? Each
question is one or more `Detector`s: a name, a description, and patterns in the seven languages
we read (en de fr es nl it pt; for the signals that decide the most, sv da no fi cs pl ro tr ja zh
ko too: see the header of triage.toml), loaded from
`[[signal]]` tables (supportmail/defaults/triage.toml).
A `Hit` is a detector that fired, with the customer's words that made it fire.

How a hit is guarded, so that a single incidental word does not count:
- Patterns are phrases with their context (a subject and a verb, a scope and a failure), never a
  lone product noun: "feature" or "manual" alone says nothing.
- Negation: a hit of a `negatable` detector is dropped when a negation word stands shortly before
  it in the same clause ("not down", "haven't seen any sign of misuse", "nicht ausgefallen"); a
  dash ends a clause too ("laadt niet meer – hele kantoor zit stil").
- The decision table (supportmail.core.decisions) asks for corroboration: most rows need two
  signals, or one signal and the absence of the signals that would contradict it.

Speed: each pattern is split into its top-level alternatives, and each alternative carries its
required literals (supportmail.core.literals) and the longest match it can have; one Scanner pass
says which may match, and those are searched only in windows around where their literals occur
(any match contains one, so it lies within its longest length of it). `\w+`, `\w*` and `\S+` are
read as words of at most 40 characters, so that every alternative has a longest match.
An alternative unbounded only through runs of digits or whitespace (`\d+`, `\s+`, `\d{3,}`) has a
longest match too in a text whose runs are at most 40 long (nearly all): windows there, the whole
text in any other. An alternative without a literal of three characters carries its two-character
ones ("w9") as a gate: it is searched, in the whole text, only where one occurs. One without any
literal whose every match holds one of a few non-ASCII letters (Japanese, Chinese, Korean,
Russian, wherever they stand: `\d+倍`, `(?<!他の方は)全员`) is searched only in a text holding one.
An alternative whose every match starts with a literal (its lead: "nobody can", "the whole") is
not searched at all: it is tried (`match`) only where its lead occurs, up to _STARTS places, the
search resuming after a negated match as a search of the whole text would (windows where the lead
occurs more often). tests/core/test_signal_search.py holds all of it to a plain search.
That analysis of the shipped signals is package data (supportmail/defaults/triage.analysis.json,
written by scripts/build_triage_analysis from triage.toml; a test keeps it equal to what the code
computes): loading the default policy then neither parses nor compiles a pattern. An
alternative's regex is compiled on first use, so one whose literals no text has shown never is.
"""

import importlib
import json
import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import InitVar, dataclass, field
from functools import lru_cache
from typing import Any

from supportmail.core.literals import Scanner, leading_literals, required_literals
from supportmail.core.textfold import fold_text
from supportmail.core.wordscan import alternatives

# Negation words of the seven languages, as they appear folded (accents removed). "Without
# problems" ("salen sin problema y el resto va bien", "ohne Fehler", "no problem") says that
# something works: no negation of what follows.
_NEGATION = re.compile(
    r"(?:\b(?:not|no|never|without|hardly|nothing|nor|nicht|kein\w*|nie|ohne|ne|n|pas|jamais|"
    r"sans|aucun\w*|nunca|sin|nadie|non|senza|mai|niet|geen|nooit|zonder|nao|nem|sem|cannot)\b"
    r"(?! (?:any |a |an |einen? |un |una |ningun |nenhum |enig |alcun )?(?:problems?|issues?"
    r"|trouble|errors?|problema?s?|probleme?n?|probleem|problemi|fallos?|fehlern?|erreurs?"
    r"|errori|fouten|erros?|soucis?)\b)|n't\b)"
    r"[^.!?;:,–—]{0,25}$",
    re.IGNORECASE,
)
# A negation inside a match, before its last word (the first word is the pattern's own).
# "n't" is found at the end of its word too ("won't", "isn't"), without a boundary before it.
_INNER_NEGATION = re.compile(
    r"(?:\b(?:not|never|nicht|kein\w*|pas|jamais|nunca|non|niet|geen|nao|nem)\b|n't\b)",
    re.IGNORECASE,
)
_LOOKBACK = 40  # characters before a hit searched for a negation word
_WORD = 40  # the longest word `\w+` stands for in a detector pattern
_SHORTEST = 3  # a required literal this long or longer is searched around (windows)
_LEAD = 6  # the letters of a lead literal looked for (see _Alternative.lead)
_STARTS = 16  # the most places a match may start that are tried one by one (see _starts)
_RUN = 40  # the longest run of digits or whitespace `runs_longest` allows for
# A run over _RUN; each begins with a class, so the regex engine skips to candidates in C.
_LONG_RUNS = (re.compile(rf"\d\d{{{_RUN}}}"), re.compile(rf"\s\s{{{_RUN}}}"))
# re._parser is the stdlib's own parser (Python 3.11+); it has no stubs, hence Any.
_parser: Any = importlib.import_module("re._parser")
# One alternative as triage.analysis.json stores it: regex source, required literals (sorted;
# None: no filter), longest match (None: unbounded), own negation words (sorted), longest match
# in a text without a run of digits or whitespace over _RUN (None: unbounded there too, or bounded).
_Row = tuple[str, list[str] | None, int | None, list[str], int | None]


class _Alternative:
    """A searchable alternative of a detector pattern: its regex source (words bounded), required
    literals, longest match, own negation words and longest match where runs are short (see
    _Row); the regex is compiled on first use."""

    __slots__ = (
        "_lead",
        "_lead_known",
        "_regex",
        "longest",
        "needles",
        "own",
        "runs_longest",
        "source",
    )

    def __init__(
        self,
        source: str,
        needles: frozenset[str] | None,
        longest: int | None,
        own: frozenset[str],
        runs_longest: int | None = None,
        regex: re.Pattern[str] | None = None,
    ) -> None:
        self.source = source
        self.needles = needles
        self.longest = longest
        self.own = own
        self.runs_longest = runs_longest
        self._regex = regex
        self._lead: frozenset[str] | None = None
        self._lead_known = False

    @property
    def regex(self) -> re.Pattern[str]:
        """The compiled regex (case-insensitive), compiled now if it has not been yet."""
        regex = self._regex
        if regex is None:
            # Threads racing here each compile the same source to an equal pattern; whichever
            # is stored last is kept, and every caller gets a correct one.
            regex = re.compile(self.source, re.IGNORECASE)
            self._regex = regex
        return regex

    @property
    def lead(self) -> frozenset[str] | None:
        """The literals every match starts with (literals.leading_literals), found on first use
        (threads racing here find the same set)."""
        if not self._lead_known:
            lead = leading_literals(self.source, re.IGNORECASE)
            if lead is not None:
                # Their first few letters alike, looked for once ("nobody can", "nobody could"):
                # a place the rest does not follow only costs a failed try.
                cut = min(_LEAD, *map(len, lead))
                lead = frozenset(string[:cut] for string in lead)
            self._lead = lead
            self._lead_known = True
        return self._lead

    def row(self) -> _Row:
        """This alternative as triage.analysis.json stores it."""
        needles = None if self.needles is None else sorted(self.needles)
        return (self.source, needles, self.longest, sorted(self.own), self.runs_longest)

    @classmethod
    def analysed(cls, alternative: str) -> "_Alternative":
        """One alternative compiled (ValueError when unusable) and analysed."""
        compiled = _compile(alternative)
        # Without a literal of _SHORTEST characters, one of two still spares the search of every
        # text that lacks it ("w9"; one character would be in nearly every text); see find().
        needles = required_literals(compiled) or required_literals(compiled, min_length=2)
        longest = _longest(compiled)
        return cls(
            compiled.pattern,
            needles,
            longest,
            _own_negations(compiled),
            None if longest is not None else _longest_in_short_runs(compiled),
            compiled,
        )

    @classmethod
    def from_row(cls, row: Any) -> "_Alternative":
        """An alternative from its stored analysis (ValueError when the row is malformed);
        its regex is left to be compiled on first use."""
        if not isinstance(row, list) or len(row) != 5:
            raise ValueError(f"expected [source, needles, longest, own, runs_longest], got {row!r}")
        source, needles, longest, own, runs_longest = row
        if (
            not isinstance(source, str)
            or not (needles is None or (_strings(needles) and needles))
            or not _length(longest)
            or not _strings(own)
            or not _length(runs_longest)
            or (longest is not None and runs_longest is not None)
        ):
            raise ValueError(f"malformed analysis row {row!r}")
        found = None if needles is None else frozenset(needles)
        return cls(source, found, longest, frozenset(own), runs_longest)


def _length(value: Any) -> bool:
    """True for None or a positive int (a longest match as a row stores it)."""
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value > 0)


def _strings(value: Any) -> bool:
    """True for a list of strings."""
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


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
    """One named signal: any pattern matching (and not negated, if `negatable`) fires it.

    `analysed`: its patterns' alternatives already analysed (load_detectors passes the stored
    analysis of the shipped signals), trusted as they are. Without it each alternative is
    compiled (ValueError when unusable) and analysed here.
    """

    name: str
    description: str
    patterns: tuple[str, ...]
    negatable: bool = True
    analysed: InitVar[tuple[_Alternative, ...] | None] = None
    _compiled: tuple[_Alternative, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self, analysed: tuple[_Alternative, ...] | None) -> None:
        # Derived once; frozen dataclasses need object.__setattr__ for derived fields.
        if analysed is None:
            # Folded as the text is (priority._fold_words): a pattern with an accent, a Japanese
            # voiced mark or a traditional Chinese character meets the folded text (the shipped
            # patterns are written folded already: a test checks it).
            analysed = tuple(
                _Alternative.analysed(a) for p in self.patterns for a in alternatives(fold_text(p))
            )
        object.__setattr__(self, "_compiled", analysed)

    @property
    def needles(self) -> frozenset[str]:
        """The required literals of every pattern (what a Scanner must look for)."""
        return frozenset().union(*(a.needles for a in self._compiled if a.needles))

    def analysis_rows(self) -> list[_Row]:
        """The analysis of every alternative, in order (what triage.analysis.json stores)."""
        return [a.row() for a in self._compiled]

    def find(
        self,
        folded: str,
        literal: str,
        present: AbstractSet[str],
        pieces: Sequence[int] | None = None,
        short_runs: bool = False,
    ) -> Hit | None:
        """An un-negated match in `folded` (its literal_text is `literal`), or None; `present`:
        the needles a Scanner found in `literal`; `pieces`: the only alternatives that may
        match (by index, in order), when the caller knows; `short_runs`: True when `folded`
        has no run of digits or whitespace longer than _RUN."""
        chosen = self._compiled if pieces is None else [self._compiled[i] for i in pieces]
        for alternative in chosen:
            needles, longest = alternative.needles, alternative.longest
            if longest is None and short_runs:
                longest = alternative.runs_longest  # its runs of digits or spaces are short here
            if needles is None:
                spans = [(0, len(folded))]
            else:
                here = needles.intersection(present)
                if not here:
                    continue  # none of its required literals in the text: it cannot match
                starts = _starts(literal, alternative.lead)
                if starts is not None:
                    hit = self._first_at(folded, alternative, starts)
                    if hit is not None:
                        return hit
                    continue
                if longest is None or min(map(len, here)) < _SHORTEST:
                    # Unbounded, or a short literal that may occur all over the text: the
                    # whole text, as for an alternative without literals.
                    spans = [(0, len(folded))]
                else:
                    spans = _windows(folded, literal, here, longest)
            pattern = alternative.regex
            for start, end in spans:
                for match in pattern.finditer(folded, start, end):
                    if self.negatable and _negated(folded, match, alternative.own):
                        continue
                    return Hit(self.name, match.group().strip())
        return None

    def _first_at(self, folded: str, alternative: _Alternative, starts: list[int]) -> Hit | None:
        """The first un-negated match of `alternative` starting at one of `starts` (ascending),
        as a search of the whole text finds it: no match can start anywhere else, and a match
        found resumes the search at its end, as finditer does."""
        pattern, resume = alternative.regex, 0
        for at in starts:
            if at < resume:
                continue
            match = pattern.match(folded, at)
            if match is None:
                continue
            if self.negatable and _negated(folded, match, alternative.own):
                resume = match.end()
                continue
            return Hit(self.name, match.group().strip())
        return None


def _starts(literal: str, lead: frozenset[str] | None) -> list[int] | None:
    """Where a match may start: each place one of the `lead` literals occurs in `literal`, in
    order; None when there is no lead or it occurs over _STARTS times (then the windows, whose
    one search is cheaper than that many tries)."""
    if lead is None:
        return None
    found: list[int] = []
    for string in lead:
        at = literal.find(string)
        while at >= 0:
            found.append(at)
            if len(found) > _STARTS:
                return None
            at = literal.find(string, at + 1)
    return sorted(set(found))  # one lead may begin another ("no", "nobody")


def _longest(pattern: re.Pattern[str]) -> int | None:
    """How far past its start a match of `pattern` can read, or None when that has no bound.

    A look-ahead's reach counts as if consumed: a search window must not end inside it (the
    search stops reading at the window's end, so "(?!x)" would hold where the whole text says
    no), so that windows find exactly what the whole text finds."""
    width = _reach(list(_parser.parse(pattern.pattern, pattern.flags)))
    return None if width >= _parser.MAXREPEAT else width


def _reach(items: list[Any]) -> int:
    """The longest a parsed sequence reads, look-aheads included (MAXREPEAT: no bound)."""
    p, total = _parser, 0
    unbounded: int = p.MAXREPEAT
    for op, av in items:
        if op in (p.LITERAL, p.NOT_LITERAL, p.ANY, p.IN, p.CATEGORY):
            width = 1
        elif op is p.AT:
            width = 0
        elif op is p.SUBPATTERN:
            width = _reach(list(av[-1]))
        elif op is p.ATOMIC_GROUP:
            width = _reach(list(av))
        elif op is p.BRANCH:
            width = max(_reach(list(branch)) for branch in av[1])
        elif op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
            width = av[1] * _reach(list(av[2]))
        elif op in (p.ASSERT, p.ASSERT_NOT):
            width = _reach(list(av[1])) if av[0] == 1 else 0  # a look-behind reads before
        else:  # a group reference, a conditional: no bound is known
            return unbounded
        total += width
        if total >= unbounded:
            return unbounded
    return total


def _longest_in_short_runs(pattern: re.Pattern[str]) -> int | None:
    """How far past its start a match of `pattern` can read in a text without a run of digits
    or whitespace longer than _RUN, or None when that has no bound either (or `pattern` no such
    repeat): its \\d and \\s repeats without an upper bound (`\\d+`, `\\s*`, `\\d{3,}`) can
    match no more than _RUN characters there."""
    capped = re.sub(
        r"(?<!\\)((?:\\\\)*)\\([ds])(?:([+*])|\{(\d+),\})",
        lambda m: f"{m[1]}\\{m[2]}{{{m[4] or (0 if m[3] == '*' else 1)},{_RUN}}}",
        pattern.pattern,
    )
    if capped == pattern.pattern:
        return None
    # Unlike `longest`, a look-ahead's reach counts as if consumed: a window must not end inside
    # it (the search stops reading there, and "(?!x)" would hold where the whole text says no),
    # so that these windows find what the whole text, searched before, found.
    width = _reach(list(_parser.parse(capped, pattern.flags)))
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
    # Alternatives without required literals whose every match holds one of a few non-ASCII
    # letters (the Japanese, Chinese, Korean, Russian ones): an ASCII text cannot match them, so
    # they are tried on others only, and there only where one of those letters occurs (a
    # character class, searched at C speed: a Russian pattern is no search of a Danish text).
    # Grouped by their class of letters (1,249 alternatives share 434 classes); which of them a
    # character opens is worked out at its first sight and kept (`opened_by`).
    foreign: tuple[tuple[re.Pattern[str], tuple[tuple[int, int], ...]], ...] = ()
    # Alternatives with a runs_longest: only a text that may need them is looked at for runs.
    runs: frozenset[tuple[int, int]] = frozenset()
    _opened: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict, compare=False)

    def opened_by(self, char: str) -> tuple[tuple[int, int], ...]:
        """The foreign alternatives one of whose letters `char` is (the letters' own class
        decides, case ignored as in the patterns); kept for the first _OPENED_KEPT characters
        seen, so a text is read against the classes once per new character, not per class."""
        opened = self._opened.get(char)
        if opened is None:
            opened = tuple(
                place for letters, places in self.foreign if letters.match(char) for place in places
            )
            if len(self._opened) < _OPENED_KEPT:  # threads racing here store equal tuples
                self._opened[char] = opened
        return opened


_OPENED_KEPT = 50_000  # characters whose foreign alternatives are kept (CJK texts use thousands)


@lru_cache(maxsize=16)
def _index(detectors: tuple[Detector, ...]) -> _Index:
    """The needle index of `detectors` (built once per detector list)."""
    by_needle: dict[str, list[tuple[int, int]]] = {}
    unfiltered: list[tuple[int, int]] = []
    foreign: dict[frozenset[str], list[tuple[int, int]]] = {}
    for d, detector in enumerate(detectors):
        for p, alternative in enumerate(detector._compiled):
            if alternative.needles is None:
                source = alternative.source
                parsed = list(_parser.parse(source, re.IGNORECASE)) if not source.isascii() else []
                letters = _required_letters(parsed) if parsed else None
                if letters:
                    foreign.setdefault(letters, []).append((d, p))
                else:
                    unfiltered.append((d, p))
            for needle in alternative.needles or ():
                by_needle.setdefault(needle, []).append((d, p))
    runs = frozenset(
        (d, p)
        for d, detector in enumerate(detectors)
        for p, alternative in enumerate(detector._compiled)
        if alternative.runs_longest is not None
    )
    return _Index(
        Scanner(by_needle),
        {n: tuple(places) for n, places in by_needle.items()},
        tuple(unfiltered),
        tuple((_letters_class(letters), tuple(places)) for letters, places in foreign.items()),
        runs,
    )


def _non_ascii(code: int) -> bool:
    """True when the character matches no ASCII character, case ignored (not the Kelvin sign)."""
    char = chr(code)
    return not (char.isascii() or char.lower().isascii() or char.upper().isascii())


def _required_letters(items: list[Any]) -> frozenset[str] | None:
    """Non-ASCII characters of which every match of the parsed regex `items` holds one, none of
    them matching an ASCII character case-insensitively, or None when no such set is known.
    Of a sequence's required items the smallest set is kept; lookarounds and positions consume
    nothing and require nothing; a repeat requires what its body does only when it repeats at
    least once; a branch requires the union of its alternatives' sets. Every doubt answers None
    (the alternative is then tried on every text, as before): `\\d+倍` needs a "倍", wherever it
    stands, so an ASCII text (or a Korean one) cannot match it."""
    best: frozenset[str] | None = None
    for op, av in items:
        found: frozenset[str] | None = None
        if op is _parser.LITERAL:
            found = frozenset({chr(av)}) if _non_ascii(av) else None
        elif op is _parser.IN:
            if all(kind is _parser.LITERAL and _non_ascii(code) for kind, code in av):
                found = frozenset(chr(code) for _, code in av)
        elif op is _parser.SUBPATTERN:
            found = _required_letters(list(av[-1]))
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and av[0] >= 1:
            found = _required_letters(list(av[2]))
        elif op is _parser.BRANCH:
            parts = [_required_letters(list(branch)) for branch in av[1]]
            if all(part is not None for part in parts):
                found = frozenset().union(*(part for part in parts if part is not None))
        if found is not None and (best is None or len(found) < len(best)):
            best = found
    return best


def _letters_class(letters: AbstractSet[str]) -> re.Pattern[str]:
    """A character class of `letters`, case ignored like the detectors' patterns (so a letter's
    other case is found too)."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(letters)) + "]", re.IGNORECASE)


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
    if not folded.isascii():
        # Each character of the text once, and what it opens is known after its first text: a
        # text with one dash and a long log is no longer read hundreds of times, nor is each
        # text's set of characters searched with hundreds of classes.
        for char in set(folded):
            for d, p in index.opened_by(char):
                candidates.setdefault(d, set()).add(p)
    for needle in present:
        for d, p in index.by_needle[needle]:
            candidates.setdefault(d, set()).add(p)
    short_runs = any(
        (d, p) in index.runs for d, places in candidates.items() for p in places
    ) and all(run.search(folded) is None for run in _LONG_RUNS)
    hits = (
        detectors[d].find(folded, literal, present, sorted(candidates[d]), short_runs)
        for d in sorted(candidates)
    )
    return tuple(h for h in hits if h is not None)


_SIGNAL_KEYS = ("name", "description", "patterns", "negatable")
_ANALYSIS_ABOUT = (
    "The analysis of each [[signal]] pattern of triage.toml, alternative by alternative: "
    "[regex, required literals, longest match, own negation words]. Written by "
    "scripts/build_triage_analysis; do not edit (tests/core/test_signals.py checks it)."
)


def analysis_text(detectors: Sequence[Detector]) -> str:
    """The analysis of `detectors` as triage.analysis.json holds it (deterministic text, one
    alternative a line); `load_detectors` takes it back, parsed, for the same patterns."""
    entries = []
    for detector in detectors:
        rows = ",\n".join(
            "    " + json.dumps(row, ensure_ascii=False) for row in detector.analysis_rows()
        )
        patterns = json.dumps(list(detector.patterns), ensure_ascii=False)
        entries.append(
            f"  {json.dumps(detector.name, ensure_ascii=False)}: {{\n"
            f'   "patterns": {patterns},\n'
            f'   "alternatives": [\n{rows}\n   ]\n  }}'
        )
    body = ",\n".join(entries)
    return f'{{\n "about": {json.dumps(_ANALYSIS_ABOUT)},\n "signals": {{\n{body}\n }}\n}}\n'


def load_detectors(
    raw: Any, where: str = "triage.signal", analysis: Mapping[str, Any] | None = None
) -> tuple[list[Detector], list[str]]:
    """Detectors from a list of `[[signal]]` tables, plus problems naming each key path.

    `analysis`: a parsed analysis_text of these signals (the shipped one, for the shipped
    triage.toml). A signal whose name and patterns it holds unchanged takes its analysis from
    there (its patterns were checked when it was written); any other is checked and analysed.
    """
    if not isinstance(raw, list):
        return [], [f"{where}: expected a list of [[signal]] tables"]
    known = analysis.get("signals") if analysis is not None else None
    stored: Mapping[str, Any] = known if isinstance(known, Mapping) else {}
    detectors: list[Detector] = []
    problems: list[str] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        path = f"{where}[{i}]"
        if not isinstance(item, Mapping):
            problems.append(f"{path}: expected a table")
            continue
        found = _load_detector(item, path, stored)
        if isinstance(found, list):
            problems.extend(found)
        elif found.name in seen:
            problems.append(f"{path}.name: duplicate {found.name!r}")
        else:
            seen.add(found.name)
            detectors.append(found)
    return detectors, problems


def _stored(stored: Mapping[str, Any], name: Any, patterns: Any) -> tuple[_Alternative, ...] | None:
    """The stored analysis of signal `name` when it was made for exactly `patterns` and reads
    well, else None (then the patterns are checked and analysed as any others)."""
    entry = stored.get(name) if isinstance(name, str) else None
    if not isinstance(entry, Mapping) or entry.get("patterns") != patterns:
        return None
    rows = entry.get("alternatives")
    if not isinstance(rows, list) or not rows:
        return None
    try:
        return tuple(_Alternative.from_row(row) for row in rows)
    except ValueError:
        return None


def _load_detector(
    item: Mapping[str, Any], path: str, stored: Mapping[str, Any]
) -> Detector | list[str]:
    """One [[signal]] table as a Detector, or the problems that prevent it; `stored`: analyses
    by signal name (see load_detectors)."""
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
    pieces = _stored(stored, name, patterns)
    for j, pattern in enumerate(patterns):
        if not isinstance(pattern, str):
            problems.append(f"{path}.patterns[{j}]: expected a string")
        elif pieces is None:  # stored ones were checked when their analysis was written
            try:
                _compile(pattern)
            except ValueError as exc:
                problems.append(f"{path}.patterns[{j}]: {exc}")
    if problems:
        return problems
    assert isinstance(name, str) and isinstance(description, str)
    return Detector(name, description, tuple(patterns), bool(negatable), pieces)
