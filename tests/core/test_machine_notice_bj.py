"""Classes found on set BJ (machine_mail_bj_tune), checked on variants written here:

- a person who got a bounce, attaches it and asks us about it under the bounce's own subject
  ("Mail delivery failed - returning message to sender (please help)") is a person: from an
  ordinary mailbox with a real Return-Path, a question in her own words; the same mail with no
  question (a relay's home-made notice) stays a bounce.
"""

import pytest

from supportmail.core.classify import classify
from supportmail.core.parse import parse_message
from supportmail.core.types import Kind
from tests.support.mailkind import OWN

RETURNED = (
    "Return-path: <>\n"
    "From: Mail Delivery System <Mailer-Daemon@mx.ruiz.example>\n"
    "To: ana@ruiz.example\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "Message-Id: <bounce.77@mx.ruiz.example>\n"
    "Content-Type: text/plain; charset=us-ascii\n\n"
    "This is the mail system at host mx.ruiz.example.\n\n"
    "I'm sorry to have to inform you that your message could not be delivered.\n"
    "<pedidos@ruiz.example>: mail forwarding loop for pedidos@ruiz.example\n"
)


def mail_with_returned_bounce(subject: str, text: str) -> Kind:
    raw = (
        "Return-Path: <ana@ruiz.example>\n"
        "From: Ana Ruiz <ana@ruiz.example>\n"
        "To: support@houseware.io\n"
        f"Subject: {subject}\n"
        "Message-ID: <p.1@ruiz.example>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{text}\n"
        "--b1\nContent-Type: message/rfc822\n"
        "Content-Disposition: attachment; filename=bounce.eml\n\n"
        f"{RETURNED}\n"
        "--b1--\n"
    )
    return classify(parse_message(raw.encode("utf-8")), OWN).kind


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Undelivered Mail Returned to Sender (please help)",
            "Hi,\n\nevery time our office forwards one of your job notifications to our "
            "orders inbox we get the bounce attached. Ordinary mail forwards fine. Is there "
            "something in your emails that makes our server see a loop?\n\nAna",
        ),
        (
            "Mail delivery failed: returning message to sender",
            "Hola,\n\nnos llega este rebote cada vez que reenviamos sus avisos a "
            "pedidos@ruiz.example. ¿Saben por qué pasa?\n\nAna Ruiz",
        ),
    ],
)
def test_a_person_attaching_a_bounce_and_asking_is_a_person(subject: str, text: str) -> None:
    assert mail_with_returned_bounce(subject, text) is Kind.HUMAN


def test_a_home_made_notice_with_the_returned_mail_and_no_question_is_a_bounce() -> None:
    text = (
        "Your message could not be delivered to pedidos@ruiz.example: mail forwarding loop. "
        "The original message is attached."
    )
    assert mail_with_returned_bounce("Undelivered Mail Returned to Sender", text) is Kind.BOUNCE
