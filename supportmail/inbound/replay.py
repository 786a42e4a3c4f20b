"""Mail from files and from quarantine run through the same processing as mail from IMAP.

- `replay_files`: .eml files ingested as if fetched from a mailbox called "replay" (UIDVALIDITY
  1, UIDs after its cursor), through `process.process_batch`; a dry run does the same work in a
  transaction that is rolled back, so it shows exactly what ingest would do and keeps nothing.
- `retry_quarantined`: a quarantined message's stored bytes processed again; on success the
  existing inbound row becomes "processed" (no second row: the content hash is unique).
`triage_raw`, the priority decision for raw bytes without a database, lives in `inbound.triage`
(no ORM imported there, so `supportmail triage` starts fast).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlalchemy.exc import InterfaceError as DBInterfaceError
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from supportmail.core.classify import classify, quarantine_reason
from supportmail.core.parse import parse_message
from supportmail.core.types import Disposition, ParsedMessage
from supportmail.desk import Desk
from supportmail.errors import PermanentError, TransientError
from supportmail.inbound.imap import Fetched
from supportmail.inbound.process import Outcome, process_batch, process_one

# Re-exported: scripts that score triage on labelled sets import it from here.
from supportmail.inbound.triage import triage_raw  # noqa: F401
from supportmail.storage import queries
from supportmail.storage.tables import InboundMessage
from supportmail.tickets.dispatch import handle_classified

REPLAY_MAILBOX = "replay"
REPLAY_UIDVALIDITY = 1
BATCH = 50

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Replayed:
    """What became of one replayed file (the ticket's priority and rule when it has one)."""

    name: str
    outcome: Outcome
    priority: str | None
    rule: str | None


def replay_files(
    engine: Engine,
    desk: Desk,
    files: Sequence[tuple[str, bytes]],
    now: Callable[[], datetime],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> list[Replayed]:
    """Process (name, raw) pairs as ingest would, in batches; with `dry_run` keep nothing."""
    first_uid = _next_uid(engine)
    fetched = [
        Fetched(uid=first_uid + i, raw=raw, arrived_at=None) for i, (_n, raw) in enumerate(files)
    ]
    if dry_run:
        found = _dry_run(engine, desk, fetched, now(), progress)
    else:
        found = []
        for start in range(0, len(fetched), BATCH):
            outcomes = process_batch(
                engine,
                desk,
                REPLAY_MAILBOX,
                REPLAY_UIDVALIDITY,
                fetched[start : start + BATCH],
                now(),
            )
            with Session(engine) as session:
                found.extend((o, *_priority_of(session, o.ticket_number)) for o in outcomes)
            if progress is not None:
                progress(len(found), len(fetched))
    return [Replayed(name, o, p, r) for (name, _raw), (o, p, r) in zip(files, found, strict=True)]


def _next_uid(engine: Engine) -> int:
    """The first UID after the replay mailbox's cursor."""
    with Session(engine) as session:
        cursor = queries.get_cursor(session, REPLAY_MAILBOX)
        return 1 if cursor is None else cursor.last_uid + 1


def _dry_run(
    engine: Engine,
    desk: Desk,
    fetched: list[Fetched],
    now: datetime,
    progress: Progress | None,
) -> list[tuple[Outcome, str | None, str | None]]:
    """Every message's effects applied in one transaction, read back, then rolled back."""
    # One transaction for all files, so a later file threads onto an earlier one as it would.
    with Session(engine, expire_on_commit=False) as session:
        try:
            found = []
            for item in fetched:
                msg = parse_message(item.raw, desk.limits)
                outcome = process_one(
                    session, desk, REPLAY_MAILBOX, REPLAY_UIDVALIDITY, item, msg, now
                )
                found.append((outcome, *_priority_of(session, outcome.ticket_number)))
                if progress is not None:
                    progress(len(found), len(fetched))
            return found
        finally:
            session.rollback()


def _priority_of(session: Session, number: int | None) -> tuple[str | None, str | None]:
    """The priority and rule of ticket `number`, or (None, None)."""
    ticket = None if number is None else queries.ticket_by_number(session, number)
    return (None, None) if ticket is None else (ticket.priority, ticket.priority_rule)


@dataclass(frozen=True)
class RetryResult:
    """The outcome of processing a quarantined message again."""

    inbound_id: int
    released: bool
    disposition: Disposition
    ticket_number: int | None
    detail: str


def retry_quarantined(engine: Engine, desk: Desk, inbound_id: int, now: datetime) -> RetryResult:
    """Process quarantined inbound message `inbound_id` again from its stored raw bytes."""
    try:
        with Session(engine, expire_on_commit=False) as session:
            inbound = session.get(InboundMessage, inbound_id)
            if inbound is None:
                raise PermanentError(f"no inbound message {inbound_id}")
            if inbound.state != "quarantined":
                raise PermanentError(
                    f"inbound message {inbound_id} is not quarantined (state {inbound.state}, "
                    f"disposition {inbound.disposition})"
                )
            raw = queries.get_blob(session, inbound.raw_sha256)
            if raw is None:
                raise PermanentError(f"inbound message {inbound_id}: raw bytes missing from blob")
            msg = parse_message(raw, desk.limits)
            try:
                with session.begin_nested():
                    result = _release(session, desk, inbound, msg, now)
            except (OperationalError, DBInterfaceError, TransientError):
                raise
            except Exception as exc:
                # Same policy as ingest: a message that fails stays quarantined, with the reason.
                result = _still_quarantined(
                    session, inbound, f"{exc.__class__.__name__}: {exc}", now
                )
            session.commit()
    except (OperationalError, DBInterfaceError) as exc:
        raise TransientError(f"database: {exc.__class__.__name__}: {exc}") from exc
    return result


def _release(
    session: Session, desk: Desk, inbound: InboundMessage, msg: ParsedMessage, now: datetime
) -> RetryResult:
    assert inbound.id is not None
    reason = quarantine_reason(msg)
    if reason is not None:
        return _still_quarantined(session, inbound, reason, now)
    classification = classify(msg, desk.own)
    inbound.state, inbound.error, inbound.reason = "processed", None, classification.reason
    session.add(inbound)
    session.flush()
    disposition, ticket = handle_classified(session, desk, inbound, msg, classification, now)
    mark_released(session, inbound, disposition, ticket.id if ticket else None)
    number = ticket.number if ticket is not None else None
    queries.add_event(
        session,
        "released",
        f"inbound message {inbound.id} processed again from quarantine: {disposition.value}"
        + (f" on #{number}" if number is not None else ""),
        now,
        ticket_id=ticket.id if ticket is not None else None,
        inbound_id=inbound.id,
        actor="operator",
    )
    return RetryResult(inbound.id, True, disposition, number, classification.reason)


def mark_released(
    session: Session, inbound: InboundMessage, disposition: Disposition, ticket_id: int | None
) -> None:
    """Record on the existing inbound row that it has now been processed (no new row)."""
    inbound.state = "processed"
    inbound.error = None
    inbound.disposition = disposition.value
    inbound.ticket_id = ticket_id
    session.add(inbound)


def _still_quarantined(
    session: Session, inbound: InboundMessage, why: str, now: datetime
) -> RetryResult:
    assert inbound.id is not None
    inbound.error = why
    session.add(inbound)
    queries.add_event(
        session,
        "quarantine_retry",
        f"inbound message {inbound.id} still quarantined: {why}",
        now,
        inbound_id=inbound.id,
        actor="operator",
    )
    return RetryResult(inbound.id, False, Disposition.QUARANTINED, None, why)
