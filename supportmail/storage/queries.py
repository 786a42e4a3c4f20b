"""Queries and state changes on the tables; every function takes the caller's session.

Nothing here commits: the caller's transaction decides what becomes durable together. Rows
are written and looked up through the session's store (`stores.store`): the per-message path's,
or a batch's fast path, which writes once at the end and also sees what the batch added before.
"""

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session, col, select

from supportmail.core.cleantext import clean_text
from supportmail.storage.stores import TICKET_NUMBER_BASE, require_slow_path, store
from supportmail.storage.tables import (
    AttachmentRef,
    Blob,
    Event,
    InboundMessage,
    MailboxCursor,
    Outbox,
    Participant,
    Ticket,
    TicketMessage,
    new_row,
)


def put_blob(session: Session, data: bytes) -> str:
    """Store `data` once under its sha256 (a second copy adds nothing); return the hash."""
    digest = hashlib.sha256(data).hexdigest()
    store(session).put_blob(digest, data)
    return digest


def get_blob(session: Session, digest: str) -> bytes | None:
    """The bytes stored under `digest`, or None."""
    blob = session.get(Blob, digest)
    return None if blob is None else blob.data


def assign_id(session: Session, row: InboundMessage | Ticket | TicketMessage | Outbox) -> int:
    """Give a freshly added row its id: from the batch's reserved ids, else by flushing."""
    return store(session).assign_id(row)


def add_inbound(session: Session, inbound: InboundMessage) -> int:
    """Store a message read from the mailbox; return its id."""
    rows = store(session)
    rows.add(inbound)
    inbound_id = rows.assign_id(inbound)
    rows.added_inbound(inbound)
    return inbound_id


def find_inbound_by_hash(session: Session, content_hash: str) -> InboundMessage | None:
    """The inbound message with this content hash (the same mail seen before), if any."""
    return store(session).find_inbound_by_hash(content_hash)


def find_inbound(
    session: Session, mailbox: str, uidvalidity: int, uid: int, content_hash: str
) -> tuple[InboundMessage | None, InboundMessage | None]:
    """In one query: the message stored for this server position, and the one with this hash."""
    return store(session).find_inbound(mailbox, uidvalidity, uid, content_hash)


def get_cursor(session: Session, mailbox: str) -> MailboxCursor | None:
    """How far `mailbox` has been read."""
    return session.get(MailboxCursor, mailbox)


def advance_cursor(
    session: Session, mailbox: str, uidvalidity: int, last_uid: int, now: datetime
) -> None:
    """Record that every UID up to `last_uid` under `uidvalidity` has been handled."""
    cursor = session.get(MailboxCursor, mailbox)
    if cursor is None:
        session.add(
            MailboxCursor(
                mailbox=mailbox, uidvalidity=uidvalidity, last_uid=last_uid, updated_at=now
            )
        )
        return
    if cursor.uidvalidity != uidvalidity:
        cursor.uidvalidity, cursor.last_uid = uidvalidity, last_uid
    else:
        cursor.last_uid = max(cursor.last_uid, last_uid)
    cursor.updated_at = now
    session.add(cursor)


def ticket_by_number(session: Session, number: int) -> Ticket | None:
    """The ticket with public number `number`."""
    return store(session).ticket_by_number(number)


def ticket_by_reference(session: Session, message_ids: tuple[str, ...]) -> Ticket | None:
    """The ticket of the first of `message_ids` we know (inbound or outbound), if any."""
    if not message_ids:
        return None
    # Keys are stored cleaned (database.py); compare cleaned keys with what the database returns.
    message_ids = tuple(map(clean_text, message_ids))
    rows = store(session)
    by_id = rows.referenced_tickets(message_ids)
    for message_id in message_ids:
        if message_id in by_id:
            return rows.ticket_for_id(by_id[message_id])
    return None


def known_message_ids(session: Session, message_ids: set[str]) -> set[str]:
    """Those of `message_ids` (as given) that a stored thread reference knows."""
    cleaned = {message_id: clean_text(message_id) for message_id in message_ids}
    found = store(session).referenced_tickets(tuple(sorted(set(cleaned.values()))))
    return {message_id for message_id, key in cleaned.items() if key in found}


def add_thread_ref(
    session: Session, message_id: str | None, ticket_id: int, outbox_id: int | None = None
) -> None:
    """Remember that `message_id` belongs to ticket `ticket_id` (first claim wins)."""
    if not message_id:
        return
    # The key as stored, so the lookups of the batch's own references agree.
    store(session).add_thread_ref(clean_text(message_id), ticket_id, outbox_id)


def is_participant(session: Session, ticket_id: int, address: str) -> bool:
    """True when `address` takes part in ticket `ticket_id`."""
    return store(session).is_participant(ticket_id, address)


def add_participants(
    session: Session, ticket_id: int, people: Sequence[tuple[str, str]], fresh: bool
) -> None:
    """Add each (address, role) not yet in the ticket, the first role given winning.

    `fresh`: the ticket was created in this transaction with no participants yet (no query).
    """
    wanted: dict[str, str] = {}
    for address, role in people:
        wanted.setdefault(address, role)
    if not wanted:
        return
    rows = store(session)
    for address, role in rows.new_participants(ticket_id, wanted, fresh).items():
        rows.add(new_row(Participant, ticket_id=ticket_id, address=address, role=role))


def participants(session: Session, ticket_id: int) -> list[Participant]:
    """Everyone taking part in the ticket."""
    require_slow_path(session, "the participants of a ticket")
    return list(session.exec(select(Participant).where(Participant.ticket_id == ticket_id)).all())


def add_ticket(session: Session, ticket: Ticket) -> int:
    """Store a new ticket and give it its public number (derived from its id: unique, no race)."""
    rows = store(session)
    rows.add(ticket)
    ticket.number = TICKET_NUMBER_BASE + rows.assign_id(ticket)
    rows.added_ticket(ticket)
    return ticket.number


def add_event(
    session: Session,
    kind: str,
    detail: str,
    now: datetime,
    *,
    ticket_id: int | None = None,
    inbound_id: int | None = None,
    actor: str = "system",
) -> Event:
    """Append one line to the audit trail."""
    event = new_row(
        Event,
        ticket_id=ticket_id,
        inbound_id=inbound_id,
        kind=kind,
        actor=actor,
        detail=detail,
        created_at=now,
    )
    rows = store(session)
    rows.add(event)
    rows.added_event(event)
    return event


def add_ticket_message(
    session: Session,
    ticket_id: int,
    *,
    direction: str,
    author: str,
    author_role: str,
    text: str,
    now: datetime,
    message_id: str | None = None,
    inbound_id: int | None = None,
    outbox_id: int | None = None,
    is_note: bool = False,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
) -> TicketMessage:
    """Append a message to a ticket's thread, its attachments stored by hash."""
    message = new_row(
        TicketMessage,
        ticket_id=ticket_id,
        inbound_id=inbound_id,
        outbox_id=outbox_id,
        message_id=message_id,
        direction=direction,
        author=author,
        author_role=author_role,
        text=text,
        is_note=is_note,
        created_at=now,
    )
    rows = store(session)
    rows.add(message)
    message_id_ = rows.assign_id(message)
    for filename, content_type, data in attachments:
        digest = put_blob(session, data)
        attachment = new_row(
            AttachmentRef,
            ticket_message_id=message_id_,
            sha256=digest,
            filename=filename,
            content_type=content_type,
            size=len(data),
        )
        rows.add(attachment)
    add_thread_ref(session, message_id, ticket_id, outbox_id)
    return message


def thread_message_ids(
    session: Session, ticket_id: int, upto: int | None = None
) -> tuple[str, ...]:
    """The Message-IDs of a ticket's thread, oldest first, for References.

    With `upto`, the thread as it was when ticket message `upto` was the newest.
    """
    require_slow_path(session, "a ticket's thread")
    query = select(TicketMessage.message_id).where(
        TicketMessage.ticket_id == ticket_id, col(TicketMessage.message_id).is_not(None)
    )
    if upto is not None:
        query = query.where(col(TicketMessage.id) <= upto)
    rows = session.exec(query.order_by(col(TicketMessage.id))).all()
    return tuple(r for r in rows if r)


def customer_thread_ids(session: Session, ticket_id: int) -> tuple[str, ...]:
    """The Message-IDs the customer's side has seen, oldest first, for a customer mail's
    References: the customers' own messages and our mails to them, never an agent's own
    message, an internal note or a staff notification."""
    require_slow_path(session, "a ticket's thread")
    theirs = session.exec(
        select(TicketMessage.created_at, TicketMessage.message_id).where(
            TicketMessage.ticket_id == ticket_id,
            TicketMessage.author_role == "customer",
            col(TicketMessage.is_note).is_(False),
            col(TicketMessage.message_id).is_not(None),
        )
    ).all()
    ours = session.exec(
        select(Outbox.created_at, Outbox.message_id).where(
            Outbox.ticket_id == ticket_id,
            col(Outbox.kind).in_(CUSTOMER_VISIBLE_KINDS),
            col(Outbox.state) != "bounced",
        )
    ).all()
    merged = sorted((*theirs, *ours), key=lambda row: row[0])
    return tuple(mid for _at, mid in merged if mid)


# Our mails a customer receives (their Message-IDs belong in the customer's thread).
CUSTOMER_VISIBLE_KINDS = ("ack", "relay", "priority", "escalated", "ack_summary")


def last_customer_message_id(
    session: Session, ticket_id: int, upto: int | None = None
) -> str | None:
    """The Message-ID of the customer's newest message in the ticket (up to message `upto`)."""
    require_slow_path(session, "a ticket's thread")
    query = select(TicketMessage.message_id).where(
        TicketMessage.ticket_id == ticket_id,
        TicketMessage.author_role == "customer",
        col(TicketMessage.message_id).is_not(None),
    )
    if upto is not None:
        query = query.where(col(TicketMessage.id) <= upto)
    return session.exec(query.order_by(col(TicketMessage.id).desc())).first()


def ticket_for_id(session: Session, ticket_id: int) -> Ticket | None:
    """The ticket with database id `ticket_id`."""
    return store(session).ticket_for_id(ticket_id)


def outbox_by_message_ids(session: Session, message_ids: tuple[str, ...]) -> Outbox | None:
    """The outgoing mail with the first of `message_ids` that is ours, if any."""
    if not message_ids:
        return None
    by_id = store(session).outbox_by_message_ids(message_ids)
    return next((by_id[m] for m in message_ids if m in by_id), None)
