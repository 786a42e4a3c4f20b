"""Classes found on set AR (machine_mail_ar_tune), checked on variants written here:

- another company's helpdesk receipt in a personal voice, signed with a first name, with no
  machine header and no ticket number of ours: the mail it got needs no second copy ("there's
  no need to send it again") and the team usually answers within a stated time ("we usually
  reply within one business day"), in the seven languages; each alone is something a person
  may write, the two together a receipt;
- a person who says one of them, or asks something beside them, stays a person.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import kind

NEW_MAIL = "From: Maya <hello@hospitality.example>\nTo: support@houseware.io\nSubject: Thanks!\n"
RECEIPT = {
    "en": "Hi there,\n\nThanks so much for your email, it's with us now. If it's about a booking "
    "there's no need to send it again. We usually reply within one business day, a little "
    "longer in busy weeks.\n\nTalk soon,\nMaya",
    "de": "Hallo,\n\nvielen Dank für Ihre Nachricht, sie ist bei uns. Sie müssen sie nicht erneut "
    "senden. Wir antworten in der Regel innerhalb eines Werktags.\n\nLiebe Grüße\nMaya",
    "fr": "Bonjour,\n\nmerci pour votre message, il est bien arrivé. Inutile de nous le renvoyer. "
    "Nous répondons généralement sous un jour ouvré.\n\nÀ bientôt,\nMaya",
    "es": "Hola:\n\nGracias por tu correo, ya está con nosotros. No hace falta que lo vuelvas a "
    "enviar. Normalmente respondemos en un plazo de un día laborable.\n\nUn abrazo,\nMaya",
    "it": "Ciao,\n\ngrazie per la tua email, è arrivata. Non è necessario inviarla di nuovo. Di "
    "solito rispondiamo entro un giorno lavorativo.\n\nA presto,\nMaya",
    "nl": "Hoi,\n\nbedankt voor je mail, hij is bij ons binnen. Je hoeft je bericht niet opnieuw "
    "te sturen. We reageren meestal binnen één werkdag.\n\nGroetjes,\nMaya",
    "pt": "Olá,\n\nobrigada pelo seu e-mail, já chegou até nós. Não é necessário reenviar a sua "
    "mensagem. Normalmente respondemos em até um dia útil.\n\nAté breve,\nMaya",
}


@pytest.mark.parametrize("language", sorted(RECEIPT))
def test_a_receipt_in_a_personal_voice_is_machine_mail(language: str) -> None:
    assert kind(NEW_MAIL, RECEIPT[language]) is not Kind.HUMAN


@pytest.mark.parametrize(
    "body",
    [
        # one of the two, in a person's reply about a file
        "Hi,\n\nI found the invoice in my spam folder, so there's no need to send it again. The "
        "export still fails with error 502 though, every time since Monday.\n\nMaya",
        # a person describing their own team, and asking
        "Hello,\n\nwe usually reply within one business day to our own guests, but since your "
        "update the booking page shows no free rooms at all. Can you check it today?\n\nMaya",
        # both, beside a question of their own
        "Hi,\n\nno need to send it again, I got the PDF. We usually reply within two days to "
        "our members; could you tell me whether the new fees apply to them?\n\nMaya",
    ],
)
def test_a_person_saying_one_of_them_or_asking_stays_a_person(body: str) -> None:
    assert kind(NEW_MAIL, body) is Kind.HUMAN
