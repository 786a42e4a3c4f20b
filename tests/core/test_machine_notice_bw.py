"""Classes found on set BW (machine_mail_bw_tune), checked on variants written here:

- an absence subject that gives its reason ("Assenza per ferie", "Absence pour congés");
- a Hungarian mailbox no longer watched ("Ezt a postafiókot ... óta nem figyeljük");
- a Polish challenge whose mail "zostanie mi dostarczona" once confirmed;
- a Hebrew promotion left by replying "הסר" (remove), without list headers;
- a person forwarding a notice under Thunderbird's Polish separator ("Przekazana wiadomość");
- a calendar decline (iTIP REPLY) above which its sender typed a question: hers; a bare one
  stays a calendar's answer.
"""

import pytest

from supportmail.core.classify import classify
from supportmail.core.parse import parse_message
from supportmail.core.types import Kind
from tests.support.mailkind import OWN, answer, kind, new_mail

# (head, text, kind)
CASES = {
    "it absence subject": (
        new_mail("Lucia Bassi <l.bassi@negozio.example>", "Assenza per malattia"),
        "Gentile cliente, la ringrazio per la sua e-mail. Rientro lunedì.\n\nLucia\n",
        Kind.AUTO_REPLY,
    ),
    "hu mailbox not watched": (
        answer("Kovács Anna <anna@ceg.example>", "RE: [#4575] Szállítás"),
        "Tisztelt Feladó! Ezt a postafiókot 2025. március 1. óta nem figyeljük. Kérjük, írjon "
        "az info@ceg.example címre.\n",
        Kind.AUTO_REPLY,
    ),
    "pl challenge": (
        answer("Jan Nowak <jan@kancelaria.example>", "Re: [#4575] Faktura"),
        "Dzień dobry, przyjmuję pocztę tylko od zweryfikowanych nadawców. Po potwierdzeniu "
        "wiadomość zostanie mi dostarczona: https://check.example/p/4\n\nJan Nowak\n",
        Kind.AUTO_REPLY,
    ),
    "he promotion": (
        new_mail("מבצעים <deals@mailing.shop.example>", "מבצע לעסקים"),
        "שלום, רק החודש: חבילת אינטרנט לעסקים במחיר מיוחד https://shop.example/d/1\n"
        'להסרה מרשימת התפוצה השב/י "הסר".\n',
        Kind.BULK,
    ),
    "pl forward": (
        new_mail("Ewa Zielińska <ewa@poczta.example>", "Fwd: Płatność odrzucona"),
        "Czy zamówienie zostało opłacone? Bank pisze, że nie.\n\n-------- Przekazana "
        "wiadomość --------\nTemat: Płatność odrzucona\n\nWiadomość wygenerowana automatycznie, "
        "prosimy na nią nie odpowiadać.\n",
        Kind.HUMAN,
    ),
}


@pytest.mark.parametrize(("head", "text", "expected"), CASES.values(), ids=CASES)
def test_is_handled_as_its_kind(head: str, text: str, expected: Kind) -> None:
    assert kind(head, text) is expected


def _calendar_answer(typed: str) -> bytes:
    ics = "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    return (
        "From: Jens Kuhn <jens@moebel.example>\r\nTo: support@houseware.io\r\n"
        "Subject: Abgelehnt: Einführungsschulung\r\nMessage-ID: <c1@moebel.example>\r\n"
        "In-Reply-To: <invite.1@supportmail.houseware.io>\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + typed + "\r\n--b\r\n"
        "Content-Type: text/calendar; charset=utf-8; method=REPLY\r\n\r\n" + ics + "--b--\r\n"
    ).encode("utf-8")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Können wir auf Dienstag verschieben? Gruß Jens", Kind.HUMAN),
        ("", Kind.AUTO_REPLY),
    ],
    ids=["with a question", "bare"],
)
def test_a_calendar_answer_is_its_senders_only_with_a_question_typed(
    typed: str, expected: Kind
) -> None:
    assert classify(parse_message(_calendar_answer(typed)), OWN).kind is expected
