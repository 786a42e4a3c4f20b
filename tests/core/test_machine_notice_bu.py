"""Classes found on set BU (machine_mail_bu_tune), checked on variants written here:

- a receipt that says requests are answered in the order they arrive ("in ordine di arrivo",
  "par ordre d'arrivée"), beside "we have received your request";
- a Serbian public office's receipt: "потврда о пријему", a submission "примљен је", filed
  "у писарници ... под бројем";
- a Bulgarian challenge-response filter: the letter is held and delivered once you confirm;
- (set BV) a Czech one: only verified senders, the message "pozdržena", delivered once you
  confirm being a real person ("skutečný člověk").
(The person writing from a shared no-reply mailbox who asks for something to be sent to "this
address" is in tests/core/test_requester.py.)
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind

# (sender, subject, text): each answers our acknowledgement of ticket #4575.
AUTO_REPLIES = {
    "it receipt in order": (
        "Negozio <clienti@negozio.example>",
        "Re: [#4575] Reso",
        "Gentile cliente, abbiamo ricevuto regolarmente la sua richiesta. Le richieste sono "
        "gestite in ordine di arrivo.\n\nUfficio Clienti\n",
    ),
    "fr receipt in order": (
        "Boutique <clients@boutique.example>",
        "Re: [#4575] Retour",
        "Bonjour, nous avons bien reçu votre demande. Notre équipe traite les messages par "
        "ordre d'arrivée.\n\nService clients\n",
    ),
    "sr office receipt": (
        "Писарница <pisarnica@opstina.example>",
        "Re: [#4575] Захтев",
        "Поштовани,\n\nВаш захтев примљен је и заведен у писарници општине под бројем "
        "352-14/2025. Ово је потврда о пријему.\n\nПисарница\n",
    ),
    "bg challenge": (
        "Георги Петров <georgi@firma.example>",
        "Re: [#4575] Оферта",
        "Здравейте,\n\nВашето съобщение е задържано от филтъра ми за нежелана поща и ще бъде "
        "доставено, след като потвърдите, че сте реален човек: https://verify.example/b/91\n\n"
        "Поздрави,\nГеорги\n",
    ),
    "cs challenge": (
        "Jana Malá <jana@firma.example>",
        "Re: [#4575] Objednávka",
        "Dobrý den,\n\npoštu přijímám jen od ověřených odesílatelů. Vaše zpráva je pozdržena; "
        "potvrďte prosím, že jste opravdový člověk: https://check.example/c/12\n\nJana Malá\n",
    ),
}


@pytest.mark.parametrize(("sender", "subject", "text"), AUTO_REPLIES.values(), ids=AUTO_REPLIES)
def test_is_an_auto_reply(sender: str, subject: str, text: str) -> None:
    assert kind(answer(sender, subject), text) is Kind.AUTO_REPLY
