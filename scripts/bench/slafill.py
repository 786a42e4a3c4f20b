"""Bulk-fill supportmail's ticket table for scripts/bench/sla (fast: executemany / COPY).

The ladder state of each ticket is computed with plain arithmetic (no business calendar is
configured: a step is due at received + fraction x window); `fill` checks the result against
supportmail.sla.deadlines.rearm on a sample, so the rows are what supportmail itself would write.
"""

import random
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import islice

import psycopg
from sqlmodel import Session, col, select

from supportmail.core.types import Priority
from supportmail.desk import Desk
from supportmail.sla import deadlines
from supportmail.storage import database
from supportmail.storage.tables import Ticket

CHUNK = 20_000
PRIORITIES = (("P0", 0.08), ("P1", 0.22), ("P2", 0.45), ("P3", 0.25))
ANSWERED = 0.25  # share of open tickets that already had their first response
LAG = timedelta(minutes=5)  # the ladder last ran this long before "now"
COLUMNS = [c.name for c in Ticket.__table__.columns if c.name != "id"]  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Filled:
    """What `fill` wrote: the ladder's last run, armed tickets, tickets due at now, checks."""

    as_of: datetime
    armed: int
    due: int
    checked: int


def _ladder(
    desk: Desk, received: datetime, window: float, as_of: datetime
) -> tuple[int, bool, datetime | None]:
    """(escalation level, warned, next_deadline) after the ladder ran at `as_of`."""
    policy = desk.ladder
    at = [
        received + timedelta(hours=window * f)
        for f in (policy.warn_at, *(lv.offset for lv in policy.levels))
    ]
    level = sum(1 for due in at[1:] if due <= as_of)
    warned = at[0] <= as_of
    later = [due for due in at[1:] if due > as_of] + ([] if warned or level else [at[0]])
    return level, warned or level > 0, min(later, default=None)


def _rows(desk: Desk, count: int, now: datetime, seed: int) -> Iterator[dict[str, object]]:
    rng = random.Random(seed)
    as_of = now - LAG
    names, weights = [p for p, _ in PRIORITIES], [w for _, w in PRIORITIES]
    for number in range(1, count + 1):
        priority = rng.choices(names, weights)[0]
        window = desk.config.window_hours(Priority(priority))
        received = now - timedelta(seconds=rng.uniform(0, 10 * 86400))
        due = received + timedelta(hours=window)
        answered = rng.random() < ANSWERED
        level, warned, deadline = (
            (0, False, None) if answered else _ladder(desk, received, window, as_of)
        )
        yield {
            "number": number, "requester": f"customer{number % 50_000}@mail{number % 97}.example",
            "requester_name": "", "subject": f"Kettle broken, order {number}", "status": "open",
            "priority": priority, "priority_rule": "default", "priority_explanation": "",
            "customer_domain": None, "received_at": received, "created_at": received,
            "updated_at": received, "first_response_due": due,
            "first_response_at": received + (due - received) * rng.random() if answered else None,
            "clock_started_at": received, "clock_number": 0,
            "response_due": None if answered else due, "next_deadline": deadline,
            "assignee": None, "escalation_level": level, "warned": warned, "acked_by": None,
            "closed_at": None, "linked_ticket_id": None, "merged_into_id": None,
            "priority_signals": "", "priority_asked": False, "priority_confirmed_by": None,
            "language": None, "timezone": None,
        }  # fmt: skip


def _naive(value: object) -> object:
    """Values as the UTCDateTime column stores them: naive UTC."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _sqlite_value(value: object) -> object:
    # SQLAlchemy stores SQLite DATETIME as text in this format; the rearm check reads it back.
    value = _naive(value)
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(value, datetime) else value


def fill(url: str, desk: Desk, count: int, now: datetime, seed: int = 1) -> Filled:
    """Insert `count` open tickets in chunks; ANALYZE; check a sample against rearm."""
    rows = _rows(desk, count, now, seed)
    names = ", ".join(COLUMNS)
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
            marks = ", ".join("?" for _ in COLUMNS)
            # Column names come from our own table definition, never from input.
            insert = f"INSERT INTO ticket ({names}) VALUES ({marks})"  # noqa: S608
            while chunk := list(islice(rows, CHUNK)):
                values = [tuple(_sqlite_value(r[c]) for c in COLUMNS) for r in chunk]
                conn.executemany(insert, values)
                conn.commit()
            conn.execute("ANALYZE")
    else:
        conninfo = url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(conninfo) as conn:
            with conn.cursor() as cur, cur.copy(f"COPY ticket ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([_naive(row[c]) for c in COLUMNS])
            conn.commit()
            conn.execute("ANALYZE ticket")
    engine = database.make_engine(url)
    try:
        with Session(engine) as session:
            armed = session.exec(
                select(col(Ticket.id)).where(col(Ticket.next_deadline).is_not(None))
            ).all()
            due = session.exec(select(col(Ticket.id)).where(col(Ticket.next_deadline) <= now)).all()
            sample = session.exec(
                select(Ticket).where(col(Ticket.id) % max(1, count // 500) == 0)
            ).all()
            for ticket in sample:
                stored = ticket.next_deadline
                deadlines.rearm(session, desk, ticket, now - LAG)
                if ticket.next_deadline != stored:
                    raise AssertionError(
                        f"ticket {ticket.id}: rearm says {ticket.next_deadline}, filled {stored}"
                    )
            session.rollback()
    finally:
        engine.dispose()
    return Filled(now - LAG, len(armed), len(due), len(sample))


def due_soon(url: str, desk: Desk, count: int, start: datetime, span: float) -> dict[int, datetime]:
    """`count` tickets whose level-1 escalation falls due between start and start + span s.

    Returns {ticket number: deadline}. Each ticket is armed by deadlines.rearm itself.
    """
    window = desk.config.window_hours(Priority.P2)
    armed = {
        n: start + timedelta(seconds=span * (n - 1) / max(1, count - 1))
        for n in range(1, count + 1)
    }
    engine = database.make_engine(url)
    try:
        with Session(engine) as session:
            for number, deadline in armed.items():
                received = deadline - timedelta(hours=window)
                ticket = Ticket(
                    number=number,
                    requester=f"customer{number}@acme.example",
                    subject=f"Lid broken {number}",
                    priority="P2",
                    priority_rule="default",
                    received_at=received,
                    created_at=received,
                    updated_at=received,
                    first_response_due=deadline,
                    clock_started_at=received,
                    response_due=deadline,
                    warned=True,
                )
                deadlines.rearm(session, desk, ticket, start)
                assert ticket.next_deadline == deadline
            session.commit()
    finally:
        engine.dispose()
    return armed
