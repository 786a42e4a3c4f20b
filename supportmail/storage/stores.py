"""The two ways a transaction reads and writes rows, behind one interface (`Store`).

`Store` is the per-message path: new rows go into the session, an id comes from a flush, and
every lookup asks the database. `BatchStore` is a batch's fast path (`inbound.process`): the
whole batch runs in one transaction with autoflush off; rows get their ids up front and are
written once at the end (`BatchStore.flush`), and each lookup also sees, or answers from, what
the batch added or read up front (`fastpath.Pending`). What it cannot answer raises
`SlowPathNeeded`, and the caller redoes the batch on the per-message path.

`store(session)` is the session's store: the `BatchStore` that `start` put on it, else a
`Store`. `queries`, `outbound.queue` and `outbound.ratelimits` ask it; none of them asks which
path it is on.
"""

import weakref
from datetime import datetime

from sqlalchemy import and_, or_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, SQLModel, col, select

from supportmail.storage import fastpath
from supportmail.storage.fastpath import Pending, SlowPathNeeded
from supportmail.storage.tables import (
    Blob,
    Event,
    InboundMessage,
    Outbox,
    Participant,
    ThreadRef,
    Ticket,
    TicketMessage,
)

# Public ticket numbers start here so they never look like a count of tickets.
TICKET_NUMBER_BASE = 1000


class Store:
    """The per-message path: rows go into the session and every lookup asks the database."""

    def __init__(self, session: Session) -> None:
        self.session = session

    # --- writing --------------------------------------------------------------------------

    def add(self, row: SQLModel) -> None:
        """Add a new row to the transaction."""
        self.session.add(row)

    def assign_id(self, row: InboundMessage | Ticket | TicketMessage | Outbox) -> int:
        """Give a freshly added row its id (by flushing)."""
        self.session.flush()
        assert row.id is not None
        return row.id

    def add_outbox(self, row: Outbox) -> None:
        """Add an outbox row and give it its id; a duplicate raises here, in the transaction."""
        self.session.add(row)
        self.session.flush()

    def put_blob(self, digest: str, data: bytes) -> None:
        """Store `data` under `digest` unless it is there already."""
        values = {"sha256": digest, "size": len(data), "data": data}
        _insert_once(self.session, Blob, values, "sha256")

    def add_thread_ref(self, message_id: str, ticket_id: int, outbox_id: int | None) -> None:
        """Remember that `message_id` belongs to ticket `ticket_id` (first claim wins)."""
        values = {"message_id": message_id, "ticket_id": ticket_id, "outbox_id": outbox_id}
        _insert_once(self.session, ThreadRef, values, "message_id")

    def added_inbound(self, inbound: InboundMessage) -> None:
        """An inbound message was added (nothing to remember: lookups ask the database)."""

    def added_ticket(self, ticket: Ticket) -> None:
        """A ticket was opened (nothing to remember: lookups ask the database)."""

    def added_event(self, event: Event) -> None:
        """An event was added (nothing to remember: lookups ask the database)."""

    def require_slow_path(self, why: str) -> None:
        """The per-message path answers everything: nothing to refuse."""

    # --- reading --------------------------------------------------------------------------

    def find_inbound_by_hash(self, content_hash: str) -> InboundMessage | None:
        """The inbound message with this content hash, if any."""
        return self.session.exec(
            select(InboundMessage).where(InboundMessage.content_hash == content_hash)
        ).first()

    def find_inbound(
        self, mailbox: str, uidvalidity: int, uid: int, content_hash: str
    ) -> tuple[InboundMessage | None, InboundMessage | None]:
        """In one query: the message stored for this server position, and the one with this
        hash."""
        rows = self.session.exec(
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
        return at_uid, same

    def ticket_by_number(self, number: int) -> Ticket | None:
        """The ticket with public number `number`."""
        return self.session.exec(select(Ticket).where(Ticket.number == number)).first()

    def ticket_for_id(self, ticket_id: int) -> Ticket | None:
        """The ticket with database id `ticket_id`."""
        return self.session.get(Ticket, ticket_id)

    def referenced_tickets(self, message_ids: tuple[str, ...]) -> dict[str, int]:
        """The ticket id of each of `message_ids` that has a thread reference."""
        refs = self.session.exec(
            select(ThreadRef).where(col(ThreadRef.message_id).in_(message_ids))
        ).all()
        return {ref.message_id: ref.ticket_id for ref in refs}

    def is_participant(self, ticket_id: int, address: str) -> bool:
        """True when `address` takes part in ticket `ticket_id`."""
        found = self.session.exec(
            select(Participant.id).where(
                Participant.ticket_id == ticket_id, Participant.address == address
            )
        ).first()
        return found is not None

    def new_participants(
        self, ticket_id: int, wanted: dict[str, str], fresh: bool
    ) -> dict[str, str]:
        """Of `wanted` (address -> role), those not yet taking part in the ticket.

        `fresh`: the ticket was created in this transaction with no participants yet.
        """
        if fresh or not wanted:
            return wanted
        known = self.session.exec(
            select(Participant.address).where(
                Participant.ticket_id == ticket_id, col(Participant.address).in_(list(wanted))
            )
        ).all()
        return {a: role for a, role in wanted.items() if a not in set(known)}

    def outbox_by_message_ids(self, message_ids: tuple[str, ...]) -> dict[str, Outbox]:
        """Our outgoing mail among `message_ids`, by Message-ID."""
        rows = self.session.exec(
            select(Outbox).where(col(Outbox.message_id).in_(message_ids))
        ).all()
        return {row.message_id: row for row in rows}

    # What this transaction added and has not written yet, for the counts the rate limits add
    # to what the database holds: nothing on this path, where every row is flushed as added.

    def unflushed_alert(self, actor: str, since: datetime) -> bool:
        """True when an alert about `actor` since `since` is added but not yet written."""
        return False

    def unflushed_tickets(self, domain: str, since: datetime) -> list[tuple[str, datetime]]:
        """(requester, created_at) of tickets from `domain` since `since` not yet written."""
        return []

    def unflushed_acks(self, address: str, since: datetime) -> int:
        """Acknowledgements to `address` since `since` not yet written."""
        return 0


class BatchStore(Store):
    """A batch's fast path: rows are kept for one write at the end, ids are taken up front, and
    lookups see what the batch added (and what it read up front) as well as the database."""

    def __init__(self, session: Session, pending: Pending) -> None:
        # A weak reference: the session holds this store (session.info), and a cycle would keep
        # the batch's rows, bytes included, alive after the session until the cyclic GC ran.
        super().__init__(weakref.proxy(session))
        self.pending = pending

    # --- the batch as a whole -------------------------------------------------------------

    def read_inbound(
        self, mailbox: str, uidvalidity: int, positions: list[tuple[int, str]]
    ) -> None:
        """Read the stored messages at these (UID, content hash) pairs in one query."""
        fastpath.read_inbound(self.session, self.pending, mailbox, uidvalidity, positions)

    def read_thread_refs(self, message_ids: set[str]) -> None:
        """Read the stored thread references among `message_ids`, their tickets and those
        tickets' participants, in two queries."""
        fastpath.read_thread_refs(self.session, self.pending, message_ids)

    def flush(self) -> None:
        """Write what the batch added: one executemany (or COPY) per table, parents first."""
        fastpath.flush(self.session, self.pending)

    # --- writing --------------------------------------------------------------------------

    def add(self, row: SQLModel) -> None:
        """Keep a new row for the batch's one write (not in the session: its unit of work per
        row costs more than the one INSERT per table `flush` does)."""
        self.pending.rows.append(row)

    def assign_id(self, row: InboundMessage | Ticket | TicketMessage | Outbox) -> int:
        """Give a freshly added row its id from the batch's reserved ids, without flushing."""
        row.id = fastpath.next_id(self.session, self.pending, str(row.__tablename__))
        return row.id

    def add_outbox(self, row: Outbox) -> None:
        """Keep an outbox row for the batch's write, its id taken up front (a duplicate makes
        the one flush raise, and the batch is redone message by message)."""
        row.id = fastpath.next_id(self.session, self.pending, "outbox")
        fastpath.add_outbox(self.pending, row)

    def put_blob(self, digest: str, data: bytes) -> None:
        """Keep `data` for the batch's write, before what refers to it."""
        self.pending.blobs.setdefault(digest, data)

    def add_thread_ref(self, message_id: str, ticket_id: int, outbox_id: int | None) -> None:
        """Keep the reference for the batch's write, after the rows it refers to."""
        self.pending.thread_refs.setdefault(message_id, (ticket_id, outbox_id))

    def added_inbound(self, inbound: InboundMessage) -> None:
        """Index a message of this batch for the duplicate checks of the messages after it."""
        self.pending.inbound_by_hash.setdefault(inbound.content_hash, inbound)
        key = (inbound.mailbox, inbound.uidvalidity, inbound.uid)
        self.pending.inbound_by_uid.setdefault(key, inbound)

    def added_ticket(self, ticket: Ticket) -> None:
        """Index a ticket opened in this batch (its id and number already assigned)."""
        fastpath.add_ticket(self.pending, ticket)

    def added_event(self, event: Event) -> None:
        """Remember an alert of this batch, so the breaker alerts once."""
        if event.kind == "alert":
            self.pending.alerts.append(event)

    def require_slow_path(self, why: str) -> None:
        """Raise SlowPathNeeded: the batch's index cannot answer `why`."""
        raise SlowPathNeeded(why)

    # --- reading --------------------------------------------------------------------------

    def find_inbound_by_hash(self, content_hash: str) -> InboundMessage | None:
        """From the batch's index once it read the stored messages, else the database first."""
        batch = self.pending
        if batch.inbound_loaded:
            return batch.inbound_by_hash.get(content_hash)
        found = super().find_inbound_by_hash(content_hash)
        return found if found is not None else batch.inbound_by_hash.get(content_hash)

    def find_inbound(
        self, mailbox: str, uidvalidity: int, uid: int, content_hash: str
    ) -> tuple[InboundMessage | None, InboundMessage | None]:
        """From the batch's index once it read the stored messages, else the database first."""
        batch, key = self.pending, (mailbox, uidvalidity, uid)
        if batch.inbound_loaded:
            return batch.inbound_by_uid.get(key), batch.inbound_by_hash.get(content_hash)
        at_uid, same = super().find_inbound(mailbox, uidvalidity, uid, content_hash)
        return (
            at_uid or batch.inbound_by_uid.get(key),
            same or batch.inbound_by_hash.get(content_hash),
        )

    def ticket_by_number(self, number: int) -> Ticket | None:
        """A ticket opened in this batch, else the stored one."""
        fresh = self.pending.tickets.get(number - TICKET_NUMBER_BASE)
        return fresh if fresh is not None else super().ticket_by_number(number)

    def ticket_for_id(self, ticket_id: int) -> Ticket | None:
        """A ticket this batch opened or read up front, else the stored one."""
        batch = self.pending
        held = batch.tickets.get(ticket_id) or batch.stored_tickets.get(ticket_id)
        return held if held is not None else super().ticket_for_id(ticket_id)

    def referenced_tickets(self, message_ids: tuple[str, ...]) -> dict[str, int]:
        """The stored references (read up front when they were), then this batch's."""
        batch = self.pending
        if batch.refs_asked.issuperset(message_ids):
            by_id = {m: batch.stored_refs[m] for m in message_ids if m in batch.stored_refs}
        else:
            by_id = super().referenced_tickets(message_ids)
        for message_id in message_ids:
            if message_id in batch.thread_refs:
                # The database's claim is older: it wins, as the insert's ON CONFLICT keeps it.
                by_id.setdefault(message_id, batch.thread_refs[message_id][0])
        return by_id

    def is_participant(self, ticket_id: int, address: str) -> bool:
        """This batch's participants, those read up front, else the database."""
        batch = self.pending
        if address in batch.participants[ticket_id]:
            return True
        if ticket_id in batch.stored_participants:
            return address in batch.stored_participants[ticket_id]
        return super().is_participant(ticket_id, address)

    def new_participants(
        self, ticket_id: int, wanted: dict[str, str], fresh: bool
    ) -> dict[str, str]:
        """Of `wanted`, those neither added by this batch nor stored (as read up front, else
        from the database); the batch remembers them as added."""
        batch = self.pending
        for address in batch.participants[ticket_id]:
            wanted.pop(address, None)
        batch.participants[ticket_id].update(wanted)
        if not fresh and wanted and ticket_id in batch.stored_participants:
            stored = batch.stored_participants[ticket_id]
            return {a: role for a, role in wanted.items() if a not in stored}
        return super().new_participants(ticket_id, wanted, fresh)

    def outbox_by_message_ids(self, message_ids: tuple[str, ...]) -> dict[str, Outbox]:
        """The stored rows, then this batch's."""
        by_id = super().outbox_by_message_ids(message_ids)
        for message_id in message_ids:
            if message_id in self.pending.outbox:
                by_id.setdefault(message_id, self.pending.outbox[message_id])
        return by_id

    def unflushed_alert(self, actor: str, since: datetime) -> bool:
        """True when this batch raised an alert about `actor` since `since`."""
        return fastpath.has_alert(self.pending, actor, since)

    def unflushed_tickets(self, domain: str, since: datetime) -> list[tuple[str, datetime]]:
        """(requester, created_at) of this batch's tickets from `domain` since `since`."""
        return [
            (who, t.created_at)
            for who, tickets in self.pending.tickets_by_requester.items()
            if who.endswith(f"@{domain}")
            for t in tickets
            if t.created_at >= since
        ]

    def unflushed_acks(self, address: str, since: datetime) -> int:
        """This batch's acknowledgements to `address` since `since`."""
        return fastpath.count_acks(self.pending, address, since)


def start(session: Session, senders: set[str]) -> BatchStore:
    """Put `session` on the fast path; `senders` are the batch's (their counts read at once)."""
    batch = BatchStore(session, Pending(senders=senders))
    session.info["store"] = batch
    return batch


def store(session: Session) -> Store:
    """The session's store: the fast path's when `start` put it there, else the per-message one
    (a new one each time: it holds nothing but the session)."""
    found = session.info.get("store")
    return found if isinstance(found, BatchStore) else Store(session)


def require_slow_path(session: Session, why: str) -> None:
    """Raise SlowPathNeeded on the fast path, where `why` cannot be answered."""
    store(session).require_slow_path(why)


def _insert_once(
    session: Session, table: type[SQLModel], values: dict[str, object], key: str
) -> None:
    """INSERT one row unless a row with the same `key` is there (ON CONFLICT DO NOTHING)."""
    postgres = session.get_bind().dialect.name == "postgresql"
    statement = (pg_insert if postgres else sqlite_insert)(table).values(**values)
    session.execute(statement.on_conflict_do_nothing(index_elements=[key]))
