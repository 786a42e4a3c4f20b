"""The spam folder's other side: list what our receiving server called spam, and release it.

Spam is kept: its raw bytes, its inbound row (disposition "spam", the verdict as reason) and
the message itself in the IMAP spam folder. Releasing one puts its stored raw bytes through the
normal handling again with spam verdicts ignored, in one transaction; the copy in the spam
folder stays where it is (the desk never reads that folder again).
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.core.classify import classify
from supportmail.core.parse import parse_message
from supportmail.core.types import Disposition
from supportmail.desk import Desk
from supportmail.errors import PermanentError
from supportmail.storage import queries
from supportmail.storage.tables import InboundMessage
from supportmail.tickets.dispatch import handle_classified


@dataclass(frozen=True)
class HeldSpam:
    """One message held as spam: its id (for release), when, from whom, what, and why."""

    inbound_id: int
    committed_at: datetime
    sender: str
    subject: str
    reason: str


def list_spam(engine: Engine, desk: Desk) -> list[HeldSpam]:
    """Every message still held as spam, oldest first."""
    held = []
    with Session(engine) as session:
        found = session.exec(
            select(InboundMessage)
            .where(InboundMessage.disposition == Disposition.SPAM.value)
            .order_by(col(InboundMessage.id))
        ).all()
        for row in found:
            raw = queries.get_blob(session, row.raw_sha256) or b""
            msg = parse_message(raw, desk.limits)
            assert row.id is not None
            held.append(
                HeldSpam(
                    inbound_id=row.id,
                    committed_at=row.committed_at,
                    sender=msg.sender.addr if msg.sender else "?",
                    subject=msg.subject,
                    reason=row.reason or "",
                )
            )
    return held


def release_spam(
    engine: Engine, desk: Desk, inbound_id: int, actor: str, now: datetime
) -> tuple[Disposition, int | None]:
    """Handle held message `inbound_id` as if no filter had called it spam.

    Returns its new disposition and ticket number. PermanentError when it is not held as spam.
    """
    with Session(engine, expire_on_commit=False) as session:
        inbound = session.get(InboundMessage, inbound_id)
        if inbound is None or inbound.disposition != Disposition.SPAM.value:
            raise PermanentError(f"message {inbound_id} is not held as spam")
        raw = queries.get_blob(session, inbound.raw_sha256)
        if raw is None:
            raise PermanentError(f"message {inbound_id}: its raw bytes are gone")
        msg = parse_message(raw, desk.limits)
        classification = classify(msg, desk.own, spam=False)
        disposition, ticket = handle_classified(session, desk, inbound, msg, classification, now)
        inbound.disposition = disposition.value
        inbound.reason = f"released from spam by {actor}; {classification.reason}"
        inbound.ticket_id = ticket.id if ticket is not None else None
        session.add(inbound)
        queries.add_event(
            session,
            "spam_released",
            f"message {inbound_id} released from spam by {actor}: {disposition.value}",
            now,
            ticket_id=inbound.ticket_id,
            inbound_id=inbound_id,
            actor=actor,
        )
        session.commit()
        return disposition, ticket.number if ticket is not None else None
