"""The schema from nothing on SQLite and PostgreSQL, and the constraints that make replays safe."""

import uuid
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from supportmail.errors import SchemaError
from supportmail.outbound.queue import enqueue, enqueue_once
from supportmail.storage import queries
from supportmail.storage.database import (
    current_revision,
    head_revision,
    make_engine,
    require_current_schema,
    upgrade,
)
from supportmail.storage.tables import InboundMessage, Ticket

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def _inbound(session: Session, uid: int, content_hash: str) -> InboundMessage:
    raw = f"Subject: {uid}\r\n\r\nbody {content_hash}".encode()
    return InboundMessage(
        mailbox="INBOX",
        uidvalidity=1795000000,
        uid=uid,
        content_hash=content_hash,
        raw_sha256=queries.put_blob(session, raw),
        size=len(raw),
        state="processed",
        committed_at=NOW,
    )


def _ticket(session: Session) -> Ticket:
    ticket = Ticket(
        requester="anna@acme.example",
        subject="Help",
        priority="P2",
        priority_rule="default",
        received_at=NOW,
        created_at=NOW,
        updated_at=NOW,
        first_response_due=NOW,
        clock_started_at=NOW,
    )
    queries.add_ticket(session, ticket)
    return ticket


def _ack(number: int) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "support@houseware.io"
    msg["To"] = "anna@acme.example"
    msg["Subject"] = f"[#{number}] Help"
    # A fresh id each time: id(msg) is reused once the previous message is freed.
    msg["Message-ID"] = f"<ack.{number}.{uuid.uuid4().hex}@supportmail.houseware.io>"
    msg.set_content("We have your message.")
    return msg


def test_upgrade_builds_the_schema_from_nothing(db_url: str) -> None:
    """db upgrade creates the schema on an empty database; a second run changes nothing; the
    daemon's check refuses an empty database with a message saying what to run."""
    engine = make_engine(db_url)
    try:
        with pytest.raises(SchemaError, match="supportmail db upgrade"):
            require_current_schema(engine)
        assert upgrade(engine) == (None, head_revision(engine))
        assert upgrade(engine) == (head_revision(engine), head_revision(engine))
        assert current_revision(engine) == head_revision(engine)
        require_current_schema(engine)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_compresses_stored_mail_with_lz4(pg_url: str) -> None:
    """Upgrading a database at the first revision sets lz4 on blob data (pglz made writing
    mail three times slower); stored bytes read back unchanged."""
    engine = make_engine(pg_url)
    try:
        assert upgrade(engine, "0001") == (None, "0001")
        assert upgrade(engine) == ("0001", head_revision(engine))
        with engine.connect() as conn:
            method = conn.execute(
                text(
                    "SELECT attcompression FROM pg_attribute "
                    "WHERE attrelid = 'blob'::regclass AND attname = 'data'"
                )
            ).scalar_one()
        assert method == "l"  # lz4 ("p" is pglz, "" the server's default)
        data = b"Subject: hello\r\n\r\n" + b"compressible text " * 10_000
        with Session(engine) as session:
            digest = queries.put_blob(session, data)
            session.commit()
        with Session(engine) as session:
            assert queries.get_blob(session, digest) == data
    finally:
        engine.dispose()


def test_replays_are_refused_by_the_database(db_url: str) -> None:
    """A replayed (mailbox, UIDVALIDITY, UID), a replayed content hash and a second
    acknowledgement row for one ticket are each refused by a unique constraint."""
    engine = make_engine(db_url)
    upgrade(engine)
    try:
        with Session(engine) as session:
            session.add(_inbound(session, 7, "a" * 64))
            session.commit()
            session.add(_inbound(session, 7, "b" * 64))
            with pytest.raises(IntegrityError):
                session.commit()
            session.rollback()
            session.add(_inbound(session, 8, "a" * 64))
            with pytest.raises(IntegrityError):
                session.commit()
            session.rollback()

            ticket = _ticket(session)
            assert ticket.id is not None and ticket.number is not None
            enqueue(
                session,
                kind="ack",
                ticket_id=ticket.id,
                level=0,
                message=_ack(ticket.number),
                now=NOW,
            )
            session.commit()
            with pytest.raises(IntegrityError):  # enqueue flushes: the index speaks at once
                enqueue(
                    session,
                    kind="ack",
                    ticket_id=ticket.id,
                    level=0,
                    message=_ack(ticket.number),
                    now=NOW,
                )
            session.rollback()
            # The same through enqueue_once: refused quietly, the transaction goes on.
            assert (
                enqueue_once(
                    session,
                    kind="ack",
                    ticket_id=ticket.id,
                    level=0,
                    message=_ack(ticket.number),
                    now=NOW,
                )
                is None
            )
            # Notifications are not once-per-ticket: two are fine.
            for _ in range(2):
                enqueue(
                    session,
                    kind="notify",
                    ticket_id=ticket.id,
                    level=0,
                    message=_ack(ticket.number),
                    now=NOW,
                )
            session.commit()
    finally:
        engine.dispose()
