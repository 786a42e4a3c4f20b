"""Classes found on set L (machine_mail_l_tune), checked on variants written here:

- a ticket system's receipt puts its "reply above this line" separator on top of its own text;
  with a receipt statement that is a notice (core.machinetext REPLY_LINE weighs 1), while a
  help desk agent's own answer through such a system, asking us something, stays a person's;
- a survey or report sent through a sending platform (its Return-Path a bounce-tracking address
  in another domain) with a footer telling the reader why they get it and a link is list mail,
  while a person's mail with the same footer words, sent from their own envelope or through a
  forwarder (SRS), stays a person's.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import kind

OUR_ID = "<hw.7710.1760000000.ab12@supportmail.houseware.io>"

# The separator as ticket systems write it, in the languages we read; none is a set-L text.
SEPARATORS = {
    "en": "-- Write your answer above this line --",
    "de": "### Bitte schreiben Sie Ihre Antwort oberhalb dieser Zeile ###",
    "fr": "=== Merci de répondre au-dessus de cette ligne ===",
    "es": "*** Por favor, responda por encima de esta línea ***",
    "it": "--- Rispondi sopra questa riga ---",
    "nl": "## Typ uw reactie boven deze regel ##",
    "pt": "-- Responda acima desta linha --",
}
RECEIPTS = {
    "en": "Dear customer,\n\nWe have received your message and created case 55102 for it.",
    "de": "Hallo,\n\nIhre Anfrage ist bei uns eingegangen (Vorgang 55102).",
    "fr": "Bonjour,\n\nNous avons bien reçu votre demande, enregistrée sous la référence 55102.",
    "es": "Hola,\n\nHemos recibido su solicitud; su caso es el 55102.",
    "it": "Gentile cliente,\n\nabbiamo ricevuto la sua richiesta (pratica 55102).",
    "nl": "Beste klant,\n\nWij hebben uw verzoek goed ontvangen onder nummer 55102.",
    "pt": "Olá,\n\nRecebemos a sua solicitação com o protocolo 55102.",
}


def _answer_head(subject: str) -> str:
    return (
        "From: Kestrel Tools Service <service@kestreltools.example>\n"
        "To: support@houseware.io\n"
        f"Subject: {subject}\n"
        f"In-Reply-To: {OUR_ID}\nReferences: {OUR_ID}\n"
    )


@pytest.mark.parametrize("language", sorted(SEPARATORS))
def test_ticket_system_receipt_under_its_separator_is_an_auto_reply(language: str) -> None:
    """The separator on top and a receipt statement below it, in answer to our mail."""
    body = f"{SEPARATORS[language]}\n\n{RECEIPTS[language]}\n\nKestrel Tools Service\n"
    assert kind(_answer_head("[Kestrel] Re: [#7710] Sync stopped"), body) is Kind.AUTO_REPLY


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_agent_answer_through_a_ticket_system_stays_a_person(language: str) -> None:
    """An agent of another company writes to us through their own ticket system: the separator
    is there, but the text asks us something and states no receipt."""
    question = {
        "en": "Hi,\n\ncould you send us the export from last Tuesday again? The file we got "
        "is empty.\n\nThanks, Ruth (Kestrel Tools)",
        "de": "Hallo,\n\nkönnen Sie uns den Export vom Dienstag noch einmal schicken? Die "
        "Datei ist leer.\n\nDanke, Ruth (Kestrel Tools)",
        "fr": "Bonjour,\n\npourriez-vous nous renvoyer l'export de mardi ? Le fichier reçu "
        "est vide.\n\nMerci, Ruth (Kestrel Tools)",
    }[language]
    head = (
        "From: Ruth Adler <service@kestreltools.example>\nTo: support@houseware.io\n"
        "Subject: Export from Tuesday is empty\n"
    )
    assert kind(head, f"{SEPARATORS[language]}\n\n{question}\n") is Kind.HUMAN


# Survey and report mail: what it says, and its footer telling the reader why they get it.
PLATFORM_MAILS = {
    "report-en": (
        "Monthly certificate report for houseware.io\n\n3 certificates expire within 60 "
        "days.\n\nOpen the dashboard: https://certwatch.example/d/4410\n\nYou are getting this "
        "notification because you are an owner of the team Ops.\n"
    ),
    "survey-en": (
        "Hello,\n\nHow was your last delivery with Swiftcargo? Rate us in one click:\n"
        "https://rate.swiftcargo.example/r/99120\n\nYou receive this survey as a registered "
        "shipper.\n"
    ),
    "settings-en": (
        "Your weekly storage summary: 412 GB used of 500 GB.\n\nDetails: "
        "https://vault.example/usage/31\n\nManage your notification settings in the account "
        "page.\n"
    ),
    "survey-ar": (
        "عميلنا العزيز،\n\nنرجو تقييم تجربتك مع خدمة التوصيل الأخيرة: "
        "https://rate.example.sa/r/5512\n\nتصلك هذه الرسالة لأنك مشترك في خدماتنا.\n"
    ),
}


def _platform_head(return_path: str) -> str:
    return (
        f"Return-Path: <{return_path}>\n"
        "From: Swift Team <team.mail@swiftcargo.example>\nTo: support@houseware.io\n"
        "Subject: A minute for us?\n"
    )


@pytest.mark.parametrize("name", sorted(PLATFORM_MAILS))
def test_mail_through_a_sending_platform_with_a_why_you_get_this_footer_is_list_mail(
    name: str,
) -> None:
    """Sent through a platform's bounce-tracking envelope: list mail."""
    head = _platform_head("b.48812.x9q@bounce.sendfleet.example")
    assert kind(head, PLATFORM_MAILS[name]) is Kind.BULK


@pytest.mark.parametrize(
    "return_path",
    [
        "team.mail@swiftcargo.example",  # the sender's own envelope
        "SRS0=k2Jd=RT=swiftcargo.example=team.mail@forward.example",  # a forwarder's rewrite
    ],
)
def test_same_words_from_a_person_own_envelope_stay_a_person(return_path: str) -> None:
    """A person's question that carries a footer of the same kind, sent from their own
    envelope or through a forwarder, stays a person's mail."""
    body = (
        "Hello,\n\nour invoices since March show the wrong VAT number. Can you correct them? "
        "The list is here: https://share.swiftcargo.example/f/7\n\nBest, Omar Haddad\n\n"
        "You receive this email as a registered partner of Swiftcargo.\n"
    )
    assert kind(_platform_head(return_path), body) is Kind.HUMAN
