"""Tickets made overdue and the ladder run once, for the CLI tests of `sla` and `show`."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import Session

from supportmail.config import load_config
from supportmail.desk import Desk
from supportmail.sla import deadlines
from supportmail.storage import queries
from supportmail.storage.database import make_engine


def make_overdue(db_url: str, number: int, hours: float) -> None:
    """Move ticket `number`'s receipt back in time so its window lapsed `hours` ago."""
    engine = make_engine(db_url)
    try:
        with Session(engine) as session:
            ticket = queries.ticket_by_number(session, number)
            assert ticket is not None and ticket.response_due is not None
            shift = ticket.response_due - datetime.now(UTC) + timedelta(hours=hours)
            ticket.received_at -= shift
            ticket.clock_started_at -= shift
            ticket.first_response_due -= shift
            ticket.response_due -= shift
            if ticket.next_deadline is not None:
                ticket.next_deadline -= shift
            session.add(ticket)
            session.commit()
    finally:
        engine.dispose()


def fire_ladder(config: Path, db_url: str) -> int:
    """Run the scheduler's escalation stage once, as the daemon would."""
    engine = make_engine(db_url)
    try:
        return deadlines.run_due(engine, Desk.from_config(load_config(config)), datetime.now(UTC))
    finally:
        engine.dispose()
