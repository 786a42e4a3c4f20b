"""core.reading: a message's classification and, when it may open a ticket, its request's
reading; and the split of triage into the words' reading and the sender's tier."""

from pathlib import Path

import pytest

from supportmail.core.classify import classify
from supportmail.core.parse import parse_message
from supportmail.core.priority import TierPolicy, read_request, triage, with_tier
from supportmail.core.reading import read_message
from supportmail.core.types import Kind, Priority
from supportmail.shipped import default_policy
from tests.support.reading import reading_rules

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
RULES = reading_rules(Priority.P2)


def _mail(subject: str, body: str, extra: str = "", sender: str = "ana@acme.example") -> bytes:
    head = f"From: {sender}\nTo: support@houseware.io\nSubject: {subject}\nMessage-ID: <q@a.x>\n"
    return (head + extra + "\n" + body).encode("utf-8")


def test_a_new_request_is_read_with_the_config_rules() -> None:
    msg = parse_message(_mail("Payments are failing", "For every shop since noon."))
    reading = read_message(msg, RULES, default_policy())
    assert reading.classification == classify(msg, RULES.own)
    assert reading.classification.kind is Kind.HUMAN
    assert reading.request == read_request(
        msg.subject, msg.text, RULES.rules, policy=default_policy(), default=RULES.default
    )
    assert reading.request is not None and reading.request.rule == "payments"


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        # A reply usually joins its ticket: it is read as a request only if it opens one.
        (_mail("Re: Export", "Still broken.", "In-Reply-To: <old@houseware.io>\n"), Kind.HUMAN),
        (_mail("Re: Export", "Still broken.", "References: <old@houseware.io>\n"), Kind.HUMAN),
        ((FIXTURES / "dsn.eml").read_bytes(), Kind.BOUNCE),
        ((FIXTURES / "out_of_office.eml").read_bytes(), Kind.AUTO_REPLY),
        (_mail("Answer", "Done.", sender="agent@houseware.io"), Kind.AGENT),
    ],
)
def test_only_a_person_s_mail_citing_nothing_is_read_as_a_request(raw: bytes, kind: Kind) -> None:
    msg = parse_message(raw)
    reading = read_message(msg, RULES, default_policy())
    assert reading.classification == classify(msg, RULES.own)
    assert reading.classification.kind is kind
    assert reading.request is None


@pytest.mark.parametrize(
    ("text", "tier", "header"),
    [
        ("Production is down for everyone.", None, None),
        ("There is a typo on the invoice page.", TierPolicy("gold", raise_levels=1), None),
        ("The site is very slow.", TierPolicy("enterprise", floor=Priority.P2), "1 (Highest)"),
        ("URGENT!!! THE EXPORT BUTTON IS THE WRONG COLOUR!!!", TierPolicy("gold", raise_levels=2),
         None),
    ],
)  # fmt: skip
def test_triage_is_the_reading_with_the_tier(
    text: str, tier: TierPolicy | None, header: str | None
) -> None:
    """What the worker reads ahead, finished with the tier and headers here, is the triage."""
    policy = default_policy()
    read = read_request("Help", text, policy=policy)
    assert read.priority is read.base_priority
    whole = triage("Help", text, policy=policy, tier=tier, headers_priority=header)
    assert with_tier(read, tier, header) == whole
