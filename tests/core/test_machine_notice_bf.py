"""Classes found on set BF (machine_mail_bf_tune), checked on variants written here:

- a shop's holiday closure sent by a shared inbox's rule as a plain "Re:", that says when the team
  is back ("when we're back on Monday"): an auto-reply;
- a Turkish person who writes that she only got "this automatic answer" (the thing received, in
  the accusative) stays a person; the notice's own "Bu otomatik bir yanıttır" does not;
- a mail-security gateway's notice of a held message from a mailbox of its own whose name says
  what it is in Spanish or French ("Seguridad de Correo", "Sécurité messagerie"): a bounce;
- a person whose subject starts with her absence, then a topic of her own after a dash, over a
  question, in a thread, stays a person ("Out of office from Monday - replacement delivery");
- a person writing from a no-reply address who names the Reply-To as her own ("reply to my
  gmail") is acknowledged there, whatever its domain;
- a person of the group's own organisation writing to us through their Google group (a shared
  mailbox: "Lucía via Pedidos", X-Original-From) is acknowledged; a list post addressed to the
  list stays list mail.
"""

from supportmail.core.parse import parse_message
from supportmail.core.requester import acknowledged_person
from supportmail.core.types import Kind
from tests.support.mailkind import OWN, answer, kind, new_mail


def test_a_closure_notice_saying_when_the_team_is_back_is_an_auto_reply() -> None:
    body = (
        "Hello!\n\nThanks for getting in touch. Our workshop is closed for the holidays from "
        "24 December to 2 January. We'll answer everything when we're back on 5 January.\n\n"
        "Warm wishes,\nthe Birchwood team\n"
    )
    head = answer("Birchwood <hello@birchwood.example>", "Re: [#4575] Delivery date")
    assert kind(head, body) is Kind.AUTO_REPLY


def test_a_person_who_only_got_the_automatic_answer_stays_a_person() -> None:
    body = (
        "Merhaba,\n\nİki gün önce yazdım, sadece bu otomatik mesajı aldım. Fırın hâlâ "
        "ısınmıyor.\n\nAyşe\n"
    )
    head = answer("Ayşe Demir <ayse@example.com.tr>", "Ynt: [#4575] Fırın ısınmıyor")
    assert kind(head, body) is Kind.HUMAN


def test_the_notice_calling_itself_automatic_in_turkish_is_an_auto_reply() -> None:
    body = "Bu otomatik bir yanıttır. 10 Ocak'a kadar ofis dışındayım.\n"
    head = answer("Ayşe Demir <ayse@example.com.tr>", "Ynt: [#4575] Fırın ısınmıyor")
    assert kind(head, body) is Kind.AUTO_REPLY


def test_a_gateway_named_in_spanish_or_french_holding_a_message_is_a_bounce() -> None:
    for name, body in (
        (
            "Seguridad de Correo Olmo",
            "El mensaje que ha enviado a compras@olmo.example ha sido retenido por el sistema "
            "de seguridad y todavía no se ha entregado.\n",
        ),
        (
            "Sécurité messagerie Olmo",
            "Le message envoyé à achats@olmo.example a été retenu par notre filtre et placé en "
            "quarantaine.\n",
        ),
    ):
        head = new_mail(f"{name} <avisos@olmo.example>", "Mensaje retenido: [#4575] Presupuesto")
        assert kind(head, body) is Kind.BOUNCE, name


def test_an_absence_in_a_persons_title_over_her_question_stays_a_person() -> None:
    body = (
        "Hello Kevin,\n\nI'll be away from Monday until the 6th, so nobody can sign for the "
        "parcel. Could you hold it until the 7th?\n\nBrenda\n"
    )
    head = answer(
        "Brenda Kay <brenda@example.com>",
        "Out of office from Monday - replacement delivery [#4575]",
    )
    assert kind(head, body) is Kind.HUMAN


def test_an_auto_reply_naming_the_answered_subject_after_a_colon_is_still_one() -> None:
    body = "I am out of the office until Monday. Could this wait?\n"
    head = answer("Brenda Kay <brenda@example.com>", "Out of office: [#4575] replacement delivery")
    assert kind(head, body) is Kind.AUTO_REPLY


def _raw(head: str, body: str) -> bytes:
    return (head + "Message-ID: <p.1@x.example>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + body).encode()  # fmt: skip


def test_a_reply_to_the_writer_calls_her_own_gmail_is_acknowledged() -> None:
    head = (
        "From: Corner Cafe <no-reply@cornercafe.example>\n"
        "Reply-To: Mel Costa <mel.costa@gmail.com>\nTo: support@houseware.io\n"
        "Subject: wrong jugs sent\n"
    )
    body = (
        "Hi,\n\nsorry for the odd address, please reply to my gmail (mel.costa@gmail.com).\n\n"
        "We got 350ml jugs instead of 600ml ones.\n\nMel\n"
    )
    person = acknowledged_person(parse_message(_raw(head, body)), OWN)
    assert person is not None and person.addr == "mel.costa@gmail.com"


def test_a_reply_to_elsewhere_not_called_hers_is_not_followed() -> None:
    head = (
        "From: Bookings <no-reply@cornercafe.example>\n"
        "Reply-To: Guest <guest.someone@gmail.com>\nTo: support@houseware.io\n"
        "Subject: New booking\n"
    )
    body = "Hi,\n\nA new booking came in. Reply to this mail to write to the guest.\n"
    assert acknowledged_person(parse_message(_raw(head, body)), OWN) is None


_GROUP = (
    "From: \"'Lucia Romero' via Pedidos\" <pedidos@olivo.example>\n"
    "X-Original-From: Lucia Romero <lucia@olivo.example>\n"
    "Reply-To: Lucia Romero <lucia@olivo.example>\n"
    "List-ID: <pedidos.olivo.example>\nPrecedence: list\n"
    "Subject: Pedido CO-1187: faltan dos cajas\n"
)


def test_a_person_writing_to_us_through_her_own_google_group_is_acknowledged() -> None:
    head = _GROUP + "To: support@houseware.io\n"
    body = "Hola,\n\nen el pedido CO-1187 faltan dos cajas. ¿Podéis enviarlas?\n\nLucía\n"
    assert kind(head, body) is Kind.HUMAN


def test_a_group_post_addressed_to_the_group_stays_list_mail() -> None:
    head = _GROUP + "To: pedidos@olivo.example\n"
    body = "Hola a todos,\n\nrecordad cerrar los pedidos antes del viernes.\n\nLucía\n"
    assert kind(head, body) is Kind.BULK
