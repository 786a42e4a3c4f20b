"""Classes found on set BM (machine_mail_bm_tune), checked on variants written here:

- an absence written warmly, whose writer "won't be reading emails" until her return, with
  someone else to contact: an auto-reply, though it carries no header that says so;
- a challenge that says the held mail is delivered after the confirmation ("Po potwierdzeniu
  Państwa wiadomość zostanie dostarczona"), in the languages read: never a person.
A person who says she will read her mail later and asks something stays a person.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind


def test_an_absence_whose_writer_wont_be_reading_mail_is_an_auto_reply() -> None:
    body = (
        "Hi there,\n\nthanks for your email! I'm away at our members' walking week and back on "
        "Monday 16th. I won't be reading emails until then; for renewals please contact our "
        "treasurer, Alan (treasurer@ramblers.example).\n\nMargaret\n"
    )
    head = answer("Margaret Ellis <secretary@ramblers.example>", "Re: [#4575] Renewals")
    assert kind(head, body) is Kind.AUTO_REPLY


def test_a_person_who_will_read_later_and_asks_stays_a_person() -> None:
    body = (
        "Hi,\n\nI won't be reading emails much today, I'm at the event, but could you tell me "
        "whether the renewal invoices went out? Thanks.\n\nMargaret\n"
    )
    head = answer("Margaret Ellis <secretary@ramblers.example>", "Re: [#4575] Renewals")
    assert kind(head, body) is Kind.HUMAN


@pytest.mark.parametrize(
    "sentence",
    [
        "Po potwierdzeniu Państwa wiadomość zostanie dostarczona.",
        "Once confirmed, your message will be delivered.",
        "Nach der Bestätigung wird Ihre Nachricht zugestellt.",
        "Après votre confirmation, votre message sera remis.",
        "Tras su confirmación, su mensaje será entregado.",
        "Dopo la conferma, il suo messaggio sarà consegnato.",
        "Na bevestiging wordt uw bericht afgeleverd.",
        "Após a confirmação, a sua mensagem será entregue.",
    ],
)
def test_a_challenge_delivering_after_the_confirmation_is_never_a_person(sentence: str) -> None:
    body = (
        "Hello,\n\nthank you for your message. We do not know your address yet, so it is held. "
        "Please click the link below to confirm you are a person:\n"
        f"https://verify.example/v/9c1f44e2\n\n{sentence}\n\nJoanna\n"
    )
    head = answer("Joanna Wrobel <biuro@notary.example>", "Re: [#4575] Repertorium")
    assert kind(head, body) is not Kind.HUMAN
