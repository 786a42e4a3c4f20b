"""The shipped triage signals that fire on a text, folded as triage folds it (for table tests)."""

from supportmail.core.literals import literal_text
from supportmail.core.priority import _fold_words
from supportmail.core.signals import detect
from supportmail.shipped import default_policy

POLICY = default_policy()


def fired_signals(text: str) -> set[str]:
    """The names of the shipped signals that fire on `text` (folded as triage folds it)."""
    folded = " ".join(_fold_words(text))
    return {h.signal for h in detect(folded, literal_text(folded), POLICY.detectors)}
