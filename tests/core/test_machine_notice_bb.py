"""Classes found on set BB (machine_mail_bb_tune), checked on variants written here:

- a sender-verification challenge in Romanian (the mail held until you answer; for it to be
  delivered, please answer; deleted unless you answer within so many days): a bounce-like
  machine notice, never acknowledged;
- a person's answer whose plain text runs the quoted acknowledgement on after the reply header
  on the same line (Yahoo Mail: "... a scris:   Hello, ..."): her own words are what she wrote
  above it, so our acknowledgement's wording does not make her mail an auto-reply.
"""

from supportmail.core.quoting import strip_quoted
from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail


def test_a_romanian_challenge_is_machine_mail() -> None:
    body = (
        "Bună ziua,\n\nMesajul dumneavoastră a fost reținut până când confirmați că sunteți "
        "expeditorul.\nPentru ca mesajul să fie livrat, vă rugăm să răspundeți la acest e-mail "
        "fără a modifica subiectul.\n\nDacă nu răspundeți în 5 zile, mesajul va fi șters.\n"
    )
    head = new_mail("office@casamea.example", "verify#77aa01bc")
    assert kind(head, body) is not Kind.HUMAN


def test_a_reply_header_followed_by_the_quote_on_its_line_ends_the_own_text() -> None:
    text = (
        "Bună ziua,\nVă trimit din nou pozele.\nMulțumesc,\nIoana\n\n"
        "  Pe lun., iul. 14, 2025 la 13:21, Houseware Support<support@houseware.io> a scris:   "
        "Hello,  Thank you for contacting Houseware Support. We have received your request.\n"
    )
    assert strip_quoted(text).rstrip().endswith("Ioana")


def test_a_person_answering_from_yahoo_with_our_ack_run_on_is_a_person() -> None:
    body = (
        "Hello,\nHere are the photos again, the first ones did not attach. The jug arrived "
        "cracked.\nThanks,\nMaria\n\n"
        "  On Mon, Jul 14, 2025 at 13:21, Houseware Support<support@houseware.io> wrote:   "
        "Hello,  Thank you for contacting Houseware Support. We have received your request and "
        "opened ticket #4575.  One of our agents will get back to you, usually within one "
        "business day. If you want to add information, just reply to this email.\n"
    )
    head = answer("Maria Pop <maria.pop@mail.example>", "Re: [#4575] Cracked jug")
    assert kind(head, body) is Kind.HUMAN


def test_a_sentence_that_mentions_what_someone_wrote_is_kept() -> None:
    text = "On Monday my colleague wrote: please check the invoice.\nThe total is wrong.\n"
    assert "The total is wrong." in strip_quoted(text)
