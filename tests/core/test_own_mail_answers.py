"""Answers to our own mail and one organisation's domains (pure; issues 14.2 and 15.2)."""

import pytest

from supportmail.core.parse import parse_message
from supportmail.core.threading import answers_our_mail, same_organisation

DOMAIN = "supportmail.houseware.io"


def _mail(subject: str, body: str, in_reply_to: str = "") -> bytes:
    head = f"From: x@robot.example\nTo: support@houseware.io\nSubject: {subject}\n"
    if in_reply_to:
        head += f"In-Reply-To: <{in_reply_to}>\n"
    return (head + "\n" + body).encode()


@pytest.mark.parametrize(
    ("raw", "answering"),
    [
        (_mail("Thanks", "ok", "ack.1001.ab12@supportmail.houseware.io"), "automatic mail"),
        (_mail("Re: [#1001] Export", "We got your mail."), "tag of ticket #1001"),
        (_mail("Auto", "Received.\n\n> We opened ticket [#1001] for you.\n"), "quotes our mail"),
        (_mail("Thanks", "ok\n\nOn Mon, Support wrote:\nticket [#1001] opened"), "quotes"),
        # A person answering what an agent of ours wrote is not a loop answer.
        (_mail("Re: x", "thanks", "relay.1001.cd34@supportmail.houseware.io"), None),
        # Our tag in the sender's own words (not quoted) is a person referring to a ticket.
        (_mail("Question", "About ticket [#1001]: is it fixed?"), None),
        (_mail("Question", "Nothing of ours here."), None),
    ],
)
def test_answers_to_our_automatic_mail(raw: bytes, answering: str | None) -> None:
    """References to our automatic mail, our tag in the subject or in quoted text answer us."""
    found = answers_our_mail(parse_message(raw), "[#{number}]", DOMAIN)
    if answering is None:
        assert found is None
    else:
        assert found is not None and answering in found


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("acme.example", "acme.example", True),
        ("ACME.example", "acme.example", True),
        ("acme.example", "other.example", False),
        ("gmail.com", "gmail.com", False),
        ("web.de", "web.de", False),
        ("", "", False),
    ],
)
def test_same_organisation(a: str, b: str, same: bool) -> None:
    """Equal domains are one organisation, except public mail providers."""
    assert same_organisation(a, b) is same
