"""A person writing from her organisation's no-reply mailbox, naming herself in Reply-To, is the
requester on both ingest paths (core.requester): her ticket, her acknowledgement, her later
mail and her escalation; a no-reply box elsewhere naming her speaks for nobody. Through
process_batch on SQLite; tests/test_real_mail.py sees the same through the test bed."""

from datetime import UTC, datetime, timedelta

from tests.support.desk import Desked, customer_mail

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
SHARED_BOX = "Ridgeview Dental <noreply@ridgeviewdental.com>"
KAREN = "karen@ridgeviewdental.com"


def _from_shared_box(subject: str, body: str, reply_to: str = KAREN, **kwargs: str) -> bytes:
    sender = kwargs.pop("sender", SHARED_BOX)
    return customer_mail(
        subject, body, sender=sender, headers=[("Reply-To", f"Karen O <{reply_to}>")], **kwargs
    )


def test_her_request_her_reply_and_her_escalation_are_hers(desked: Desked) -> None:
    """New ticket on the fast path; her "#escalate" (the per-message path) joins and escalates
    it, acting as her; the one acknowledgement went to her address."""
    first = _from_shared_box("Coffee maker missing", "Order HW-1 came without the coffee maker.")
    (opened,) = desked.receive(first, T0)
    ticket = desked.ticket(1001)
    assert ticket.requester == KAREN and ticket.requester_name == "Karen O"
    assert [a.first_recipient for a in desked.mails("ack")] == [KAREN]
    later = _from_shared_box(
        "Re: [#1001] Coffee maker missing",
        "#escalate\nStill nothing after three days.",
        message_id="<later@ridgeviewdental.com>",
        in_reply_to=f"<{opened.message_id}>",
    )
    (joined,) = desked.receive(later, T0 + timedelta(hours=1))
    assert joined.ticket_number == 1001 and joined.disposition.value == "reply"
    assert desked.ticket(1001).escalation_level == 1
    assert len(desked.mails("ack")) == 1
    on_behalf = desked.events("on_behalf")
    assert [e.actor for e in on_behalf] == [KAREN, KAREN]
    assert all("noreply@ridgeviewdental.com" in e.detail for e in on_behalf)


def test_a_no_reply_box_elsewhere_naming_her_opens_its_own_unanswered_ticket(
    desked: Desked,
) -> None:
    """Another organisation's no-reply box with her address in Reply-To and her tag: it is
    not her, so it neither joins nor escalates her ticket, and nobody is acknowledged."""
    desked.receive(_from_shared_box("Coffee maker missing", "Order HW-1 incomplete."), T0)
    stranger = _from_shared_box(
        "Re: [#1001] Coffee maker missing",
        "#escalate\nEscalate this now.",
        sender="Notifier <noreply@elsewhere.example>",
    )
    (outcome,) = desked.receive(stranger, T0 + timedelta(minutes=5))
    assert outcome.ticket_number == 1002
    assert desked.ticket(1002).requester == "noreply@elsewhere.example"
    assert desked.ticket(1001).escalation_level == 0
    assert [a.first_recipient for a in desked.mails("ack")] == [KAREN]


def test_our_own_web_forms_visitor_is_the_requester_and_never_an_agent(desked: Desked) -> None:
    """Our site's contact form sends from our own domain with the visitor in Reply-To: the
    visitor's ticket, acknowledged to her; her words are a customer's, so "#close" in them is
    no agent's command."""
    form = customer_mail(
        "Testzugang verlängern",
        "Von: Jana Brückner\nNachricht:\n#close\nKönnten Sie den Test um zwei Wochen "
        "verlängern?\n\n--\nDiese E-Mail wurde von einem Kontaktformular gesendet",
        sender="Houseware <wordpress@houseware.io>",
        headers=[("Reply-To", "Jana Brückner <jana@praxis.example>")],
    )
    (outcome,) = desked.receive(form, T0)
    assert outcome.ticket_number is not None
    ticket = desked.ticket(outcome.ticket_number)
    assert ticket.requester == "jana@praxis.example" and ticket.closed_at is None
    assert [a.first_recipient for a in desked.mails("ack")] == ["jana@praxis.example"]
    assert [e.actor for e in desked.events("on_behalf")] == ["jana@praxis.example"]
