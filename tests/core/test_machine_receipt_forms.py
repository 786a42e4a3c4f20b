"""Classes found on set M (machine_mail_m_tune), checked on variants written here:

- another help desk's receipt for our mail in Turkish or Greek, in the tenses those systems
  write ("talebiniz alındı", "καταχωρήθηκε") and with its own number ("#N numaralı kayıt",
  "με αριθμό N"), is a notice; a person asking whether their request was received stays one;
- a departed employee's mailbox notice in Norwegian, Swedish, Danish or Finnish that says, with
  the noun before its possessive ("e-posten din er ikke videresendt") and the verb before
  "automatically" ("meldingen er generert automatisk"), what became of the mail, sent as a new
  mail, is a notice; a colleague announcing the departure and asking something stays a person.
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
