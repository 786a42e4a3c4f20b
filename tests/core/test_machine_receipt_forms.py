"""Classes found on sets M and O (machine_mail_m_tune, machine_mail_o_tune), checked on variants
written here:

- another help desk's receipt for our mail in Turkish or Greek, in the tenses those systems
  write ("talebiniz alındı", "καταχωρήθηκε") and with its own number ("#N numaralı kayıt",
  "με αριθμό N"), is a notice; a person asking whether their request was received stays one;
- a departed employee's mailbox notice in Norwegian, Swedish, Danish or Finnish that says, with
  the noun before its possessive ("e-posten din er ikke videresendt") and the verb before
  "automatically" ("meldingen er generert automatisk"), what became of the mail, sent as a new
  mail, is a notice; a colleague announcing the departure and asking something stays a person;
- (set O) a retired mailbox's notice answering our mail ("this address is no longer in use,
  your message was not forwarded") is a notice, while a customer's own news of a changed
  address, or of a web address that no longer works, stays a person's; a shared inbox's
  "automatic confirmation" is a notice in the seven languages (the French form had a missing
  space and never matched).
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import kind

OUR_ID = "<ack.5120.q1w2@supportmail.houseware.io>"
US = "support@houseware.io"

RECEIPTS = {
    "tr": (
        "Destek talebiniz alındı - [#5120]",
        "Merhaba,\n\nTalebiniz bize ulaştı ve 88231 numaralı kayıt oluşturuldu. Ekibimiz en "
        "kısa sürede size dönüş yapacaktır.\n\nMüşteri Hizmetleri",
    ),
    "tr-2": (
        "Re: [#5120] Fatura sorunu",
        "Sayın müşterimiz,\n\nDestek talebiniz açıldı. Talep numarası: 88231.\n\nİyi çalışmalar",
    ),
    "el": (
        "Παραλαβή αιτήματος 88231",
        "Καλησπέρα σας,\n\nΤο μήνυμά σας ελήφθη και καταχωρήθηκε με αριθμό 88231. Θα σας "
        "απαντήσουμε σύντομα.\n\nΤμήμα Εξυπηρέτησης",
    ),
    "el-2": (
        "Re: [#5120] Εκτύπωση",
        "Το αίτημά σας δημιουργήθηκε με αριθμό #88231.\n\nΜε εκτίμηση,\nΥποστήριξη",
    ),
}


@pytest.mark.parametrize("case", sorted(RECEIPTS))
def test_help_desk_receipt_in_turkish_or_greek_is_an_auto_reply(case: str) -> None:
    subject, body = RECEIPTS[case]
    head = (
        "From: Destek <destek@karadeniz-lojistik.example>\nTo: support@houseware.io\n"
        f"Subject: {subject}\nIn-Reply-To: {OUR_ID}\n"
    )
    assert kind(head, body) is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Talebim alındı mı?",
            "Merhaba, geçen hafta gönderdiğim talebiniz alındı mı? Hâlâ bir kayıt numarası "
            "gelmedi, faturalar yazdırılamıyor.\n\nAyşe Kaya",
        ),
        (
            "Αίτημα χωρίς απάντηση",
            "Καλημέρα, το αίτημά μας καταχωρήθηκε με αριθμό 4410 πριν από δέκα μέρες αλλά δεν "
            "έχουμε νέα. Μπορείτε να το ελέγξετε;\n\nΝίκος Παππάς",
        ),
    ],
)
def test_a_person_asking_about_their_request_stays_a_person(subject: str, body: str) -> None:
    head = f"From: Ayşe <ayse@karadeniz-lojistik.example>\nTo: {US}\nSubject: {subject}\n"
    assert kind(head, body) is Kind.HUMAN


DEPARTED = {
    "no": (
        "Adressen er ikke lenger i bruk",
        "Hei,\n\nKari Nilsen har sluttet hos oss. E-posten din er ikke videresendt; send den "
        "på nytt til post@fjordbygg.example.\n\nDenne meldingen er sendt automatisk.",
    ),
    "sv": (
        "Adressen används inte längre",
        "Hej,\n\nKari Nilsen har slutat hos oss. Mejlet ditt kommer inte att läsas; skicka "
        "det till info@fjordbygg.example.\n\nMeddelandet är skickat automatiskt.",
    ),
    "da": (
        "Adressen bruges ikke længere",
        "Hej,\n\nKari Nilsen er fratrådt. Mailen din bliver ikke videresendt; skriv til "
        "info@fjordbygg.example.\n\nBeskeden er genereret automatisk.",
    ),
    "fi": (
        "Osoite ei ole enää käytössä",
        "Hei,\n\nKari Nilsen ei enää työskentele meillä. Viestiäsi ei välitetä eteenpäin; "
        "kirjoita osoitteeseen info@fjordbygg.example.\n\nViesti on lähetetty automaattisesti.",
    ),
}


@pytest.mark.parametrize("language", sorted(DEPARTED))
def test_departed_mailbox_notice_sent_as_a_new_mail_is_an_auto_reply(language: str) -> None:
    subject, body = DEPARTED[language]
    head = f"From: Kari Nilsen <kari@fjordbygg.example>\nTo: {US}\nSubject: {subject}\n"
    assert kind(head, body) is Kind.AUTO_REPLY


def test_a_colleague_telling_of_a_departure_and_asking_stays_a_person() -> None:
    body = (
        "Hei,\n\nKari Nilsen har sluttet hos oss, så e-posten din til henne er ikke lest. "
        "Kan dere sende fakturaen for mars til meg i stedet?\n\nMvh\nOla Berg"
    )
    head = "From: Ola Berg <ola@fjordbygg.example>\nTo: support@houseware.io\nSubject: Faktura\n"
    assert kind(head, body) is Kind.HUMAN


# Set O's class: the mailbox our mail went to is retired, in answer to our acknowledgement.
RETIRED = {
    "en": "Please note that this address is no longer in use. Your message was not forwarded; "
    "write to office@lenz-holz.example instead.",
    "de": "Bitte beachten Sie: Diese Adresse wird nicht mehr genutzt. Ihre Nachricht wurde nicht "
    "weitergeleitet. Schreiben Sie an office@lenz-holz.example.",
    "fr": "Cette adresse n'est plus utilisée depuis le 1er mars. Votre message n'a pas été "
    "transmis ; merci d'écrire à office@lenz-holz.example.",
    "es": "La dirección info@lenz-holz.example ya no se utiliza. Su mensaje no ha sido "
    "reenviado; escriba a office@lenz-holz.example.",
    "it": "Questo indirizzo non è più attivo. Il suo messaggio non è stato inoltrato: scriva a "
    "office@lenz-holz.example.",
    "nl": "Dit adres wordt niet meer gebruikt. Uw bericht is niet doorgestuurd; mail naar "
    "office@lenz-holz.example.",
    "pt": "O endereço info@lenz-holz.example deixou de ser utilizado. A sua mensagem não foi "
    "reencaminhada; escreva para office@lenz-holz.example.",
}


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # a customer's own news with a request, in a new mail
        (
            "Subject: New billing address\n",
            "Hello,\n\nour old e-mail address info@lenz-holz.example is no longer in use. "
            "Could you send the March invoice to billing@lenz-holz.example?\n\nAnna",
        ),
        # a customer answering our acknowledgement: a web address is no mailbox
        (
            f"Subject: Re: [#5120] Export\nIn-Reply-To: {OUR_ID}\n",
            "Die Adresse https://portal.lenz-holz.example ist nicht mehr erreichbar, seit heute "
            "früh kommt nur eine Fehlerseite.\n\nAnna",
        ),
        # answering us, the same news and a question
        (
            f"Subject: Re: [#5120] Export\nIn-Reply-To: {OUR_ID}\n",
            "Thanks. My old mailbox anna@old-lenz.example is no longer in use, please write to "
            "this address. Could you also check why the export is empty?\n\nAnna",
        ),
    ],
)
def test_a_customer_telling_of_a_changed_address_stays_a_person(head: str, body: str) -> None:
    assert kind(f"From: Anna Lenz <anna@lenz-holz.example>\nTo: {US}\n{head}", body) is Kind.HUMAN


# Set O's shared-inbox receipt: "an automatic confirmation", and a team's promise to answer.
CONFIRMATIONS = {
    "en": "This is an automatic confirmation that your email reached the Finance Office. A "
    "member of our team will respond within three working days.",
    "de": "Dies ist eine automatisch erstellte Bestätigung: Ihre Nachricht ist bei uns "
    "eingegangen.",
    "fr": "Ceci est un accusé de réception automatique : nous avons bien reçu votre message.",
    "es": "Esta es una confirmación automática: hemos recibido su mensaje.",
    "it": "Questa è una conferma automatica: abbiamo ricevuto la sua richiesta.",
    "nl": "Dit is een automatische bevestiging: wij hebben uw bericht goed ontvangen.",
    "pt": "Esta é uma confirmação automática: recebemos a sua mensagem.",
}


NOTICES = {
    **{f"retired-{language}": text for language, text in RETIRED.items()},
    **{f"confirmation-{language}": text for language, text in CONFIRMATIONS.items()},
}


@pytest.mark.parametrize("notice", sorted(NOTICES))
def test_notice_answering_our_mail_is_an_auto_reply(notice: str) -> None:
    """A retired mailbox's notice, or a shared inbox's automatic confirmation, in answer to
    our acknowledgement."""
    head = (
        f"From: Lenz Holz <info@lenz-holz.example>\nTo: {US}\nSubject: Re: [#5120] Export\n"
        f"In-Reply-To: {OUR_ID}\n"
    )
    assert kind(head, f"{NOTICES[notice]}\n\nLenz Holz GmbH\n") is Kind.AUTO_REPLY


def test_a_customer_quoting_the_promise_and_asking_stays_a_person() -> None:
    body = (
        "Hello,\n\nyour reply said a member of our team will respond within two days. It has "
        "been a week and the export still fails. Can someone look at it?\n\nRuth"
    )
    head = f"From: Ruth <ruth@lakeside.example>\nTo: {US}\nSubject: Re: [#5120] Export\n"
    assert kind(f"{head}In-Reply-To: {OUR_ID}\n", body) is Kind.HUMAN
