"""Triage's statistical reader: a multinomial logistic regression over signals and words (pure).

The signal detectors and the decision table were written against the labelled sets; on requests
written later by people who saw only the policy they missed a third of the P0s and P1s, most
often because no row held or a P2/P3 row held on one dimension while the rest of the request
said otherwise. This model reads the same request as a whole: its features are the signals
that fired (`signal:NAME`, the policy's dimensions) and the words of three letters or more and
pairs of neighbouring words, in Chinese, Japanese and Korean pairs of neighbouring characters
(as supportmail.core.wordmodel.model_tokens makes them), and it
gives a probability per priority P0-P3. Triage uses it where the table is not sure (see
supportmail.core.priority): never against a P0 row, and a P0 of its own only when a signal of
scope, availability, security or data loss fired, so the model alone never pages anyone.

Why logistic regression and not the naive Bayes of supportmail.core.wordmodel: leave-one-set-out
(scripts/crossval_triage) it reads the sets left out better, signals and words weighed together
rather than each as if alone; it stays a table of weights, so a decision is explained by naming
the features that weighed most for the chosen priority over the runner-up.

Trained by scripts/train_triage_model with supportmail.triagefit (deterministic: AdaGrad, fixed
shuffles, L2; the mean of the models of five shuffles; numpy, which the daemon does not need),
shipped as supportmail/defaults/triage_linear.json; it loads in a few milliseconds.
"""

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from supportmail.core.types import Priority

SIGNAL = "signal:"  # the prefix of a signal feature (words never hold a colon)
STEM = "*"  # the suffix of a word-start feature (words never hold one)
STEM_LETTERS = 5  # a word longer than this also counts by its first STEM_LETTERS letters


def features(tokens: Iterable[str], signals: Iterable[str]) -> set[str]:
    """The model's features: the text's tokens, the start of each longer word (`funkt*`), and
    the signals that fired, prefixed."""
    # A word's first letters stand for its inflections and compounds ("funktioniert",
    # "funktionieren"; "import", "importing"): leave-one-set-out they read requests written by
    # new people better than whole words alone (see scripts/crossval_triage).
    tokens = set(tokens)
    stems = {s for s in map(word_start, tokens) if s is not None}
    return tokens | stems | {SIGNAL + s for s in signals}


def word_start(token: str) -> str | None:
    """The word-start feature of a token (`funkt*` for "funktioniert"), None for a word of
    STEM_LETTERS letters or fewer and for a pair of words."""
    if len(token) > STEM_LETTERS and "_" not in token:
        return token[:STEM_LETTERS] + STEM
    return None


def describe(feature: str) -> str:
    """A feature as an explanation names it: `signal everyone`, a quoted word or pair of words,
    or the quoted start of words (`"funkt..."`)."""
    if feature.startswith(SIGNAL):
        return "signal " + feature[len(SIGNAL) :]
    if feature.endswith(STEM):
        return '"' + feature[: -len(STEM)] + '..."'
    return '"' + feature.replace("_", " ") + '"'


@dataclass(frozen=True)
class LinearModel:
    """Per class a bias and, per known feature, its weight (class scores are sums)."""

    classes: tuple[Priority, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]

    def probabilities(self, feats: Iterable[str]) -> tuple[float, ...]:
        """Per class, the probability the model gives it for `feats` (softmax of the scores)."""
        # The known features' weights summed class by class (zip transposes them in C: a
        # request has ~100-300 features, and this runs for most new requests).
        rows = [w for w in map(self.weights.get, feats) if w is not None]
        if rows:
            columns = zip(*rows, strict=True)
            scores = [b + sum(c) for b, c in zip(self.bias, columns, strict=True)]
        else:
            scores = list(self.bias)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return tuple(e / total for e in exps)

    def reasons(
        self, feats: Iterable[str], high: Priority, low: Priority, top: int = 5
    ) -> tuple[str, ...]:
        """The `top` features present that favour `high` over `low` most (model feature names)."""
        i, j = self.classes.index(high), self.classes.index(low)
        known = [f for f in set(feats) if f in self.weights]
        lift = {f: self.weights[f][i] - self.weights[f][j] for f in known}
        ranked = sorted((f for f in known if lift[f] > 0), key=lambda f: (-lift[f], f))
        return tuple(ranked[:top])


def dump_model(model: LinearModel) -> str:
    """The model as the JSON the package ships (stable: sorted keys, fixed rounding); features
    whose weights all round to 0 are left out (they change no score)."""
    data = {
        "classes": [c.value for c in model.classes],
        "bias": list(model.bias),
        "weights": {f: list(w) for f, w in sorted(model.weights.items()) if any(w)},
    }
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True) + "\n"


def load_model(data: Mapping[str, Any]) -> LinearModel:
    """A model from its parsed JSON."""
    classes = tuple(Priority(c) for c in data["classes"])
    weights = {str(f): tuple(float(x) for x in w) for f, w in data["weights"].items()}
    if len(data["bias"]) != len(classes) or any(len(w) != len(classes) for w in weights.values()):
        raise ValueError("the bias and every feature need one weight per class")
    return LinearModel(classes, tuple(float(b) for b in data["bias"]), weights)
