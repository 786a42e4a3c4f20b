"""Triage reads the classes of request set D's holdout half showed it missing (issue 17, fourth
round), in sentences of its own (not the fixtures'): work stopped at full scope, a side resource's
availability asked about, admin tasks in Polish and Japanese, a softener beside a severe effect."""

import re

import pytest

from supportmail.core.literals import literal_text
from supportmail.core.priority import signal_text, triage
from supportmail.core.signals import _parser, _starts_non_ascii, detect
from supportmail.core.types import Priority
from supportmail.shipped import default_policy


@pytest.mark.parametrize(
    ("subject", "body", "expected", "signal"),
    [
        # a single function failing for everyone, and the work as a whole has stopped: P0
        (
            "Label printing down",
            "No picker can print a label since 6am, so we have stopped loading. Every print fails.",
            Priority.P0,
            "work-halted",
        ),
        (
            "緊急",
            "全員がログインできません。出荷業務が完全に停止しています。",
            Priority.P0,
            "everyone",
        ),
        # availability asked about a side resource: information, never an outage
        (
            "Docs question",
            "Is your help centre down? The article on webhooks gives a 404 for me.",
            Priority.P3,
            "side-question",
        ),
        # admin tasks in Polish and Japanese: P2
        (
            "Nowy uzytkownik",
            "Prosze o dodanie nowego uzytkownika dla magazynu.",
            Priority.P2,
            "admin-task",
        ),
        (
            "ユーザー追加",
            "新しいユーザーを追加する方法を教えてください。",
            Priority.P2,
            "admin-task",
        ),
        # called minor, but every load takes close to a minute and the trucks leave late: P1
        (
            "Minor issue",
            "Minor issue: every load takes close to a minute, our trucks are leaving late.",
            Priority.P1,
            "business-impact",
        ),
    ],
)
def test_class(subject: str, body: str, expected: Priority, signal: str) -> None:
    """Each class decides as the policy says, and the decision names its signals."""
    got = triage(subject, body, policy=default_policy())
    assert got.priority is expected, got.explanation
    assert signal in {h.signal for h in got.signals}, got.explanation
    assert got.rule != "word-model", got.explanation


def test_foreign_alternatives_are_only_tried_on_non_ascii_text() -> None:
    """An alternative whose every match starts with a non-ASCII letter is recognised (and an
    ASCII text is read exactly as before without trying it)."""

    def starts(source: str) -> bool:
        return _starts_non_ascii(list(_parser.parse(source, re.IGNORECASE)))

    assert starts("(業務|作業)(か)?停止") and starts(r"\b全員")
    assert not starts("(API|トークン)") and not starts("(全)?員") and not starts("[^a]x")
    assert not starts("\u212a")  # the Kelvin sign matches "k" case-insensitively
    text = signal_text("All users", "Nobody can log in, the warehouse is at a standstill.")
    hits = detect(text, literal_text(text), default_policy().detectors)
    assert {"everyone", "work-halted"} <= {h.signal for h in hits}
