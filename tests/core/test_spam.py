"""Spam verdicts: which filters' headers count, and only where our receiving side wrote them."""

import pytest

from supportmail.core.classify import classify
from supportmail.core.parse import parse_message
from supportmail.core.spam import SpamTrust, spam_verdict
from supportmail.core.types import Kind
from tests.support.corpus import OWN

OURS = SpamTrust(receiving_hosts=frozenset({"mx.houseware.io"}), authserv_id="mx.houseware.io")
OUR_RECEIVED = (
    "Received: from out.acme.example by mx.houseware.io with ESMTPS id 1; Mon, 1 Jun 2026"
)
THEIR_RECEIVED = "Received: from laptop by out.acme.example with ESMTP id 2; Mon, 1 Jun 2026"
BODY = "From: a@acme.example\nTo: support@houseware.io\nSubject: hello\n\nHi\n"


def _msg(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n" + BODY).encode()


@pytest.mark.parametrize(
    ("lines", "verdict"),
    [
        ((OUR_RECEIVED, "X-Spam-Flag: YES", THEIR_RECEIVED), "X-Spam-Flag"),
        (("X-Spam-Status: Yes, score=9.1 required=5.0", OUR_RECEIVED), "X-Spam-Status"),
        (("X-Spamd-Result: default: True [15.20 / 15.00]", OUR_RECEIVED), "X-Spamd-Result"),
        (("X-Spam: Yes", OUR_RECEIVED), "rspamd X-Spam"),
        (("X-MS-Exchange-Organization-SCL: 6", OUR_RECEIVED), "SCL 6"),
        (("X-Forefront-Antispam-Report: CIP:1.2.3.4;SFV:SPM;SCL:5", OUR_RECEIVED), "SFV:SPM"),
        (("X-Forefront-Antispam-Report: CIP:1.2.3.4;SFV:NSPM;SCL:7", OUR_RECEIVED), "SCL 7"),
        (
            (
                "X-Spam-Flag: YES",
                "Authentication-Results: mx.houseware.io; dkim=none",
                THEIR_RECEIVED,
            ),
            "X-Spam-Flag",
        ),
        # Ham verdicts, low scores, and what the sender's side wrote below our hop never count.
        ((OUR_RECEIVED, "X-Spam-Flag: NO", THEIR_RECEIVED), None),
        (("X-Spam-Status: No, score=1.2", OUR_RECEIVED), None),
        (("X-Spamd-Result: default: False [2.10 / 15.00]", OUR_RECEIVED), None),
        (("X-MS-Exchange-Organization-SCL: 1", OUR_RECEIVED), None),
        (("X-Forefront-Antispam-Report: SFV:NSPM;SCL:-1", OUR_RECEIVED), None),
        ((OUR_RECEIVED, THEIR_RECEIVED, "X-Spam-Flag: YES"), None),
        ((OUR_RECEIVED, "Received: from x by relay.example", "X-Spam-Flag: YES"), None),
        (("X-Spam-Flag: YES", THEIR_RECEIVED), None),  # no hop of ours at all
        (("Authentication-Results: evil.example; spf=pass", "X-Spam-Flag: YES"), None),
    ],
)
def test_verdicts_of_our_receiving_side(lines: tuple[str, ...], verdict: str | None) -> None:
    """A verdict counts only when a common filter says spam in the headers our side added."""
    found = spam_verdict(parse_message(_msg(*lines)), OURS)
    if verdict is None:
        assert found is None
    else:
        assert found is not None and verdict in found


def test_arc_authentication_results_marks_our_side() -> None:
    """An ARC-Authentication-Results of our authserv-id (after its i= tag) marks our side."""
    raw = _msg("X-Spam: yes", "ARC-Authentication-Results: i=1; mx.houseware.io; dkim=pass")
    trust = SpamTrust(authserv_id="mx.houseware.io")
    assert spam_verdict(parse_message(raw), trust) is not None


def test_unconfigured_trusts_only_headers_above_every_received() -> None:
    """With no receiving host or authserv-id, only headers above the first Received count."""
    assert spam_verdict(parse_message(_msg("X-Spam-Flag: YES", OUR_RECEIVED)), SpamTrust())
    assert spam_verdict(parse_message(_msg(OUR_RECEIVED, "X-Spam-Flag: YES")), SpamTrust()) is None
    assert spam_verdict(parse_message(_msg("X-Spam-Flag: YES")), SpamTrust()) is not None


def test_classify_spam_before_everything_but_loops() -> None:
    """Spam wins over bounce and human; classify(spam=False) ignores the verdict."""
    msg = parse_message(_msg("X-Spam-Flag: YES"))
    assert classify(msg, OWN).kind is Kind.SPAM
    assert classify(msg, OWN, spam=False).kind is Kind.HUMAN
