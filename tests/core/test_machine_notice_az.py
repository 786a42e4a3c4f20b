"""Classes found on set AZ (machine_mail_az_tune), checked on variants written here:

- a sales sequence's next step sent by hand from a mail client, answering its own unanswered
  mail quoted under its own address, whose way out is "just reply 'not now' and I won't follow
  up": list mail, as the same step from a sending platform already was;
- a customer who answers her own earlier request to add what she forgot stays a person.
"""

from supportmail.core.types import Kind
from tests.support.mailkind import kind

HEAD = (
    "From: Tyler Brooks <tyler.brooks@lumora.example>\nTo: support@houseware.io\n"
    "Subject: Re: Houseware + Lumora\nIn-Reply-To: <CAO9fT2kL8uV0rQ3@mail.gmail.com>\n"
)


def test_a_sales_followup_of_its_own_mail_with_a_way_out_is_list_mail() -> None:
    body = (
        "Hi there,\n\nJust bubbling this up in case it got buried. Would it be crazy to grab 15 "
        "minutes next week? Here's my calendar: https://meet.lumora.example/tyler\n\nTyler\n\n"
        "If this isn't a priority, just reply \"not now\" and I won't follow up.\n\n"
        "On Tue, Oct 21, 2025 at 9:12 AM Tyler Brooks <tyler.brooks@lumora.example> wrote:\n\n"
        "> Hi there,\n> Open to a quick chat about how Lumora can help?\n> Tyler\n"
    )
    assert kind(HEAD, body) is Kind.BULK


def test_a_customer_answering_her_own_request_stays_a_person() -> None:
    head = (
        "From: Ana Ruiz <ana@bakery.example>\nTo: support@houseware.io\n"
        "Subject: Re: Till crashes\nIn-Reply-To: <a1@bakery.example>\n"
    )
    body = (
        "Sorry, I forgot the screenshot: here it is. The till still crashes at every sale.\n\n"
        "Ana\n\nOn Tue, 21 Oct 2025, Ana Ruiz <ana@bakery.example> wrote:\n> The till crashes.\n"
    )
    assert kind(head, body) is Kind.HUMAN
