"""Classes found on set S (machine_mail_s_tune), checked on variants written here:

- a departed employee's mailbox notice in Danish, Norwegian or Swedish that says the mailbox "is
  no longer read" with its demonstrative ("denne postkasse bliver ikke længere læst", "denna
  brevlåda läses inte längre") and what already became of our mail, in the past ("din mail er
  ikke videresendt", "ditt meddelande har inte vidarebefordrats"), is a notice, also without any
  auto header; a colleague's news of the same departure with a request stays a person's;
- a person's reply that quotes our acknowledgement under the reply header of a client in
  Turkish, Polish, Czech, Swedish, Danish, Finnish, Hungarian, Romanian or Japanese is a person's
  reply: the quoted header block (or a webmail's "On <date>, <sender> wrote:" line in those
  languages) ends the new text, so our acknowledgement's words below it are not read as the
  sender's ("received", "automatic", a ticket number); a label alone at a line start cuts nothing;
- classes found on sets Y and Z: a mailbox "no longer in use" in eight more languages, and a
  Romanian office "closed" with the mail "processed later".
"""

import pytest

from supportmail.core.machinetext import evidence
from supportmail.core.quoting import strip_quoted
from supportmail.core.types import Kind
from tests.support.mailkind import kind

OUR_ID = "<ack.4575.x9@supportmail.houseware.io>"

DEPARTURES = {
    "da": "Kære afsender\n\nTak for din mail.\n\nMette Holm er fratrådt sin stilling, og "
    "denne postkasse bliver ikke længere læst. Din mail er ikke videresendt.\n\nHenvendelser "
    "om indkøb bedes sendt til indkob@skovby.example.\n\nSkovby Kommune",
    "nb": "Kjære avsender\n\nTakk for e-posten.\n\nOla Berg har sluttet hos oss, og "
    "denne adressen blir ikke lenger lest. Din e-post er ikke blitt videresendt.\n\n"
    "Henvendelser kan sendes til post@fjord.example.\n\nFjord Kraft",
    "sv": "Hej\n\nTack för ditt mejl.\n\nEva Lund har slutat hos oss och denna "
    "brevlåda läses inte längre. Ditt meddelande har inte vidarebefordrats.\n\nKontakta "
    "info@norrtrafik.example.\n\nNorrtrafik",
}


@pytest.mark.parametrize("language", sorted(DEPARTURES))
def test_a_departed_employees_mailbox_notice_is_an_auto_reply(language: str) -> None:
    head = (
        "From: Mailbox <it@municipality.example>\nTo: support@houseware.io\n"
        f"Subject: Re: [#4575] Licens\nIn-Reply-To: {OUR_ID}\n"
    )
    assert kind(head, DEPARTURES[language]) is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "body",
    [
        "Hej,\n\nVores kollega Mette Holm er fratrådt, og hendes postkasse bliver ikke længere "
        "læst. Kan I flytte hendes åbne sager over til mig?\n\nVenlig hilsen\nJens",
        "Hei,\n\nMin e-post er ikke blitt videresendt til regnskap som avtalt. Kan dere sjekke "
        "videresendingen i kontoen vår?\n\nMvh\nKari",
        "Hej,\n\nDenna brevlåda läses inte längre av Eva, så skriv till mig i stället. Kan ni "
        "byta kontaktperson på vårt konto?\n\nHälsningar\nPer",
    ],
)
def test_a_colleagues_news_with_a_request_stays_a_person(body: str) -> None:
    head = "From: Jens <jens@customer-firm.example>\nTo: support@houseware.io\nSubject: Kontakt\n"
    assert kind(head, body) is Kind.HUMAN


OUR_ACK = (
    "Hello,\n\nThank you for contacting Houseware Support. This is an automatic confirmation "
    "that we have received your message and opened ticket #4575.\n\nKind regards,\n"
    "Houseware Support\n"
)
# A reply header block as each client writes it: (From, Sent, To, Subject) labels.
HEADERS = {
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"),
    "pl": ("Od", "Wysłano", "Do", "Temat"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"),
    "sv": ("Från", "Skickat", "Till", "Ämne"),
    "da": ("Fra", "Sendt", "Til", "Emne"),
    "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "hu": ("Feladó", "Elküldve", "Címzett", "Tárgy"),
    "ro": ("De la", "Trimis", "Către", "Subiect"),
    "ja": ("差出人", "送信日時", "宛先", "件名"),
    # Outlook in Brazil and Spain: the sent label with its preposition (set AN).
    "pt-br": ("De", "Enviada em", "Para", "Assunto"),
    "es": ("De", "Enviado el", "Para", "Asunto"),
    # Outlook in France: a space before each colon, plain or no-break (set AO).
    "fr": ("De ", "Envoyé ", "À ", "Objet "),
    "fr-nbsp": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Objet\u00a0"),
}


def quoting_reply(language: str) -> str:
    sender, sent, to, subject = HEADERS[language]
    return (
        "Thanks, here are the missing details: the stock differs only on variant products, "
        "code ANS-0347.\n\nBurak\n\n"
        f"{sender}: Houseware Support <support@houseware.io>\n{sent}: 4.12.2026 17:25\n"
        f"{to}: Burak <burak@anatolya.example>\n{subject}: [#4575] Stock\n\n" + OUR_ACK
    )


@pytest.mark.parametrize("language", sorted(HEADERS))
def test_a_reply_quoting_our_ack_under_a_localised_header_is_a_person(language: str) -> None:
    head = (
        "From: Burak <burak@anatolya.example>\nTo: support@houseware.io\n"
        f"Subject: Re: [#4575] Stock\nIn-Reply-To: {OUR_ID}\n"
    )
    body = quoting_reply(language)
    assert kind(head, body) is Kind.HUMAN
    assert "automatic confirmation" not in strip_quoted(body)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # a first line that starts like a header label, with no second label under it
        ("Od: poniedziałku nie działa eksport.\nProszę o pomoc.", "Proszę o pomoc."),
        ("Fra: i går virker ikke login.\nKan I hjælpe?", "Kan I hjælpe?"),
        ("Data: 12.03 import failed twice.\nWhat should we do?", "What should we do?"),
    ],
)
def test_a_label_alone_does_not_cut_the_text(text: str, line: str) -> None:
    assert line in strip_quoted(text)


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        ("Din mail er ikke videresendt.", "your mail"),
        ("Din e-post er ikke blitt videresendt.", "your mail"),
        ("Ditt meddelande har inte vidarebefordrats.", "your mail"),
        ("Denne postkasse bliver ikke længere læst.", "retired"),
        ("Denne adressen blir ikke lenger lest.", "retired"),
        ("Denna brevlåda läses inte längre.", "retired"),
        # A retired mailbox, found on set Y (a Ukrainian notice with no auto header): written here
        # in the languages whose "is no longer read" was known but not "is no longer used".
        ("Ця поштова скринька більше не використовується.", "retired"),
        ("Ця скринька більше не використовується і не перевіряється.", "unread"),
        ("Этот почтовый ящик больше не используется.", "retired"),
        ("Ta skrzynka nie jest już używana.", "retired"),
        ("Tato schránka se již nepoužívá.", "retired"),
        ("Tämä sähköpostiosoite ei ole enää käytössä.", "retired"),
        ("Bu e-posta adresi artık kullanılmamaktadır.", "retired"),
        ("Această adresă nu mai este folosită.", "retired"),
        ("Ez az e-mail-cím már nem használt.", "retired"),
        # Found on set Z (a Romanian faculty office's holiday notice, no auto header): the office
        # named by its own noun, with words between, and the mail handled later.
        ("Secretariatul Facultății de Litere este închis până pe 7 ianuarie.", "closed"),
        ("Sediul firmei va fi închis în perioada sărbătorilor.", "closed"),
        ("Mesajele primite în această perioadă vor fi procesate după 8 ianuarie.", "back"),
        ("A beérkező levelek január 8-tól feldolgozásra kerülnek.", "back"),
    ],
)
def test_the_forms_found_on_notices_are_statements(sentence: str, statement: str) -> None:
    """The forms the notices of sets S, Y and Z used, written here, each read as its statement
    on its own."""
    assert statement in {name for name, _weight in evidence(sentence).found}


@pytest.mark.parametrize(
    "header",
    [
        "Den tis 3 mars 2026 kl 10:00 skrev Houseware Support <support@houseware.io>:",
        "Den 3. mar. 2026 kl. 10.00 skrev Houseware Support <support@houseware.io>:",
        "W dniu 3.03.2026 o 10:00 Houseware Support <support@houseware.io> napisał(a):",
        "Dne 3. 3. 2026 10:00 napsal(a) Houseware Support <support@houseware.io>:",
        "ti 3. maalisk. 2026 klo 10.00 Houseware Support <support@houseware.io> kirjoitti:",
        "Houseware Support <support@houseware.io> ezt írta (időpont: 2026. márc. 3., K, 10:00):",
        "3 Mar 2026 Sal, 10:00 tarihinde Houseware Support <support@houseware.io> şunu yazdı:",
        "Pe mar., 3 mar. 2026 la 10:00, Houseware Support <support@houseware.io> a scris:",
    ],
)
def test_a_webmail_reply_line_in_more_languages_ends_the_new_text(header: str) -> None:
    """Gmail's and other webmails' "On <date>, <sender> wrote:" in the languages of sets R and
    S: what follows (our acknowledgement) is not the sender's new text."""
    text = f"Here are the details you asked for.\n\n{header}\n\n{OUR_ACK}"
    assert strip_quoted(text).strip() == "Here are the details you asked for."


@pytest.mark.parametrize(
    "sentence",
    [
        "Moja stara skrzynka nie jest już używana, proszę pisać na nowy adres. Jak zmienić login?",
        "Мій старий адрес більше не використовується — як змінити його в профілі?",
    ],
)
def test_a_person_asking_about_their_old_address_is_no_notice(sentence: str) -> None:
    """The same words in a person's question weigh nothing alone: a retired address is weight 1,
    and a question cancels the weak statements."""
    assert evidence(sentence).weight == 0
