"""The database tables (SQLModel). Times are stored as UTC and read back timezone-aware.

Unique constraints are what make a replay harmless: the same (mailbox, UIDVALIDITY, UID), the same
content hash, or a second acknowledgement or escalation row for one ticket is refused by the DB.
"""

# No `from __future__ import annotations` here: SQLModel needs the real types at class creation.

from datetime import UTC, datetime
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Index,
    LargeBinary,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC (SQLite has no time zones) and returned aware in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; times must be aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utc_column(nullable: bool = True, index: bool = False) -> Any:
    """A Column of UTCDateTime for a Field's sa_column."""
    return Column(UTCDateTime(), nullable=nullable, index=index)


# The outbox kinds that may exist once per (ticket, level): a replay must not send them twice.
ONCE_PER_TICKET_KINDS = ("ack", "escalation", "warning", "page")


class Blob(SQLModel, table=True):
    """Bytes kept by their sha256: raw messages and attachments, stored once however often seen."""

    sha256: str = Field(primary_key=True, max_length=64)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class InboundMessage(SQLModel, table=True):
    """One message read from the mailbox, with what we decided about it."""

    __tablename__ = "inbound_message"
    __table_args__ = (
        UniqueConstraint("mailbox", "uidvalidity", "uid", name="uq_inbound_mailbox_uid"),
        UniqueConstraint("content_hash", name="uq_inbound_content_hash"),
    )

    id: int | None = Field(default=None, primary_key=True)
    mailbox: str = Field(max_length=255)
    uidvalidity: int = Field(sa_type=BigInteger)  # 32-bit unsigned in IMAP: too big for INTEGER
    uid: int = Field(sa_type=BigInteger)
    content_hash: str = Field(max_length=64)
    message_id: str | None = Field(default=None, max_length=998, index=True)
    raw_sha256: str = Field(foreign_key="blob.sha256", max_length=64)
    size: int
    state: str = Field(max_length=20)  # processed | quarantined
    disposition: str | None = Field(default=None, max_length=20)
    reason: str | None = Field(default=None, sa_column=Column(Text))
    error: str | None = Field(default=None, sa_column=Column(Text))
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    arrived_at: datetime | None = Field(default=None, sa_column=utc_column())
    committed_at: datetime = Field(sa_column=utc_column(nullable=False))


class Ticket(SQLModel, table=True):
    """A customer's request and its promise: priority, due times, owner, escalation level."""

    # The dashboard reads these instead of the whole table (migrations 0010, 0012): the queue's
    # waiting part by due time and its rest newest first, each with every filter in the index;
    # the agents page (open tickets per assignee and priority); compliance per day.
    __table_args__ = (
        Index("ix_ticket_queue_due", "status", "response_due", "number", "priority", "assignee"),
        Index(
            "ix_ticket_queue_newest",
            "created_at",
            "number",
            "status",
            "response_due",
            "priority",
            "assignee",
        ),
        Index(
            "ix_ticket_compliance",
            "received_at",
            "priority",
            "status",
            "first_response_at",
            "first_response_due",
        ),
        Index(
            "ix_ticket_status_assignee_priority_due",
            "status",
            "assignee",
            "priority",
            "response_due",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    number: int | None = Field(default=None, unique=True)
    requester: str = Field(max_length=320, index=True)
    requester_name: str = Field(default="", max_length=255)
    subject: str = Field(sa_column=Column(Text, nullable=False))
    status: str = Field(default="open", max_length=20, index=True)  # open | closed | merged
    priority: str = Field(max_length=2)
    priority_rule: str = Field(max_length=120)
    priority_explanation: str = Field(default="", sa_column=Column(Text, nullable=False))
    customer_domain: str | None = Field(default=None, max_length=255)
    received_at: datetime = Field(sa_column=utc_column(nullable=False))
    # Indexed: the loop breakers count a domain's tickets of the last minutes.
    created_at: datetime = Field(sa_column=utc_column(nullable=False, index=True))
    updated_at: datetime = Field(sa_column=utc_column(nullable=False))
    first_response_due: datetime = Field(sa_column=utc_column(nullable=False))
    first_response_at: datetime | None = Field(default=None, sa_column=utc_column())
    # A customer reply after a response starts a next-response clock from this time.
    clock_started_at: datetime = Field(sa_column=utc_column(nullable=False))
    clock_number: int = 0  # 0: the first-response clock; 1, 2, ...: each next-response clock
    response_due: datetime | None = Field(default=None, sa_column=utc_column())
    # The next time the ladder must act on this ticket (warning, escalation); NULL: nothing due.
    next_deadline: datetime | None = Field(default=None, sa_column=utc_column(index=True))
    assignee: str | None = Field(default=None, max_length=320)
    escalation_level: int = 0
    warned: bool = False
    acked_by: str | None = Field(default=None, max_length=320)
    closed_at: datetime | None = Field(default=None, sa_column=utc_column())
    linked_ticket_id: int | None = Field(default=None, foreign_key="ticket.id")
    # Set when this ticket was merged into another (`tickets.merge`): the survivor's id (no
    # foreign key, see migration 0008), which holds its messages, people and events now.
    merged_into_id: int | None = None
    # Triage: the signals its decision used ("unavailable, everyone"); True when the evidence was
    # weak and the team was asked to confirm; who confirmed or set it by #priority (NULL: nobody).
    priority_signals: str = Field(default="", sa_column=Column(Text, nullable=False))
    priority_asked: bool = False
    priority_confirmed_by: str | None = Field(default=None, max_length=320)
    # How the customer is written to: language code (templates/<lang>/) and time zone (an IANA
    # name or "UTC+01:00"); NULL: the support defaults. Kept until the customer switches.
    language: str | None = Field(default=None, max_length=8)
    timezone: str | None = Field(default=None, max_length=64)


class TicketMessage(SQLModel, table=True):
    """One message in a ticket's thread, in either direction."""

    __tablename__ = "ticket_message"

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")
    message_id: str | None = Field(default=None, max_length=998)
    direction: str = Field(max_length=3)  # in | out
    author: str = Field(max_length=320)
    author_role: str = Field(max_length=10)  # customer | agent | system
    text: str = Field(sa_column=Column(Text, nullable=False))
    is_note: bool = False
    created_at: datetime = Field(sa_column=utc_column(nullable=False))


class AttachmentRef(SQLModel, table=True):
    """An attachment of a ticket message; its bytes live in Blob under their sha256."""

    __tablename__ = "attachment"

    id: int | None = Field(default=None, primary_key=True)
    ticket_message_id: int = Field(foreign_key="ticket_message.id", index=True)
    sha256: str = Field(foreign_key="blob.sha256", max_length=64)
    filename: str = Field(max_length=255)
    content_type: str = Field(max_length=255)
    size: int


class Participant(SQLModel, table=True):
    """An address taking part in a ticket; only participants may thread by subject tag."""

    __table_args__ = (UniqueConstraint("ticket_id", "address", name="uq_participant"),)

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    address: str = Field(max_length=320)
    role: str = Field(max_length=10)  # requester | cc | agent


class ThreadRef(SQLModel, table=True):
    """Every Message-ID we have seen or sent, mapped to its ticket, for In-Reply-To threading."""

    __tablename__ = "thread_ref"

    message_id: str = Field(primary_key=True, max_length=998)
    ticket_id: int = Field(foreign_key="ticket.id", index=True)
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")


class Event(SQLModel, table=True):
    """The audit trail: priority changes, escalations, commands, rejections, alerts."""

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    inbound_id: int | None = Field(default=None, foreign_key="inbound_message.id")
    kind: str = Field(max_length=40, index=True)
    actor: str = Field(default="system", max_length=320)
    detail: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(sa_column=utc_column(nullable=False, index=True))


class Outbox(SQLModel, table=True):
    """A mail to send: its bytes, or the params they are composed from when first claimed."""

    __table_args__ = (
        Index(
            "uq_outbox_once_per_ticket",
            "ticket_id",
            "kind",
            "clock",
            "level",
            unique=True,
            sqlite_where=text("kind IN ('ack', 'escalation', 'warning', 'page')"),
            postgresql_where=text("kind IN ('ack', 'escalation', 'warning', 'page')"),
        ),
        Index("ix_outbox_due", "state", "next_attempt_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    ticket_id: int | None = Field(default=None, foreign_key="ticket.id", index=True)
    kind: str = Field(
        max_length=20
    )  # ack | notify | relay | escalation | warning | page | confirm | ...
    # A ladder step is (clock, level): the ticket's response clock (`Ticket.clock_number`, 0 for
    # the first response) and the level (0: the warning); each goes out once per ticket.
    clock: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    level: int = 0
    message_id: str = Field(max_length=998, unique=True)
    recipients: str = Field(sa_column=Column(Text, nullable=False))  # comma-separated envelope
    first_recipient: str = Field(max_length=320, index=True)
    # The bytes to send; NULL until the worker composes a row written with `params` (it stores
    # them before the first attempt, so every attempt sends the same bytes).
    raw: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    params: str | None = Field(default=None, sa_column=Column(Text))  # JSON, see outmail
    # pending | sending (an ack in flight) | sent | failed | unknown (result lost: not resent)
    state: str = Field(default="pending", max_length=10)
    attempts: int = 0
    next_attempt_at: datetime = Field(sa_column=utc_column(nullable=False))
    claimed_until: datetime | None = Field(default=None, sa_column=utc_column())
    # The instance (see Instance) holding the claim: when it is gone the row is taken back at once.
    claimed_by: str | None = Field(default=None, max_length=120, index=True)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(sa_column=utc_column(nullable=False, index=True))
    sent_at: datetime | None = Field(default=None, sa_column=utc_column())


class Instance(SQLModel, table=True):
    """A running sender (daemon or `run --once`): alive while its heartbeat is fresh."""

    id: str = Field(primary_key=True, max_length=120)  # host:pid:random start token
    host: str = Field(max_length=255)
    pid: int
    started_at: datetime = Field(sa_column=utc_column(nullable=False))
    heartbeat_at: datetime = Field(sa_column=utc_column(nullable=False))


class MailboxCursor(SQLModel, table=True):
    """How far we have read a mailbox: its UIDVALIDITY and the highest UID handled."""

    __tablename__ = "mailbox_cursor"

    mailbox: str = Field(primary_key=True, max_length=255)
    uidvalidity: int = Field(sa_type=BigInteger)
    last_uid: int = Field(default=0, sa_type=BigInteger)
    updated_at: datetime = Field(sa_column=utc_column(nullable=False))


class DigestSent(SQLModel, table=True):
    """A digest handled for one recipient and period: written in the transaction that queues its
    mail (or finds nothing to send), so that of several instances only one ever sends it."""

    __tablename__ = "digest_sent"
    __table_args__ = (UniqueConstraint("kind", "recipient", "period", name="uq_digest_period"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)  # daily | weekly
    recipient: str = Field(max_length=320)
    period: str = Field(max_length=20)  # the local date (daily) or ISO week (weekly), e.g. 2026-W10
    outbox_id: int | None = Field(default=None, foreign_key="outbox.id")  # NULL: nothing to send
    created_at: datetime = Field(sa_column=utc_column(nullable=False))


Row = TypeVar("Row", bound=SQLModel)


@cache
def _fields(
    cls: type[SQLModel],
) -> tuple[dict[str, Any], dict[str, Any], frozenset[str], frozenset[str]]:
    """A table's static field defaults, default factories, field names and required names."""
    fields = cls.model_fields
    defaults = {
        name: field.default
        for name, field in fields.items()
        if not field.is_required() and field.default_factory is None
    }
    factories = {n: f.default_factory for n, f in fields.items() if f.default_factory is not None}
    required = frozenset(name for name, field in fields.items() if field.is_required())
    return defaults, factories, frozenset(fields), required


def new_row(cls: type[Row], /, **values: Any) -> Row:
    """A new row of table `cls`: the same object as `cls(**values)`, built ten times faster.

    SQLModel's constructor routes every field (defaults too) through pydantic's and SQLAlchemy's
    instrumented setattr, about 25 us per row; ingestion writes several rows per message. A new
    row has no attribute history to record, so the values go straight into its `__dict__`, which
    is what SQLAlchemy reads when it inserts the row. Unknown or missing fields are refused.
    """
    defaults, factories, names, required = _fields(cls)
    given = values.keys()
    if not given <= names or not required <= given:
        unknown, missing = sorted(given - names), sorted(required - given)
        raise TypeError(f"{cls.__name__}: unknown fields {unknown}, missing fields {missing}")
    row: Row = cls._sa_class_manager.new_instance()  # type: ignore[attr-defined]
    state = row.__dict__
    state.update(defaults)
    for name, factory in factories.items():
        if name not in given:
            state[name] = factory()
    state.update(values)
    object.__setattr__(row, "__pydantic_fields_set__", set(given))
    return row
