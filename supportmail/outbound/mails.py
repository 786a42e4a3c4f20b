"""Compose the mails a ticket change calls for and write them to the outbox (no sending here).

Each function runs in the caller's transaction, so a mail exists exactly when the change that
called for it is committed. The mails of every ingested message (ack, notify, page) are written
as params and composed by the outbox worker when first claimed (`outmail`). The once-per-ticket
kinds (ack, page, warning, escalation) are unique per ticket, response clock and level: the
warnings and escalations go
through `enqueue_once`, and ack and page are only written for a ticket opened in the same
transaction, so a replay can never write a second one.
"""

from datetime import datetime
from email.message import EmailMessage

from sqlmodel import Session

from supportmail.core import compose
from supportmail.core.outgoing_headers import checked_addr
from supportmail.core.tokens import reply_address
from supportmail.core.types import ParsedMessage
from supportmail.desk import Desk
from supportmail.outbound.queue import enqueue, enqueue_once, enqueue_params
from supportmail.outbound.ratelimits import automatic_mail_blocked
from supportmail.outbound.render import params_json
from supportmail.storage import queries
from supportmail.storage.tables import Outbox, Ticket


def _message_id(desk: Desk, kind: str, ticket: Ticket) -> str:
    return compose.make_message_id(desk.identity, kind, str(ticket.number))


def reply_to_for(desk: Desk, ticket: Ticket, recipient: str) -> str:
    """The signed reply address through which `recipient` answers or commands this ticket."""
    assert ticket.number is not None
    return reply_address(desk.token_key, ticket.number, recipient, desk.config.support.address)


def _remember(session: Session, row: Outbox | None) -> None:
    """Thread replies to this mail back to its ticket (its Message-ID is new: no lookup)."""
    if row is not None and row.ticket_id is not None:
        queries.add_thread_ref(session, row.message_id, row.ticket_id, row.id)


def _queue(
    session: Session,
    ticket: Ticket,
    kind: str,
    message: EmailMessage,
    now: datetime,
    *,
    level: int = 0,
    clock: int = 0,
    once: bool = False,
) -> Outbox | None:
    """Write a composed mail for `ticket` to the outbox (once per clock and level when `once`),
    and thread replies to it back to the ticket; None when a `once` mail was already there."""
    assert ticket.id is not None
    write = enqueue_once if once else enqueue
    row = write(
        session, kind=kind, ticket_id=ticket.id, level=level, message=message, now=now, clock=clock
    )
    _remember(session, row)
    return row


def _deferred(
    session: Session,
    desk: Desk,
    ticket: Ticket,
    kind: str,
    recipient: str,
    upto: int,
    now: datetime,
    **extra: object,
) -> Outbox:
    """Write a mail of `kind` to `recipient` as params (composed when first claimed: `outmail`)."""
    assert ticket.id is not None
    checked_addr(recipient)  # a malformed address fails here, in the transaction, not at sending
    facts = desk.facts_with_thread(ticket, (), None)
    row = enqueue_params(
        session,
        kind=kind,
        ticket_id=ticket.id,
        level=0,
        message_id=_message_id(desk, kind, ticket),
        recipients=[recipient],
        params=params_json(desk.identity, facts, upto, now=now.isoformat(), **extra),
        now=now,
    )
    _remember(session, row)
    return row


def acknowledge(
    session: Session, desk: Desk, ticket: Ticket, upto: int, now: datetime
) -> Outbox | None:
    """Queue the acknowledgement of a ticket opened in this transaction, unless a limit says no.

    `upto` is the ticket message that opened it (the thread the acknowledgement answers).
    """
    blocked = automatic_mail_blocked(session, desk, ticket, now)
    if blocked is not None:
        queries.add_event(
            session, "ack_suppressed", blocked, now, ticket_id=ticket.id, actor=ticket.requester
        )
        return None
    return _deferred(session, desk, ticket, "ack", ticket.requester, upto, now)


def staff_recipient(desk: Desk, ticket: Ticket) -> str:
    """Who hears about customer mail: the assignee when there is one, else the team."""
    return ticket.assignee or desk.config.support.team_address


def notify_customer_mail(
    session: Session,
    desk: Desk,
    ticket: Ticket,
    msg: ParsedMessage,
    source: int,
    kind: str,
    now: datetime,
) -> Outbox:
    """Tell the assignee or team about a new ticket or a customer's reply, with a reply address.

    `source` is the ticket message holding the customer's text (quoted in the mail).
    """
    to = staff_recipient(desk, ticket)
    return _deferred(
        session,
        desk,
        ticket,
        "notify",
        to,
        source,
        now,
        to=to,
        reply_to=reply_to_for(desk, ticket, to),
        text_id=source,
        notice="new" if kind == "new" else "reply",
        forward_limit_mb=desk.config.support.forward_attachments_mb,
        priority_why=ticket.priority_explanation if kind == "new" else None,
    )


def page_oncall(session: Session, desk: Desk, ticket: Ticket, source: int, now: datetime) -> None:
    """Page the on-call address for a P0 opened in this transaction (24/7 SRE), once per ticket.

    `source` is the ticket message holding the customer's text (quoted in the page).
    """
    oncall = desk.config.support.oncall_address
    if oncall is None:
        return
    _deferred(
        session,
        desk,
        ticket,
        "page",
        oncall,
        source,
        now,
        to=oncall,
        reply_to=reply_to_for(desk, ticket, oncall),
        text_id=source,
    )


def relay_to_customer(
    session: Session,
    desk: Desk,
    ticket: Ticket,
    text: str,
    attachments: tuple[tuple[str, str, bytes], ...],
    agent_name: str | None,
    now: datetime,
) -> Outbox:
    """Send an agent's answer to the customer from the support address."""
    assert ticket.id is not None
    message = compose.compose_relay(
        desk.identity,
        desk.facts(session, ticket),
        _message_id(desk, "relay", ticket),
        agent_text=text,
        attachments=attachments,
        now=now,
        agent_name=agent_name,
    )
    row = _queue(session, ticket, "relay", message, now)
    assert row is not None
    return row


def confirm_commands(
    session: Session,
    desk: Desk,
    ticket: Ticket,
    to: str,
    results: list[str],
    errors: list[str],
    now: datetime,
) -> None:
    """Tell the agent what their commands did, and explain any mistake (never the customer)."""
    assert ticket.id is not None
    message = compose.compose_command_result(
        desk.identity,
        desk.facts(session, ticket),
        _message_id(desk, "confirm", ticket),
        to=to,
        results=results,
        errors=errors,
        now=now,
        reply_to=reply_to_for(desk, ticket, to),
    )
    _queue(session, ticket, "confirm", message, now)


def announce_priority(
    session: Session, desk: Desk, ticket: Ticket, old: str, new: str, now: datetime
) -> None:
    """Re-announce the promise to the customer after a priority change."""
    assert ticket.id is not None
    message = compose.compose_priority_changed(
        desk.identity,
        desk.facts(session, ticket),
        _message_id(desk, "priority", ticket),
        old=old,
        new=new,
        now=now,
    )
    _queue(session, ticket, "priority", message, now)


def tell_customer_escalated(
    session: Session, desk: Desk, ticket: Ticket, level_name: str, now: datetime
) -> None:
    """Confirm to the customer that their escalation reached `level_name`."""
    assert ticket.id is not None
    message = compose.compose_customer_escalated(
        desk.identity,
        desk.facts(session, ticket),
        _message_id(desk, "escalated", ticket),
        level_name=level_name,
        now=now,
    )
    _queue(session, ticket, "escalated", message, now, level=ticket.escalation_level)


def warn_staff(session: Session, desk: Desk, ticket: Ticket, now: datetime) -> Outbox | None:
    """Warn the assignee or team that the response window is running out (once per clock)."""
    assert ticket.id is not None
    to = staff_recipient(desk, ticket)
    message = compose.compose_warning(
        desk.identity,
        desk.facts(session, ticket),
        _message_id(desk, "warning", ticket),
        to=to,
        reply_to=reply_to_for(desk, ticket, to),
        now=now,
    )
    # Once per response clock: a later clock (after the customer wrote again) warns again.
    clock = ticket.clock_number
    return _queue(session, ticket, "warning", message, now, clock=clock, once=True)


def escalate_mail(
    session: Session,
    desk: Desk,
    ticket: Ticket,
    level: int,
    summary: list[str],
    now: datetime,
) -> Outbox | None:
    """The escalation mail to a level's address, Cc the CSM and the assignee; once per level."""
    assert ticket.id is not None
    rung = desk.ladder.level(level)
    assert rung is not None
    customer = desk.config.customer_for(ticket.requester)
    cc = [
        a for a in (customer.csm if customer else None, ticket.assignee) if a and a != rung.address
    ]
    message = compose.compose_escalation(
        desk.identity,
        desk.facts(session, ticket),
        _message_id(desk, f"escalation{level}", ticket),
        level=level,
        level_name=rung.name,
        to=rung.address,
        cc=cc,
        reply_to=reply_to_for(desk, ticket, rung.address),
        summary_lines=summary,
        now=now,
    )
    clock = ticket.clock_number  # each response clock escalates once per level
    return _queue(session, ticket, "escalation", message, now, level=level, clock=clock, once=True)
