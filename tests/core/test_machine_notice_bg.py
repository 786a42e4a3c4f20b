"""Classes found on set BG (machine_mail_bg_tune), checked on variants written here:

- another company's helpdesk receipt, warm and signed by one agent, that says it gave the
  request a number of its own ("le hemos asignado el número #8831", in es pt it fr): an
  auto-reply;
- a mailbox no longer read, in Polish, with "już" before the participle ("nie jest już
  obsługiwana") or said of the messages sent to it ("nie są czytane"): an auto-reply;
- a person who says she was given a number, and asks about it, stays a person.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Hemos recibido tu consulta y le hemos asignado el número #8831.",
        "Recebemos a sua mensagem e atribuímos o número 5521 ao seu pedido.",
        "Abbiamo ricevuto la sua richiesta e le abbiamo assegnato il numero 7710.",
        "Nous avons bien reçu votre message et nous lui avons attribué le numéro 3302.",
    ],
)
def test_a_receipt_giving_its_own_number_is_an_auto_reply(sentence: str) -> None:
    body = f"Hola,\n\n{sentence} Te contestaremos pronto.\n\nMarta\nEquipo Casaviva\n"
    head = answer("Soporte Casaviva <soporte@casaviva.example>", "Re: [#4575] Repuestos")
    assert kind(head, body) is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "sentence",
    [
        "Ta skrzynka nie jest już obsługiwana.",
        "Wiadomości wysyłane na ten adres nie są czytane.",
    ],
)
def test_a_polish_mailbox_no_longer_read_is_an_auto_reply(sentence: str) -> None:
    body = f"Dzień dobry,\n\n{sentence} Prosimy pisać na kontakt@lesna.example.\n\nBiuro\n"
    head = answer("Biuro <biuro@lesna.example>", "Re: [#4575] Problem z drukowaniem")
    assert kind(head, body) is Kind.AUTO_REPLY


def test_a_person_asking_about_the_number_she_was_given_stays_a_person() -> None:
    body = (
        "Hola,\n\nla semana pasada me asignaron el número 8831 y nadie me ha contestado. "
        "¿Podéis revisar el pedido?\n\nMarta\n"
    )
    head = answer("Marta Gil <marta@example.es>", "Re: [#4575] Repuestos")
    assert kind(head, body) is Kind.HUMAN
