"""COPY writes rows exactly as INSERT would, on the real PostgreSQL."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, SQLModel, col, select

from supportmail.storage.pgcopy import copy_rows
from supportmail.storage.tables import Blob, Event, ThreadRef, Ticket

pytestmark = pytest.mark.postgres
NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


@pytest.fixture
def db_url(pg_url: str) -> str:
    """These tests run on PostgreSQL only (COPY is PostgreSQL's)."""
    return pg_url


def test_copy_keeps_the_first_copy_on_conflict_like_insert(engine: Engine) -> None:
    """Blobs already stored stay as they are; new ones are added; within one transaction."""
    table = SQLModel.metadata.tables["blob"]
    with Session(engine) as session:
        first = [{"sha256": "a" * 64, "size": 3, "data": b"one"}]
        assert copy_rows(session.connection(), table, first, ignore_conflict="sha256")
        again = [
            {"sha256": "a" * 64, "size": 5, "data": b"other"},
            {"sha256": "b" * 64, "size": 4, "data": b"\x00\xff\r\n"},
        ]
        assert copy_rows(session.connection(), table, again, ignore_conflict="sha256")
        session.commit()
    with Session(engine) as session:
        stored = {b.sha256: (b.size, b.data) for b in session.exec(select(Blob))}
    assert stored == {"a" * 64: (3, b"one"), "b" * 64: (4, b"\x00\xff\r\n")}


def test_copy_stores_times_as_utc_and_lets_the_database_number_rows(engine: Engine) -> None:
    """Aware times in any zone come back as the same instant in UTC; NULLs stay NULL; rows
    without an id get one from the sequence; booleans, text and big integers survive."""
    berlin = timezone(timedelta(hours=1))
    ticket = {
        "id": 7,
        "number": 1007,
        "requester": "anna@acme.example",
        "requester_name": "Anna ünïcode",
        "subject": "Tabs\tand 'quotes' \\ backslash",
        "status": "open",
        "priority": "P1",
        "priority_rule": "default",
        "priority_explanation": "",
        "customer_domain": None,
        "received_at": NOW.astimezone(berlin),
        "created_at": NOW,
        "updated_at": NOW,
        "first_response_due": NOW + timedelta(hours=36),
        "first_response_at": None,
        "clock_started_at": NOW,
        "clock_number": 0,
        "response_due": None,
        "next_deadline": None,
        "assignee": None,
        "escalation_level": 0,
        "warned": True,
        "acked_by": None,
        "closed_at": None,
        "linked_ticket_id": None,
    }
    events = [
        {"ticket_id": 7, "inbound_id": None, "kind": "created", "actor": "a", "detail": "x",
         "created_at": NOW},
        {"ticket_id": 7, "inbound_id": None, "kind": "note", "actor": "b", "detail": "y",
         "created_at": NOW},
    ]  # fmt: skip
    refs = [{"message_id": "m@x", "ticket_id": 7, "outbox_id": None}]
    with Session(engine) as session:
        connection = session.connection()
        assert copy_rows(connection, SQLModel.metadata.tables["ticket"], [ticket])
        assert copy_rows(connection, SQLModel.metadata.tables["event"], events)
        assert copy_rows(connection, SQLModel.metadata.tables["thread_ref"], refs, "message_id")
        session.commit()
    with Session(engine) as session:
        stored = session.exec(select(Ticket)).one()
        assert stored.received_at == NOW and stored.received_at.tzinfo is not None
        assert stored.subject == ticket["subject"]
        assert stored.requester_name == "Anna ünïcode"
        assert stored.warned is True and stored.response_due is None
        assert [e.id for e in session.exec(select(Event).order_by(col(Event.id)))] == [1, 2]
        assert session.exec(select(ThreadRef)).one().ticket_id == 7
