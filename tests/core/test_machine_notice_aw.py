"""Classes found on set AW (machine_mail_aw_tune), checked on variants written here:

- a mail client's recall of an earlier message ("X would like to recall the message ..."),
  seven languages: the client writes it;
- a reply sent by an AI assistant for its owner ("drafted and sent by Ava, Mark's AI email
  assistant"): a program, however warm its tone;
- a receipt signed by one agent in the first person, with the case it opened under a number and
  when she will answer ("Recebi sua mensagem e já abri o caso 00482913 ... te respondo em até 48
  horas"), after a greeting put as a question ("Oi, tudo bem?"), which asks nothing;
- a challenge whose proof is a captcha ("os caracteres que aparecem na imagem");
- a person forwarding an automated notice inline below Thunderbird's "-------- Original-Nachricht
  --------" line, with her question above it, stays a person (the notice's "do not reply" is
  the notice's, not hers).
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import kind

CUSTOMER = "From: Thomas Krüger <t.krueger@elektro.example>\nTo: support@houseware.io\n"

RECALL = {
    "en": 'Thomas Krüger would like to recall the message, "RE: [#51288] Smoke alarms".',
    "de": 'Krüger, Thomas möchte die Nachricht "AW: [#51288] Rauchmelder" zurückrufen.',
    "fr": 'Thomas Krüger souhaite rappeler le message "RE: [#51288] Détecteurs".',
    "es": 'Thomas Krüger desea recuperar el mensaje "RE: [#51288] Detectores".',
    "it": 'Thomas Krüger desidera richiamare il messaggio "R: [#51288] Rilevatori".',
    "nl": 'Thomas Krüger wil het bericht "RE: [#51288] Rookmelders" intrekken.',
    "pt": 'Thomas Krüger gostaria de recolher a mensagem "RE: [#51288] Detectores".',
}


@pytest.mark.parametrize("language", sorted(RECALL))
def test_a_mail_clients_recall_is_no_request(language: str) -> None:
    assert kind(CUSTOMER + "Subject: Recall: [#51288]\n", RECALL[language]) is not Kind.HUMAN


def test_a_person_asking_how_to_recall_a_message_stays_a_person() -> None:
    body = (
        "Hello,\n\nI sent you the wrong invoice this morning. I would like to recall the "
        "message; can you delete it from the ticket and use the attached one instead?\n\nThomas"
    )
    assert kind(CUSTOMER + "Subject: Wrong invoice\n", body) is Kind.HUMAN


def test_a_reply_sent_by_an_ai_assistant_is_no_request() -> None:
    body = (
        "Hi there,\n\nThanks for getting back to Mark. He is travelling this week and has asked "
        "me to keep his inbox moving. I've put your note on his list for Thursday.\n\nAva\n\n"
        "This reply was drafted and sent by Ava, Mark's AI email assistant."
    )
    head = CUSTOMER + "Subject: Re: [#51410] Firmware update failed\n"
    assert kind(head, body) is not Kind.HUMAN


def test_a_person_who_had_an_ai_translate_her_request_stays_a_person() -> None:
    body = (
        "Hello,\n\nsorry for my English, I used an AI assistant to translate this. Our hub is "
        "stuck on an orange light since the update. What can I do?\n\nMarta"
    )
    assert kind(CUSTOMER + "Subject: Hub orange light\n", body) is Kind.HUMAN


def test_a_receipt_signed_by_one_agent_is_no_request() -> None:
    body = (
        "Oi, tudo bem?\n\nAqui é a Juliana, do time de Atendimento. Recebi sua mensagem e já "
        "abri o caso 00482913 para você.\n\nVou analisar com carinho e te respondo em até 48 "
        "horas úteis.\n\nUm abraço,\nJuliana"
    )
    head = "From: Juliana <atendimento@lojas.example>\nTo: support@houseware.io\nSubject: Oi!\n"
    assert kind(head, body) is not Kind.HUMAN


def test_a_person_who_got_our_message_and_asks_stays_a_person() -> None:
    body = (
        "Oi, tudo bem?\n\nRecebi sua mensagem, obrigada. O caso 51877 ainda não foi resolvido: "
        "quando vocês enviam a peça?\n\nFernanda"
    )
    head = CUSTOMER + "Subject: Re: [#51877] Troca do aspirador\n"
    assert kind(head, body) is Kind.HUMAN


@pytest.mark.parametrize(
    "captcha",
    [
        "basta confirmar o seu envio digitando os caracteres que aparecem na imagem",
        "please confirm by typing the characters shown in the image",
        "bitte bestätigen Sie, indem Sie die Zeichen aus dem Bild eingeben",
        "merci de saisir les caractères affichés dans l'image",
    ],
)
def test_a_challenge_with_a_captcha_is_no_request(captcha: str) -> None:
    body = (
        "Olá,\n\nEu uso um sistema AntiSpam. Sua mensagem ainda não foi entregue.\n\n"
        f"Para que ela chegue até mim, {captcha}:\nhttps://antispam.example/c?h=9f2c\n\n"
        "Obrigada,\nFernanda"
    )
    head = "From: Fernanda <fernanda@uol.example>\nTo: support@houseware.io\n"
    head += "Subject: Re: [#51877]\n"
    assert kind(head, body) is not Kind.HUMAN


FORWARD_LINES = (
    "-------- Original-Nachricht --------",
    "-------- Original Message --------",
    "-------- Message original --------",
    "-------- Mensaje original --------",
    "-------- Messaggio originale --------",
    "-------- Oorspronkelijk bericht --------",
    "-------- Mensagem original --------",
)


@pytest.mark.parametrize("line", FORWARD_LINES)
def test_a_notice_forwarded_below_thunderbirds_line_is_not_the_senders(line: str) -> None:
    body = (
        "Hallo,\n\nich habe heute die Mail unten bekommen, dass meine Bestellung storniert "
        "wurde. Ich habe aber nichts storniert. Was ist da los?\n\nJürgen\n\n\n"
        f"{line}\nBetreff: Ihre Bestellung wurde storniert\nVon: Shop <noreply@shop.example>\n\n"
        "Dies ist eine automatisch generierte E-Mail. Bitte antworten Sie nicht auf diese "
        "Nachricht.\n"
    )
    assert kind(CUSTOMER + "Subject: WG: Bestellung storniert\n", body) is Kind.HUMAN
