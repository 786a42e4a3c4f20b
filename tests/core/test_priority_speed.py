"""Triage's fast path decides exactly as the plain algorithm it replaced.

priority.py skips the regex searches that cannot match (supportmail.core.literals), folds text
with str methods and maps only the winning match back to the original text. These tests hold it
to the old per-character, search-everything algorithm, kept below verbatim, on the labelled set,
the shared real-world corpus (skipped where absent), adversarial and random text. The rules are
the phrase rules triage used before the signal detectors (tests/fixtures/triage_phrase_rules.toml;
the same engine now runs the config's [[triage.rules]]); the signal policy is left out here
(`NO_POLICY`), so that the rule engine alone is compared.
"""

import random
import re
import tomllib
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from supportmail.core.literals import IGNORECASE_ASCII, Scanner, literal_text, required_literals
from supportmail.core.parse import parse_message
from supportmail.core.priority import (
    _HEADER_URGENT,
    _MAX_CHARS,
    _SHOUTING,
    NO_DECISION,
    Rule,
    TierPolicy,
    Triage,
    TriagePolicy,
    _compile,
    _fold_words,
    _scanner,
    _shouts,
    _source_indexes,
    load_rules,
    triage,
)
from supportmail.core.quoting import strip_quoted
from supportmail.core.subjectprefix import forwards
from supportmail.core.textfold import QUOTES as _QUOTES
from supportmail.core.types import Priority

EVAL_SET = Path(__file__).parent.parent / "fixtures" / "triage_eval.toml"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
PHRASE_RULES = Path(__file__).parent.parent / "fixtures" / "triage_phrase_rules.toml"
RULES = load_rules(tomllib.loads(PHRASE_RULES.read_text("utf-8")))[0]
NO_POLICY = TriagePolicy((), ())  # no signals, no table: the rules alone decide


def _rules_only(subject: str, text: str, rules: Sequence[Rule], **kwargs: object) -> Triage:
    """triage() with the rules alone, shaped as the old algorithm's result (its words for
    "nothing matched", no signal fields)."""
    new = triage(subject, text, rules, policy=NO_POLICY, **kwargs)  # type: ignore[arg-type]
    default = new.base_priority
    head = f"{NO_DECISION} (signals seen: none); default {default}, to be confirmed by the team"
    why = new.explanation.replace(head, f"no rule matched; default {default}", 1)
    return Triage(new.priority, new.rule, why, new.base_priority, new.matched_text, new.shouted)


TIER = TierPolicy("vip", floor=Priority.P2, raise_levels=1)

# ------------------------------------------------------------------ the old algorithm, verbatim


def _alternation(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """All `patterns` as one regex, or None where combining could change a pattern's meaning
    (backreferences and group names are per pattern)."""
    sources = [p.pattern for p in patterns]
    if len(sources) < 2 or any(re.search(r"\\\d|\(\?P[<=]", s) for s in sources):
        return None
    try:
        return re.compile("|".join(f"(?:{s})" for s in sources), re.IGNORECASE)
    except re.error:
        return None


@dataclass(frozen=True)
class _OldRule:
    """One named triage rule: any of `patterns` matching sets `priority`, unless a negative does."""

    name: str
    description: str
    priority: Priority
    patterns: tuple[str, ...]
    negative_patterns: tuple[str, ...] = ()
    _compiled: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    _negatives: tuple[re.Pattern[str], ...] = field(init=False, repr=False, compare=False)
    _any: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Compiled once here; frozen dataclasses need object.__setattr__ for derived fields.
        object.__setattr__(self, "_compiled", tuple(_compile(p) for p in self.patterns))
        object.__setattr__(self, "_negatives", tuple(_compile(p) for p in self.negative_patterns))
        object.__setattr__(self, "_any", _alternation(self._compiled))

    def search(self, folded: str) -> re.Match[str] | None:
        """The first positive match in already-folded text, or None (also when a negative hits)."""
        # Most rules match most messages not at all: one search of all patterns at once says
        # so; only a hit pays for finding which pattern (in list order) matched first.
        if self._any is not None and self._any.search(folded) is None:
            return None
        for pattern in self._compiled:
            match = pattern.search(folded)
            if match is not None:
                vetoed = any(n.search(folded) for n in self._negatives)
                return None if vetoed else match
        return None


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Folded text plus, for each folded character, its index in `text` (to quote the match)."""
    out: list[str] = []
    offsets: list[int] = []
    in_space = True  # drops leading whitespace
    for i, ch in enumerate(text.translate(_QUOTES)):
        if ch.isspace():
            if not in_space:
                out.append(" ")
                offsets.append(i)
            in_space = True
            continue
        in_space = False
        for c in unicodedata.normalize("NFKD", ch):
            if not unicodedata.combining(c):
                out.append(c)
                offsets.append(i)
    return "".join(out), offsets


def _old_triage(
    subject: str,
    text: str,
    rules: Sequence[_OldRule],
    *,
    default: Priority = Priority.P2,
    tier: TierPolicy | None = None,
    headers_priority: str | None = None,
) -> Triage:
    """Decide a new request's priority from its subject and body; see the module docstring."""
    # ". " ends the subject as a sentence so patterns bounded by [^.!?] do not run into the body.
    body = text if forwards(subject) else strip_quoted(text)
    cleaned = f"{subject}. {body}"[:_MAX_CHARS]
    folded, offsets = _fold_with_offsets(cleaned)
    best: tuple[_OldRule, re.Match[str]] | None = None
    for rule in rules:
        if best is not None and rule.priority.rank >= best[0].priority.rank:
            continue
        match = rule.search(folded)
        if match is not None:
            best = (rule, match)
    if best is None:
        base, name, matched = default, "default", None
        why = f"no rule matched; default {default}"
    else:
        rule, match = best
        base, name = rule.priority, rule.name
        start, end = offsets[match.start()], offsets[match.end() - 1] + 1
        matched = " ".join(cleaned[start:end].split())
        why = f'rule "{name}" ({base}) matched "{matched}"'
    final = base if tier is None else tier.apply(base)
    if tier is not None and final is not base:
        why += f"; tier {tier.name} raised {base} -> {final}"
    if tier is not None and base is not Priority.P0 and tier.uncapped_rank(base) < 1:
        why += f"; tier {tier.name} stops at P1 (only the message can make a P0)"
    shouted = bool(_SHOUTING.search(folded)) or bool(
        headers_priority and _HEADER_URGENT.match(headers_priority)
    )
    if shouted:
        why += "; urgency markers ignored (shouting never sets the priority)"
    return Triage(final, name, why, base, matched, shouted)


def _old(rules: Sequence[Rule]) -> list[_OldRule]:
    """The same rules for the old algorithm."""
    return [
        _OldRule(r.name, r.description, r.priority, r.patterns, r.negative_patterns) for r in rules
    ]


OLD_RULES = _old(RULES)

# ------------------------------------------------------------------------------------- inputs

Case = tuple[str, str, str | None]  # subject, text, headers_priority

ADVERSARIAL: list[Case] = [
    ("", "", None),
    ("", "   ", None),
    (" \t\n", "\u00a0\u2003 \n", None),
    ("PRODUCTION IS DOWN", "", None),
    ("ProDucTion iS dOwN!!", "URGENT", "1"),
    ("productıon ıs down", "ſite is down; the KELVIN ſerver is dowN", None),
    ("İs down", "SİTE İS DOWN. Nobody İs able to log in", None),
    ("Produktion steht", "Die Anwendung ist komplett AUSGEFALLEN.", None),
    ("Production arrêtée", "L’application est très lente « vraiment »", None),
    ("it’s back up", "we’re back online, thanks for fixing", None),
    ("site\u00a0is\u00a0down", "site\u2003is\u3000down\u2028ok\u0085", None),
    ("site is\u00a8down", "\u00a8\u00a8 down \u00a8 is down\u00a8", None),
    ("\u0301 site is down \u0301", "the site is \u0301down \u0301", None),
    ("ﬁles are gone", "all our ﬁles have been deleted", None),
    ("ｓｉｔｅ ｉｓ ｄｏｗｎ", "ＮＯＢＯＤＹ ＣＡＮ ＬＯＧ ＩＮ", None),
    ("①②③", "data loss ① everything is down", None),
    ("🔥 production down 🔥", "가 site down \ud83d broken", None),
    ("", "\x1csite\x1dis\x1edown\x1f", None),
    ("Fwd: incident", "> production is down\nOn Mon, Anna wrote:\n> all down", None),
    ("Re: x", "> production is down\nall good now", None),
    ("typo", "  the site is very slow  \n\n ", None),
    ("long", "hello " * 4000 + "production is down", None),
    ("long", "production " * 3000 + "is down", None),
    ("cafe\u0301", "caf\u00e9 cafe\u0301 \u1100\u1161\u11a8 e\u0323\u0302 n\u0303o", None),
    ("!!", "!!!", "high"),
    ("Urgent", "ımmedıately", None),
    ("tıme out", "tımıng out; TIMED OUT; time-outs", None),
]


def _load_eval() -> list[Case]:
    """The labelled cases from tests/fixtures/triage_eval.toml."""
    with EVAL_SET.open("rb") as f:
        cases = tomllib.load(f)["case"]
    return [(c["subject"], c["text"], c.get("headers_priority")) for c in cases]


_WORDS = [
    "production", "is", "down", "not", "nobody", "can", "log", "in", "slow", "very", "password",
    "typo", "documentation", "how", "do", "we", "outage", "partial", "500", "502", "for", "all",
    "urgent", "asap", "!!", "ausgefallen", "arrêtée", "caído", "très", "lente", "everyone",
    "else", "only", "me", "data", "loss", "the", "site", "everybody", "users", "blocked",
    "timeout", "time", "out", "it’s", "back", "up", "no", "longer", "impact", "question",
    "feature", "request", "intermittent", "workaround", "one", "user", "crash", "stopped",
    "working", "komplett", "plateforme", "indisponible", "nadie", "puede", "what", "counts", "as",
]  # fmt: skip
_SEPARATORS = [" ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u00a8", ". ", ", ", "’", "\u0301 ", ""]


def _mangle(word: str, rng: random.Random) -> str:
    """A word as customers (and adversaries) might write it."""
    roll = rng.random()
    if roll < 0.15:
        return word.upper()
    if roll < 0.25:
        return word.title()
    if roll < 0.35:
        return word.replace("i", "ı").replace("s", "ſ").replace("k", "\u212a")
    if roll < 0.40:
        return word.replace("i", "İ").replace("e", "e\u0301")
    return word


def _random_cases(count: int, seed: int) -> list[Case]:
    """Texts of rule words, mangled and joined by awkward separators (deterministic)."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 14)):
            parts.append(_mangle(rng.choice(_WORDS), rng))
            parts.append(rng.choice(_SEPARATORS))
        text = "".join(parts)
        cut = rng.randint(0, len(text))
        cases.append((text[:cut], text[cut:], None))
    return cases


@cache
def _corpus() -> tuple[Case, ...]:
    """Subject, text and priority header of every message of the shared corpus."""
    cases = []
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file() and path.name not in ("manifest.tsv", "README.md"):
            msg = parse_message(path.read_bytes())
            header = msg.header("x-priority") or msg.header("importance")
            cases.append((msg.subject, msg.text, header))
    return tuple(cases)


needs_corpus = pytest.mark.skipif(
    not (CORPUS / "manifest.tsv").is_file(), reason=f"shared corpus not found at {CORPUS}"
)
QUICK_CASES = _load_eval() + ADVERSARIAL + _random_cases(1500, seed=7)

# ------------------------------------------------------------------------ full triage equality


def _assert_same(cases: Sequence[Case]) -> None:
    """New triage == old triage, field by field, without and with a tier."""
    for subject, text, header in cases:
        for tier in (None, TIER):
            new = _rules_only(subject, text, RULES, tier=tier, headers_priority=header)
            old = _old_triage(subject, text, OLD_RULES, tier=tier, headers_priority=header)
            assert new == old, (subject[:80], text[:200])


def test_triage_equals_old_algorithm() -> None:
    """Eval set, adversarial and random text: every Triage field as before."""
    _assert_same(QUICK_CASES)


@pytest.mark.slow
@needs_corpus
def test_triage_equals_old_algorithm_on_corpus() -> None:
    """Every message of the real-world corpus: every Triage field as before."""
    _assert_same(_corpus())


def test_custom_rules_equal_old_algorithm() -> None:
    """Rules the analysis cannot filter (backreferences, empty matches, short literals) too."""
    rules = [
        Rule("backref", "d", Priority.P1, (r"\b(\w+) \1\b",)),
        Rule("short", "d", Priority.P1, (r"\bok\b", r"a.b")),
        Rule("edge", "d", Priority.P0, (r"(?<=\.)\b", r"down(?=\W)"), (r"(?i)NOT\s+down",)),
        Rule("unicode", "d", Priority.P3, (r"stra(ss|ß)e", r"\bcaída\b", r"[ıi]ssue")),
    ]
    old_rules = _old(rules)
    for subject, text, header in QUICK_CASES:
        for tier in (None, TIER):
            new = _rules_only(subject, text, rules, tier=tier, headers_priority=header)
            old = _old_triage(subject, text, old_rules, tier=tier, headers_priority=header)
            assert new == old, (subject[:80], text[:200])


@pytest.mark.parametrize(
    ("pattern", "subject", "text"),
    [
        (r"(?<=\.)\b", "see", "houseware.io today"),  # empty match inside: quotes ""
        (r"^(?=s)", "see", "houseware.io today"),  # empty match at 0: quotes from the end
        (r"(?<=!)(?!.)", "x", "wow!"),  # empty match at the very end: IndexError
    ],
)
def test_empty_matches_behave_as_before(pattern: str, subject: str, text: str) -> None:
    """A custom pattern may match the empty string inside a text: quoted as before, oddly."""
    rules = [Rule("empty", "d", Priority.P1, (pattern,))]
    try:
        old: Triage | IndexError = _old_triage(subject, text, _old(rules))
    except IndexError as exc:
        old = exc
    if isinstance(old, IndexError):
        with pytest.raises(IndexError):
            _rules_only(subject, text, rules)
    else:
        assert _rules_only(subject, text, rules) == old


# ------------------------------------------------------------------- pattern-level soundness


def _texts(cases: Sequence[Case], raw: bool = True) -> Iterator[str]:
    """What the rules meet (subject plus body, folded), and the raw text as well if `raw`."""
    for subject, text, _ in cases:
        cleaned = f"{subject}. {text}"[:_MAX_CHARS]
        yield _fold_with_offsets(cleaned)[0]
        if raw:
            yield cleaned


def _assert_prefilter_sound(
    texts: Iterator[str], rules: Sequence[Rule], *, whole_rules: bool = True
) -> None:
    """A pattern whose needles are all absent never matches; the scanner finds exactly the
    needles that are substrings; if `whole_rules`, Rule.search alone answers as the old one."""
    scanner = _scanner(tuple(rules))
    old_rules = _old(rules)
    for text in texts:
        literal = literal_text(text)
        assert len(literal) == len(text)
        present = scanner.present(literal)
        assert present == {n for n in scanner.needles if n in literal}
        for rule, old_rule in zip(rules, old_rules, strict=True):
            for pattern, needles in rule._positives + rule._negatives:
                if needles is not None and needles.isdisjoint(present):
                    assert pattern.search(text) is None, (rule.name, pattern.pattern, text[:200])
            if not whole_rules:
                continue
            new, old = rule.search(text), old_rule.search(text)
            assert (new and (new.span(), new.group())) == (old and (old.span(), old.group()))


def test_prefilter_is_sound() -> None:
    """Eval set, adversarial and random text, folded and raw."""
    _assert_prefilter_sound(_texts(QUICK_CASES), RULES)


@pytest.mark.slow
@needs_corpus
def test_prefilter_is_sound_on_corpus() -> None:
    """Every message of the real-world corpus as the rules meet it (whole rules: see above)."""
    _assert_prefilter_sound(_texts(_corpus(), raw=False), RULES, whole_rules=False)


# --------------------------------------------------------------------------------- the fold


def test_fold_and_offsets_equal_the_per_character_loop() -> None:
    """_fold_words and _source_indexes give the old folded text and every offset."""
    rng = random.Random(11)
    alphabet = [
        "a", "B", "z", "1", ".", "!", " ", "  ", "\t", "\n", "\x1c", "\x85", "\u00a0", "\u2003",
        "\u3000", "\u2028", "\u00a8", "\u02d8", "\u0301", "e\u0301", "é", "ﬁ", "’", "“", "«",
        "ı", "İ", "ſ", "\u212a", "ß", "①", "가", "\u1100", "\u0f39", "\ud83d", "🔥", "ｄ",
    ]  # fmt: skip
    texts = ["", " ", "a", " a", "a ", " \u0301 ", "\u0301", "a \u0301"]
    texts += ["".join(rng.choices(alphabet, k=rng.randint(1, 30))) for _ in range(3000)]
    texts += [subject + text for subject, text, _ in ADVERSARIAL]
    for text in texts:
        old_folded, offsets = _fold_with_offsets(text)
        words = _fold_words(text)
        folded = " ".join(words) + (" " if words and text[-1].isspace() else "")
        assert folded == old_folded, repr(text)
        assert _source_indexes(text, words, range(len(folded))) == offsets, repr(text)


def test_shouting_found_word_by_word_as_in_the_whole_fold() -> None:
    """_shouts (ASCII lines searched near the needles, other lines folded) answers as the
    shouting regex on the whole folded text, for words that fold into a shout too."""
    pieces = [
        "urgent", "URGENT", "urgente", "Urgénte", "ürgent", "ｕｒｇｅｎｔ", "\u0131mmediately",
        "asap", "emergency", "dringend", "urgence", "!", "!!", "! !", " ", "\n", "\t", "\u00a0",
        "x", "é", "_", "-", "1", "\u212aa", "\u0301", "’", "urg", "ent", "\x85", "\u2028",
    ]  # fmt: skip
    rng = random.Random(13)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        whole = _SHOUTING.search(" ".join(_fold_words(text))) is not None
        assert _shouts(text) == whole, repr(text)


def test_fold_assumptions_hold() -> None:
    """What _fold_words relies on, for this Python's Unicode data: "\\n" comes out of no NFKD,
    the typographic quotes neither decompose nor come out of one, and str.split() splits where
    regex \\s matches."""
    quotes = {chr(c) for c in _QUOTES}
    every = "".join(map(chr, range(0x110000)))
    assert set(re.findall(r"\s", every)) == {c for c in every if c.isspace()}
    for c in every:
        decomposed = unicodedata.normalize("NFKD", c)
        if decomposed != c:
            assert "\n" not in decomposed and quotes.isdisjoint(decomposed), hex(ord(c))


# ------------------------------------------------------------------- literal text and scanner


def test_ignorecase_table_is_complete() -> None:
    """Every non-ASCII character re.IGNORECASE matches to an ASCII character is in the table,
    mapped to that (lowercase) letter; between ASCII characters only case differs."""
    everything = "".join(chr(c) for c in range(0x80, 0x110000))
    found: dict[int, set[str]] = {}
    for a in map(chr, range(128)):
        for match in re.finditer(re.escape(a), everything, re.IGNORECASE):
            found.setdefault(ord(match.group()), set()).add(a.lower())
    assert {c: "".join(sorted(letters)) for c, letters in found.items()} == IGNORECASE_ASCII
    for a in map(chr, range(128)):
        for b in map(chr, range(128)):
            same = re.fullmatch(re.escape(a), b, re.IGNORECASE) is not None
            assert same == (a.lower() == b.lower()), (a, b)


def test_literal_text() -> None:
    """Lowercase ASCII, one character for one; look-alikes become their letter, the rest "?"."""
    assert literal_text("Site IS Down") == "site is down"
    assert literal_text("ſıte İS \u212aey é ß") == "site is key ? ?"


def test_scanner_finds_exactly_the_substrings() -> None:
    """Overlapping needles and needles that are prefixes of others are all found, alike by the
    one-pass regex and by the needle-by-needle check of a Scanner's first texts."""
    rng = random.Random(3)
    for _ in range(300):
        needles = {"".join(rng.choices("ab .", k=rng.randint(1, 4))) for _ in range(6)}
        scanners = [Scanner(needles, direct=0), Scanner(needles, direct=2)]
        for _ in range(4):  # the second's first two texts are checked directly, then by regex
            text = "".join(rng.choices("ab .", k=rng.randint(0, 20)))
            for scanner in scanners:
                assert scanner.present(text) == {n for n in needles if n in text}
    assert Scanner([]).present("anything") == set()
    assert Scanner([], direct=0).present("anything") == set()


# -------------------------------------------------------------------------- literal analysis


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bdown\b", {"down"}),
        (r"(a|b)?xyz", {"xyz"}),
        (r"50[0234]", {"500", "502", "503", "504"}),
        (r"\b50[0234]\b", {"500", "502", "503", "504"}),
        (r"(?i)DOWN", {"down"}),
        (r"(is|are) (down|offline)", {"is down", "is offline", "are down", "are offline"}),
        (r"\bprod\w*\s+(steht|ausgefallen)", {"steht", "ausgefallen"}),
        (r"ab(?=c)cd", {"abcd"}),
        (r"(?<!partial )\boutage\b", {"outage"}),
        (r"x{2}yz", {"xxyz"}),
        (r"(?:ab){2,}", {"abab"}),
        (r"(abc)\1", {"abc"}),
        (r"stra(ss|ß)e", {"stra"}),
        (r"slow|sluggish", {"slow", "sluggish"}),
        (r"\bservers?\b", {"server"}),
        (r"time ?outs?", {"time"}),
        (r".*", None),
        (r"a.b", None),  # "a" and "b": too short to help
        (r"down|\d+", None),  # one alternative requires nothing
        (r"(down)?", None),
        (r"caída", None),  # "ca", "da": the non-ASCII letter breaks the run
        (r"[^abc]+xyz", {"xyz"}),
        (r"[a-z]+", None),
    ],
)
def test_required_literals(pattern: str, expected: set[str] | None) -> None:
    """Small patterns give the strings any match must contain, or None."""
    found = required_literals(re.compile(pattern, re.IGNORECASE))
    assert found == (None if expected is None else frozenset(expected))


def test_required_literals_of_the_phrase_rules() -> None:
    """Most default patterns get a filter (else the speed-up is gone), each string long enough."""
    filtered = [n for rule in RULES for _, n in rule._positives + rule._negatives]
    assert sum(n is None for n in filtered) <= len(filtered) // 10
    assert all(len(s) >= 3 for n in filtered if n is not None for s in n)
