"""A class found on set AK (machine_mail_ak_tune), checked on variants written here: a provider's
service notice (a renewal due, a plan change, a maintenance window) names itself a service
message ("this is a service message", "Questa è una comunicazione di servizio"), the notice
sent to every holder of an account that no subscriber can leave, so it carries no unsubscribe
footer and often no List-* or auto header. It is machine mail in the seven languages triage
reads; a person who writes to us about such a notice, quoting its name in passing, stays a
person.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import kind

NOTICES = {
    "en": "Dear customer,\n\nYour domain example-shop.com expires in 30 days. Renew it from "
    "your control panel to keep your site online.\n\nThis is a service message about products "
    "on your account.\n\nHostCo Ltd, 4 Quay St, Leeds",
    "de": "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhr Tarif wird zum 1. April umgestellt. "
    "Sie müssen nichts tun.\n\nDies ist eine Servicemitteilung zu Ihrem Vertrag.\n\nNetzwerk AG",
    "fr": "Bonjour,\n\nUne maintenance de nos serveurs aura lieu dimanche de 2h à 4h.\n\nCeci est "
    "un message de service lié à votre abonnement.\n\nHébergement Dupont SAS",
    "es": "Estimado cliente:\n\nSu certificado SSL caduca el 12 de mayo. Puede renovarlo desde su "
    "área de cliente.\n\nEste es un mensaje de servicio sobre su cuenta.\n\nRedNube S.L.",
    "it": "Gentile Cliente,\n\nil servizio di posta del tuo dominio sarà aggiornato venerdì.\n\n"
    "Questa è una comunicazione di servizio relativa al tuo account.\n\nHostItalia S.r.l.",
    "nl": "Beste klant,\n\nUw pakket wordt op 1 juni automatisch verlengd.\n\nDit is een "
    "servicebericht over uw account.\n\nWebhosting BV",
    "pt": "Caro cliente,\n\nO seu domínio expira dentro de 30 dias. Renove-o na área de cliente."
    "\n\nEsta é uma comunicação de serviço relativa à sua conta.\n\nAlojamento Lda",
}


@pytest.mark.parametrize("language", sorted(NOTICES))
def test_a_service_notice_naming_itself_so_is_machine_mail(language: str) -> None:
    head = (
        "From: Provider <notices@provider.example>\nTo: support@houseware.io\n"
        "Subject: Your account\n"
    )
    assert kind(head, NOTICES[language]) is not Kind.HUMAN


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nWe got a mail saying 'this is a service message' from you about a plan change. "
        "Does it mean our price goes up? Could you check our contract?\n\nThanks\nAnna",
        "Buongiorno,\n\nabbiamo ricevuto una comunicazione di servizio sul rinnovo, ma il "
        "rinnovo non risulta nel nostro account. Potete verificare?\n\nGrazie\nMarco",
    ],
)
def test_a_person_asking_about_a_service_notice_stays_a_person(body: str) -> None:
    head = "From: Anna <anna@customer-firm.example>\nTo: support@houseware.io\nSubject: Plan\n"
    assert kind(head, body) is Kind.HUMAN
