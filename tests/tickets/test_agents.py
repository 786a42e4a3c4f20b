"""Mail from staff on a stored ticket, without servers: proof of sender, relay, notes, commands.

Messages enter through `process_batch` (as ingest would) on SQLite; what agents' mail does is
read back from the ticket, its events and the outbox rows it queued.
"""

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, col, select

from supportmail.core.parse import parse_message
from supportmail.core.tokens import reply_address
from supportmail.core.types import Disposition
from supportmail.storage.tables import Outbox, Ticket, TicketMessage
from supportmail.tickets.agents import prove_sender
from tests.support.desk import Desked, customer_mail

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
LATER = T0 + timedelta(minutes=30)
AGENT = "agent@houseware.io"
CUSTOMER = "anna@acme.example"
FIRST = "<first@acme.example>"


@pytest.fixture(autouse=True)
def ticket_1001(desked: Desked) -> None:
    """Ticket #1001 opened by the customer's first mail on the desk of each test here."""
    desked.receive(
        customer_mail(
            "Reports are slow",
            "Every report takes minutes to load.",
            sender=f"Anna <{CUSTOMER}>",
            message_id=FIRST,
        ),
        T0,
    )


def token_for(desked: Desked, recipient: str, number: int = 1001) -> str:
    """The signed reply address through which `recipient` answers ticket `number`."""
    return reply_address(desked.desk.token_key, number, recipient, "support@houseware.io")


def agent_mail(body: str, *, to: str, cc: str | None = None, sender: str = AGENT) -> bytes:
    """A staff member's answer on ticket #1001's thread."""
    headers = [("Cc", cc)] if cc else []
    return customer_mail(
        "Re: [#1001] Reports are slow",
        body,
        sender=sender,
        to=to,
        in_reply_to=FIRST,
        headers=headers,
    )


def thread(desked: Desked) -> list[TicketMessage]:
    """Ticket #1001's messages, oldest first."""
    with Session(desked.engine) as session:
        return list(session.exec(select(TicketMessage).order_by(col(TicketMessage.id))).all())


def test_a_verified_answer_is_relayed_and_stops_the_clock(desked: Desked) -> None:
    """An agent's answer through their reply address is kept, relayed to the customer once,
    recorded as an agent reply, and the customer no longer waits (response clock stopped)."""
    outcome = desked.receive(agent_mail("Fixed, try again.", to=token_for(desked, AGENT)), LATER)
    assert outcome[0].disposition is Disposition.AGENT_REPLY
    ticket = desked.ticket(1001)
    assert ticket.response_due is None and ticket.first_response_at == LATER
    relays = desked.mails("relay")
    assert len(relays) == 1 and relays[0].first_recipient == CUSTOMER
    answer = thread(desked)[-1]
    assert (answer.author, answer.author_role, answer.is_note) == (AGENT, "agent", False)
    assert [e.actor for e in desked.events("agent_reply")] == [AGENT]


def test_an_answer_sent_to_the_customer_directly_is_not_relayed_again(desked: Desked) -> None:
    """With the customer among the recipients the answer already reached them: nothing is
    relayed, the answer is still recorded and stops the clock."""
    desked.receive(
        agent_mail("Fixed.", to=token_for(desked, AGENT), cc=CUSTOMER),
        LATER,
    )
    assert desked.mails("relay") == []
    assert desked.ticket(1001).response_due is None
    assert "directly" in desked.events("agent_reply")[0].detail


def test_a_note_stays_internal(desked: Desked) -> None:
    """#note keeps the text as an internal note: nothing to the customer, the clock runs on,
    and the agent is told what the command did."""
    desked.receive(agent_mail("#note\nLooks like the DB.", to=token_for(desked, AGENT)), LATER)
    assert desked.mails("relay") == []
    assert desked.ticket(1001).response_due is not None
    note = thread(desked)[-1]
    assert note.is_note and "Looks like the DB." in note.text
    assert len(desked.events("note")) == 1
    confirms = desked.mails("confirm")
    assert len(confirms) == 1 and confirms[0].first_recipient == AGENT


def test_commands_of_a_verified_sender_run_and_are_confirmed(desked: Desked) -> None:
    """A verified agent's commands change the ticket; one confirmation goes to the agent."""
    desked.receive(agent_mail("#priority P0\n#take", to=token_for(desked, AGENT)), LATER)
    ticket = desked.ticket(1001)
    assert (ticket.priority, ticket.assignee) == ("P0", AGENT)
    assert [m.first_recipient for m in desked.mails("confirm")] == [AGENT]


@pytest.mark.parametrize("case", ["no-token", "customer-token", "other-ticket-token"])
def test_unproven_staff_mail_is_kept_as_a_comment(desked: Desked, case: str) -> None:
    """Without a reply token issued to the sender nothing runs and nothing is relayed: the mail
    is an internal comment, with an event saying why."""
    desked.receive(customer_mail("Another one", "Second request.", sender="bob@acme.example"), T0)
    to = {
        "no-token": "support@houseware.io",
        "customer-token": token_for(desked, CUSTOMER),
        "other-ticket-token": token_for(desked, "bob@acme.example", 1002),
    }[case]
    before = desked.ticket(1001)
    desked.receive(agent_mail("#priority P0\nDone, closing.", to=to), LATER)
    after = desked.ticket(1001)
    assert (after.priority, after.response_due) == (before.priority, before.response_due)
    assert desked.mails("relay") == [] and desked.mails("confirm") == []
    kept = desked.events("unverified_staff_mail")
    assert len(kept) == 1 and "command line(s) ignored" in kept[0].detail
    assert thread(desked)[-1].is_note


def test_staff_writing_about_something_new_opens_a_ticket(desked: Desked) -> None:
    """Staff mail that names no ticket is a request like any other: a new ticket."""
    outcome = desked.receive(
        customer_mail("Printer on floor 3", "It jams again.", sender=AGENT), LATER
    )
    assert outcome[0].disposition is Disposition.NEW_TICKET
    assert desked.ticket(1002).requester == AGENT


@pytest.mark.parametrize(
    ("recipient", "verified", "how"),
    [
        (AGENT, True, "reply token"),
        ("team@houseware.io", True, "staff reply token"),
        (CUSTOMER, False, "was not issued to"),
    ],
)
def test_prove_sender(desked: Desked, recipient: str, verified: bool, how: str) -> None:
    """A token proves the sender it was issued to, and any staff member when issued to a
    shared staff address (the team); someone else's token proves nothing."""
    msg = parse_message(agent_mail("Hi", to=token_for(desked, recipient)))
    with Session(desked.engine) as session:
        proof = prove_sender(session, desked.desk, msg, LATER)
    assert proof.verified is verified and how in proof.how
    assert proof.ticket is not None and proof.ticket.number == 1001


def test_prove_sender_names_an_unknown_ticket(desked: Desked) -> None:
    """A well-formed token for a ticket that does not exist proves nothing and says so."""
    msg = parse_message(agent_mail("Hi", to=token_for(desked, AGENT, 4242)))
    with Session(desked.engine) as session:
        proof = prove_sender(session, desked.desk, msg, LATER)
    assert not proof.verified and proof.ticket is None and "unknown ticket #4242" in proof.how


def test_replies_to_internal_mail_stay_internal(desked: Desked) -> None:
    """An answer to one of our internal mails (the escalation) is an internal note, never
    relayed to the customer."""
    desked.receive(agent_mail("#escalate", to=token_for(desked, AGENT)), LATER)
    with Session(desked.engine) as session:
        escalation = session.exec(select(Outbox).where(Outbox.kind == "escalation")).one()
        number = session.exec(select(Ticket.number)).first()
    assert number == 1001
    manager = desked.desk.ladder.levels[0].address
    answer = customer_mail(
        "Re: [#1001] Escalated",
        "I'll look into it with the team.",
        sender=manager,
        to=token_for(desked, manager),
        in_reply_to=f"<{escalation.message_id}>",
    )
    desked.receive(answer, LATER + timedelta(minutes=5))
    assert desked.mails("relay") == []
    assert thread(desked)[-1].is_note
