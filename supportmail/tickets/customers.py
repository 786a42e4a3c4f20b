"""A customer's mail on tickets: find its ticket, open one, add a reply, reopen a closed one.

Every function runs inside the caller's transaction and writes tickets, messages, events and
outbox rows together; nothing here touches the network.
"""

from datetime import datetime, timedelta

from sqlmodel import Session

from supportmail.core.priority import Triage, with_tier
from supportmail.core.reading import request_of
from supportmail.core.requester import as_requester_wrote
from supportmail.core.sla import format_due
from supportmail.core.threading import (
    ThreadClues,
    answers_our_mail,
    asks_to_escalate,
    same_organisation,
    strip_tag,
    thread_clues,
)
from supportmail.core.types import Disposition, ParsedMessage, Priority
from supportmail.desk import Desk
from supportmail.outbound import mails
from supportmail.shipped import default_policy
from supportmail.sla import deadlines
from supportmail.storage import queries
from supportmail.storage.stores import require_slow_path
from supportmail.storage.tables import InboundMessage, Ticket, TicketMessage, new_row
from supportmail.tickets.customer_locale import write_to_customer_as
from supportmail.tickets.merge import survivor_of


def customer_message(
    session: Session,
    desk: Desk,
    inbound: InboundMessage,
    msg: ParsedMessage,
    now: datetime,
    request: Triage | None = None,
) -> tuple[Disposition, Ticket]:
    """A customer's mail: a reply on its ticket, or a new ticket, as its requester's (`request`:
    its words read as a request already, when a worker read them ahead).

    Mail from a no-reply mailbox that names its writer in Reply-To is the writer's
    (`core.requester`): locating, participants, limits and answers all go by that address.
    """
    written_from = msg.sender
    msg = as_requester_wrote(msg, desk.own, desk.config.support.follow_reply_to)
    disposition, ticket = _customer_message(session, desk, inbound, msg, now, request)
    if written_from is not None and msg.sender != written_from:
        assert msg.sender is not None
        queries.add_event(
            session,
            "on_behalf",
            f"written from the mailbox {written_from.addr} for {msg.sender.addr} (its Reply-To, "
            "the address its text asks answers at, or our web form's visitor); answers go to "
            "that address",
            now,
            ticket_id=ticket.id,
            inbound_id=inbound.id,
            actor=msg.sender.addr,
        )
    return disposition, ticket


def _customer_message(
    session: Session,
    desk: Desk,
    inbound: InboundMessage,
    msg: ParsedMessage,
    now: datetime,
    request: Triage | None,
) -> tuple[Disposition, Ticket]:
    assert msg.sender is not None
    clues = thread_clues(msg, desk.config.support.tag_format)
    ticket, refused = locate_ticket(session, desk, msg.sender.addr, clues, now, inbound)
    if ticket is None:
        answering = answers_our_mail(
            msg, desk.config.support.tag_format, desk.own.message_id_domain
        )
        opened = open_ticket(
            session, desk, inbound, msg, now, linked=refused, answering=answering, request=request
        )
        return Disposition.NEW_TICKET, opened
    if ticket.status == "closed":
        assert ticket.closed_at is not None
        if now - ticket.closed_at > timedelta(days=desk.config.support.reopen_days):
            fresh = open_ticket(session, desk, inbound, msg, now, linked=ticket, request=request)
            return Disposition.NEW_TICKET, fresh
        reopen(session, desk, ticket, msg.sender.addr, now, "the customer wrote again")
        ticket.clock_started_at = received_time(desk, inbound, now)
        ticket.response_due = desk.due(ticket.clock_started_at, Priority(ticket.priority))
        add_customer_reply(session, desk, ticket, inbound, msg, now, reopened=True)
        return Disposition.REPLY, ticket
    add_customer_reply(session, desk, ticket, inbound, msg, now)
    return Disposition.REPLY, ticket


def find_ticket(
    session: Session,
    desk: Desk,
    sender: str,
    clues: ThreadClues,
    now: datetime,
    inbound: InboundMessage | None = None,
) -> Ticket | None:
    """The ticket a message threads to: by Message-ID, else by tag, when the sender may join."""
    return locate_ticket(session, desk, sender, clues, now, inbound)[0]


def locate_ticket(
    session: Session,
    desk: Desk,
    sender: str,
    clues: ThreadClues,
    now: datetime,
    inbound: InboundMessage | None = None,
) -> tuple[Ticket | None, Ticket | None]:
    """(the ticket the message joins, the ticket it refers to but may not join).

    A reference, by Message-ID or tag, is a clue, not a key. Staff and participants (From, To
    or Cc of the ticket's messages) join. By Message-ID, someone of a participant's own
    organisation (same domain, not a public mail provider) joins too, as a new participant,
    with an event the team sees; anyone else opens a new ticket linked to the one referred to,
    so their text, commands and "#escalate" never act on another customer's ticket.
    """
    inbound_id = inbound.id if inbound is not None else None
    ticket = queries.ticket_by_reference(session, clues.referenced_ids)
    if ticket is not None:
        ticket = survivor_of(session, ticket)  # a merged ticket's mail lives on in its survivor
        assert ticket.id is not None
        if desk.is_staff(sender) or queries.is_participant(session, ticket.id, sender):
            return ticket, None
        require_slow_path(session, "a message refers to a ticket it takes no part in")
        colleague = _colleague(session, ticket, sender)
        if colleague is not None:
            queries.add_event(
                session,
                "participant_joined",
                f"{sender} joined by replying in the thread: same organisation as {colleague}",
                now,
                ticket_id=ticket.id,
                inbound_id=inbound_id,
                actor=sender,
            )
            return ticket, None
        queries.add_event(
            session,
            "reference_refused",
            f"{sender} replied in the thread of #{ticket.number} but takes no part in it and "
            "is of no participant's organisation; opened a new ticket linked to it",
            now,
            ticket_id=ticket.id,
            inbound_id=inbound_id,
            actor=sender,
        )
        return None, ticket
    if clues.tagged_number is None:
        return None, None
    tagged = queries.ticket_by_number(session, clues.tagged_number)
    if tagged is None:
        return None, None
    tagged = survivor_of(session, tagged)
    assert tagged.id is not None
    if desk.is_staff(sender) or queries.is_participant(session, tagged.id, sender):
        return tagged, None
    # A leaked or guessed tag must not let a stranger into someone else's ticket.
    queries.add_event(
        session,
        "tag_refused",
        f"{sender} used the tag of ticket #{tagged.number} but takes no part in it; "
        "opened a new ticket instead",
        now,
        ticket_id=tagged.id,
        inbound_id=inbound_id,
        actor=sender,
    )
    return None, None


def _colleague(session: Session, ticket: Ticket, sender: str) -> str | None:
    """A participant of `ticket` of the sender's own organisation, or None."""
    assert ticket.id is not None
    domain = sender.rpartition("@")[2]
    people = [ticket.requester, *(p.address for p in queries.participants(session, ticket.id))]
    return next((p for p in people if same_organisation(domain, p.rpartition("@")[2])), None)


def received_time(desk: Desk, inbound: InboundMessage, now: datetime) -> datetime:
    """When the promise starts: the server's arrival time, never later than now."""
    if desk.scaled_clock or inbound.arrived_at is None:
        return now
    return min(inbound.arrived_at, now)


def open_ticket(
    session: Session,
    desk: Desk,
    inbound: InboundMessage,
    msg: ParsedMessage,
    now: datetime,
    linked: Ticket | None = None,
    answering: str | None = None,
    request: Triage | None = None,
) -> Ticket:
    """Open a ticket for a customer's new mail: triage, due time, acknowledgement, notices.

    `answering`: why the mail is an answer to our own mail; it then gets no acknowledgement.
    `request`: its words already read as a request (`core.reading.request_of`), else read here.
    """
    assert msg.sender is not None
    requester = msg.sender.addr
    received = received_time(desk, inbound, now)
    if request is None:
        request = request_of(msg, desk.reading_rules, default_policy())
    result = with_tier(
        request,
        desk.tier_policy(requester),
        msg.header("x-priority") or msg.header("importance"),
    )
    due = desk.due(received, result.priority)
    customer = desk.config.customer_for(requester)
    ticket = new_row(
        Ticket,
        requester=requester,
        requester_name=msg.sender.name,
        subject=strip_tag(msg.subject, desk.config.support.tag_format) or "(no subject)",
        status="open",
        priority=result.priority.value,
        priority_rule=result.rule,
        priority_explanation=result.explanation,
        priority_signals=", ".join(result.used),
        priority_asked=result.confirm,
        customer_domain=customer.domain if customer else None,
        received_at=received,
        created_at=now,
        updated_at=now,
        first_response_due=due,
        clock_started_at=received,
        response_due=due,
        linked_ticket_id=linked.id if linked is not None else None,
    )
    write_to_customer_as(desk, ticket, msg)
    number = queries.add_ticket(session, ticket)
    assert ticket.id is not None
    _add_participants(session, desk, ticket, msg, fresh=True)
    first = _record_customer_mail(session, ticket, inbound, msg, now)
    origin = ""
    if linked is not None:
        what = "follows closed ticket" if linked.status == "closed" else "refers to ticket"
        origin = f"; {what} #{linked.number}"
    queries.add_event(
        session,
        "created",
        f"#{number} opened by {requester}{origin}; {result.priority.value}: "
        f"{result.explanation}; first response due {format_due(due)}",
        now,
        ticket_id=ticket.id,
        inbound_id=inbound.id,
        actor=requester,
    )
    deadlines.rearm(session, desk, ticket, now)
    assert first.id is not None
    mails.acknowledge(session, desk, ticket, first.id, now, answering=answering)
    mails.notify_customer_mail(session, desk, ticket, msg, first.id, "new", now)
    if result.priority is Priority.P0:
        mails.page_oncall(session, desk, ticket, first.id, now)
    return ticket


def add_customer_reply(
    session: Session,
    desk: Desk,
    ticket: Ticket,
    inbound: InboundMessage,
    msg: ParsedMessage,
    now: datetime,
    *,
    reopened: bool = False,
) -> None:
    """Append a customer's reply; start a response clock unless one runs; notify; "#escalate".

    `reopened`: this message re-opened the ticket, which started its clock already.

    The first unanswered customer message starts the clock. A customer who writes again before
    any answer (a chase) never moves it: the due time stays, the chase is recorded and the
    team is told, so chasing can only ever bring attention, never push the promise back.
    """
    assert msg.sender is not None and ticket.id is not None
    _add_participants(session, desk, ticket, msg)
    reply = _record_customer_mail(session, ticket, inbound, msg, now)
    write_to_customer_as(desk, ticket, msg)  # a switch of language or zone shows from now on
    ticket.updated_at = now
    waiting = ticket.response_due is not None and not reopened
    detail = f"reply from {msg.sender.addr}"
    if waiting:
        assert ticket.response_due is not None
        detail += (
            f"; the customer is still waiting for a response since "
            f"{format_due(ticket.clock_started_at)} (due {format_due(ticket.response_due)}, "
            "unchanged)"
        )
    elif (
        not reopened
        and ticket.first_response_at is not None
        and desk.config.support.next_response_clock
    ):
        # Answered before: the customer now waits for the next response, on the same window,
        # counted from when their message reached us.
        deadlines.start_clock(session, desk, ticket, received_time(desk, inbound, now))
    session.add(ticket)
    queries.add_event(
        session,
        "customer_chase" if waiting else "customer_reply",
        detail,
        now,
        ticket_id=ticket.id,
        inbound_id=inbound.id,
        actor=msg.sender.addr,
    )
    if asks_to_escalate(msg.subject, msg.text.splitlines()):
        deadlines.customer_escalation(session, desk, ticket, msg.sender.addr, now)
    deadlines.rearm(session, desk, ticket, now)
    assert reply.id is not None
    notice = "chase" if waiting else "reply"  # a chase tells the team the customer waits
    mails.notify_customer_mail(session, desk, ticket, msg, reply.id, notice, now)


def reopen(
    session: Session, desk: Desk, ticket: Ticket, actor: str, now: datetime, why: str
) -> None:
    """Re-open a closed ticket; its response clock starts again now."""
    ticket.status, ticket.closed_at, ticket.updated_at = "open", None, now
    deadlines.start_clock(session, desk, ticket, now)
    queries.add_event(session, "reopened", why, now, ticket_id=ticket.id, actor=actor)


def attachment_parts(msg: ParsedMessage) -> tuple[tuple[str, str, bytes], ...]:
    """The message's attachments as (file name, content type, bytes), as the store keeps them."""
    return tuple((a.filename, a.content_type, a.content) for a in msg.attachments)


def _record_customer_mail(
    session: Session, ticket: Ticket, inbound: InboundMessage, msg: ParsedMessage, now: datetime
) -> TicketMessage:
    """Add the customer's message, with its attachments, to the ticket's thread."""
    assert msg.sender is not None and ticket.id is not None
    return queries.add_ticket_message(
        session,
        ticket.id,
        direction="in",
        author=msg.sender.addr,
        author_role="customer",
        text=msg.text,
        now=now,
        message_id=msg.message_id,
        inbound_id=inbound.id,
        attachments=attachment_parts(msg),
    )


def _add_participants(
    session: Session, desk: Desk, ticket: Ticket, msg: ParsedMessage, fresh: bool = False
) -> None:
    """The sender and the people in Cc take part; our own addresses never do.

    `fresh`: the ticket was opened in this transaction and has no participants yet.
    """
    assert ticket.id is not None and msg.sender is not None
    own = desk.own
    people: list[tuple[str, str]] = []
    role = "requester" if msg.sender.addr == ticket.requester else "cc"
    if msg.sender.addr not in own.support_addresses:
        people.append((msg.sender.addr, role))
    for address in (*msg.to, *msg.cc):
        addr = address.addr
        local = addr.partition("@")[0]
        if addr in own.support_addresses or (
            addr.endswith("@" + desk.config.support.domain) and "+" in local
        ):
            continue  # our own and our reply addresses (support+N.token@) are never participants
        if addr in own.agent_addresses or addr.rpartition("@")[2] in own.agent_domains:
            continue
        people.append((addr, "cc"))
    queries.add_participants(session, ticket.id, people, fresh)
