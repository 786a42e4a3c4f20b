"""The schema from nothing on SQLite and PostgreSQL, and the constraints that make replays safe."""

import uuid
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

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
from supportmail.storage.search import is_declared_object
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


def test_schema_check_agrees_with_alembic(db_url: str) -> None:
    """The schema check reads revisions without Alembic (for quick commands): its head is
    Alembic's head and its current revision is what Alembic's migration context reads."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from supportmail.storage.database import _alembic_config

    engine = make_engine(db_url)
    try:
        script = ScriptDirectory.from_config(_alembic_config(engine))
        assert head_revision(engine) == script.get_current_head()
        upgrade(engine, "0002")
        with engine.connect() as conn:
            seen_by_alembic = MigrationContext.configure(conn).get_current_revision()
        assert current_revision(engine) == seen_by_alembic
        assert current_revision(engine) == "0002"
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_compresses_stored_mail_with_lz4(pg_url: str) -> None:
    """Upgrading a database at the first revision sets lz4 on blob data, outgoing mail and
    message texts (pglz made writing mail three times slower); stored bytes read back
    unchanged."""
    engine = make_engine(pg_url)
    try:
        assert upgrade(engine, "0001") == (None, "0001")
        assert upgrade(engine) == ("0001", head_revision(engine))
        with engine.connect() as conn:
            methods = conn.execute(
                text(
                    "SELECT attrelid::regclass::text || '.' || attname, attcompression "
                    "FROM pg_attribute WHERE (attrelid, attname) IN (('blob'::regclass, 'data'), "
                    "('outbox'::regclass, 'raw'), ('ticket_message'::regclass, 'text'))"
                )
            ).all()
        # lz4 ("p" is pglz, "" the server's default): stored mail (0002), outgoing mail and
        # message texts (0013).
        assert dict(methods) == {"blob.data": "l", "outbox.raw": "l", "ticket_message.text": "l"}
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


def test_ladder_steps_move_to_clock_and_level_columns(db_url: str) -> None:
    """Upgrading past 0003 splits the old `level = 10 x clock + level` of warnings and
    escalations into the clock and level columns; other kinds keep their level, with clock 0."""
    engine = make_engine(db_url)
    try:
        upgrade(engine, "0002")
        with Session(engine) as session:
            # The ticket row as schema 0002 had it: the ORM class has the later columns too.
            session.execute(
                text(
                    "INSERT INTO ticket (number, requester, requester_name, subject, status,"
                    " priority, priority_rule, priority_explanation, received_at, created_at,"
                    " updated_at, first_response_due, clock_started_at, clock_number,"
                    " escalation_level, warned)"
                    " VALUES (1001, 'anna@acme.example', '', 'Help', 'open', 'P2', 'default',"
                    " '', :now, :now, :now, :now, :now, 0, 0, false)"
                ),
                {"now": NOW},
            )
            ticket_id = session.execute(text("SELECT id FROM ticket")).scalar_one()
            session.commit()
            rows = [
                ("warning", 0),
                ("escalation", 1),
                ("warning", 10),
                ("escalation", 13),
                ("escalation", 21),
                ("escalated", 2),
                ("ack", 0),
            ]
            for n, (kind, level) in enumerate(rows):
                session.execute(
                    text(
                        "INSERT INTO outbox (ticket_id, kind, level, message_id, recipients,"
                        " first_recipient, state, attempts, next_attempt_at, created_at)"
                        " VALUES (:t, :kind, :level, :mid, 'a@x.example', 'a@x.example',"
                        " 'sent', 1, :now, :now)"
                    ),
                    {"t": ticket_id, "kind": kind, "level": level, "mid": f"m{n}@x", "now": NOW},
                )
            session.commit()
        upgrade(engine)
        with Session(engine) as session:
            found = session.execute(
                text("SELECT kind, clock, level FROM outbox ORDER BY message_id")
            ).all()
        assert [tuple(row) for row in found] == [
            ("warning", 0, 0),
            ("escalation", 0, 1),
            ("warning", 1, 0),
            ("escalation", 1, 3),
            ("escalation", 2, 1),
            ("escalated", 0, 2),
            ("ack", 0, 0),
        ]
    finally:
        engine.dispose()


def test_once_per_ticket_counts_clock_and_level_apart(db_url: str) -> None:
    """A ladder step is once per (clock, level): level 10 of clock 0 and level 0 of clock 1
    are two mails, the same (clock, level) twice is one."""
    engine = make_engine(db_url)
    upgrade(engine)
    try:
        with Session(engine) as session:
            ticket = _ticket(session)
            assert ticket.id is not None and ticket.number is not None
            for clock, level in ((0, 10), (1, 0), (0, 0)):
                written = enqueue_once(
                    session,
                    kind="escalation",
                    ticket_id=ticket.id,
                    clock=clock,
                    level=level,
                    message=_ack(ticket.number),
                    now=NOW,
                )
                assert written is not None and (written.clock, written.level) == (clock, level)
            again = enqueue_once(
                session,
                kind="escalation",
                ticket_id=ticket.id,
                clock=1,
                level=0,
                message=_ack(ticket.number),
                now=NOW,
            )
            assert again is None
            session.commit()
    finally:
        engine.dispose()


def test_migrations_build_what_the_tables_declare(db_url: str) -> None:
    """The schema the migrations build is the one tables.py declares: columns, types, indexes
    (the once-per-ticket index on ticket, kind, clock and level among them)."""
    engine = make_engine(db_url)
    upgrade(engine)
    try:
        with engine.connect() as conn:
            # The search index (FTS5 tables, tsvector columns) is not declared in tables.py.
            context = MigrationContext.configure(conn, opts={"include_name": is_declared_object})
            differences = compare_metadata(context, SQLModel.metadata)
        assert differences == []
    finally:
        engine.dispose()
