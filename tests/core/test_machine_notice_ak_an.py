"""Classes found on sets AK, AL and AN (machine_mail_ak_tune, machine_mail_al_tune,
machine_mail_an_tune), checked on variants written here:

- a provider's service notice (a renewal due, a plan change, a maintenance window) names itself
  a service message ("this is a service message", "Questa è una comunicazione di servizio"), the
  notice sent to every holder of an account that no subscriber can leave, so it carries no
  unsubscribe footer and often no List-* or auto header (set AK);
- a departed person's mailbox that "is not being monitored" (the progressive, beside "is not
  monitored") is unread, with or without an answer header (set AL);
- a business's receipt in Italian with the formal "you" ("Abbiamo ricevuto la Sua e-mail e La
  ricontatteremo al più presto") promises an answer as "Le/ti/vi ricontatteremo" does (set AL);
- a challenge-response notice that asks the sender to identify themselves or to validate their
  sending ("merci de cliquer ... et de vous identifier") while our mail waits is a challenge, in
  the seven languages (set AL);
- a challenge that says "the message you sent requires that you confirm you are a real person"
  ("Het bericht dat u heeft gestuurd vereist dat u bevestigt dat u een echt persoon bent") is one,
  in the seven languages (set AN);
- (a person's reply quoting our acknowledgement under Outlook's Brazilian or Spanish header
  block, "Enviada em:", "Enviado el:", set AN: test_machine_notice_languages.HEADERS);
- a person who says the same words of something else stays a person.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import OUR_ID, kind

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

CHALLENGES = {
    "en": "Your message to Ann is pending. To have it delivered, click the link below and "
    "identify yourself. https://check.example/v/1",
    "fr": "Votre message pour Anne est en attente. Pour qu'il soit délivré, merci de cliquer sur "
    "le lien et de vous identifier. https://check.example/v/1",
    "es": "Su mensaje para Ana está pendiente. Para entregarlo, haga clic en el enlace y "
    "identifíquese. https://check.example/v/1",
    "it": "Il tuo messaggio per Anna è in attesa. Per consegnarlo clicca sul link e convalidare il "
    "tuo indirizzo. https://check.example/v/1",
    "de": "Ihre Nachricht an Anna wartet. Bitte klicken Sie auf den Link, um Ihre Adresse zu "
    "bestätigen. https://check.example/v/1",
    "nl": "Uw bericht aan Anna wacht. Klik op de link om uw adres te valideren. "
    "https://check.example/v/1",
    "pt": "A sua mensagem para Ana está pendente. Clique no link para validar o seu endereço. "
    "https://check.example/v/1",
}

NEW_MAIL = "From: Provider <notices@provider.example>\nTo: support@houseware.io\nSubject: Account\n"
ANSWER = (
    "From: Anne <anne@firm.example>\nTo: support@houseware.io\n"
    f"Subject: Re: [#4575] Message\nIn-Reply-To: {OUR_ID}\n"
)
MACHINE = [
    *((f"service notice {lang}", NEW_MAIL, text) for lang, text in sorted(NOTICES.items())),
    *((f"challenge {lang}", ANSWER, text) for lang, text in sorted(CHALLENGES.items())),
    (
        "challenge nl, a real person",
        ANSWER,
        "Het bericht dat u heeft gestuurd vereist dat u bevestigt dat u een echt persoon bent. "
        "Beantwoord dit bericht om de verificatie te voltooien.",
    ),
    (
        "challenge es, requires that",
        ANSWER,
        "El mensaje que ha enviado requiere que confirme que es una persona y no un robot.",
    ),
    (
        "mailbox not being monitored",
        NEW_MAIL,
        "Hi,\n\nThanks for your email. Sam is no longer here and this mailbox is not being "
        "monitored. Your message has not been forwarded.\n\nFreight Pty Ltd",
    ),
    (
        "Italian formal receipt",
        "From: Ferramenta <info@ferramenta.example>\nTo: support@houseware.io\n"
        "Subject: Re: [#4575] Fattura\n",
        "Gentile Cliente,\n\ngrazie per averci scritto. Abbiamo ricevuto la Sua e-mail e La "
        "ricontatteremo al più presto.\n\nFerramenta S.r.l.",
    ),
]


@pytest.mark.parametrize(("why", "head", "body"), MACHINE, ids=[why for why, _, _ in MACHINE])
def test_machine_mail_of_these_classes_is_never_a_persons(why: str, head: str, body: str) -> None:
    assert kind(head, body) is not Kind.HUMAN


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nWe got a mail saying 'this is a service message' from you about a plan change. "
        "Does it mean our price goes up? Could you check our contract?\n\nThanks\nAnna",
        "Buongiorno,\n\nabbiamo ricevuto una comunicazione di servizio sul rinnovo, ma il "
        "rinnovo non risulta nel nostro account. Potete verificare?\n\nGrazie\nMarco",
        "Hello,\n\nour new staff cannot identify themselves at login, the SSO page loops. Can "
        "you check our configuration?\n\nThanks\nAnne",
        "Bonjour,\n\nnos clients doivent valider leur adresse e-mail mais le lien expire. "
        "Pouvez-vous regarder ?\n\nMerci\nAnne",
    ],
)
def test_a_person_speaking_of_such_notices_stays_a_person(body: str) -> None:
    head = "From: Anna <anna@customer-firm.example>\nTo: support@houseware.io\nSubject: Plan\n"
    assert kind(head, body) is Kind.HUMAN
