"""Classes found on sets BN and BO (machine_mail_bn_tune, machine_mail_bo_tune), checked on
variants written here:

- an absence on a trip "until" a day, whose writer "will only be checking email now and then"
  and asks the reader to expect a slow reply: an auto-reply without any header saying so;
- a leave notice a client's rule sends as a new mail, which thanks for the mail it got: it
  answers that mail, so its absence is an autoresponder's, not a person's news;
- a receipt signed by one agent ("I've got your message and one of us will get back to you");
- a Hungarian receipt and Hungarian and Hebrew challenges, a Vietnamese business trip;
- a departure told by the colleague who takes the work over, with a report of her own: a
  person, in every language read.
A person's new mail announcing her own leave, and a person away who asks something, stay people.
"""

import pytest

from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail


def test_a_trip_with_mail_read_now_and_then_is_an_auto_reply() -> None:
    body = (
        "Hello,\n\nthank you for your message. I'm attending the packaging fair in Nuremberg "
        "until 9 May and will only be checking email now and then, so please expect a slower "
        "reply than usual. For urgent orders, Dana (dana@crates.example) can help.\n\nBest,\nOwen\n"
    )
    head = answer("Owen Pike <owen@crates.example>", "Re: [#4575] Pallet labels")
    assert kind(head, body) is Kind.AUTO_REPLY


def test_a_person_on_a_trip_who_asks_stays_a_person() -> None:
    body = (
        "Hi,\n\nI'm visiting a customer until Friday and will only be checking email now and "
        "then. Could you send the pallet labels to Dana meanwhile?\n\nOwen\n"
    )
    head = answer("Owen Pike <owen@crates.example>", "Re: [#4575] Pallet labels")
    assert kind(head, body) is Kind.HUMAN


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Jeg er på barsel",
            "Kære afsender\n\nTak for din mail. Jeg er på barselsorlov og er tilbage den 2. "
            "september. Henvendelser om skemaer sendes til kontoret@skole.example.\n\nIda\n",
        ),
        (
            "Foreldrepermisjon",
            "Hei,\n\ntakk for e-posten din. Jeg er i foreldrepermisjon og tilbake 1. oktober. "
            "E-post blir ikke lest i denne perioden.\n\nHilsen Kari\n",
        ),
        (
            "Abwesend",
            "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis zum 3. Juni im Urlaub und "
            "ab dem 4. Juni wieder im Büro.\n\nViele Grüße\nJonas\n",
        ),
    ],
)
def test_a_leave_notice_thanking_for_the_mail_is_an_auto_reply(subject: str, body: str) -> None:
    assert kind(new_mail("Ida Holm <ida@skole.example>", subject), body) is Kind.AUTO_REPLY


def test_a_person_announcing_her_leave_in_a_new_mail_stays_a_person() -> None:
    body = (
        "Kære support\n\nJeg er på barselsorlov fra 1. marts og tilbage den 2. september. "
        "Min kollega Søren overtager vores konto imens.\n\nHilsen Ida\n"
    )
    assert kind(new_mail("Ida Holm <ida@skole.example>", "Barsel"), body) is Kind.HUMAN


def test_a_receipt_signed_by_one_agent_is_an_auto_reply() -> None:
    body = (
        "Hey!\n\nThanks for reaching out, this is Sam from the Crumb team. I've got your message "
        "and one of us will get back to you within one business day.\n\nSam\n"
    )
    head = answer("Sam at Crumb <hello@crumb.example>", "Re: [#4575] Webhook retries")
    assert kind(head, body) is Kind.AUTO_REPLY


def test_a_hungarian_receipt_is_never_a_person() -> None:
    body = (
        "Tisztelt Partnerünk!\n\nKöszönjük megkeresését! Üzenetét megkaptuk, munkatársaink két "
        "munkanapon belül válaszolnak Önnek.\n\nÜgyfélszolgálat\n"
    )
    head = new_mail("Bútorház <info@butorhaz.example>", "Köszönjük megkeresését")
    assert kind(head, body) is not Kind.HUMAN


@pytest.mark.parametrize(
    "body",
    [
        "Kedves Feladó!\n\nA levele várakozik. Kérem, erősítse meg, hogy Ön valódi személy, a "
        "lenti hivatkozással: https://verify.example/h/71c2\nA megerősítés után az üzenete "
        "azonnal megérkezik hozzám.\n\nNagy Anna\n",
        "שלום,\n\nההודעה שלך ממתינה ולא נמסרה עדיין. כדי שההודעה שלך תגיע אליי יש לאשר שאתה "
        "אדם אמיתי בקישור: https://verify.example/he/2d9\n\nדנה\n",
    ],
)
def test_a_challenge_in_hungarian_or_hebrew_is_never_a_person(body: str) -> None:
    head = answer("Anna Nagy <anna@kft.example>", "Re: [#4575] Számla")
    assert kind(head, body) is not Kind.HUMAN


def test_a_vietnamese_business_trip_is_an_auto_reply() -> None:
    body = (
        "Chào anh/chị,\n\nTôi đang nghỉ phép đến hết ngày 3/6 nên sẽ phản hồi chậm. Việc gấp "
        "xin liên hệ anh Minh qua minh@cuahang.example.\n\nLan\n"
    )
    head = answer("Lan Pham <lan@cuahang.example>", "Re: [#4575] Hóa đơn")
    assert kind(head, body) is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "body",
    [
        "Hola,\n\nJavier ya no está en la empresa, a partir de ahora me encargo yo de este "
        "ticket. El informe de stock sigue saliendo vacío desde el lunes.\n\nLucía\n",
        "Hi,\n\nMark no longer works here; from now on I'll be handling this ticket. The stock "
        "report is still empty since Monday.\n\nLucy\n",
        "Hallo,\n\nHerr Brandt arbeitet nicht mehr bei uns, ab jetzt übernehme ich das Ticket. "
        "Der Lagerbericht ist seit Montag leer.\n\nLena\n",
    ],
)
def test_a_departure_told_by_who_takes_over_is_a_person(body: str) -> None:
    head = answer("IT <it@almacen.example>", "RE: [#4575] Informe de stock")
    assert kind(head, body) is Kind.HUMAN


def test_a_departure_notice_that_sends_the_reader_elsewhere_stays_an_auto_reply() -> None:
    body = (
        "Hello,\n\nMark no longer works here. Please send your requests to "
        "stock@almacen.example.\n\nKind regards\n"
    )
    head = answer("Mark Diaz <mark@almacen.example>", "RE: [#4575] Informe de stock")
    assert kind(head, body) is Kind.AUTO_REPLY
