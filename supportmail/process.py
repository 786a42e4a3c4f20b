"""Turn fetched messages into their effects: one SAVEPOINT per message, one commit per batch.

The batch's commit is our "250 OK": only after it returns may the caller move the messages on
the server. A message whose handling raises is retried, then quarantined with its raw bytes,
and the batch goes on; a database that is down aborts the batch with a TransientError.
"""

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.exc import InterfaceError as DBInterfaceError
from sqlmodel import Session

from supportmail import store
from supportmail.core.classify import classify, quarantine_reason
from supportmail.core.parse import parse_message
from supportmail.core.types import Classification, Disposition, Kind, ParsedMessage
from supportmail.desk import Desk
from supportmail.errors import SupportmailError, TransientError
from supportmail.imap import Fetched
from supportmail.tables import InboundMessage
from supportmail.tickets import handle_classified

log = logging.getLogger(__name__)

ATTEMPTS = 3
TICKET_KINDS = frozenset({Kind.HUMAN, Kind.AGENT})


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one fetched message, and where it goes on the server."""

    uid: int
    quarantined: bool
    disposition: Disposition
    ticket_number: int | None
    message_id: str | None
    detail: str


def process_batch(
    engine: Engine,
    desk: Desk,
    mailbox: str,
    uidvalidity: int,
    fetched: list[Fetched],
    now: datetime,
) -> list[Outcome]:
    """Apply every message's effects and advance the cursor, all in one committed transaction."""
    if not fetched:
        return []
    # Parsing is the expensive part and needs no database: do it before taking the write lock.
    parsed = [(item, parse_message(item.raw, desk.limits)) for item in fetched]
    try:
        with Session(engine, expire_on_commit=False) as session:
            outcomes = [
                process_one(session, desk, mailbox, uidvalidity, item, msg, now)
                for item, msg in parsed
            ]
            store.advance_cursor(session, mailbox, uidvalidity, max(f.uid for f in fetched), now)
            session.commit()
    except (OperationalError, DBInterfaceError) as exc:
        raise TransientError(f"database: {exc.__class__.__name__}: {exc}") from exc
    return outcomes


def process_one(
    session: Session,
    desk: Desk,
    mailbox: str,
    uidvalidity: int,
    item: Fetched,
    msg: ParsedMessage,
    now: datetime,
) -> Outcome:
    """One message's effects inside a SAVEPOINT; retried, then quarantined when it keeps failing."""
    error: BaseException | None = None
    for _attempt in range(ATTEMPTS):
        try:
            with session.begin_nested():
                return _apply(session, desk, mailbox, uidvalidity, item, msg, now)
        except (OperationalError, DBInterfaceError, TransientError):
            raise
        except IntegrityError as exc:
            # Usually another instance committed the same message first: the retry sees it.
            error = exc
        except SupportmailError as exc:
            error = exc
        except Exception as exc:
            error = exc
            log.exception("processing uid %s failed", item.uid)
    assert error is not None
    with session.begin_nested():
        return _quarantine(
            session, mailbox, uidvalidity, item, msg, now, f"{error.__class__.__name__}: {error}"
        )


def _apply(
    session: Session,
    desk: Desk,
    mailbox: str,
    uidvalidity: int,
    item: Fetched,
    msg: ParsedMessage,
    now: datetime,
) -> Outcome:
    known, same = store.find_inbound(session, mailbox, uidvalidity, item.uid, msg.content_hash)
    if known is not None:
        return _known_outcome(session, item.uid, known, "already processed")
    if same is not None:
        # Alias fan-out, a re-delivery, or the same mail after a UIDVALIDITY change.
        if same.mailbox == mailbox and same.uidvalidity != uidvalidity:
            return _known_outcome(session, item.uid, same, "seen before the UIDVALIDITY change")
        store.add_event(
            session,
            "duplicate",
            f"uid {item.uid} repeats inbound message {same.id} (same content)",
            now,
            ticket_id=same.ticket_id,
            inbound_id=same.id,
        )
        return _known_outcome(session, item.uid, same, "duplicate of a message already handled")
    classification = classify(msg, desk.own)
    # Bounces, auto-replies and list mail need no requester: only mail that would open or
    # join a ticket is quarantined when it has no usable sender or content.
    reason = quarantine_reason(msg) if classification.kind in TICKET_KINDS else None
    if reason is not None:
        return _quarantine(session, mailbox, uidvalidity, item, msg, now, reason)
    inbound = _store_inbound(session, mailbox, uidvalidity, item, msg, now, classification)
    disposition, ticket = handle_classified(session, desk, inbound, msg, classification, now)
    inbound.disposition = disposition.value
    inbound.ticket_id = ticket.id if ticket is not None else None
    session.add(inbound)
    return Outcome(
        uid=item.uid,
        quarantined=False,
        disposition=disposition,
        ticket_number=ticket.number if ticket is not None else None,
        message_id=msg.message_id,
        detail=classification.reason,
    )


def _known_outcome(session: Session, uid: int, known: InboundMessage, detail: str) -> Outcome:
    number = None
    if known.ticket_id is not None:
        ticket = store.ticket_for_id(session, known.ticket_id)
        number = ticket.number if ticket is not None else None
    quarantined = known.state == "quarantined"
    disposition = Disposition.QUARANTINED if quarantined else Disposition.DUPLICATE
    return Outcome(uid, quarantined, disposition, number, known.message_id, detail)


def _store_inbound(
    session: Session,
    mailbox: str,
    uidvalidity: int,
    item: Fetched,
    msg: ParsedMessage,
    now: datetime,
    classification: Classification | None,
    state: str = "processed",
    error: str | None = None,
) -> InboundMessage:
    inbound = InboundMessage(
        mailbox=mailbox,
        uidvalidity=uidvalidity,
        uid=item.uid,
        content_hash=msg.content_hash,
        message_id=msg.message_id,
        raw_sha256=store.put_blob(session, item.raw),
        size=len(item.raw),
        state=state,
        reason=classification.reason if classification else None,
        error=error,
        arrived_at=item.arrived_at,
        committed_at=now,
    )
    session.add(inbound)
    session.flush()
    return inbound


def _quarantine(
    session: Session,
    mailbox: str,
    uidvalidity: int,
    item: Fetched,
    msg: ParsedMessage,
    now: datetime,
    why: str,
) -> Outcome:
    same = store.find_inbound_by_hash(session, msg.content_hash)
    if same is not None:
        return _known_outcome(session, item.uid, same, "handled meanwhile by another instance")
    inbound = _store_inbound(
        session, mailbox, uidvalidity, item, msg, now, None, state="quarantined", error=why
    )
    inbound.disposition = Disposition.QUARANTINED.value
    store.add_event(session, "quarantined", f"uid {item.uid}: {why}", now, inbound_id=inbound.id)
    log.warning("quarantined uid %s message-id %s: %s", item.uid, msg.message_id, why)
    return Outcome(item.uid, True, Disposition.QUARANTINED, None, msg.message_id, why)
