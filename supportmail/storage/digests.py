"""What digests read from the database, and the row that makes each digest go out once.

`claim_digest` writes the (kind, recipient, period) row in the caller's transaction, inside a
savepoint: a second instance that gets there later (or waits on the first one's lock, on
PostgreSQL) hits the unique constraint and is told None, having changed nothing. The caller
writes the digest's outbox row in the same transaction, so the claim and the mail are
committed together or not at all.
"""

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, or_, select

from supportmail.storage.tables import DigestSent, Ticket, new_row


def open_tickets(session: Session, assignee: str | None) -> list[Ticket]:
    """The open tickets of `assignee` (None: the unassigned ones), in number order."""
    query = select(Ticket).where(Ticket.status == "open")
    if assignee is None:
        query = query.where(col(Ticket.assignee).is_(None))
    else:
        query = query.where(Ticket.assignee == assignee)
    return list(session.exec(query.order_by(col(Ticket.number))).all())


def assignees_with_open_tickets(session: Session) -> list[str]:
    """Everyone who holds at least one open ticket, sorted."""
    rows = session.exec(
        select(Ticket.assignee)
        .where(Ticket.status == "open", col(Ticket.assignee).is_not(None))
        .distinct()
    ).all()
    return sorted(a for a in rows if a)


def tickets_for_week(session: Session, since: datetime) -> list[Ticket]:
    """Every ticket a weekly report from `since` on may show: first response due or received
    since then, or open now. Merged tickets are left out (their survivor holds the promise)."""
    query = select(Ticket).where(
        Ticket.status != "merged",
        or_(
            col(Ticket.first_response_due) >= since,
            col(Ticket.received_at) >= since,
            Ticket.status == "open",
        ),
    )
    return list(session.exec(query.order_by(col(Ticket.number))).all())


def digest_handled(session: Session, kind: str, recipient: str, period: str) -> bool:
    """True when the digest of `kind` for `recipient` and `period` was already handled."""
    found = session.exec(
        select(DigestSent.id).where(
            DigestSent.kind == kind,
            DigestSent.recipient == recipient,
            DigestSent.period == period,
        )
    ).first()
    return found is not None


def claim_digest(
    session: Session, kind: str, recipient: str, period: str, now: datetime
) -> DigestSent | None:
    """Record the digest as handled in the caller's transaction; None when it already was."""
    row = new_row(
        DigestSent, kind=kind, recipient=recipient, period=period, outbox_id=None, created_at=now
    )
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
    except IntegrityError:
        if digest_handled(session, kind, recipient, period):
            return None
        raise  # another constraint: a bug, not a second instance
    return row
