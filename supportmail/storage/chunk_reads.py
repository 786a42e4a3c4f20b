"""Reads for a chunk of rows at once: one query per table, not one per row.

The outbox worker composes its claimed rows a few at a time; read row by row, a chunk's inputs
cost a round trip (and the ORM's per-statement work) per ticket message, thread and file. These
answer the same questions as `queries` does for one row, for many.
"""

from collections.abc import Collection

from sqlmodel import Session, col, select

from supportmail.storage.tables import AttachmentRef, Blob, TicketMessage

# A thread entry: (ticket message id, its Message-ID, its author's role).
ThreadEntry = tuple[int, str, str]


def ticket_messages(session: Session, ids: Collection[int]) -> dict[int, TicketMessage]:
    """The ticket messages with these ids, by id (missing ones left out)."""
    if not ids:
        return {}
    found = session.exec(select(TicketMessage).where(col(TicketMessage.id).in_(sorted(ids))))
    return {m.id: m for m in found.all() if m.id is not None}


def threads(session: Session, ticket_ids: Collection[int]) -> dict[int, list[ThreadEntry]]:
    """Every message of these tickets that has a Message-ID, oldest (lowest id) first, by
    ticket: what `queries.thread_message_ids` and `queries.last_customer_message_id` read."""
    if not ticket_ids:
        return {}
    rows = session.exec(
        select(
            TicketMessage.ticket_id,
            TicketMessage.id,
            TicketMessage.message_id,
            TicketMessage.author_role,
        )
        .where(
            col(TicketMessage.ticket_id).in_(sorted(ticket_ids)),
            col(TicketMessage.message_id).is_not(None),
        )
        .order_by(col(TicketMessage.id))
    ).all()
    found: dict[int, list[ThreadEntry]] = {t: [] for t in ticket_ids}
    for ticket_id, row_id, message_id, role in rows:
        if row_id is not None and message_id is not None:
            found[ticket_id].append((row_id, message_id, role))
    return found


def attachments(session: Session, message_ids: Collection[int]) -> dict[int, list[AttachmentRef]]:
    """The attachments of these ticket messages, each message's in the order it carried them."""
    if not message_ids:
        return {}
    rows = session.exec(
        select(AttachmentRef)
        .where(col(AttachmentRef.ticket_message_id).in_(sorted(message_ids)))
        .order_by(col(AttachmentRef.id))
    ).all()
    found: dict[int, list[AttachmentRef]] = {m: [] for m in message_ids}
    for ref in rows:
        found[ref.ticket_message_id].append(ref)
    return found


def blobs(session: Session, digests: Collection[str]) -> dict[str, bytes]:
    """The bytes stored under these sha256 digests (missing ones left out)."""
    if not digests:
        return {}
    rows = session.exec(
        select(Blob.sha256, Blob.data).where(col(Blob.sha256).in_(sorted(digests)))
    ).all()
    return dict(rows)
