"""Priority triage: the policy's signals and decision table pick P0..P3 for a new request.

How a decision is made, and the choices behind it:

- The text read is the subject plus the body with quoted lines (">") and everything after a reply
  header ("On ... wrote:", "-----Original Message-----", a "-- " signature) removed, so that a
  customer's quote of our own "the outage is resolved" never counts.
- Text and patterns are both folded before matching: accents removed ("arrêtée" == "arretee"),
  typographic quotes made plain, traditional Chinese characters simplified ("門市" == "门市",
  supportmail.core.hanzi), all whitespace (hard-wrapped lines too) one space; case ignored.
- Signal detectors (supportmail.core.signals) find the policy's dimensions in it: availability,
  scope, severity, workaround, occasional, question, cosmetic, admin task, security, data loss.
  The decision table (supportmail.core.decisions) maps the signals that fired to a priority, the
  way the policy's sentences do; the first row that holds decides and names the signals it used.
  Both are data: supportmail/defaults/triage.toml, read by `supportmail.shipped.default_policy()`
  (the core never reads a file).
- Where the table is not sure, the linear model (supportmail.core.linearmodel: a logistic
  regression over the signals that fired and the words) reads the request as a whole: when no
  row holds, when a weak row holds, and against a firm P1-P3 row when it gives its own answer a
  probability of at least _LINEAR_OVERRIDE (_LINEAR_LOWER_P1 to lower a P1 row). A P0 row
  always stands, and the model's own P0 needs a probability of _LINEAR_P0 and one of
  _P0_GROUNDS (scope, availability, security, data loss), or without one a probability of
  _LINEAR_P0_WITHOUT_GROUND that holds without its strongest word: no single word pages
  anyone, only a request the model reads as an outage as a whole (and the team is asked to
  confirm it); nor does it make a P0 over a firm row that decided on `cosmetic`, or on `slow`
  and already weighed every kind of ground the request has (slow, for everyone: P1). Measured with
  scripts/crossval_triage, each set scored by a model trained without it:
  on the T sets (written later, from the policy alone) the table alone found 70 %, with the
  model 80 % (see the commit that added it). A policy without the linear model falls back to the
  naive Bayes word model (supportmail.core.wordmodel): P1-P3 when no row holds, and P0 only by
  raising a P1 row that holds with `everyone` fired (_RAISE_MARGIN).
- Weak evidence is said: when a row marked weak decides, or no row holds, or a model decides,
  `Triage.confirm` is True and the team is asked to confirm the priority (`#priority Px`).
- Rules from the config (`[[triage.rules]]`: named regexes, each with a priority) are the
  operator's own words and are checked too; the more urgent of their best match and the table's
  decision wins, a tie going to the rule.
- Shouting never changes the priority: "URGENT!!!", "ASAP", X-Priority: 1 or Importance: high are
  only noted in the explanation. Everyone shouts; letting it count would reward the loudest.
- Tier policy is applied after the rules: first the floor (enterprise: P3 -> P2), then
  raise_levels. A tier never creates a P0: P0 means production is down, which only the message
  (or a person on the Happiness team) can establish, and it reaches the CEO. Tier raising stops
  at P1; a P0 stays P0.
- Only the first _MAX_CHARS of the cleaned text are read: customers state the problem up front,
  and it bounds the cost of a pasted log.
- Speed (triage runs for every new request): each pattern carries the literal strings one of
  which any match must contain (supportmail.core.literals); a pattern none of whose strings is in
  the text is not searched, as it cannot match. The folded text is built with str methods, and
  the map from folded back to original positions is worked out only for a winning rule's match.
  Without config rules the whole text is never folded: the signals read signal_text, and
  shouting is looked for word by word (_shouts), so that a pasted log costs little.
"""

import bisect
import itertools
import json
import re
import string
import unicodedata
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from supportmail.core.decisions import Decision, Row, decide, load_table
from supportmail.core.hanzi import TO_SIMPLIFIED
from supportmail.core.linearmodel import (
    SIGNAL,
    STEM,
    STEM_LETTERS,
    LinearModel,
    describe,
    features,
    word_start,
)
from supportmail.core.literals import Scanner, literal_text, required_literals
from supportmail.core.quoting import strip_quoted
from supportmail.core.signals import Detector, Hit, detect, load_detectors
from supportmail.core.subjectprefix import answers, forwards
from supportmail.core.textfold import QUOTE_CHARS as _QUOTE_CHARS
from supportmail.core.textfold import fold_text as _fold_text
from supportmail.core.types import Priority
from supportmail.core.wordmodel import WordModel, known_share, model_tokens

_MAX_CHARS = 20_000
# Signals read the customer's own lines (not pasted logs, traces, data), the first _SIGNAL_CHARS
# of them: the request is stated up front, and it bounds the cost.
_SIGNAL_CHARS = 2_500
_ASCII_LETTERS = str.maketrans("", "", string.ascii_letters)
_MACHINE_LINE = re.compile(
    r"\s*(?:\[?\d{4}-\d\d-\d\d[T ]\d|\[?\d\d:\d\d:\d\d|at [\w.$<>]+\(|File \"|Traceback|"
    r"Caused by|\.\.\. \d+ more|\$ |[{}<*]|HTTP/\d)"
)
# A field of the customer's own ticket tool that classifies the ticket ("Impact: 3 - Moderate",
# "Urgencia: Media", "Prioriteit: 1", "Prioridad resultante: P4"): their tool's judgement,
# which the policy leaves to the Happiness team, so neither the signals nor the model read it.
# Only a short value: "Impact: all 200 users are blocked" is the customer's own statement.
_TICKET_FIELD = re.compile(
    r"\s*(?:impact|urgency|priority|severity|business impact|impacto|urgencia|urgência"
    r"|prioridad(?: resultante)?|prioridade|severidad|gravedad|impatto|urgenza|priorità|gravità"
    r"|auswirkung|dringlichkeit|priorität|schweregrad|urgence|priorité|gravité|sévérité"
    r"|urgentie|prioriteit|ernst)\s*:\s*\S*(?:\s+\S+){0,3}\s*$",
    re.IGNORECASE,
)
# Dots that end no sentence ("ca. 05:30", "z.B.", "1.000,00"): signal patterns stop at a sentence
# end ([^.!?]), so these become spaces first.
_ABBREVIATION = re.compile(
    r"\.(?:(?<=\d\.)(?=\d)|(?<=\b(?:ca|vs|nr|ex)\.)"
    r"|(?<=\b(?:bzw|ggf|usw|etc|ref|env|z\.b|e\.g|i\.e)\.)|(?<=\b(?:inkl|incl|evtl|resp)\.)"
    r"|(?<=\bapprox\.)|(?<=\baprox\.))",
    re.IGNORECASE,
)
# The writer's apology for her own typing ("dictated, sorry for typos", "bitte Tippfehler
# entschuldigen"): about the mail, not the product, so its words are no cosmetic complaint.
_TYPING_APOLOGY = re.compile(
    r"\b(?:sorry|apologies|excuse|pardon|forgive)(?: me)?(?: for| about)?(?: the| any| my)?"
    r" (?:typos?|typing|spelling|mistakes|errors)\b"
    r"|\b(?:(?:bitte )?(?:tipp|schreib)fehler (?:bitte )?(?:zu )?(?:entschuldigen|verzeihen"
    r"|ignorieren)|(?:entschuldigen sie|entschuldigt|sorry fur|verzeihen sie) (?:die |meine )?"
    r"(?:tipp|schreib)fehler)\b"
    r"|\b(?:pardon|desole|desolee|excusez(?:-moi)?|veuillez excuser) (?:pour |de )?(?:les |mes )?"
    r"(?:fautes|coquilles)(?: de frappe| d.orthographe)?\b"
    r"|\b(?:perdon|disculpa|disculpe|disculpen|lo siento) (?:por )?(?:las |los |mis )?(?:erratas"
    r"|faltas|errores)(?: de ortografia| de escritura)?\b"
    r"|\b(?:scusate|scusa|scusi|perdonate|perdonami) (?:per )?(?:gli |i |eventuali )?(?:errori"
    r"|refusi)(?: di battitura)?\b"
    r"|\b(?:excuses|sorry|pardon) (?:voor )?(?:de |eventuele |mijn )?(?:typfouten|tikfouten"
    r"|spelfouten)\b"
    r"|\b(?:desculpe|desculpem|desculpa|perdao)(?: pelos| os| por| pelas| as)? (?:erros|gralhas)"
    r"(?: de digitacao| de escrita| ortograficos)?\b",
    re.IGNORECASE,
)
# Every apology above holds one of these strings (lower case, derived from the pattern): it is
# tried only on a text that has one (the scan costs ~2 us; the pattern ~25 us a request).
_APOLOGY_LITERALS = required_literals(_TYPING_APOLOGY)
# A forward carries the report we need below its separator, so a forwarded message is kept whole.
_SHOUTING = re.compile(
    r"\b(?:urgent|asap|dringend|urgente|urgence|emergency|immediately)\b|!{2,}", re.IGNORECASE
)
# Few texts shout: the regex runs only near one of the strings it needs ("!!" too).
_SHOUT_NEEDLES = required_literals(_SHOUTING, min_length=2)
_SHOUT_BACK = 16  # a match holding a needle starts at most this far before it (its words' length)
_SPACE = re.compile(r"\s")
_HEADER_URGENT = re.compile(r"^\s*(?:[12]\b|high|urgent)", re.IGNORECASE)
_RULE_KEYS = ("name", "description", "priority", "patterns", "negative_patterns")
_SPACE_RUN = re.compile(r"(\s+)")  # \s is exactly str.isspace(), where str.split() splits


# A pattern with the literals that any match of it contains (None: no filter).
_Filtered = tuple[re.Pattern[str], frozenset[str] | None]


def _compile(pattern: str) -> re.Pattern[str]:
    """Compile one rule pattern, case-insensitive; ValueError when it is unusable."""
    try:
        compiled = re.compile(_fold_text(pattern), re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"bad regex: {exc}") from None
    if compiled.search("") is not None:
        raise ValueError("matches the empty string, so it would match every message")
    return compiled


def _filtered(patterns: tuple[str, ...]) -> tuple[_Filtered, ...]:
    """Each pattern compiled, with its required literals."""
    compiled = [_compile(p) for p in patterns]
    return tuple((c, required_literals(c)) for c in compiled)


@dataclass(frozen=True)
class Rule:
    """One named triage rule: any of `patterns` matching sets `priority`, unless a negative does."""

    name: str
    description: str
    priority: Priority
    patterns: tuple[str, ...]
    negative_patterns: tuple[str, ...] = ()
    _positives: tuple[_Filtered, ...] = field(init=False, repr=False, compare=False)
    _negatives: tuple[_Filtered, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Compiled once here; frozen dataclasses need object.__setattr__ for derived fields.
        object.__setattr__(self, "_positives", _filtered(self.patterns))
        object.__setattr__(self, "_negatives", _filtered(self.negative_patterns))

    @property
    def needles(self) -> frozenset[str]:
        """Every required literal of this rule's patterns (what a Scanner must look for)."""
        return frozenset().union(*(n for _, n in self._positives + self._negatives if n))

    def search(self, folded: str, present: AbstractSet[str] | None = None) -> re.Match[str] | None:
        """The first positive match in already-folded text, or None (also when a negative hits).

        `present`: the needles a Scanner covering at least this rule's `needles` found in
        literal_text(folded), for a caller that tries several rules on one text.
        """
        if present is None:
            present = _scanner((self,)).present(literal_text(folded))
        for pattern, needles in self._positives:
            # None of its required literals in the text: the pattern cannot match.
            if needles is not None and needles.isdisjoint(present):
                continue
            match = pattern.search(folded)
            if match is not None:
                return None if _any_match(self._negatives, folded, present) else match
        return None


def _any_match(patterns: tuple[_Filtered, ...], folded: str, present: AbstractSet[str]) -> bool:
    """Whether any of `patterns` matches `folded` (`present` as for Rule.search)."""
    for pattern, needles in patterns:
        if needles is not None and needles.isdisjoint(present):
            continue
        if pattern.search(folded) is not None:
            return True
    return False


@lru_cache(maxsize=32)
def _scanner(rules: tuple[Rule, ...]) -> Scanner:
    """One Scanner for all needles of `rules` (callers pass the same few rule lists)."""
    return Scanner(frozenset().union(*(rule.needles for rule in rules)))


@dataclass(frozen=True)
class TierPolicy:
    """How a customer tier adjusts the rules' priority: a floor, then a number of levels up."""

    name: str
    floor: Priority | None = None
    raise_levels: int = 0

    def __post_init__(self) -> None:
        if self.floor is Priority.P0:
            raise ValueError(f"tier {self.name}: floor P0 would make every ticket an outage")
        if self.raise_levels < 0:
            raise ValueError(f"tier {self.name}: raise_levels must be 0 or more")

    def uncapped_rank(self, priority: Priority) -> int:
        """The rank floor and raise_levels alone would give (may be 0 or below)."""
        rank = priority.rank if self.floor is None else min(priority.rank, self.floor.rank)
        return rank - self.raise_levels

    def apply(self, priority: Priority) -> Priority:
        """The priority after this tier: floor, then raise_levels, never reaching P0 from below."""
        if priority is Priority.P0:
            return priority
        return Priority(f"P{max(1, self.uncapped_rank(priority))}")


@dataclass(frozen=True)
class TriagePolicy:
    """The signal detectors, the decision table that maps their signals to a priority, and a
    statistical reader: `linear` (signals and words, asked wherever the table is not sure), or
    else the naive Bayes `model` (asked when no row holds); neither: the default priority."""

    detectors: tuple[Detector, ...]
    table: tuple[Row, ...]
    model: WordModel | None = None
    linear: LinearModel | None = None


@dataclass(frozen=True)
class Triage:
    """The decided priority, what decided it ("default" when nothing did) and why.

    `rule` is the decision row's name (or a config rule's); `signals` every signal that fired,
    with the customer's words; `used` the signals the decision rests on; `confirm` True when
    the evidence is weak and the team should confirm the priority.
    """

    priority: Priority
    rule: str
    explanation: str
    base_priority: Priority  # before the tier policy
    matched_text: str | None = None  # the customer's words that matched, as written
    shouted: bool = False  # urgency markers were present (and ignored)
    signals: tuple[Hit, ...] = ()
    used: tuple[str, ...] = ()
    confirm: bool = False


def _fold_words(text: str) -> list[str]:
    """The whitespace-separated words of `text`, folded: quotes plain, each character decomposed
    without its combining marks (a word may fold to ""), traditional Chinese simplified."""
    words = text.split()
    if text.isascii() or not words:
        return words
    # NFKD of the whole equals NFKD per character once combining marks (the only characters its
    # canonical reordering moves) are dropped. "\n" is in no word and in no NFKD result, so it
    # separates the words again after; a space NFKD makes (U+00A8 -> " " U+0308) stays in its
    # word. The quotes have no decomposition and none decomposes to them: mapping them after
    # NFKD is as mapping them before.
    folded = unicodedata.normalize("NFKD", "\n".join(words))
    for c in set(folded):  # a few distinct characters: str.replace beats str.translate
        if c in _QUOTE_CHARS:
            folded = folded.replace(c, _QUOTE_CHARS[c])
        elif unicodedata.combining(c):
            folded = folded.replace(c, "")
        elif c in TO_SIMPLIFIED:  # one character for one: positions map back unchanged
            folded = folded.replace(c, TO_SIMPLIFIED[c])
    return folded.split("\n")


def _shouts(cleaned: str) -> bool:
    """Whether _SHOUTING matches the folded text (" ".join(_fold_words(cleaned))), without
    folding all of it. A match lies inside one folded word, the fold of one whitespace-separated
    word of `cleaned`: lines of ASCII fold to themselves, so they are searched as they are, near
    each needle only; the other lines are folded and searched (a pasted log costs no fold)."""
    if cleaned.isascii():
        return _ascii_shouts(cleaned)
    lines = cleaned.split("\n")  # "\n" separates words: no match spans it
    if _ascii_shouts("\n".join(line for line in lines if line.isascii())):
        return True
    return any(
        _SHOUTING.search(" ".join(_fold_words(line))) is not None
        for line in lines
        if not line.isascii()
    )


def _ascii_shouts(text: str) -> bool:
    """Whether _SHOUTING matches the ASCII `text`, searched around each needle's occurrences:
    from _SHOUT_BACK before it to the next whitespace, where a word boundary reads as in the
    whole text (a match found there is a match of the whole; one holding the needle lies there)."""
    if _SHOUT_NEEDLES is None:
        return _SHOUTING.search(text) is not None
    lower = text.lower()
    for needle in _SHOUT_NEEDLES:
        at = lower.find(needle)
        while at >= 0:
            space = _SPACE.search(text, at + len(needle))
            end = len(text) if space is None else space.start()
            if _SHOUTING.search(text, max(0, at - _SHOUT_BACK), end) is not None:
                return True
            # Another occurrence before `end` has a window inside this one: nothing there.
            at = lower.find(needle, end)
    return False


def _source_indexes(text: str, folded_words: list[str], wanted: Sequence[int]) -> list[int]:
    """For each index in `wanted` of the folded text (" ".join(folded_words), maybe a trailing
    space), the index in `text` of the character it came from (a space: the run's first)."""
    pieces = _SPACE_RUN.split(text)  # word, spaces, word, ..., word ("" at a spaced end)
    starts = list(itertools.accumulate(map(len, pieces), initial=0))
    words, word_starts = pieces[0::2], starts[0::2]
    if not words[0]:  # leading whitespace: the folded text starts with the second piece
        words, word_starts = words[1:], word_starts[1:]
    folded_starts = list(itertools.accumulate((len(w) + 1 for w in folded_words), initial=0))
    found: list[int] = []
    for index in wanted:
        k = bisect.bisect_right(folded_starts, index) - 1
        rest = index - folded_starts[k]
        if rest == len(folded_words[k]):  # the space after word k
            found.append(word_starts[k] + len(words[k]))
        elif words[k].isascii():  # folded unchanged
            found.append(word_starts[k] + rest)
        else:
            for j, ch in enumerate(words[k]):
                rest -= len(_fold_text(ch))
                if rest < 0:
                    found.append(word_starts[k] + j)
                    break
    return found


NO_DECISION = "no rule or decision row holds"
RAISED = "everyone-outage-words"  # the rule name of a P1 row raised to P0 by the word model
# A P1 row is raised only with everybody affected, and never for slowness (performance severely
# impaired is P1 by the policy), nor when a signal limits the problem the way the P0 rows'
# `unless` lists do (a part of the users, one element, now and then, minor, over, hypothetical),
# nor for a security weakness reported or contained (the security rows decide those).
_RAISE_NEEDS = "everyone"
_RAISE_UNLESS = frozenset(
    {
        "slow",
        "some-users",
        "one-element",
        "occasional",
        "minor",
        "recovered",
        "hypothetical",
        "workaround",
        "vulnerability",
        "not-exploited",
    }
)
# Natural log: the words make P0 at least e**4 (~55) times as likely as P1. Leave-one-set-out,
# margins from 2 to 4 raised the same requests on set D; 4 raised fewer true P1s elsewhere.
_RAISE_MARGIN = 4.0


WORD_MODEL = "word-model"  # the rule name of a decision the statistical reader made
# Where the linear model may decide (supportmail.core.linearmodel). Never against a P0 row (those
# rest on whole statements, and leave-one-set-out no P0 row was a P2/P3); against another row
# only when it gives its own answer at least this probability (at 0.5 it gained the most on the
# sets whose requests the rules were not written against, at no cost in P2/P3 called P0).
_LINEAR_OVERRIDE = 0.5
# Except a firm P1 row's, which it lowers to P2/P3 only at this probability or more: a P1 read as
# routine breaks the policy's promise, and leave-one-set-out the lowered P1 rows between 0.5 and
# 0.7 were more often right than the model (more P1s found, as many of the rest).
_LINEAR_LOWER_P1 = 0.7
# Its own P3 over a reading that is not P3 (no row holds, a weak row) needs at least this
# probability (more likely than all the rest together): a P0 or P1 read as "information" breaks
# the promise by two days, a P3 read as P2 only answers it sooner. Decided on the training sets
# T17-T20 scored by a model trained without them (ar el ru uk bg sr, the model reading their
# alphabets for the first time): 325 -> 332/480 exact, P0/P1 called P3 40 -> 13 (0.45: 331, 16;
# 0.55: 329, 6). All sealed halves then: 7,260 -> 7,252/8,121, P0/P1 called P3 55 -> 27.
_LINEAR_P3 = 0.5
# Its own P0 needs at least this probability (more likely than all the rest together): as the
# likeliest of four at 0.35-0.49, with only `everyone` seen and no row holding, it was a P2 as often
# as a P0 (leave-one-set-out with other shuffles of the training; the floor cost one P0 found at
# most and called no P2/P3 P0 on any of them).
_LINEAR_P0 = 0.5
# And one of these signals: a P0 pages people, so the words alone never make one.
# Nor over a firm row that decided on `cosmetic`: the table read the request as a matter of
# looks, and whatever scope it names ('every page'), the policy's P0 is production down (left
# out, it was the one P2/P3 the combination called P0: set C). Nor over a firm row that decided
# on `production-fine`: the customer says production works, and the policy's P0 is production
# unavailable (a staging tenant "suspended" read as an outage: set AW).
_NEVER_P0 = frozenset({"cosmetic", "production-fine"})
# Over a firm row that decided on `slow`, the model's P0 needs a ground of a kind the row has not
# weighed already: "slow-for-everyone" (P1, the policy's "available, but performance severely
# impaired") used the scope, so a scope word ('every page', 'all users') is no reason to read the
# same request as P0; over "severely-slow" (slowness alone) the same words are new evidence.
# (Asked of every firm row it cost 21 of the 476 P0s found in the labelled sets' 2,063 requests:
# a P1 row on scope and a broken function is often a P0 the model reads right. Here: 1, g1-101.)
_SLOW = "slow"
_GROUND_KINDS = (
    frozenset({"whole-product", "everyone"}),
    frozenset({"unavailable", "work-halted", "access-blocked", "outage-word"}),
    frozenset({"security-breach", "data-exposed"}),
    frozenset({"data-destroyed", "data-loss"}),
)
_P0_GROUNDS = frozenset().union(*_GROUND_KINDS)
# Without any of them only when it is this sure: a request that says "all of X fails for all of
# us" in words no detector knows is read as a whole, not by one word (leave-one-set-out on 3,443
# requests: 804 -> 813 of 872 P0s found, P2/P3 called P0 3 -> 3; at 0.7 818 but 4, at 0.6 821
# and 4 with one P1 fewer; at 0.9 810).
_LINEAR_P0_WITHOUT_GROUND = 0.8
# And only on a text it can read: at least this share of its words known to it (a word also by
# its start, as the model reads it). Below it the model weighs the few Latin words of a request
# in an alphabet or a language it never learned ("api", the company's name in a Greek,
# Bulgarian, Arabic or Malay request) and answered P3 for P0s and P1s alike (in the labelled
# sets, before sets BS and BT were trained on, every request it decided under 0.3 was in such a
# language, 9 of 32 right; from 0.3 on all 15 up to 0.5 right): the table's reading stands, and
# the team is told why. Its P0 stands there when a P0 ground fired: that rests on what the
# detectors read in the customer's own words ("все пользователи"), not on the few it knows.
# (The model reads words of every alphabet since set CN's session (wordmodel.model_tokens; it
# had read a-z only): the gate now holds for alphabets and languages it has too few requests of.)
_MODEL_READS = 0.3


def _has_new_ground(fired: AbstractSet[str], weighed: Sequence[str]) -> bool:
    """Whether a P0 ground among `fired` is of a kind that none of the `weighed` signals is of."""
    return any(kind.isdisjoint(weighed) and not kind.isdisjoint(fired) for kind in _GROUND_KINDS)


def _sure_without_ground(model: LinearModel, feats: set[str], probs: tuple[float, ...]) -> bool:
    """Whether the model's P0 may stand without a ground: it is _LINEAR_P0_WITHOUT_GROUND sure,
    and still more likely than not without the one feature that weighs most for it (one word
    never pages alone, however heavily it weighs)."""
    p0 = model.classes.index(Priority.P0)
    if probs[p0] < _LINEAR_P0_WITHOUT_GROUND:
        return False
    runner_up = max((i for i in range(len(probs)) if i != p0), key=lambda i: probs[i])
    strongest = model.reasons(feats, Priority.P0, model.classes[runner_up], top=1)
    if not strongest:
        return False
    # The word goes with its word-start feature ("outage" with "outag*"), and a word start
    # with every word it stands for: they are one word to the reader.
    start = strongest[0].removesuffix(STEM)[:STEM_LETTERS]
    rest = [f for f in feats if f != strongest[0] and not _same_word_start(f, start)]
    return model.probabilities(rest)[p0] >= _LINEAR_P0


def _same_word_start(feature: str, start: str) -> bool:
    """Whether a word feature is `start` or one of the words it begins (signals never are)."""
    word = feature.removesuffix(STEM)
    return (
        len(start) == STEM_LETTERS
        and not feature.startswith(SIGNAL)
        and word[:STEM_LETTERS] == start
    )


def _linear_guess(
    model: LinearModel, decision: Decision, head: str, fired: AbstractSet[str]
) -> tuple[Priority, tuple[str, ...], float] | None:
    """The linear model's priority, its reasons and probability, where it decides (None where
    the table's row stands: a P0 row, a row the model agrees with, or a model not sure enough).
    """
    row = decision.row
    if row is not None and not row.weak and decision.priority is Priority.P0:
        return None
    feats = features(model_tokens(head), fired)
    probs = model.probabilities(feats)
    ranked = sorted(range(len(probs)), key=lambda i: (-probs[i], i))
    if model.classes[ranked[0]] is Priority.P0 and (
        probs[ranked[0]] < _LINEAR_P0
        or (fired.isdisjoint(_P0_GROUNDS) and not _sure_without_ground(model, feats, probs))
        or (
            row is not None
            and not row.weak
            and (
                not _NEVER_P0.isdisjoint(decision.used)
                or (_SLOW in decision.used and not _has_new_ground(fired, decision.used))
            )
        )
    ):
        ranked = ranked[1:]
    best, second = ranked[0], ranked[1]
    choice = model.classes[best]
    lowers_p1 = decision.priority is Priority.P1 and choice.rank > Priority.P1.rank
    needed = _LINEAR_LOWER_P1 if lowers_p1 else _LINEAR_OVERRIDE
    if row is not None and not row.weak and (choice is decision.priority or probs[best] < needed):
        return None
    return choice, model.reasons(feats, choice, model.classes[second]), probs[best]


# The words of the customer's own text from which an answer's subject is left out (signal_text).
_OWN_STORY_WORDS = 30


def signal_text(subject: str, text: str, body: str | None = None) -> str:
    """What the signals (and the word model) read: the subject (not an answer's, "Re: ...", over
    a text of _OWN_STORY_WORDS words or more) and the customer's own lines of
    the body (quotes, reply history and machine-made lines left out), folded, at most
    _SIGNAL_CHARS, dots that end no sentence made spaces. `body`: the quotes already cut from
    text[:_MAX_CHARS], when the caller has done it."""
    if body is None:
        source = text[:_MAX_CHARS]
        body = source if forwards(subject) else strip_quoted(source)
    lines = _customer_lines(body)
    if answers(subject) and len(lines.split()) >= _OWN_STORY_WORDS:
        # An answer's subject is the thread's first title ("RES: Cliente sumiu do sistema!"),
        # which the writer's new text may take back ("o cliente não sumiu"): a text that tells
        # its own story is read alone.
        subject = ""
    own = " ".join(_fold_words(f"{subject}. {lines}"[:_SIGNAL_CHARS]))
    own = _ABBREVIATION.sub(" ", own)
    lowered = literal_text(own)
    if _APOLOGY_LITERALS is None or any(needle in lowered for needle in _APOLOGY_LITERALS):
        own = _TYPING_APOLOGY.sub(" ", own)
    return own


def _machine_made(line: str) -> bool:
    """True for a line a machine wrote: a log line, a stack frame, JSON, a hex dump, a table of
    numbers (fewer letters than other characters)."""
    if _MACHINE_LINE.match(line):
        return True
    if len(line) <= 20:
        return False
    if line.isascii():  # str.translate counts at C speed
        letters = len(line) - len(line.translate(_ASCII_LETTERS))
    else:
        letters = sum(map(str.isalpha, line))
    return letters * 2 < len(line) - line.count(" ")


def _customer_lines(body: str) -> str:
    """The body without machine-made lines and without the classification fields of the
    customer's own ticket tool, up to _SIGNAL_CHARS (what the signals read); lines are looked
    at within the first _MAX_CHARS only."""
    kept: list[str] = []
    size = 0
    for line in body[:_MAX_CHARS].splitlines():
        if line.strip() and not _machine_made(line) and not _TICKET_FIELD.match(line):
            kept.append(line)
            size += len(line) + 1
            if size >= _SIGNAL_CHARS:
                break
    return "\n".join(kept)


def _signal_words(hits: Sequence[Hit], used: Sequence[str]) -> str:
    """The used signals with the words that fired them: 'whole-function "every import"'."""
    words = {h.signal: h.words for h in hits}
    return ", ".join(f'{name} "{words[name]}"' for name in used)


def _decision_why(decision: Decision, hits: Sequence[Hit], default: Priority) -> str:
    """How the table decided, naming the row, the policy sentence and the signals used."""
    if decision.row is None:
        seen = ", ".join(h.signal for h in hits) or "none"
        return (
            f"{NO_DECISION} (signals seen: {seen}); default {default}, to be confirmed by the team"
        )
    row = decision.row
    why = f'decision "{row.name}" ({row.policy}) on signals {_signal_words(hits, decision.used)}'
    return why + ("; weak evidence, to be confirmed by the team" if row.weak else "")


def triage(
    subject: str,
    text: str,
    rules: Sequence[Rule] = (),
    *,
    policy: TriagePolicy,
    default: Priority = Priority.P2,
    tier: TierPolicy | None = None,
    headers_priority: str | None = None,
) -> Triage:
    """Decide a new request's priority from its subject and body; see the module docstring.

    `rules`: the config's regex rules; `policy`: detectors, table and model
    (supportmail.shipped.default_policy() for the shipped ones).
    """
    read = read_request(subject, text, rules, policy=policy, default=default)
    return with_tier(read, tier, headers_priority)


def read_request(
    subject: str,
    text: str,
    rules: Sequence[Rule] = (),
    *,
    policy: TriagePolicy,
    default: Priority = Priority.P2,
) -> Triage:
    """What the request's words decide, before its sender's tier and headers (`with_tier`):
    a function of the text alone, so it may be read ahead, in another process."""
    # ". " ends the subject as a sentence so patterns bounded by [^.!?] do not run into the body.
    # Without config rules only the signals read the text, within its first _MAX_CHARS: quotes
    # are cut from those only, so that a pasted 10 MB log costs no pass over all of it.
    source = text if rules else text[:_MAX_CHARS]
    body = source if forwards(subject) else strip_quoted(source)
    cleaned = f"{subject}. {body}"[:_MAX_CHARS]
    best: tuple[Rule, re.Match[str]] | None = None
    if rules:  # only the config rules read the whole text folded (the signals: signal_text)
        folded_words = _fold_words(cleaned)
        # Whitespace runs fold to one space: none leading, one trailing after a word.
        folded = " ".join(folded_words) + (" " if folded_words and cleaned[-1].isspace() else "")
        present = _scanner(tuple(rules)).present(literal_text(folded))
        for rule in rules:
            if best is not None and rule.priority.rank >= best[0].priority.rank:
                continue
            match = rule.search(folded, present)
            if match is not None:
                best = (rule, match)
    head = signal_text(subject, text, None if rules else body)
    hits = detect(head, literal_text(head), policy.detectors)
    fired = {h.signal for h in hits}
    decision = decide(policy.table, fired, default)
    guess = read = leaning = None
    unread: float | None = None
    if policy.linear is not None:
        read = _linear_guess(policy.linear, decision, head, fired)
        if read is not None and (read[0] is not Priority.P0 or fired.isdisjoint(_P0_GROUNDS)):
            share = known_share(head, policy.linear.weights, word_start)
            if share is not None and share < _MODEL_READS:
                read, unread = None, share
        if (
            read is not None
            and read[0] is Priority.P3
            and decision.priority is not Priority.P3
            and read[2] < _LINEAR_P3
        ):
            leaning, read = read, None
    elif decision.row is None and policy.model is not None:
        guess = policy.model.decide(model_tokens(head))
    raise_by: tuple[float, tuple[str, ...]] | None = None
    if (
        decision.row is not None
        and decision.priority is Priority.P1
        and policy.model is not None
        and policy.linear is None
        and _RAISE_NEEDS in fired
        and fired.isdisjoint(_RAISE_UNLESS)
    ):
        lean = policy.model.lean(model_tokens(head), Priority.P0, Priority.P1)
        raise_by = lean if lean[0] >= _RAISE_MARGIN else None
    matched: str | None = None
    used: tuple[str, ...] = ()
    # A config rule wins over the table when it is as urgent, or when no table row held.
    if best is not None and (
        decision.row is None or best[0].priority.rank <= decision.priority.rank
    ):
        rule, match = best
        base, name, confirm = rule.priority, rule.name, False
        # Python's index rules, as on a list of per-character offsets (an empty match at 0
        # quotes from the last character; one at the very end raises IndexError).
        wanted = [range(len(folded))[i] for i in (match.start(), match.end() - 1)]
        start, last = _source_indexes(cleaned, folded_words, wanted)
        end = last + 1
        matched = " ".join(cleaned[start:end].split())
        why = f'rule "{name}" ({base}) matched "{matched}"'
    elif read is not None:
        base, name, confirm = read[0], WORD_MODEL, True
        used = tuple(f[len(SIGNAL) :] for f in read[1] if f.startswith(SIGNAL))
        seen = ", ".join(h.signal for h in hits) or "none"
        reasons = ", ".join(describe(f) for f in read[1]) or "none it knows"
        if decision.row is None:
            why = f"{NO_DECISION} (signals seen: {seen})"
        else:
            why = (
                f"{_decision_why(decision, hits, default)}; read as a whole (signals seen: {seen})"
            )
        why += (
            f"; the word model says {base} ({read[2]:.0%}; weighing most {reasons}), "
            "to be confirmed by the team"
        )
        matched = next((h.words for h in hits if used and h.signal == used[0]), None)
    elif guess is not None:
        base, name, confirm = guess[0], WORD_MODEL, True
        seen = ", ".join(h.signal for h in hits) or "none"
        words = ", ".join(f'"{w}"' for w in guess[1]) or "none it knows"
        why = (
            f"{NO_DECISION} (signals seen: {seen}); the word model says {base} "
            f"(words {words}), to be confirmed by the team"
        )
    else:
        base, used, confirm = decision.priority, decision.used, decision.weak
        name = decision.row.name if decision.row is not None else "default"
        # The customer's words (folded) that fired the first signal the decision used.
        matched = next((h.words for h in hits if used and h.signal == used[0]), None)
        why = _decision_why(decision, hits, default)
        if unread is not None:
            why += (
                f"; the word model knows too few of its words ({unread:.0%}) to read it, "
                "so it was not asked"
            )
        if leaning is not None:
            reasons = ", ".join(describe(f) for f in leaning[1]) or "none it knows"
            why += (
                f"; the word model leans {leaning[0]} ({leaning[2]:.0%}; weighing most "
                f"{reasons}), not sure enough to lower it"
            )
        if raise_by is not None:
            base, name, confirm = Priority.P0, RAISED, True
            used = used if _RAISE_NEEDS in used else (*used, _RAISE_NEEDS)
            words = ", ".join(f'"{w}"' for w in raise_by[1])
            why += (
                f"; with everyone affected ({_signal_words(hits, [_RAISE_NEEDS])}) the word "
                f"model reads an outage, P0 over P1 by {raise_by[0]:.1f} (words {words}): "
                "P0, to be confirmed by the team"
            )
    return Triage(base, name, why, base, matched, _shouts(cleaned), hits, used, confirm)


def with_tier(read: Triage, tier: TierPolicy | None, headers_priority: str | None) -> Triage:
    """The request's reading (`read_request`) with its sender's tier applied and any urgency
    markers (shouting in the text, an urgent X-Priority) said to be ignored."""
    base, why = read.base_priority, read.explanation
    final = base if tier is None else tier.apply(base)
    if tier is not None and final is not base:
        why += f"; tier {tier.name} raised {base} -> {final}"
    if tier is not None and base is not Priority.P0 and tier.uncapped_rank(base) < 1:
        why += f"; tier {tier.name} stops at P1 (only the message can make a P0)"
    shouted = read.shouted or bool(headers_priority and _HEADER_URGENT.match(headers_priority))
    if shouted:
        why += "; urgency markers ignored (shouting never sets the priority)"
    return replace(read, priority=final, explanation=why, shouted=shouted)


def _show(value: Any) -> str:
    """A value as TOML/JSON would spell it, for problem messages."""
    return json.dumps(value, ensure_ascii=False, default=str)


def _load_patterns(item: Mapping[str, Any], key: str, path: str, problems: list[str]) -> list[str]:
    """The valid patterns under `key`, appending a problem for each unusable one."""
    raw = item.get(key, [])
    if not isinstance(raw, list) or (key == "patterns" and not raw):
        problems.append(f"{path}.{key}: expected a non-empty list of regexes, got {_show(raw)}")
        return []
    good: list[str] = []
    for j, pattern in enumerate(raw):
        if not isinstance(pattern, str):
            problems.append(f"{path}.{key}[{j}]: expected a string, got {_show(pattern)}")
            continue
        try:
            _compile(pattern)
        except ValueError as exc:
            problems.append(f"{path}.{key}[{j}]: {exc}: {_show(pattern)}")
            continue
        good.append(pattern)
    return good


def _load_rule(item: Mapping[str, Any], path: str) -> tuple[Rule | None, list[str]]:
    """One [[rules]] table as a Rule, or None with the problems that prevent it."""
    problems = [
        f"{path}: unknown key {_show(k)} (known: {', '.join(_RULE_KEYS)})"
        for k in item
        if k not in _RULE_KEYS
    ]
    for key in ("name", "description"):
        value = item.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{path}.{key}: expected a non-empty string, got {_show(value)}")
    priority = item.get("priority")
    if priority not in {p.value for p in Priority}:
        choices = ", ".join(p.value for p in Priority)
        problems.append(f"{path}.priority: expected one of {choices}, got {_show(priority)}")
    patterns = _load_patterns(item, "patterns", path, problems)
    negatives = _load_patterns(item, "negative_patterns", path, problems)
    if problems:
        return None, problems
    rule = Rule(
        item["name"],
        item["description"],
        Priority(str(priority)),
        tuple(patterns),
        tuple(negatives),
    )
    return rule, []


def load_rules(data: Mapping[str, Any], where: str = "triage") -> tuple[list[Rule], list[str]]:
    """Rules from a parsed TOML table holding `[[rules]]`, plus problems naming each key path.

    A rule with any problem is left out; other keys of `data` belong to the caller and are ignored.
    """
    raw = data.get("rules")
    if not isinstance(raw, list):
        return [], [f"{where}.rules: expected a list of [[rules]] tables, got {_show(raw)}"]
    rules: list[Rule] = []
    problems: list[str] = []
    first_seen: dict[str, int] = {}
    for i, item in enumerate(raw):
        path = f"{where}.rules[{i}]"
        if not isinstance(item, Mapping):
            problems.append(f"{path}: expected a table, got {_show(item)}")
            continue
        rule, errors = _load_rule(item, path)
        problems.extend(errors)
        if rule is None:
            continue
        if rule.name in first_seen:
            seen = first_seen[rule.name]
            problems.append(f"{path}.name: duplicate {_show(rule.name)}, first at rules[{seen}]")
            continue
        first_seen[rule.name] = i
        rules.append(rule)
    return rules, problems


def load_policy(
    data: Mapping[str, Any], where: str, analysis: Mapping[str, Any] | None = None
) -> tuple[TriagePolicy | None, list[str]]:
    """The detectors (`[[signal]]`) and decision table (`[[decision]]`) of a parsed TOML
    table, or None with the problems, each naming its key path; `analysis`: the stored
    analysis of its signals, if any (see supportmail.core.signals.load_detectors)."""
    detectors, problems = load_detectors(data.get("signal"), f"{where}: signal", analysis)
    known = {d.name for d in detectors}
    table, more = load_table(data.get("decision"), known, f"{where}: decision")
    problems += more
    if problems:
        return None, problems
    return TriagePolicy(tuple(detectors), tuple(table)), []
