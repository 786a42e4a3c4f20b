"""Queries and state changes on the tables; every function takes the caller's session.

Nothing here commits: the caller's transaction decides what becomes durable together. On a
batch's fast path (`batch`) rows are added with ids assigned up front and flushed once by
`batch.flush`, and the lookups here also consult what the batch added before.
"""

import hashlib
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, or_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col, select

from supportmail.core.cleantext import clean_text
from supportmail.storage import fastpath as fast
from supportmail.storage.fastpath import next_id, pending, require_slow_path
from supportmail.storage.tables import (
    AttachmentRef,
    Blob,
    Event,
    InboundMessage,
    MailboxCursor,
    Outbox,
    Participant,
    ThreadRef,
    Ticket,
    TicketMessage,
    new_row,
)

# Public ticket numbers start here so they never look like a count of tickets.
TICKET_NUMBER_BASE = 1000


def put_blob(session: Session, data: bytes) -> str:
    """Store `data` once under its sha256 (a second copy adds nothing); return the hash."""
    digest = hashlib.sha256(data).hexdigest()
    batch = pending(session)
    if batch is not None:
        batch.blobs.setdefault(digest, data)  # written by batch.flush, before what refers to it
        return digest
    values = {"sha256": digest, "size": len(data), "data": data}
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(Blob).values(**values).on_conflict_do_nothing(index_elements=["sha256"]))
    return digest


def get_blob(session: Session, digest: str) -> bytes | None:
    """The bytes stored under `digest`, or None."""
    blob = session.get(Blob, digest)
    return None if blob is None else blob.data


def assign_id(session: Session, row: InboundMessage | Ticket | TicketMessage | Outbox) -> int:
    """Give a freshly added row its id: from the batch's reserved ids, else by flushing."""
    batch = pending(session)
    if batch is None:
        session.flush()
    else:
        row.id = next_id(session, batch, str(row.__tablename__))
    assert row.id is not None
    return row.id


def add_inbound(session: Session, inbound: InboundMessage) -> int:
    """Store a message read from the mailbox; return its id."""
    fast.add(session, inbound)
    inbound_id = assign_id(session, inbound)
    batch = pending(session)
    if batch is not None:
        batch.inbound_by_hash.setdefault(inbound.content_hash, inbound)
        key = (inbound.mailbox, inbound.uidvalidity, inbound.uid)
        batch.inbound_by_uid.setdefault(key, inbound)
    return inbound_id


def find_inbound_by_hash(session: Session, content_hash: str) -> InboundMessage | None:
    """The inbound message with this content hash (the same mail seen before), if any."""
    batch = pending(session)
    if batch is not None and batch.inbound_loaded:
        return batch.inbound_by_hash.get(content_hash)
    found = session.exec(
        select(InboundMessage).where(InboundMessage.content_hash == content_hash)
    ).first()
    if found is None and batch is not None:
        return batch.inbound_by_hash.get(content_hash)
    return found


def find_inbound(
    session: Session, mailbox: str, uidvalidity: int, uid: int, content_hash: str
) -> tuple[InboundMessage | None, InboundMessage | None]:
    """In one query: the message stored for this server position, and the one with this hash."""
    batch = pending(session)
    if batch is not None and batch.inbound_loaded:
        key = (mailbox, uidvalidity, uid)
        return batch.inbound_by_uid.get(key), batch.inbound_by_hash.get(content_hash)
    rows = session.exec(
        select(InboundMessage).where(
            or_(
                and_(
                    col(InboundMessage.mailbox) == mailbox,
                    col(InboundMessage.uidvalidity) == uidvalidity,
                    col(InboundMessage.uid) == uid,
                ),
                col(InboundMessage.content_hash) == content_hash,
            )
        )
    ).all()
    at_uid = next(
        (r for r in rows if (r.mailbox, r.uidvalidity, r.uid) == (mailbox, uidvalidity, uid)),
        None,
    )
    same = next((r for r in rows if r.content_hash == content_hash), None)
    if batch is not None:
        at_uid = at_uid or batch.inbound_by_uid.get((mailbox, uidvalidity, uid))
        same = same or batch.inbound_by_hash.get(content_hash)
    return at_uid, same


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
    batch = pending(session)
    fresh = batch.tickets.get(number - TICKET_NUMBER_BASE) if batch is not None else None
    if fresh is not None:
        return fresh
    return session.exec(select(Ticket).where(Ticket.number == number)).first()


def ticket_by_reference(session: Session, message_ids: tuple[str, ...]) -> Ticket | None:
    """The ticket of the first of `message_ids` we know (inbound or outbound), if any."""
    if not message_ids:
        return None
    # Keys are stored cleaned (database.py); compare cleaned keys with what the database returns.
    message_ids = tuple(map(clean_text, message_ids))
    batch = pending(session)
    if batch is not None and batch.refs_asked.issuperset(message_ids):
        by_id = {m: batch.stored_refs[m] for m in message_ids if m in batch.stored_refs}
    else:
        refs = session.exec(
            select(ThreadRef).where(col(ThreadRef.message_id).in_(message_ids))
        ).all()
        by_id = {ref.message_id: ref.ticket_id for ref in refs}
    if batch is not None:
        for message_id in message_ids:
            if message_id in batch.thread_refs:
                # The database's claim is older: it wins, as the insert's ON CONFLICT keeps it.
                by_id.setdefault(message_id, batch.thread_refs[message_id][0])
    for message_id in message_ids:
        if message_id in by_id:
            return ticket_for_id(session, by_id[message_id])
    return None


def add_thread_ref(
    session: Session, message_id: str | None, ticket_id: int, outbox_id: int | None = None
) -> None:
    """Remember that `message_id` belongs to ticket `ticket_id` (first claim wins)."""
    if not message_id:
        return
    message_id = clean_text(message_id)  # the key as stored, so the batch's lookups agree
    batch = pending(session)
    if batch is not None:
        # Inserted by batch.flush, after the ticket and outbox rows it refers to.
        batch.thread_refs.setdefault(message_id, (ticket_id, outbox_id))
        return
    values = {"message_id": message_id, "ticket_id": ticket_id, "outbox_id": outbox_id}
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(ThreadRef).values(**values)
    session.execute(statement.on_conflict_do_nothing(index_elements=["message_id"]))


def is_participant(session: Session, ticket_id: int, address: str) -> bool:
    """True when `address` takes part in ticket `ticket_id`."""
    batch = pending(session)
    if batch is not None:
        if address in batch.participants[ticket_id]:
            return True
        if ticket_id in batch.stored_participants:
            return address in batch.stored_participants[ticket_id]
    return (
        session.exec(
            select(Participant.id).where(
                Participant.ticket_id == ticket_id, Participant.address == address
            )
        ).first()
        is not None
    )


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
    batch = pending(session)
    if batch is not None:
        for address in batch.participants[ticket_id]:
            wanted.pop(address, None)
        batch.participants[ticket_id].update(wanted)
    if not fresh and wanted and batch is not None and ticket_id in batch.stored_participants:
        for address in batch.stored_participants[ticket_id]:
            wanted.pop(address, None)
    elif not fresh and wanted:
        known = session.exec(
            select(Participant.address).where(
                Participant.ticket_id == ticket_id, col(Participant.address).in_(list(wanted))
            )
        ).all()
        for address in known:
            wanted.pop(address, None)
    for address, role in wanted.items():
        fast.add(session, new_row(Participant, ticket_id=ticket_id, address=address, role=role))


def participants(session: Session, ticket_id: int) -> list[Participant]:
    """Everyone taking part in the ticket."""
    require_slow_path(session, "the participants of a ticket")
    return list(session.exec(select(Participant).where(Participant.ticket_id == ticket_id)).all())


def add_ticket(session: Session, ticket: Ticket) -> int:
    """Store a new ticket and give it its public number (derived from its id: unique, no race)."""
    fast.add(session, ticket)
    ticket.number = TICKET_NUMBER_BASE + assign_id(session, ticket)
    batch = pending(session)
    if batch is not None:
        fast.add_ticket(batch, ticket)
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
    fast.add(session, event)
    batch = pending(session)
    if batch is not None and kind == "alert":
        batch.alerts.append(event)
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
    fast.add(session, message)
    message_id_ = assign_id(session, message)
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
        fast.add(session, attachment)
    add_thread_ref(session, message_id, ticket_id, outbox_id)
    return message


def attachments_of(session: Session, ticket_message_id: int | None) -> list[AttachmentRef]:
    """The attachments of a ticket message, in the order it carried them."""
    query = select(AttachmentRef).where(AttachmentRef.ticket_message_id == ticket_message_id)
    return list(session.exec(query.order_by(col(AttachmentRef.id))).all())


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
    batch = pending(session)
    if batch is not None:
        held = batch.tickets.get(ticket_id) or batch.stored_tickets.get(ticket_id)
        if held is not None:
            return held
    return session.get(Ticket, ticket_id)


def outbox_by_message_ids(session: Session, message_ids: tuple[str, ...]) -> Outbox | None:
    """The outgoing mail with the first of `message_ids` that is ours, if any."""
    if not message_ids:
        return None
    rows = session.exec(select(Outbox).where(col(Outbox.message_id).in_(message_ids))).all()
    by_id = {row.message_id: row for row in rows}
    batch = pending(session)
    if batch is not None:
        for message_id in message_ids:
            if message_id in batch.outbox:
                by_id.setdefault(message_id, batch.outbox[message_id])
    return next((by_id[m] for m in message_ids if m in by_id), None)
