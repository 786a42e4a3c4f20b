"""Classes found on set AS (machine_mail_as_tune), checked on variants written here:

- a person who writes from a mailbox that is not hers to read says so ("sorry for writing from
  the pathology no-reply mailbox") and then that nobody reads it: the unread mailbox is the one
  she borrowed, so that statement is no notice's; a notice that a mailbox is not read, without
  anyone saying she writes from it, stays machine mail (seven languages);
- (she names where to be answered, her own address at any provider or a colleague's:
  tests/core/test_requester.py);
- a newsletter without list headers and with one link, whose way out is a mailbox kept for it
  ("escríbanos a bajas@..."), is list mail.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import kind

NEW_MAIL = (
    "From: Pathology - DO NOT REPLY <no-reply.pathology@hospital.example>\n"
    "To: support@houseware.io\nSubject: Locked out of my own account\n"
)
PROBLEM = "\n\nThe results dashboard shows 401 for all four of us since yesterday.\n\nAnna"
BORROWED = {
    "en": (
        "Sorry for writing from the pathology no-reply mailbox.",
        "This mailbox is not monitored.",
    ),
    "de": (
        "Ich schreibe Ihnen von dem Sammelpostfach der Pathologie.",
        "Dieses Postfach wird nicht überwacht.",
    ),
    "fr": (
        "Je vous écris depuis l'adresse du laboratoire.",
        "Cette adresse n'est pas consultée.",
    ),
    "es": ("Le escribo desde el buzón del laboratorio.", "Este buzón no está monitorizado."),
    "it": ("Vi scrivo dalla casella del laboratorio.", "Questa casella non è monitorata."),
    "nl": (
        "Ik schrijf u vanaf het adres van het laboratorium.",
        "Deze mailbox wordt niet gelezen.",
    ),
    "pt": ("Escrevo do endereço do laboratório.", "Esta caixa de correio não é verificada."),
}


@pytest.mark.parametrize("language", sorted(BORROWED))
def test_a_mailbox_notice_alone_is_machine_mail(language: str) -> None:
    _, notice = BORROWED[language]
    assert kind(NEW_MAIL, notice + "\n\nHospital IT") is not Kind.HUMAN


@pytest.mark.parametrize("language", sorted(BORROWED))
def test_a_person_who_says_she_borrowed_the_unread_mailbox_stays_a_person(language: str) -> None:
    borrowed, notice = BORROWED[language]
    assert kind(NEW_MAIL, f"Hi,\n\n{borrowed} {notice}{PROBLEM}") is Kind.HUMAN


LIST_HEAD = "From: Almacenes <hola@almacenes.example>\nTo: support@houseware.io\nSubject: Boletín\n"
FOOTER = {
    "es": "Si no desea recibir más comunicaciones, escríbanos a bajas@almacenes.example.",
    "en": "If you no longer want to receive these mailings, write to "
    "unsubscribe@almacenes.example.",
    "de": "Wenn Sie keine Newsletter mehr erhalten möchten, schreiben Sie an "
    "abmelden@almacenes.example.",
    "nl": "Wilt u geen nieuwsbrief meer ontvangen? Mail naar afmelden@almacenes.example.",
}


@pytest.mark.parametrize("language", sorted(FOOTER))
def test_a_newsletter_left_by_writing_to_its_leaving_mailbox_is_list_mail(language: str) -> None:
    body = (
        "BOLETÍN DE PROVEEDORES - Enero\n\nEstimado colaborador:\n\nComienzan las rebajas en "
        "nuestros 38 centros. Fechas importantes: 13 de enero, cierre de pedidos; 20 de enero, "
        "nuevo portal.\n\nVer el boletín completo: https://www.almacenes.example/boletin\n\n"
        + FOOTER[language]
        + "\n\nAlmacenes S.A. - Rúa do Comercio 14, A Coruña"
    )
    assert kind(LIST_HEAD, body) is Kind.BULK
