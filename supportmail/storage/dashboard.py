"""What the read-only web dashboard reads: a page of the queue, per-agent load, compliance by day.

Each is one or two aggregate queries sized for a desk of 100,000 tickets (no row is loaded that
the page does not show); formatting is the web part's business. `open_read_only` gives the
dashboard an engine of its own that cannot write: on SQLite no `BEGIN IMMEDIATE` (a reader must
never take the writer's lock from the daemon) and `PRAGMA query_only`; on PostgreSQL every
transaction is READ ONLY.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Integer, case, cast, event, func, literal, or_
from sqlalchemy import select as columns
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, create_engine, select

from supportmail.core.types import Priority
from supportmail.errors import SchemaError
from supportmail.storage.database import missing_sqlite_file, require_current_schema
from supportmail.storage.tables import Ticket

STATES = ("open", "waiting", "responded", "closed", "all")
UNASSIGNED = "-"  # the assignee filter's value for "nobody"


def open_read_only(url: str) -> Engine:
    """An engine on the existing database at `url` (schema checked) that refuses every write."""
    missing = missing_sqlite_file(url)
    if missing is not None:
        raise SchemaError(f"no database at {missing}: run `supportmail db upgrade -c <config>`")
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_read_only)
    else:
        options = "-c default_transaction_read_only=on"
        engine = create_engine(url, pool_pre_ping=True, connect_args={"options": options})
    try:
        require_current_schema(engine)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _sqlite_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows: state (see STATES), priorities, one assignee, overdue only."""

    state: str = "open"
    priorities: tuple[str, ...] = ()
    assignee: str | None = None  # an address, UNASSIGNED, or None for everyone
    overdue: bool = False


@dataclass(frozen=True)
class QueueRow:
    """One ticket as a queue line."""

    number: int
    priority: str
    status: str
    subject: str
    requester: str
    requester_name: str
    assignee: str | None
    due: datetime | None  # the current response due; None when answered or closed
    received_at: datetime
    escalation_level: int
    unconfirmed: bool


@dataclass(frozen=True)
class QueuePage:
    """A page of the queue and how many tickets match in all."""

    rows: list[QueueRow]
    total: int


def _current_due() -> ColumnElement[Any]:
    """The response due of an open ticket, NULL otherwise (reports.current_due in SQL)."""
    return case((col(Ticket.status) == "open", col(Ticket.response_due)), else_=None)


def _conditions(flt: QueueFilter, now: datetime) -> list[ColumnElement[bool]]:
    status, due = col(Ticket.status), col(Ticket.response_due)
    where: list[ColumnElement[bool]] = []
    if flt.state in ("open", "waiting", "responded") or flt.overdue:
        where.append(status == "open")
    if flt.state == "closed":
        where.append(status == "closed")
    if flt.state == "waiting":
        where.append(due.is_not(None))
    if flt.state == "responded":
        where.append(due.is_(None))
    if flt.overdue:
        where.append(due <= now)
    if flt.priorities:
        where.append(col(Ticket.priority).in_(flt.priorities))
    if flt.assignee == UNASSIGNED:
        where.append(col(Ticket.assignee).is_(None))
    elif flt.assignee:
        where.append(func.lower(col(Ticket.assignee)) == flt.assignee.lower())
    return where


def queue_page(
    session: Session, flt: QueueFilter, now: datetime, offset: int, limit: int
) -> QueuePage:
    """`limit` tickets from `offset` matching `flt`: first those the customer waits on, soonest
    due first; then the answered and closed ones, newest first.

    Two queries rather than one ORDER BY over a CASE: the waiting part is read along
    ix_ticket_queue_due (status, due, number), the rest along ix_ticket_queue_newest from the
    newest end, so neither a first page nor a deep one sorts every matching ticket (100,000 of
    them: 200-300 ms). Both indexes hold every filter column: the filters and an OFFSET's
    skipped tickets are read from the index, only the page's own rows from the table."""
    where = _conditions(flt, now)
    status, due = col(Ticket.status), col(Ticket.response_due)
    waiting = [*where, status == "open", due.is_not(None)]
    rest = [*where, or_(status != "open", due.is_(None))]
    total = int(session.exec(select(func.count()).select_from(Ticket).where(*where)).one())
    in_wait = 0
    if flt.state not in ("closed", "responded"):
        in_wait = int(session.exec(select(func.count()).select_from(Ticket).where(*waiting)).one())
    found: list[Any] = []
    if offset < in_wait:
        found += session.execute(
            _queue_columns()
            .where(*waiting)
            .order_by(due, col(Ticket.number))
            .offset(offset)
            .limit(limit)
        ).all()
    if len(found) < limit and total > in_wait:
        found += session.execute(
            _queue_columns()
            .where(*rest)
            .order_by(col(Ticket.created_at).desc(), col(Ticket.number).desc())
            .offset(max(0, offset - in_wait))
            .limit(limit - len(found))
        ).all()
    rows = [
        QueueRow(
            number=r[0] or 0,
            priority=r[1],
            status=r[2],
            subject=r[3],
            requester=r[4],
            requester_name=r[5],
            assignee=r[6],
            due=_aware(r[7]),
            received_at=r[8],
            escalation_level=r[9],
            unconfirmed=r[2] == "open" and bool(r[10]) and r[11] is None,
        )
        for r in found
    ]
    return QueuePage(rows, total)


def _queue_columns() -> Any:
    return columns(
        col(Ticket.number),
        col(Ticket.priority),
        col(Ticket.status),
        col(Ticket.subject),
        col(Ticket.requester),
        col(Ticket.requester_name),
        col(Ticket.assignee),
        _current_due(),
        col(Ticket.received_at),
        col(Ticket.escalation_level),
        col(Ticket.priority_asked),
        col(Ticket.priority_confirmed_by),
    )


def _aware(value: Any) -> datetime | None:
    """A time from the CASE expression, aware UTC (it keeps the column's type on both
    databases; naive or text values are handled all the same)."""
    if value is None:
        return None
    if isinstance(value, str):  # SQLite's stored text
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


@dataclass
class AgentLoad:
    """One assignee's open tickets: in all, waiting for a response, overdue, per priority."""

    assignee: str | None  # None: unassigned
    open: int = 0
    waiting: int = 0
    overdue: int = 0
    by_priority: dict[str, int] = field(default_factory=dict)


def agent_load(session: Session, now: datetime, agents: Sequence[str] = ()) -> list[AgentLoad]:
    """Open tickets per assignee (configured agents listed even with none), most overdue first;
    the unassigned row last."""
    due = col(Ticket.response_due)
    waiting = func.sum(case((due.is_not(None), 1), else_=0))
    overdue = func.sum(case((due <= now, 1), else_=0))
    query = (
        columns(
            func.lower(col(Ticket.assignee)), col(Ticket.priority), func.count(), waiting, overdue
        )
        .where(col(Ticket.status) == "open")
        .group_by(func.lower(col(Ticket.assignee)), col(Ticket.priority))
    )
    loads: dict[str | None, AgentLoad] = {a.lower(): AgentLoad(a.lower()) for a in agents}
    for who, priority, count, in_wait, late in session.execute(query).all():
        load = loads.setdefault(who, AgentLoad(who))
        load.open += int(count)
        load.waiting += int(in_wait or 0)
        load.overdue += int(late or 0)
        load.by_priority[priority] = load.by_priority.get(priority, 0) + int(count)
    named = sorted(
        (v for k, v in loads.items() if k is not None),
        key=lambda a: (-a.overdue, -a.waiting, -a.open, a.assignee or ""),
    )
    return named + ([loads[None]] if None in loads else [])


@dataclass
class DayCompliance:
    """First responses of the tickets received on one day, for one priority."""

    day: date
    priority: str
    in_time: int = 0
    breached: int = 0  # answered late, or still unanswered past due
    pending: int = 0  # unanswered, not due yet

    @property
    def judged(self) -> int:
        """Tickets with a verdict."""
        return self.in_time + self.breached


def compliance_by_day(
    session: Session, now: datetime, since: datetime, until: datetime | None = None
) -> list[DayCompliance]:
    """Per day (UTC) and priority of the tickets received from `since` to `until` (open end:
    now), the first-response verdicts as `supportmail report` counts them (a ticket closed
    unanswered before its due has none)."""
    answered, due = col(Ticket.first_response_at), col(Ticket.first_response_due)
    is_open = col(Ticket.status) == "open"
    outcome = case(
        (answered.is_not(None) & (answered <= due), literal(0)),
        (answered.is_not(None), literal(1)),
        (is_open & (due <= now), literal(1)),
        (is_open, literal(2)),
        else_=literal(3),
    )
    day = func.date(col(Ticket.received_at))
    query = (
        columns(day, col(Ticket.priority), cast(outcome, Integer), func.count())
        # Every column read is in ix_ticket_compliance (received_at first): the range is read
        # from the index alone, no ticket row (53 weeks of 100,000 on SQLite: ~500 -> ~250 ms).
        .where(col(Ticket.received_at) >= since)
        .group_by(day, col(Ticket.priority), outcome)
    )
    if until is not None:
        query = query.where(col(Ticket.received_at) < until)
    found: dict[tuple[date, str], DayCompliance] = {}
    for raw_day, priority, verdict, count in session.execute(query).all():
        when = raw_day if isinstance(raw_day, date) else date.fromisoformat(str(raw_day))
        row = found.setdefault((when, priority), DayCompliance(when, priority))
        if verdict == 0:
            row.in_time += int(count)
        elif verdict == 1:
            row.breached += int(count)
        elif verdict == 2:
            row.pending += int(count)
    return sorted(found.values(), key=lambda r: (r.day, _rank(r.priority)))


def _rank(priority: str) -> int:
    names = [p.value for p in Priority]
    return names.index(priority) if priority in names else len(names)


def weeks_back(now: datetime, weeks: int) -> datetime:
    """Midnight UTC of the Monday `weeks - 1` weeks before this week's Monday."""
    monday = now.date() - timedelta(days=now.weekday()) - timedelta(weeks=weeks - 1)
    return datetime(monday.year, monday.month, monday.day, tzinfo=now.tzinfo)
