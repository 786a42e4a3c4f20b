"""What the ops commands read from the database: ticket lists, SLA figures, quarantine.

Plain queries and arithmetic on stored rows, returned as frozen values; formatting is the
command line's business (cli_ops, cli_tables).
"""

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, func, select

from supportmail.core.types import Priority
from supportmail.storage.tables import (
    AttachmentRef,
    Event,
    InboundMessage,
    Outbox,
    Ticket,
    TicketMessage,
)


def current_due(ticket: Ticket) -> datetime | None:
    """When the ticket's current response is due; None once answered or closed."""
    if ticket.status == "closed":
        return None
    return ticket.response_due


def list_tickets(
    session: Session,
    now: datetime,
    *,
    open_only: bool = False,
    priorities: Sequence[str] = (),
    overdue: bool = False,
    unconfirmed: bool = False,
    assignee: str | None = None,
    unassigned: bool = False,
) -> list[Ticket]:
    """Tickets matching the filters, soonest due first (answered and closed ones last).

    `unconfirmed`: open tickets whose triage asked the team to confirm the priority (weak
    evidence) and whose priority nobody has confirmed or set with #priority since.
    `assignee`: that person's tickets (any case); `unassigned`: open tickets nobody has.
    """
    query = select(Ticket)
    if assignee is not None:
        query = query.where(func.lower(col(Ticket.assignee)) == assignee.strip().lower())
    if unassigned:
        query = query.where(Ticket.status == "open", col(Ticket.assignee).is_(None))
    if unconfirmed:
        query = query.where(
            Ticket.status == "open",
            col(Ticket.priority_asked).is_(True),
            col(Ticket.priority_confirmed_by).is_(None),
        )
    if open_only or overdue:
        query = query.where(Ticket.status == "open")
    if priorities:
        query = query.where(col(Ticket.priority).in_(priorities))
    if overdue:
        query = query.where(col(Ticket.response_due).is_not(None), col(Ticket.response_due) <= now)
    tickets = list(session.exec(query).all())

    def key(ticket: Ticket) -> tuple[int, datetime, int]:
        due = current_due(ticket)
        return (0 if due is not None else 1, due or ticket.received_at, ticket.number or 0)

    return sorted(tickets, key=key)


@dataclass(frozen=True)
class Thread:
    """A ticket's thread, events and outgoing mail, oldest first."""

    messages: list[TicketMessage]
    attachments: dict[int, list[AttachmentRef]]
    events: list[Event]
    outbox: list[Outbox]


def ticket_thread(session: Session, ticket: Ticket) -> Thread:
    """Everything `supportmail show` prints below a ticket's header."""
    tid = ticket.id
    messages = list(
        session.exec(
            select(TicketMessage)
            .where(TicketMessage.ticket_id == tid)
            .order_by(col(TicketMessage.created_at), col(TicketMessage.id))
        ).all()
    )
    attachments: dict[int, list[AttachmentRef]] = {}
    ids = [m.id for m in messages if m.id is not None]
    if ids:
        for ref in session.exec(
            select(AttachmentRef)
            .where(col(AttachmentRef.ticket_message_id).in_(ids))
            .order_by(col(AttachmentRef.id))
        ).all():
            attachments.setdefault(ref.ticket_message_id, []).append(ref)
    events = list(
        session.exec(
            select(Event)
            .where(Event.ticket_id == tid)
            .order_by(col(Event.created_at), col(Event.id))
        ).all()
    )
    outbox = list(
        session.exec(select(Outbox).where(Outbox.ticket_id == tid).order_by(col(Outbox.id))).all()
    )
    return Thread(messages, attachments, events, outbox)


def quarantined(session: Session) -> list[InboundMessage]:
    """Every quarantined inbound message, oldest first."""
    return list(
        session.exec(
            select(InboundMessage)
            .where(InboundMessage.state == "quarantined")
            .order_by(col(InboundMessage.id))
        ).all()
    )


@dataclass
class SlaRow:
    """SLA compliance for one priority (or "total"): first responses against their windows."""

    priority: str
    tickets: int = 0
    responded_in_time: int = 0
    breached: int = 0  # answered late, or still unanswered past due
    pending: int = 0  # unanswered, not yet due: no verdict yet
    response_times: list[timedelta] = field(default_factory=list)
    escalations: dict[int, int] = field(default_factory=dict)

    @property
    def in_time_percent(self) -> float | None:
        """Share answered in time among tickets with a verdict; None when there is none."""
        judged = self.responded_in_time + self.breached
        return None if judged == 0 else 100.0 * self.responded_in_time / judged

    @property
    def median(self) -> timedelta | None:
        """Median first-response time."""
        if not self.response_times:
            return None
        return timedelta(seconds=statistics.median(t.total_seconds() for t in self.response_times))

    @property
    def p90(self) -> timedelta | None:
        """90th percentile first-response time (nearest rank: a time some ticket really had)."""
        if not self.response_times:
            return None
        ordered = sorted(self.response_times)
        return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]


def sla_report(
    session: Session, now: datetime, since: datetime | None, levels: Sequence[int]
) -> list[SlaRow]:
    """One row per priority P0..P3 and a total row, for tickets received since `since`."""
    query = select(Ticket)
    if since is not None:
        query = query.where(col(Ticket.received_at) >= since)
    tickets = session.exec(query).all()
    rows = {p.value: SlaRow(p.value, escalations=dict.fromkeys(levels, 0)) for p in Priority}
    total = SlaRow("total", escalations=dict.fromkeys(levels, 0))
    by_id: dict[int, str] = {}
    for ticket in tickets:
        assert ticket.id is not None
        by_id[ticket.id] = ticket.priority
        for row in (rows.setdefault(ticket.priority, SlaRow(ticket.priority)), total):
            _count(row, ticket, now)
    if by_id:
        # The escalation mails (once per ticket, response clock and level).
        mails = session.exec(
            select(Outbox.ticket_id, Outbox.level).where(
                Outbox.kind == "escalation", col(Outbox.ticket_id).in_(list(by_id))
            )
        ).all()
        for ticket_id, level in mails:
            if ticket_id is None:
                continue
            for row in (rows[by_id[ticket_id]], total):
                row.escalations[level] = row.escalations.get(level, 0) + 1
    return [*rows.values(), total]


def _count(row: SlaRow, ticket: Ticket, now: datetime) -> None:
    row.tickets += 1
    answered, due = ticket.first_response_at, ticket.first_response_due
    if answered is not None:
        row.response_times.append(answered - ticket.received_at)
        if answered <= due:
            row.responded_in_time += 1
        else:
            row.breached += 1
    elif due <= now and ticket.status == "open":
        row.breached += 1
    elif ticket.status == "open":
        row.pending += 1


def ticket_record(ticket: Ticket, now: datetime) -> dict[str, Any]:
    """One ticket as the json/csv output of `tickets` has it."""
    due = current_due(ticket)
    return {
        "number": ticket.number,
        "priority": ticket.priority,
        "status": ticket.status,
        "requester": ticket.requester,
        "subject": ticket.subject,
        "due": due,
        "overdue": due is not None and due <= now,
        "escalation_level": ticket.escalation_level,
        "assignee": ticket.assignee,
        "received_at": ticket.received_at,
        "first_response_due": ticket.first_response_due,
        "first_response_at": ticket.first_response_at,
        "priority_rule": ticket.priority_rule,
        "priority_signals": ticket.priority_signals,
        "priority_confirmed": not ticket.priority_asked or ticket.priority_confirmed_by is not None,
        "priority_confirmed_by": ticket.priority_confirmed_by,
    }


TICKET_KEYS = (
    "number",
    "priority",
    "status",
    "requester",
    "subject",
    "due",
    "overdue",
    "escalation_level",
    "assignee",
    "received_at",
    "first_response_due",
    "first_response_at",
    "priority_rule",
    "priority_signals",
    "priority_confirmed",
    "priority_confirmed_by",
)


def _seconds(value: timedelta | None) -> int | None:
    return None if value is None else int(value.total_seconds())


def report_record(row: SlaRow) -> dict[str, Any]:
    """One report row as json/csv output has it (times in seconds)."""
    record: dict[str, Any] = {
        "priority": row.priority,
        "tickets": row.tickets,
        "responded_in_time": row.responded_in_time,
        "in_time_percent": None if row.in_time_percent is None else round(row.in_time_percent, 1),
        "breached": row.breached,
        "pending": row.pending,
        "median_first_response_seconds": _seconds(row.median),
        "p90_first_response_seconds": _seconds(row.p90),
    }
    for level, count in sorted(row.escalations.items()):
        record[f"escalations_level_{level}"] = count
    return record
