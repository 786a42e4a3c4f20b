"""Rows the outbox tests need beside their mail: a ticket to send for."""

from datetime import UTC, datetime, timedelta

from sqlalchemy.engine import Engine

from supportmail.storage.database import session_scope
from supportmail.storage.tables import Ticket

T0 = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


def add_ticket(engine: Engine, number: int = 1234) -> int:
    """Insert a ticket and return its id."""
    with session_scope(engine) as session:
        ticket = Ticket(
            number=number,
            requester="jane@acme.example",
            requester_name="Jane Doe",
            subject="Export fails",
            priority="P1",
            priority_rule="default",
            received_at=T0,
            created_at=T0,
            updated_at=T0,
            first_response_due=T0 + timedelta(hours=36),
            clock_started_at=T0,
        )
        session.add(ticket)
        session.flush()
        assert ticket.id is not None
        return ticket.id
