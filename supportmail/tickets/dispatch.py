"""What a classified inbound message does to tickets: a customer's, an agent's, or ignored.

Every function runs inside the caller's transaction and writes tickets, messages, events and
outbox rows together; nothing here touches the network. Customers' mail is handled in
`customers`, staff mail in `agents`; bounces are linked to the mail they refer to here.
"""

from datetime import datetime

from sqlmodel import Session

from supportmail.core.priority import Triage
from supportmail.core.threading import thread_clues
from supportmail.core.types import Classification, Disposition, Kind, ParsedMessage
from supportmail.desk import Desk
from supportmail.storage import queries
from supportmail.storage.tables import InboundMessage, Ticket
from supportmail.tickets.agents import agent_message
from supportmail.tickets.bounces import record_bounce_of_ours
from supportmail.tickets.customers import customer_message


def handle_classified(
    session: Session,
    desk: Desk,
    inbound: InboundMessage,
    msg: ParsedMessage,
    classification: Classification,
    now: datetime,
    request: Triage | None = None,
) -> tuple[Disposition, Ticket | None]:
    """Apply one stored, classified message; return its disposition and ticket. `request`:
    its words read as a request already (`priority.read_request`), for a new ticket."""
    kind = classification.kind
    if kind is Kind.HUMAN:
        return customer_message(session, desk, inbound, msg, now, request)
    if kind is Kind.AGENT:
        return agent_message(session, desk, inbound, msg, now)
    if kind is Kind.BOUNCE:
        return Disposition.BOUNCE, _record_bounce(session, desk, inbound, msg, now)
    if kind is Kind.SPAM:
        # Kept (raw bytes, this row, the spam folder) and never answered, notified or
        # threaded: `supportmail spam release` puts it through again without the verdict.
        queries.add_event(
            session,
            "spam",
            f"{classification.reason}; kept, not answered",
            now,
            inbound_id=inbound.id,
        )
        return Disposition.SPAM, None
    ticket = _threaded_ticket(session, desk, msg)
    disposition = {
        Kind.AUTO_REPLY: Disposition.AUTO_REPLY,
        Kind.BULK: Disposition.BULK,
        Kind.LOOP: Disposition.LOOP,
    }[kind]
    if ticket is not None:
        queries.add_event(
            session,
            disposition.value,
            f"{classification.reason}; not answered",
            now,
            ticket_id=ticket.id,
            inbound_id=inbound.id,
        )
    return disposition, ticket


def _threaded_ticket(session: Session, desk: Desk, msg: ParsedMessage) -> Ticket | None:
    """The ticket an automatic message refers to, by Message-ID only (tags prove nothing)."""
    clues = thread_clues(msg, desk.config.support.tag_format)
    return queries.ticket_by_reference(session, clues.referenced_ids)


def _record_bounce(
    session: Session, desk: Desk, inbound: InboundMessage, msg: ParsedMessage, now: datetime
) -> Ticket | None:
    """Link a bounce to the mail it reports, when the report lets us find it; never answer it.

    A bounce of our own mail marks its outbox row and tells who must know (`bounces`).
    """
    report = msg.report
    original = report.original_message_id if report else None
    refs = tuple(r for r in (original, *msg.in_reply_to, *msg.references) if r)
    outbox = queries.outbox_by_message_ids(session, refs)
    ticket = (
        queries.ticket_for_id(session, outbox.ticket_id) if outbox and outbox.ticket_id else None
    )
    failed = ", ".join(report.failed_recipients) if report and report.failed_recipients else "?"
    action = report.action if report and report.action else "failed"
    if outbox is not None:
        detail = record_bounce_of_ours(session, desk, outbox, ticket, msg, action, failed, now)
    else:
        detail = f"{action} delivery to {failed}; the original message is not ours or not known"
    queries.add_event(
        session,
        "bounce",
        detail,
        now,
        ticket_id=ticket.id if ticket else None,
        inbound_id=inbound.id,
    )
    return ticket
