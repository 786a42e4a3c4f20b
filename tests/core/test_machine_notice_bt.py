"""Classes found on set BT (machine_mail_bt_tune), checked on variants written here:

- a Dutch challenge-response filter that delivers the mail "pas bij mij" once the sender
  confirms being a person: held mail plus a check of its sender, so a challenge;
- a Greek absence: "Εκτός γραφείου" with "until" (έως, μέχρι) as its subject, "λείπω για ..."
  with a return date in its text;
- the separator lines mail programs put above a forwarded mail in Russian, Ukrainian, Greek,
  Japanese, Chinese, Korean and five more languages: what follows is the forwarded notice's (its
  "do not reply"), not the words of the person asking about it.
A person who is away and asks something real stays a person.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail

# (sender, subject, text): each answers our acknowledgement of ticket #4575.
AUTO_REPLIES = {
    "nl challenge": (
        "Sanne Kok <sanne@kok-hoveniers.example>",
        "Re: [#4575] Offerte",
        "Geachte afzender,\n\nOm ongewenste mail te weren houd ik berichten van nieuwe "
        "afzenders tegen. Uw e-mail wordt pas aan mij bezorgd als u via onderstaande link "
        "aangeeft dat u een mens bent:\nhttps://check.example/v/8812\n\nMet vriendelijke "
        "groet,\nSanne Kok\n",
    ),
    "el absence in the text": (
        "Νίκος Παπαδάκης <nikos@ktima.example>",
        "RE: [#4575] Τιμολόγιο",
        "Καλημέρα,\n\nλείπω λόγω άδειας και θα επιστρέψω στις 20 Αυγούστου. Για κάτι "
        "επείγον καλέστε το λογιστήριο.\n\nΝίκος\n",
    ),
}


@pytest.mark.parametrize(("sender", "subject", "text"), AUTO_REPLIES.values(), ids=AUTO_REPLIES)
def test_is_an_auto_reply(sender: str, subject: str, text: str) -> None:
    assert kind(answer(sender, subject), text) is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "subject",
    ["Εκτός γραφείου μέχρι 12/8", "Εκτός γραφείου έως τη Δευτέρα"],
)
def test_a_greek_absence_subject_with_until_is_an_auto_reply(subject: str) -> None:
    body = "Ευχαριστώ για το μήνυμα.\n\nΜαρία\n"
    assert kind(new_mail("Μαρία <maria@ktima.example>", subject), body) is Kind.AUTO_REPLY


def test_a_greek_person_away_who_asks_stays_a_person() -> None:
    body = (
        "Καλημέρα, λείπω για δύο μέρες. Μπορείτε να στείλετε το τιμολόγιο στη συνάδελφό μου "
        "σήμερα;\n\nΝίκος\n"
    )
    head = answer("Νίκος Παπαδάκης <nikos@ktima.example>", "RE: [#4575] Τιμολόγιο")
    assert kind(head, body) is Kind.HUMAN


@pytest.mark.parametrize(
    ("separator", "question"),
    [
        ("---------- Пересылаемое сообщение ----------", "Где моя посылка? Прошла неделя."),
        ("--- Пересланий лист ---", "Де моє замовлення? Трек-номер не знаходиться."),
        ("---------- Προωθημένο μήνυμα ---------", "Πού είναι η παραγγελία μου;"),
        ("---------- 転送メッセージ ---------", "荷物がまだ届きません。確認していただけますか？"),
        ("---------- 转发的邮件 ---------", "包裹一直没有到，请帮忙查一下好吗？"),
        ("---------- 전달된 메시지 ---------", "아직 택배가 오지 않았습니다. 확인 부탁드립니다."),
        ("---------- Továbbított üzenet ---------", "Még nem érkezett meg a csomag. Hol van?"),
    ],
    ids=["ru", "uk", "el", "ja", "zh", "ko", "hu"],
)
def test_a_person_forwarding_a_notice_under_her_programs_separator_stays_a_person(
    separator: str, question: str
) -> None:
    body = (
        f"{question}\n\n{separator}\nFrom: Houseware <noreply@houseware.io>\n"
        "Subject: Your order HW-1 has shipped\n\nYour order is on its way.\n\n"
        "This is an automated message, please do not reply to this email.\n"
    )
    head = new_mail("Klientka <klient@mail.example>", "Fwd: Your order HW-1 has shipped")
    assert kind(head, body) is Kind.HUMAN
