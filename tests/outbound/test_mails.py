"""What `outbound.mails` writes to the outbox for a ticket, on SQLite, without servers: who gets
each mail, its reply address, threading back to the ticket, and once-per-step rules."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from sqlmodel import Session, select

from supportmail.core.tokens import parse_reply_address, verify_token
from supportmail.outbound import mails
from supportmail.storage import queries
from supportmail.storage.tables import Outbox, Ticket
from tests.support.desk import Desked, customer_mail

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LATER = T0 + timedelta(hours=1)
CUSTOMER = "anna@acme.example"
CSM = "csm-acme@houseware.io"


@pytest.fixture(autouse=True)
def ticket_1001(desked: Desked) -> None:
    """Ticket #1001 from a customer of Acme (whose CSM the config names) on each test's desk."""
    desked.receive(customer_mail("Reports are slow", "Minutes per report.", sender=CUSTOMER), T0)


def bytes_of(row: Outbox) -> EmailMessage:
    """The composed mail of an outbox row written with its bytes."""
    assert row.raw is not None
    message = message_from_bytes(row.raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def in_session(desked: Desked, work: Callable[[Session, Ticket], object]) -> object:
    """Run `work(session, ticket #1001)` and commit."""
    with Session(desked.engine) as session:
        ticket = session.exec(select(Ticket).where(Ticket.number == 1001)).one()
        result = work(session, ticket)
        session.commit()
        if isinstance(result, Outbox):
            session.refresh(result)
            session.expunge(result)
        return result


def test_reply_address_is_signed_for_its_recipient(desked: Desked) -> None:
    """The reply address names the ticket and carries a token valid for that recipient only."""
    ticket = desked.ticket(1001)
    address = mails.reply_to_for(desked.desk, ticket, "agent@houseware.io")
    parsed = parse_reply_address(address, "support@houseware.io")
    assert parsed is not None and parsed[0] == 1001
    key = desked.desk.token_key
    assert verify_token(key, 1001, "agent@houseware.io", parsed[1])
    assert not verify_token(key, 1001, CUSTOMER, parsed[1])


def test_staff_recipient_is_the_assignee_else_the_team(desked: Desked) -> None:
    """Customer mail goes to the assignee when there is one, else to the team address."""
    ticket = desked.ticket(1001)
    assert mails.staff_recipient(desked.desk, ticket) == "team@houseware.io"
    ticket.assignee = "alice@houseware.io"
    assert mails.staff_recipient(desked.desk, ticket) == "alice@houseware.io"


def test_ingest_queued_the_ack_and_notification_as_params(desked: Desked) -> None:
    """A new ticket's acknowledgement (to the customer) and notification (to the team) are
    written as params, composed when first claimed, and thread back to the ticket."""
    (ack,) = desked.mails("ack")
    (notify,) = desked.mails("notify")
    assert (ack.first_recipient, notify.first_recipient) == (CUSTOMER, "team@houseware.io")
    assert ack.raw is None and ack.params is not None
    assert notify.raw is None and notify.params is not None
    with Session(desked.engine) as session:
        for row in (ack, notify):
            found = queries.ticket_by_reference(session, (row.message_id,))
            assert found is not None and found.number == 1001


def test_warning_once_per_response_clock(desked: Desked) -> None:
    """A warning is written once per response clock: a second one for the same clock is
    refused (None), one for the next clock is a new mail; each goes to the staff recipient with
    that recipient's reply address."""

    def warn(clock: int) -> object:
        def work(session: Session, ticket: Ticket) -> Outbox | None:
            ticket.clock_number = clock
            to = mails.staff_recipient(desked.desk, ticket)
            return mails.queue_mail(
                session, desked.desk, ticket, "warning", LATER, row_clock=clock, once=True, to=to
            )

        return in_session(desked, work)

    first = warn(0)
    assert isinstance(first, Outbox) and (first.clock, first.level) == (0, 0)
    assert warn(0) is None
    later = warn(1)
    assert isinstance(later, Outbox) and (later.clock, later.level) == (1, 0)
    message = bytes_of(first)
    assert message["To"].addresses[0].addr_spec == "team@houseware.io"
    reply = parse_reply_address(message["Reply-To"].addresses[0].addr_spec, "support@houseware.io")
    assert reply is not None and reply[0] == 1001
    assert len(desked.mails("warning")) == 2


def test_escalation_once_per_level_with_the_csm_and_assignee_copied(desked: Desked) -> None:
    """Each level's escalation goes to that level's address, Cc the customer's CSM and the
    assignee, at most once per (clock, level)."""

    def escalate(level: int) -> object:
        def work(session: Session, ticket: Ticket) -> Outbox | None:
            ticket.assignee = "alice@houseware.io"
            return mails.escalate_mail(session, desked.desk, ticket, level, ["late"], LATER)

        return in_session(desked, work)

    one, again, two = escalate(1), escalate(1), escalate(2)
    assert again is None
    assert isinstance(one, Outbox) and isinstance(two, Outbox)
    assert [(row.clock, row.level) for row in (one, two)] == [(0, 1), (0, 2)]
    rung = desked.desk.ladder.level(1)
    assert rung is not None
    message = bytes_of(one)
    assert [a.addr_spec for a in message["To"].addresses] == [rung.address]
    assert {a.addr_spec for a in message["Cc"].addresses} == {CSM, "alice@houseware.io"}
    assert set(one.recipients.split(",")) == {rung.address, CSM, "alice@houseware.io"}
    assert "[#1001]" in str(message["Subject"])


def test_relay_goes_to_the_customer_in_the_thread(desked: Desked) -> None:
    """An agent's answer is relayed to the requester, as a reply in the customer's thread."""

    def work(session: Session, ticket: Ticket) -> Outbox | None:
        return mails.queue_mail(
            session,
            desked.desk,
            ticket,
            "relay",
            LATER,
            agent_text="It works again.",
            attachments=(),
            agent_name="Agent",
        )

    row = in_session(desked, work)
    assert isinstance(row, Outbox) and row.first_recipient == CUSTOMER
    message = bytes_of(row)
    assert message["In-Reply-To"] is not None and "[#1001]" in str(message["Subject"])
    body = message.get_body(preferencelist=("plain",))
    assert body is not None and "It works again." in body.get_content()
