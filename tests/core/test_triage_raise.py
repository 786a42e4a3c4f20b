"""The word model chooses P0 over P1 only where a P1 row holds with everybody affected (issue 17).

A small hand-made model stands in for the shipped one, so that each test says exactly which words
weigh for P0; the shipped detectors and decision table decide the rest.
"""

import pytest

from supportmail.core.priority import RAISED, TriagePolicy, triage
from supportmail.core.types import Priority
from supportmail.core.wordmodel import WordModel
from supportmail.shipped import default_policy

# "drivers" makes P0 e**5 times as likely as P1 (above the margin); "parcels" only e**2.
_MODEL = WordModel(
    tuple(Priority),
    (0.0, 0.0, 0.0, 0.0),
    {"drivers": (5.0, 0.0, 0.0, 0.0), "parcels": (2.0, 0.0, 0.0, 0.0)},
)


def _policy(model: WordModel | None = _MODEL) -> TriagePolicy:
    """The shipped detectors and table with `model`."""
    shipped = default_policy()
    return TriagePolicy(shipped.detectors, shipped.table, model)


def test_everyone_and_outage_words_raise_a_p1_row_to_p0_to_be_confirmed() -> None:
    """A stopped function for everybody, in words the model reads as an outage: P0, asked to
    be confirmed, naming the row, the signals (everyone among them) and the model's words."""
    text = "Since 5am none of our drivers can scan: no deliveries are being recorded."
    assert triage("Driver app", text, policy=_policy(None)).priority is Priority.P1
    result = triage("Driver app", text, policy=_policy())
    assert result.priority is Priority.P0 and result.rule == RAISED and result.confirm
    assert result.used == ("function-stopped", "everyone")
    assert 'decision "function-stopped"' in result.explanation
    assert 'everyone "none of our drivers"' in result.explanation
    assert 'P0 over P1 by 5.0 (words "drivers")' in result.explanation


@pytest.mark.parametrize(
    ("why", "subject", "text"),
    [
        ("no everyone", "Driver app", "Since 5am no deliveries are being recorded by our drivers."),
        (
            "too small a margin",
            "Parcels",
            "Since 5am none of us can scan: no deliveries are being recorded for parcels.",
        ),
        (
            "performance is P1",
            "Driver app",
            "For all drivers the app is very slow, every scan takes two minutes.",
        ),
        (
            "part of the users",
            "Driver app",
            "Since 5am none of our drivers can scan: no deliveries are being recorded, "
            "only for some users.",
        ),
    ],
)
def test_no_raise_without_everyone_a_wide_margin_or_with_a_limit(
    why: str, subject: str, text: str
) -> None:
    """The raise needs the everyone signal, a margin of at least e**4, and no signal that
    limits the problem (slowness, some users, ...)."""
    result = triage(subject, text, policy=_policy())
    assert result.priority is Priority.P1, why  # the row holds; only the raise is refused
    assert result.rule != RAISED, why


def test_the_model_alone_never_makes_a_p0() -> None:
    """With no row holding (or a P2/P3 row), outage words never make a P0."""
    assert triage("drivers", "drivers everyone", policy=_policy()).priority is not Priority.P0
    admin = triage("Drivers", "How do I add a new driver to the account?", policy=_policy())
    assert admin.priority is Priority.P2 and admin.rule == "admin-task"
