"""Classes found on set BD (machine_mail_bd_tune), checked on variants written here:

- a leave notice a mail client's rule sends as a plain "RE:", warm and personal, whose machine
  words are that mail is not read until a date and that nothing is forwarded meanwhile: an
  auto-reply;
- a person who says she will not read mail until a date but asks a question stays a person.
"""

from supportmail.core.types import Kind
from tests.support.mailkind import answer, kind, new_mail


def test_a_leave_notice_that_reads_no_mail_until_a_date_is_an_auto_reply() -> None:
    body = (
        "Hi there,\n\nThanks for your note! I'm on parental leave and not checking my email "
        "until the 3rd of March. Nothing is forwarded automatically, so please write to my "
        "colleague Sam (sam@bakehouse.example) meanwhile.\n\nWarmly,\nPriya\n"
    )
    head = answer("Priya Nair <priya@bakehouse.example>", "RE: [#4575] Invoice copy")
    assert kind(head, body) is Kind.AUTO_REPLY


def test_a_person_asking_before_her_leave_stays_a_person() -> None:
    body = (
        "Hello,\n\nI'm not checking email until Monday, so could you call me about the failed "
        "export instead? My number is below.\n\nPriya\n+44 20 7946 0000\n"
    )
    head = new_mail("Priya Nair <priya@bakehouse.example>", "Failed export")
    assert kind(head, body) is Kind.HUMAN
