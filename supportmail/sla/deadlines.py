"""The SLA clock and the escalation ladder on stored tickets: arm, fire, stop.

`Ticket.next_deadline` holds the next moment the ladder must act on a ticket (NULL: nothing
due), so the scheduler needs one indexed query for the next wake-up and one for what is due.
"""

import logging
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.core.ladder import Step, next_due, next_level, pending_steps, select_due
from supportmail.core.quoting import strip_quoted
from supportmail.core.sla import format_due, format_duration
from supportmail.core.staffmail import CustomerText
from supportmail.core.types import Priority
from supportmail.desk import Desk
from supportmail.outbound import mails
from supportmail.outbound.render import language_words
from supportmail.storage import queries
from supportmail.storage.tables import Event, Ticket, TicketMessage

log = logging.getLogger(__name__)


def _pending(desk: Desk, ticket: Ticket) -> list[Step]:
    """The ladder steps not yet done on the ticket's current clock, due or not."""
    level = ticket.escalation_level
    priority = Priority(ticket.priority)
    return pending_steps(
        ticket.clock_started_at,
        desk.config.window_hours(priority),
        desk.ladder,
        done_levels=frozenset(range(1, level + 1)),
        warned=ticket.warned,
        responded=ticket.response_due is None or ticket.status == "closed",
        acked=ticket.acked_by is not None,
        current_level=level,
        calendar=desk.config.calendar_for(priority),
    )


def rearm(session: Session, desk: Desk, ticket: Ticket, now: datetime) -> None:
    """Recompute when the ladder next has to act on `ticket` (after any change to it)."""
    ticket.next_deadline = next_due(_pending(desk, ticket))
    session.add(ticket)


def start_clock(session: Session, desk: Desk, ticket: Ticket, start: datetime) -> None:
    """Start a new response clock at `start` (a customer reply after a response, a reopen)."""
    ticket.clock_started_at = start
    ticket.clock_number += 1
    ticket.response_due = desk.due(start, Priority(ticket.priority))
    ticket.escalation_level, ticket.warned, ticket.acked_by = 0, False, None
    session.add(ticket)


def stop_clock(session: Session, desk: Desk, ticket: Ticket, now: datetime) -> None:
    """An agent responded: the customer no longer waits on us, the ladder stops."""
    if ticket.first_response_at is None:
        ticket.first_response_at = now
    ticket.response_due = None
    rearm(session, desk, ticket, now)


def set_priority(
    session: Session, desk: Desk, ticket: Ticket, priority: Priority, now: datetime
) -> None:
    """Change the priority; due times are recomputed from the clock's start, not from now."""
    ticket.priority = priority.value
    if ticket.clock_number == 0:
        ticket.first_response_due = desk.due(ticket.received_at, priority)
    if ticket.response_due is not None:
        ticket.response_due = desk.due(ticket.clock_started_at, priority)
    rearm(session, desk, ticket, now)


def next_deadline(session: Session) -> datetime | None:
    """The earliest moment any ticket needs the ladder (one index lookup)."""
    return session.exec(select(func.min(Ticket.next_deadline))).one()


def due_ticket_ids(session: Session, now: datetime, limit: int = 500) -> list[int]:
    """Tickets whose next deadline has come (an index range scan)."""
    rows = session.exec(
        select(Ticket.id)
        .where(col(Ticket.next_deadline).is_not(None), col(Ticket.next_deadline) <= now)
        .order_by(col(Ticket.next_deadline))
        .limit(limit)
    ).all()
    return [r for r in rows if r is not None]


def run_due(engine: Engine, desk: Desk, now: datetime) -> int:
    """Fire every warning and escalation that is due; return how many mails were queued.

    Each ticket is handled in its own transaction, locked on PostgreSQL so that two instances
    never escalate one ticket together; the unique outbox index is the last line of defence.
    """
    fired = 0
    with Session(engine) as session:
        ids = due_ticket_ids(session, now)
    for ticket_id in ids:
        with Session(engine, expire_on_commit=False) as session:
            query = select(Ticket).where(Ticket.id == ticket_id)
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            ticket = session.exec(query).first()
            if ticket is None or ticket.next_deadline is None or ticket.next_deadline > now:
                continue
            fired += fire_steps(session, desk, ticket, now)
            session.commit()
    return fired


def fire_steps(session: Session, desk: Desk, ticket: Ticket, now: datetime) -> int:
    """Queue the mails for the ladder steps due on `ticket`, record them, re-arm it."""
    fired = 0
    for step in select_due(_pending(desk, ticket), now):
        if step.kind == "warning":
            warning = mails.queue_mail(
                session,
                desk,
                ticket,
                "warning",
                now,
                row_clock=ticket.clock_number,  # a later response clock warns again
                once=True,
                to=mails.staff_recipient(desk, ticket),
                summary_lines=summary_lines(session, desk, ticket, now),
                customer_texts=customer_texts(session, ticket),
            )
            if warning is not None:
                fired += 1
            ticket.warned = True
            queries.add_event(
                session,
                "warning",
                f"response due {format_due(ticket.response_due or now)}",
                now,
                ticket_id=ticket.id,
            )
            continue
        fired += _escalate_to(session, desk, ticket, step.level, now, "the response window lapsed")
    rearm(session, desk, ticket, now)
    return fired


def escalate_now(
    session: Session, desk: Desk, ticket: Ticket, level: int, now: datetime, why: str
) -> int:
    """Escalate `ticket` to `level` at once (an agent's #escalate); re-arm the ladder."""
    fired = _escalate_to(session, desk, ticket, level, now, why)
    rearm(session, desk, ticket, now)
    return fired


def _escalate_to(
    session: Session, desk: Desk, ticket: Ticket, level: int, now: datetime, why: str
) -> int:
    rung = desk.ladder.level(level)
    assert rung is not None
    ticket.escalation_level = max(ticket.escalation_level, level)
    ticket.warned = True
    session.add(ticket)
    row = mails.escalate_mail(
        session,
        desk,
        ticket,
        level,
        summary_lines(session, desk, ticket, now),
        now,
        customer_texts=customer_texts(session, ticket),
    )
    queries.add_event(
        session,
        "escalation",
        f"level {level} ({rung.name}, {rung.address}): {why}",
        now,
        ticket_id=ticket.id,
    )
    log.info("ticket #%s escalated to level %s (%s): %s", ticket.number, level, rung.name, why)
    return 1 if row is not None else 0


def customer_escalation(
    session: Session, desk: Desk, ticket: Ticket, actor: str, now: datetime
) -> bool:
    """The customer asked to escalate: move to the next level at once and tell them who has it."""
    nxt = next_level(ticket.escalation_level, desk.ladder)
    if nxt is None:
        queries.add_event(
            session,
            "escalation",
            "customer asked to escalate; already at the top level",
            now,
            ticket_id=ticket.id,
            actor=actor,
        )
        return False
    _escalate_to(session, desk, ticket, nxt.number, now, f"{actor} asked to escalate")
    mails.queue_mail(
        session,
        desk,
        ticket,
        "escalated",
        now,
        row_level=ticket.escalation_level,
        level_name=nxt.name,
    )
    rearm(session, desk, ticket, now)
    return True


def acknowledge_escalation(
    session: Session, desk: Desk, ticket: Ticket, actor: str, now: datetime
) -> None:
    """An escalation recipient took the ticket (#ack): the ladder stops, they own it."""
    ticket.acked_by = actor
    ticket.assignee = actor
    rearm(session, desk, ticket, now)
    queries.add_event(
        session,
        "escalation_ack",
        f"{actor} acknowledged the escalation and owns the ticket",
        now,
        ticket_id=ticket.id,
        actor=actor,
    )


def customer_texts(session: Session, ticket: Ticket) -> list[CustomerText]:
    """The customer's first message and, when there is a later one, their latest (new text
    only), for the staff mails that must show what the customer wrote."""
    found = session.exec(
        select(TicketMessage)
        .where(
            TicketMessage.ticket_id == ticket.id,
            TicketMessage.author_role == "customer",
            col(TicketMessage.is_note).is_(False),
        )
        .order_by(col(TicketMessage.id))
    ).all()
    if not found:
        return []
    picked = [found[0], found[-1]] if len(found) > 1 else [found[0]]
    return [
        CustomerText(
            which="first" if index == 0 else "latest",
            author=message.author,
            when=message.created_at,
            text=strip_quoted(message.text).strip() or message.text.strip(),
        )
        for index, message in enumerate(picked)
    ]


def summary_lines(session: Session, desk: Desk, ticket: Ticket, now: datetime) -> list[str]:
    """What happened so far on the ticket, for an escalation mail (newest events last): its age
    in the team language's words, then the recorded events as they were logged."""
    events = session.exec(
        select(Event).where(Event.ticket_id == ticket.id).order_by(col(Event.id).desc()).limit(8)
    ).all()
    age = format_duration(now - ticket.received_at)
    people = len(queries.participants(session, ticket.id or 0))
    words = language_words(desk.config.support.team_language)
    lines = [words.phrase("open_for", age=age, count=people)]
    for event in reversed(events):
        lines.append(f"{format_due(event.created_at)}: {event.kind}: {event.detail}")
    return lines
