"""What a batch on the fast path has added but not yet written, and how it is written.

On the fast path (`process.process_batch`, through `stores.BatchStore`) a whole batch runs in
one transaction with autoflush off and is written once at the end (`flush`). Rows get their ids
up front (`next_id`), so nothing has to be flushed to learn an id, and the batch store's lookups
consult this index as well as the database for what earlier messages of the same batch wrote: a
reply to a message of the same batch, a duplicate within it, the acknowledgements and tickets a
rate limit counts. What the index cannot answer raises `SlowPathNeeded`, and the caller redoes
the batch on the per-message path.
"""

import itertools
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, func, inspect, or_, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, SQLModel, col, select

from supportmail.storage.pgcopy import copy_rows
from supportmail.storage.tables import Event, InboundMessage, Outbox, Participant, ThreadRef, Ticket

# How many ids a PostgreSQL batch takes from a sequence at once (unused ones leave gaps, which
# is harmless for every table but ticket: its ids are the public numbers, see `next_id`).
ID_CHUNK = 64


class SlowPathNeeded(Exception):
    """The fast path cannot answer this correctly: redo the batch message by message."""


@dataclass
class Pending:
    """The rows this batch added, indexed the ways the store looks them up."""

    rows: list[SQLModel] = field(default_factory=list)  # new rows, in the order added
    ids: dict[str, Iterator[int]] = field(default_factory=dict)  # per table, reserved, unused
    inbound_by_hash: dict[str, InboundMessage] = field(default_factory=dict)
    inbound_by_uid: dict[tuple[str, int, int], InboundMessage] = field(default_factory=dict)
    tickets: dict[int, Ticket] = field(default_factory=dict)  # by id
    tickets_by_requester: defaultdict[str, list[Ticket]] = field(
        default_factory=lambda: defaultdict(list)
    )
    thread_refs: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    participants: defaultdict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    outbox: dict[str, Outbox] = field(default_factory=dict)  # by Message-ID
    acks_by_recipient: defaultdict[str, list[Outbox]] = field(
        default_factory=lambda: defaultdict(list)
    )
    alerts: list[Event] = field(default_factory=list)
    blobs: dict[str, bytes] = field(default_factory=dict)
    inbound_loaded: bool = False  # the batch's stored messages were read up front
    refs_asked: set[str] = field(default_factory=set)  # Message-IDs read up front...
    stored_refs: dict[str, int] = field(default_factory=dict)  # ...and the stored ones' tickets
    # Those tickets, held here (the session's identity map holds them only weakly), and their
    # participants as stored.
    stored_tickets: dict[int, Ticket] = field(default_factory=dict)
    stored_participants: dict[int, set[str]] = field(default_factory=dict)
    senders: set[str] = field(default_factory=set)  # whose rate counts are read up front
    sure_new_tickets: int = 0  # messages that will surely open a ticket (ids taken at once)
    # Per (opened since, ack window, day): each sender's stored (tickets, recent, today acks).
    stored_rates: dict[tuple[datetime, datetime, datetime], dict[str, tuple[int, int, int]]] = (
        field(default_factory=dict)
    )


def add_ticket(batch: Pending, ticket: Ticket) -> None:
    """Index a ticket opened in this batch (its id and number already assigned)."""
    assert ticket.id is not None
    batch.tickets[ticket.id] = ticket
    batch.tickets_by_requester[ticket.requester].append(ticket)


def add_outbox(batch: Pending, row: Outbox) -> None:
    """Keep an outbox row written in this batch (its id already assigned)."""
    batch.outbox[row.message_id] = row
    if row.kind == "ack":
        batch.acks_by_recipient[row.first_recipient].append(row)
    batch.rows.append(row)


def next_id(session: Session, batch: Pending, table: str) -> int:
    """A fresh id for a row of `table`, taken without flushing.

    SQLite: the batch holds the write lock from BEGIN IMMEDIATE, so max(id) + 1, + 2, ... read
    once is safe. PostgreSQL: the table's sequence, which other instances share safely.
    """
    run = batch.ids.get(table)
    value = next(run, None) if run is not None else None
    if value is None:
        # Ticket ids are the public numbers: only as many as the batch surely needs, so an
        # unused one never leaves a gap; each further ticket takes its own.
        count = (
            max(1, batch.sure_new_tickets - len(batch.tickets)) if table == "ticket" else ID_CHUNK
        )
        run = batch.ids[table] = _reserve(session, table, count)
        value = next(run)
    return value


def _reserve(session: Session, table: str, count: int) -> Iterator[int]:
    if session.get_bind().dialect.name == "postgresql":
        nextval = "SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)"
        rows = session.execute(text(nextval), {"t": table, "n": count}).scalars()
        return iter(sorted(int(r) for r in rows))
    column = SQLModel.metadata.tables[table].c.id
    top = session.execute(select(func.coalesce(func.max(column), 0))).scalar_one()
    return itertools.count(int(top) + 1)


def count_new_tickets(batch: Pending, requester: str, since: datetime) -> int:
    """Tickets of this batch opened by `requester` since `since`."""
    return sum(1 for t in batch.tickets_by_requester.get(requester, ()) if t.created_at >= since)


def count_acks(batch: Pending, address: str, since: datetime) -> int:
    """Acknowledgements of this batch to `address` since `since`."""
    return sum(1 for row in batch.acks_by_recipient.get(address, ()) if row.created_at >= since)


def has_alert(batch: Pending, actor: str, since: datetime) -> bool:
    """True when this batch raised an alert about `actor` since `since`."""
    return any(e.actor == actor and e.created_at >= since for e in batch.alerts)


def flush(session: Session, batch: Pending) -> None:
    """Write what the batch added: one executemany per table, parents first."""
    # Core executemany rather than the unit of work: that would not order the INSERTs by foreign
    # key (the tables have no relationship()), and costs more. Each table's rows go in the order
    # they were added, which is the order the per-message path gives them their ids in.
    added = list(batch.rows)
    known = {id(row) for row in added}
    # A new row that was also given to the session (say, a ticket opened in this batch and
    # touched again) must be inserted once, by us: take it out of the unit of work.
    for row in sorted(session.new, key=lambda row: inspect(row).insert_order):
        if id(row) not in known:
            added.append(row)
        session.expunge(row)
    by_table: dict[str, list[dict[str, object]]] = {}
    for row in added:
        table = SQLModel.metadata.tables[str(type(row).__tablename__)]
        state = row.__dict__
        values = {
            c.name: state[c.name] if c.name in state else getattr(row, c.name)
            for c in table.columns
        }
        if values.get("id", 0) is None:
            del values["id"]  # the database numbers it (events, participants, attachments)
        by_table.setdefault(table.name, []).append(values)
    session.flush()  # the changes to rows that were there before
    blobs = [{"sha256": k, "size": len(v), "data": v} for k, v in batch.blobs.items()]
    _insert_rows(session, "blob", blobs, ignore_conflict="sha256")
    for table in SQLModel.metadata.sorted_tables:
        _insert_rows(session, table.name, by_table.get(table.name, []))
    refs = [
        {"message_id": m, "ticket_id": ticket_id, "outbox_id": outbox_id}
        for m, (ticket_id, outbox_id) in batch.thread_refs.items()
    ]
    _insert_rows(session, "thread_ref", refs, ignore_conflict="message_id")


def _insert_rows(
    session: Session,
    table: str,
    rows: Sequence[Mapping[str, object]],
    ignore_conflict: str | None = None,
) -> None:
    """INSERT `rows` into `table`: one COPY per set of columns on PostgreSQL, else one
    executemany (which SQLite runs as one prepared statement)."""
    if not rows:
        return
    postgres = session.get_bind().dialect.name == "postgresql"
    insert = pg_insert if postgres else sqlite_insert
    statement = insert(SQLModel.metadata.tables[table])
    if ignore_conflict is not None:
        statement = statement.on_conflict_do_nothing(index_elements=[ignore_conflict])
    if not postgres:
        session.execute(statement, rows)
        return
    groups: dict[tuple[str, ...], list[Mapping[str, object]]] = {}
    for row in rows:
        groups.setdefault(tuple(row), []).append(row)
    connection = session.connection()
    for group in groups.values():
        # A group COPY cannot take (a column type it does not know) goes in by INSERT; only
        # that group, so no row is written twice.
        if not copy_rows(connection, SQLModel.metadata.tables[table], group, ignore_conflict):
            session.execute(statement, group)


def read_inbound(
    session: Session,
    found: Pending,
    mailbox: str,
    uidvalidity: int,
    positions: list[tuple[int, str]],
) -> None:
    """Read the stored messages at these (UID, content hash) pairs in one query, so
    `find_inbound` needs none per message."""
    uids, hashes = [uid for uid, _ in positions], [h for _, h in positions]
    rows = session.exec(
        select(InboundMessage).where(
            or_(
                and_(
                    col(InboundMessage.mailbox) == mailbox,
                    col(InboundMessage.uidvalidity) == uidvalidity,
                    col(InboundMessage.uid).in_(uids),
                ),
                col(InboundMessage.content_hash).in_(hashes),
            )
        )
    ).all()
    for row in rows:
        found.inbound_by_hash.setdefault(row.content_hash, row)
        found.inbound_by_uid.setdefault((row.mailbox, row.uidvalidity, row.uid), row)
    found.inbound_loaded = True


def read_thread_refs(session: Session, batch: Pending, message_ids: set[str]) -> None:
    """Read the stored thread references among `message_ids`, their tickets and those
    tickets' participants, in two queries, so threading a reply needs none per message."""
    if message_ids:
        rows = session.exec(
            select(ThreadRef.message_id, Ticket)
            .join(Ticket, col(Ticket.id) == col(ThreadRef.ticket_id))
            .where(col(ThreadRef.message_id).in_(sorted(message_ids)))
        ).all()
        for message_id, ticket in rows:
            assert ticket.id is not None
            batch.stored_refs[message_id] = ticket.id
            batch.stored_tickets[ticket.id] = ticket
    if batch.stored_tickets:
        for ticket_id in batch.stored_tickets:
            batch.stored_participants[ticket_id] = set()
        people = session.exec(
            select(Participant.ticket_id, Participant.address).where(
                col(Participant.ticket_id).in_(sorted(batch.stored_tickets))
            )
        ).all()
        for ticket_id, address in people:
            batch.stored_participants[ticket_id].add(address)
    batch.refs_asked = set(message_ids)
