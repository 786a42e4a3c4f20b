"""Classes found on set AU (machine_mail_au_tune), checked on variants written here:

- a challenge-response filter that writes as the protected person ("sono Giulia", "Recebi sua
  mensagem, mas ela ainda não chegou até mim") and sets the held mail's deadline: unless you
  confirm within so many days it is deleted (seven languages);
- a sales sequence's step with a fake "Re:", sent from a platform's tracking envelope, whose way
  out is to ask the rep to stop ("geen interesse? laat het me weten, dan stop ik met mailen");
- a person who writes the same words without the envelope, or a request of her own, stays a
  person.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import kind

ANSWER_OF_A_FILTER = "From: Giulia <giulia@studio.example>\nTo: support@houseware.io\n"
DEADLINE = {
    "en": "If you do not confirm within 7 days, your message will be deleted.",
    "de": "Wenn Sie nicht innerhalb von 7 Tagen bestätigen, wird Ihre Nachricht gelöscht.",
    "fr": "Si vous ne confirmez pas sous 7 jours, votre message sera supprimé.",
    "es": "Si no confirma en un plazo de 7 días, su mensaje será eliminado.",
    "it": "Se non confermi entro 7 giorni il messaggio verrà eliminato automaticamente.",
    "nl": "Als u niet binnen 7 dagen bevestigt, wordt uw bericht verwijderd.",
    "pt": "Se você não confirmar em até 7 dias, a mensagem será apagada.",
}


@pytest.mark.parametrize("language", sorted(DEADLINE))
def test_a_held_mails_deadline_to_confirm_is_a_challenge(language: str) -> None:
    head = ANSWER_OF_A_FILTER + "Subject: Re: [#52215] Stampa preventivi\n"
    body = (
        "Ciao,\n\nsono Giulia. Per farmelo arrivare basta un clic:\n"
        "https://filter.studio.example/v?id=tk7Fq2\n\n" + DEADLINE[language] + "\n\nGiulia"
    )
    assert kind(head, body) is not Kind.HUMAN


def test_a_person_quoting_a_deadline_and_asking_stays_a_person() -> None:
    body = (
        "Hi,\n\nyour system sent me a mail saying 'if you do not confirm within 7 days, your "
        "message will be deleted'. Which message is that, and do I need to do anything?\n\nGiulia"
    )
    assert kind(ANSWER_OF_A_FILTER + "Subject: Strange mail\n", body) is Kind.HUMAN


TRACKED = (
    "Return-Path: <bounce+d81a3c.5f2e-support=houseware.io@mg.crm.example>\n"
    "From: Tom Jansen <tom@crm-vendor.example>\nTo: support@houseware.io\n"
    "Subject: Re: korte vraag over jullie supportinbox\n"
)
WAY_OUT = {
    "en": "PS: not interested? Just reply and I'll stop emailing.",
    "de": "PS: kein Interesse? Kurze Antwort genügt, dann höre ich auf.",
    "fr": "PS : pas intéressé ? Dites-le-moi et je ne vous relancerai plus.",
    "es": "PD: ¿no te interesa? Dímelo y dejo de escribirte.",
    "it": "PS: non ti interessa? Dimmelo e smetto di scriverti.",
    "nl": "PS: geen interesse? Laat het me even weten, dan stop ik met mailen.",
    "pt": "PS: não tem interesse? Diga-me e deixo de lhe escrever.",
}
PITCH = (
    "Hoi,\n\nik stuur je nog even een berichtje. Veel teams van jullie grootte besparen met "
    "Stroomlijn zo'n 6 uur per week. Zullen we volgende week 15 minuten bellen?\n\n"
    "Groetjes,\nTom Jansen\nAccount Executive\n\n"
)


@pytest.mark.parametrize("language", sorted(WAY_OUT))
def test_a_sequence_step_from_a_sending_platform_is_list_mail(language: str) -> None:
    assert kind(TRACKED, PITCH + WAY_OUT[language]) is Kind.BULK


def test_the_same_words_from_a_persons_own_mailbox_stay_a_persons() -> None:
    own = TRACKED.replace(
        "bounce+d81a3c.5f2e-support=houseware.io@mg.crm.example", "tom@crm-vendor.example"
    )
    assert kind(own, PITCH + WAY_OUT["nl"]) is Kind.HUMAN
