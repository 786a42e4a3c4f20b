"""The outbox worker: mail written as rows in a change's transaction (`outqueue`) goes out here.

Every attempt sends the same bytes with the Message-ID fixed when the row was written (rows
written as params are composed and stored when first claimed: `outmail`). `send_due` claims due
rows under a short lease (FOR UPDATE SKIP LOCKED on PostgreSQL, so several instances share the
work; one atomic UPDATE on SQLite), commits, sends, and records each outcome in its own
transaction: sent; retried with capped exponential backoff; failed (5xx, or too old) with an
alert event; or "unknown" when an acknowledgement's connection broke after DATA - better one
missing acknowledgement than two. One bad row never blocks the rest.
"""

import logging
import os
import random
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesHeaderParser
from email.utils import parseaddr

from sqlalchemy import and_, or_, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import InterfaceError as DBInterfaceError
from sqlalchemy.exc import OperationalError
from sqlmodel import col, select

from supportmail.errors import LoginError, PermanentError, TransientError
from supportmail.outbound.smtp import Refusal, SmtpSender, SmtpUnavailableError, UnknownResultError
from supportmail.storage.database import session_scope
from supportmail.storage.tables import Event, Outbox

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
# No new message is started when less than this is left of the lease: a send must finish
# before another instance may take the row over.
LEASE_MARGIN = timedelta(minutes=2)
FIRST_DELAY = 30.0
MAX_DELAY = 3600.0
JITTER = 0.2
NOT_RESENT_KINDS = frozenset({"ack"})  # an unknown outcome leaves these unsent rather than twice


@dataclass(frozen=True)
class SendReport:
    """What one `send_due` run did; `unavailable` says why the server could not be used."""

    sent: int = 0
    retry: int = 0
    failed: int = 0
    unknown: int = 0
    released: int = 0  # claimed but left for the next run: the lease was running out
    unavailable: str | None = None


def _default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def backoff(attempts: int, rng: random.Random) -> timedelta:
    """The wait before retry number `attempts + 1`: 30 s doubling up to 1 h, +-20 % jitter."""
    delay = min(FIRST_DELAY * 2 ** min(attempts, 20), MAX_DELAY)
    return timedelta(seconds=delay * rng.uniform(1 - JITTER, 1 + JITTER))


def claim_due(engine: Engine, at: datetime, lease_until: datetime, limit: int) -> list[Outbox]:
    """Lease up to `limit` due rows to this worker, committed before anything is sent."""
    due = and_(
        col(Outbox.state) == "pending",
        col(Outbox.next_attempt_at) <= at,
        or_(col(Outbox.claimed_until).is_(None), col(Outbox.claimed_until) < at),
    )
    pick = (
        select(col(Outbox.id))
        .where(due)
        .order_by(col(Outbox.next_attempt_at), col(Outbox.id))
        .limit(limit)
        .with_for_update(skip_locked=True)  # PostgreSQL: rows another worker holds are skipped
    )
    with session_scope(engine) as session:
        # Two statements, not UPDATE ... IN (subquery): PostgreSQL may run a LIMIT ... SKIP
        # LOCKED subquery more than once and claim more than `limit` rows. The UPDATE checks
        # `due` again, so on SQLite (no row locks) a row another worker just took is left out.
        picked = list(session.exec(pick).all())
        claim = (
            update(Outbox)
            .where(col(Outbox.id).in_(picked), due)
            .values(claimed_until=lease_until)
            .returning(col(Outbox.id))
        )
        ids = list(session.exec(claim).scalars()) if picked else []
        rows = session.exec(
            select(Outbox)
            .where(col(Outbox.id).in_(ids))
            .order_by(col(Outbox.next_attempt_at), col(Outbox.id))
        ).all()
        return list(rows)


def _expire_sending(engine: Engine, at: datetime) -> None:
    """Rows left "sending" by a worker that died mid-send: unknown outcome, never resent."""
    with session_scope(engine) as session:
        stale = session.exec(
            select(Outbox).where(
                col(Outbox.state) == "sending",
                or_(col(Outbox.claimed_until).is_(None), col(Outbox.claimed_until) < at),
            )
        ).all()
        for row in stale:
            row.state, row.claimed_until = "unknown", None
            row.last_error = "the sending worker stopped mid-send; not resent"
            session.add(row)
            session.add(
                Event(
                    ticket_id=row.ticket_id,
                    kind="alert",
                    actor="outbox",
                    detail=f"{row.kind} mail <{row.message_id}> to {row.recipients}: "
                    "outcome unknown after a crash during sending; not resent",
                    created_at=at,
                )
            )


def _bytes_of(engine: Engine, row: Outbox) -> bytes:
    """The row's bytes: stored ones, else composed from its params and stored before sending.

    Only the lease holder composes; should two ever race, the first bytes stored win and both
    send those, so every attempt carries identical bytes.
    """
    if row.raw is not None:
        return row.raw
    from supportmail.outbound.render import compose_row  # outmail reads tickets: keep it off import

    try:
        with session_scope(engine) as session:
            raw = compose_row(session, row)
            stored = session.exec(
                update(Outbox)
                .where(col(Outbox.id) == row.id, col(Outbox.raw).is_(None))
                .values(raw=raw)
            )
            if stored.rowcount != 1:
                first = session.exec(select(col(Outbox.raw)).where(col(Outbox.id) == row.id))
                raw = first.one() or raw
    except (OperationalError, DBInterfaceError) as exc:
        raise TransientError(f"database: {exc.__class__.__name__}: {exc}") from exc
    except ValueError as exc:
        raise PermanentError(f"cannot compose the mail: {exc}") from exc
    row.raw = raw
    return raw


def _envelope_from(raw: bytes) -> str:
    """The address of the message's From header: bounces come back to the support mailbox."""
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
    addr = parseaddr(str(headers.get("From", "")))[1]
    if "@" not in addr:
        raise PermanentError("the stored message has no usable From address")
    return addr


class _Worker:
    """One `send_due` run: sends the claimed rows and writes each outcome."""

    def __init__(
        self,
        engine: Engine,
        now: Callable[[], datetime],
        give_up: timedelta,
        worker_id: str,
        rng: random.Random,
        time_scale: float = 1.0,
    ) -> None:
        self.engine, self.now, self.give_up, self.worker_id, self.rng = (
            engine,
            now,
            give_up,
            worker_id,
            rng,
        )
        self.time_scale = time_scale
        self.counts = {"sent": 0, "retry": 0, "failed": 0, "unknown": 0, "released": 0}

    def _finish(self, row: Outbox, alert: str | None = None, **values: object) -> None:
        at = self.now()
        with session_scope(self.engine) as session:
            session.exec(
                update(Outbox)
                .where(col(Outbox.id) == row.id)
                .values(claimed_until=None, attempts=row.attempts + 1, **values)
            )
            if alert is not None:
                detail = f"{row.kind} mail <{row.message_id}> to {row.recipients}: {alert}"
                session.add(
                    Event(
                        ticket_id=row.ticket_id,
                        kind="alert",
                        actor="outbox",
                        detail=detail,
                        created_at=at,
                    )
                )
                log.warning("outbox alert (%s): %s", self.worker_id, detail)

    def sent(self, row: Outbox, refused: Sequence[Refusal]) -> None:
        deferred = [r for r in refused if r.temporary]
        if deferred and row.kind not in NOT_RESENT_KINDS:
            self._deliver_later(row, refused, deferred)
            return
        alert = f"refused by some recipients: {'; '.join(map(str, refused))}" if refused else None
        self._finish(row, alert, state="sent", sent_at=self.now(), last_error=None)
        self.counts["sent"] += 1

    def _deliver_later(
        self, row: Outbox, refused: Sequence[Refusal], deferred: Sequence[Refusal]
    ) -> None:
        """The others took it; retry only the recipients who said "later" (4xx), with the same
        bytes and Message-ID, the row narrowed to them. Those who said "never" are alerted."""
        took = [a for a in row.recipients.split(",") if a not in {r.recipient for r in refused}]
        waiting = ", ".join(map(str, deferred))
        note = f"delivered to {', '.join(took)}; deferred by {waiting}: retrying only them"
        permanent = [str(r) for r in refused if not r.temporary]
        if permanent:
            note += f"; refused for good by {'; '.join(permanent)}"
        at = self.now()
        if at - row.created_at >= self.give_up:
            self.failed(row, f"gave up after {row.attempts + 1} attempts: {note}")
            return
        self._finish(
            row,
            note,
            state="pending",
            recipients=",".join(r.recipient for r in deferred),
            next_attempt_at=at + backoff(row.attempts, self.rng) * self.time_scale,
            last_error=waiting,
        )
        self.counts["retry"] += 1

    def failed(self, row: Outbox, error: str) -> None:
        self._finish(row, f"not delivered: {error}", state="failed", last_error=error)
        self.counts["failed"] += 1

    def retry(self, row: Outbox, error: str) -> None:
        at = self.now()
        if at - row.created_at >= self.give_up:
            self.failed(row, f"gave up after {row.attempts + 1} attempts: {error}")
            return
        when = at + backoff(row.attempts, self.rng) * self.time_scale
        self._finish(row, state="pending", next_attempt_at=when, last_error=error)
        self.counts["retry"] += 1

    def unknown(self, row: Outbox, error: str) -> None:
        alert = f"outcome unknown, not resent (the recipient may lack it): {error}"
        self._finish(row, alert, state="unknown", last_error=error)
        self.counts["unknown"] += 1

    def mark_sending(self, row: Outbox) -> None:
        """Record, before SMTP starts, that this not-to-be-resent row is being sent.

        A crash between the server's 250 and `sent` would otherwise resend it when the lease
        runs out; a row found still "sending" after its lease is marked unknown instead.
        """
        with session_scope(self.engine) as session:
            session.exec(update(Outbox).where(col(Outbox.id) == row.id).values(state="sending"))

    def release(self, rows: Sequence[Outbox]) -> None:
        with session_scope(self.engine) as session:
            session.exec(
                update(Outbox)
                .where(col(Outbox.id).in_([r.id for r in rows]))
                .values(claimed_until=None)
            )
        self.counts["released"] += len(rows)


async def send_due(
    engine: Engine,
    sender: SmtpSender,
    now: Callable[[], datetime],
    give_up_hours: float,
    *,
    limit: int = 100,
    worker_id: str | None = None,
    rng: random.Random | None = None,
    time_scale: float = 1.0,
) -> SendReport:
    """Send the due outbox rows (up to `limit`) and record every outcome; never raises for one.

    Database calls are short and made from the event loop; the SMTP session is one connection
    for the batch. A server that cannot be reached puts every claimed row back on backoff.
    `time_scale` is how many seconds `now` advances per real second (the demo's compression):
    the lease and the retry delays are real durations (how long sending takes, how long a
    server needs), so they are stretched by it into the clock's time; else a compressed lease
    lapses mid-send and another instance sends the same row again.
    """
    started = now()
    lease_until = started + LEASE * time_scale
    margin = LEASE_MARGIN * time_scale
    _expire_sending(engine, started)
    rows = claim_due(engine, started, lease_until, limit)
    worker = _Worker(
        engine,
        now,
        timedelta(hours=give_up_hours),
        worker_id or _default_worker_id(),
        rng or random.Random(),
        time_scale,
    )
    unavailable: str | None = None
    async with sender:
        for index, row in enumerate(rows):
            if now() >= lease_until - margin:
                worker.release(rows[index:])
                break
            if row.kind in NOT_RESENT_KINDS:
                worker.mark_sending(row)
            try:
                raw = _bytes_of(engine, row)
                refused = await sender.send(raw, _envelope_from(raw), row.recipients.split(","))
            except (SmtpUnavailableError, LoginError) as exc:
                unavailable = str(exc)
                for rest in rows[index:]:
                    worker.retry(rest, unavailable)
                break
            except UnknownResultError as exc:
                if row.kind in NOT_RESENT_KINDS:
                    worker.unknown(row, str(exc))
                else:
                    worker.retry(row, str(exc))
            except TransientError as exc:
                worker.retry(row, str(exc))
            except PermanentError as exc:
                worker.failed(row, str(exc))
            except Exception as exc:  # one broken row must not stop the others
                log.exception("outbox row %s could not be sent", row.id)
                worker.failed(row, f"{exc.__class__.__name__}: {exc}")
            else:
                worker.sent(row, refused)
    return SendReport(**worker.counts, unavailable=unavailable)
