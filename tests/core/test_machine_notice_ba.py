"""Classes found on set BA (machine_mail_ba_tune), checked on variants written here:

- a departure notice a mail client's rule sends as a plain "Re:", naming the organisation the
  writer left ("I'm no longer with <company>") and saying the mailbox "isn't being monitored"
  (with a typographic apostrophe too): an auto-reply;
- a helpdesk receipt whose ticket number is given with a possessive between ("o número do seu
  chamado", "el número de su caso", "le numéro de votre demande"): an auto-reply;
- a person writing from a no-reply-looking address who asks, in her own sentence, to be answered
  at this very address is acknowledged there; a negated sentence ("please do not reply to this
  address") never counts, and "we are no longer with" a supplier is no departure.
"""

import pytest

from supportmail.core.parse import parse_message
from supportmail.core.requester import acknowledged_person
from supportmail.core.types import Kind
from tests.support.mailkind import OWN, answer, kind


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_departure_naming_the_organisation_is_an_auto_reply(apostrophe: str) -> None:
    body = (
        f"Hello,\n\nThank you for your message. I{apostrophe}m no longer with Norrvik Textiles "
        f"and this inbox isn{apostrophe}t being monitored.\n\nPlease write to "
        "orders@norrvik.example instead.\n\nBest wishes,\nLiv\n"
    )
    assert kind(answer("Liv Berg <liv@norrvik.example>", "Re: [#4575] Fabric samples"), body) is (
        Kind.AUTO_REPLY
    )


def test_a_customer_who_changed_supplier_is_a_person() -> None:
    body = (
        "Hi,\n\nWe are no longer with our old payroll provider, so the export to them can be "
        "switched off. Can you tell us how to remove it?\n\nThanks,\nOmar\n"
    )
    head = "From: Omar Haddad <omar@bakeshop.example>\nTo: support@houseware.io\nSubject: Export\n"
    assert kind(head, body) is Kind.HUMAN


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Recebemos sua solicitação: [#4575] Nota fiscal",
            "Olá,\n\nRecebemos sua solicitação. O número do seu chamado é #7731.\n\n"
            "Nosso prazo de resposta é de até 2 dias úteis.\n\nEquipe Loja Sol\n",
        ),
        (
            "Hemos recibido su solicitud [#4575]",
            "Hola,\n\nHemos recibido su mensaje. El número de su caso es 88213.\n\n"
            "Le responderemos en un plazo de 48 horas.\n\nAtención al cliente\n",
        ),
    ],
)
def test_a_receipt_with_a_possessive_before_its_number_is_an_auto_reply(
    subject: str, body: str
) -> None:
    head = answer("Atendimento <atendimento@lojasol.example>", subject)
    assert kind(head, body) is Kind.AUTO_REPLY


def _mail(body: str) -> bytes:
    return (
        "From: Bakkerij Smit <no-reply@bakkerijsmit.example>\nTo: support@houseware.io\n"
        "Subject: Bestelling niet ontvangen\nMessage-ID: <p1@bakkerijsmit.example>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body
    ).encode()


def test_a_person_asking_for_answers_at_this_no_reply_address_is_acknowledged_there() -> None:
    msg = parse_message(
        _mail(
            "Goedemiddag,\n\nIk mail vanaf het adres van onze webwinkel, mijn eigen mailbox "
            "werkt niet. U kunt gewoon op dit adres antwoorden, ik lees het elke dag.\n\n"
            "Onze bestelling van 12 trommels is niet aangekomen. Kunt u nagaan waar die is?\n\n"
            "Groet,\nEls Smit\n"
        )
    )
    person = acknowledged_person(msg, OWN)
    assert person is not None and person.addr == "no-reply@bakkerijsmit.example"


def test_a_no_reply_address_that_says_not_to_reply_gets_no_acknowledgement() -> None:
    msg = parse_message(
        _mail(
            "Goedemiddag,\n\nOnze bestelling van 12 trommels is niet aangekomen. Kunt u nagaan "
            "waar die is?\n\nGelieve niet op dit adres te antwoorden.\n\nGroet,\nEls Smit\n"
        )
    )
    assert acknowledged_person(msg, OWN) is None
