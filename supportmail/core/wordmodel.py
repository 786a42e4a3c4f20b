"""A small word model for triage's last resort: when no decision row holds (pure, stdlib only).

The signal detectors and the decision table decide whenever they can. When nothing decides,
the request is phrased in a way no detector knows; the old answer was the default priority (P2),
but such requests are rarely P2 in the labelled sets (P2 requests say what makes them P2: one
user, occasional, a workaround, an admin task). This model, a naive Bayes over word presence
(words of three letters or more and pairs of neighbouring words, accents removed; pairs of
neighbouring characters in Chinese, Japanese and Korean), trained by
`scripts/train_triage_model` on the labelled requests in tests/fixtures, picks P1, P2 or P3
instead. It never picks P0: a P0 pages people and must rest on signals. Its decision is always
weak (the team is asked to confirm), and it names the words that weighed most for it.

It is also asked one narrower question (`lean`): between two adjacent priorities, how much more
likely the words make one than the other. Triage uses it for P0 against P1 only where the table
already found everybody affected (see supportmail.core.priority); scripts/crossval_triage
measures it on each labelled set with a model trained without that set.

The shipped model is supportmail/defaults/triage_model.json (reproduced byte for byte by the
script); it loads in a few milliseconds.
"""

import itertools
import json
import math
import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from supportmail.core.types import Priority

_WORD = re.compile(r"[a-z]{3,}")
# Runs of Chinese, Japanese and Korean script: kana, CJK ideographs, Hangul syllables and the
# conjoining jamo that folding (NFKD) turns them into.
_CJK_RUN = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,}")
_JAMO = re.compile(r"[\u1100-\u11ff]")
MODEL_CLASSES = (Priority.P1, Priority.P2, Priority.P3)  # what the model may answer


def _cjk_pairs(folded: str) -> set[str]:
    """Each pair of neighbouring characters in the text's runs of CJK script (Hangul as
    syllables)."""
    # These scripts do not separate words by spaces (Korean separates phrases, each a word and
    # its particles): the word pattern never sees them, and a request in them reached the model
    # as its few Latin words ("pdf", "app"). A pair of characters is the usual unit for reading
    # such text without a dictionary: most Chinese words are two characters, and a pair of
    # Japanese or Korean syllables holds a word's stem whatever ending follows.
    pairs: set[str] = set()
    for found in _CJK_RUN.findall(folded):
        run = unicodedata.normalize("NFC", found) if _JAMO.search(found) else found
        pairs.update(run[i : i + 2] for i in range(len(run) - 1))
    return pairs


# A word of any alphabet (Cyrillic, Greek, Arabic, Latin ...): what a reader would count.
_ANY_WORD = re.compile(r"[^\W\d_]{3,}")


def known_share(
    folded: str, known: Container[str], start: Callable[[str], str | None] | None = None
) -> float | None:
    """How much of an already folded text a model that knows the features `known` can read:
    the share of its words of three letters or more, in any alphabet, and of its pairs of CJK
    characters, that are among them, a word also by its start (`start`: the feature it makes of
    a word's first letters, if any) (None for a text without either). A request in an alphabet
    no labelled request is written in (Georgian, Hebrew) has only its few Latin words ("api",
    "houseware") to offer the model."""
    units = _alphabet_words(folded.lower())
    pairs = _cjk_pairs(folded) if not folded.isascii() else set()
    total = len(units) + len(pairs)
    if not total:
        return None

    def read(unit: str) -> bool:
        if unit in known:
            return True
        begun = start(unit) if start is not None else None
        return begun is not None and begun in known

    return (sum(map(read, units)) + sum(1 for p in pairs if p in known)) / total


def model_tokens(folded: str) -> set[str]:
    """The features of an already folded text: its words of 3+ letters in any alphabet and
    neighbouring pairs, and pairs of neighbouring characters in Chinese, Japanese and Korean."""
    # Words of every alphabet, as known_share counts them: with Latin letters alone a request
    # in Cyrillic, Greek or Arabic reached the model as its few Latin words ("api"), and the
    # model could not learn from the requests written in them however many it was given.
    words = _alphabet_words(folded.lower())
    tokens = set(words) | {f"{a}_{b}" for a, b in itertools.pairwise(words)}
    return tokens if folded.isascii() else tokens | _cjk_pairs(folded)


def _alphabet_words(lowered: str) -> list[str]:
    """The words of 3+ letters of a lowercased text, in any alphabet; CJK runs are not words
    (they are read as character pairs)."""
    if lowered.isascii():
        return _WORD.findall(lowered)  # the same words, found faster
    return _ANY_WORD.findall(_CJK_RUN.sub(" ", lowered))


@dataclass(frozen=True)
class WordModel:
    """Per class, a log prior and, per known feature, the log weight of its presence."""

    classes: tuple[Priority, ...]
    prior: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]

    def _scores(self, known: Iterable[str]) -> list[float]:
        """Per class, the log prior plus the weights of the `known` features present."""
        scores = list(self.prior)
        for token in known:
            for i, weight in enumerate(self.weights[token]):
                scores[i] += weight
        return scores

    def _reasons(self, known: Iterable[str], best: int, second: int, top: int) -> tuple[str, ...]:
        """The `top` features that favour class `best` most over class `second`, as words."""
        w = self.weights
        lift = sorted(known, key=lambda t: (-(w[t][best] - w[t][second]), t))
        return tuple(t.replace("_", " ") for t in lift[:top])

    def lean(
        self, tokens: Iterable[str], high: Priority, low: Priority, top: int = 4
    ) -> tuple[float, tuple[str, ...]]:
        """How much more likely `high` is than `low` for `tokens` (natural log; above 0: `high`),
        and the `top` words that favoured `high` most."""
        known = sorted(t for t in set(tokens) if t in self.weights)
        scores = self._scores(known)
        i, j = self.classes.index(high), self.classes.index(low)
        return scores[i] - scores[j], self._reasons(known, i, j, top)

    def decide(self, tokens: Iterable[str], top: int = 4) -> tuple[Priority, tuple[str, ...]]:
        """The most likely of MODEL_CLASSES for `tokens`, and the `top` words that favoured it
        most over the runner-up (the model's reasons, for the explanation)."""
        known = sorted(t for t in set(tokens) if t in self.weights)
        scores = self._scores(known)
        allowed = [i for i, c in enumerate(self.classes) if c in MODEL_CLASSES]
        ranked = sorted(allowed, key=lambda i: (-scores[i], i))
        best, second = ranked[0], ranked[1]
        return self.classes[best], self._reasons(known, best, second, top)


def train(docs: Sequence[tuple[set[str], Priority]], min_docs: int = 3) -> WordModel:
    """A model from (features, label) pairs: presence counts with add-half smoothing; features
    seen in fewer than `min_docs` requests are left out (they would only memorise)."""
    classes = tuple(Priority)
    per_class = {c: 0 for c in classes}
    counts: dict[str, dict[Priority, int]] = {}
    for tokens, label in docs:
        per_class[label] += 1
        for token in tokens:
            counts.setdefault(token, dict.fromkeys(classes, 0))[label] += 1
    total = sum(per_class.values())
    prior = tuple(round(math.log((per_class[c] + 1) / (total + len(classes))), 4) for c in classes)
    weights = {
        token: tuple(round(math.log((n[c] + 0.5) / (per_class[c] + 1)), 4) for c in classes)
        for token, n in sorted(counts.items())
        if sum(n.values()) >= min_docs
    }
    return WordModel(classes, prior, weights)


def dump_model(model: WordModel) -> str:
    """The model as the JSON the package ships (stable: sorted keys, fixed rounding)."""
    data = {
        "classes": [c.value for c in model.classes],
        "prior": list(model.prior),
        "weights": {t: list(w) for t, w in sorted(model.weights.items())},
    }
    return json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"


def load_model(data: Mapping[str, Any]) -> WordModel:
    """A model from its parsed JSON."""
    classes = tuple(Priority(c) for c in data["classes"])
    weights = {str(t): tuple(float(x) for x in w) for t, w in data["weights"].items()}
    if any(len(w) != len(classes) for w in weights.values()):
        raise ValueError("every feature needs one weight per class")
    return WordModel(classes, tuple(float(p) for p in data["prior"]), weights)
