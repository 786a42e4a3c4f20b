"""One outbox run over the connection pool: rows composed ahead, sent over N connections at once.

The claimed rows are handed out in order to as many lanes as the sender has connections; each
lane sends one row at a time on its own connection, so N mails are on the wire at once. Rows
written as params are composed ahead of the lanes, a few at a time on a worker thread (a
chunk's inputs read in one short read-only transaction, one query per table; composed outside
any; the bytes stored with the row's first write through the ledger), so composing the next
rows overlaps with sending these. Every outcome is written through the
`Ledger` (group commit). The rules per row are `sender`'s: marked "sending" only once the
envelope is accepted and committed before DATA; sent, retried, failed or unknown after.

A lane whose connection cannot be set up (a relay that takes fewer connections than configured)
hands its row back to the others and ends; only when no lane is left is the server unavailable,
and every row not yet sent waits with backoff, as it always has.
"""

import asyncio
import logging
import random
import time
from collections import deque
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from email import policy
from email.parser import BytesHeaderParser
from email.utils import parseaddr
from functools import partial

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import InterfaceError as DBInterfaceError
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, col

from supportmail.errors import LoginError, PermanentError, TransientError
from supportmail.outbound.ledger import Ledger, RowUpdate
from supportmail.outbound.smtp import Refusal, SmtpSender, SmtpUnavailableError, UnknownResultError
from supportmail.storage.database import read_session
from supportmail.storage.tables import Event, Instance, Outbox

log = logging.getLogger(__name__)

FIRST_DELAY = 30.0
MAX_DELAY = 3600.0
JITTER = 0.2
NOT_RESENT_KINDS = frozenset({"ack", "ack_summary"})  # unknown outcome: unsent rather than twice
# Rows composed per step: the lanes start after the first few, not all; the steps then double
# up to COMPOSE_AHEAD_MOST, so a long run reads its inputs in few queries (each step costs one
# read-only transaction and a query per table: on PostgreSQL, over 2,000 mails at 8 a step, the
# reads took more of the sending process's time than the SMTP writes).
COMPOSE_AHEAD = 8
COMPOSE_AHEAD_MOST = 64
BEAT_EVERY = 1.0  # seconds between two heartbeats of a run (was: one per row)

Prepared = bytes | Exception  # a row's bytes, or why it has none


def backoff(attempts: int, rng: random.Random) -> timedelta:
    """The wait before retry number `attempts + 1`: 30 s doubling up to 1 h, +-20 % jitter."""
    delay = min(FIRST_DELAY * 2 ** min(attempts, 20), MAX_DELAY)
    return timedelta(seconds=delay * rng.uniform(1 - JITTER, 1 + JITTER))


def envelope_from(raw: bytes) -> str:
    """The address of the message's From header: bounces come back to the support mailbox."""
    end = raw.find(b"\r\n\r\n")
    headers = BytesHeaderParser(policy=policy.compat32).parsebytes(raw if end < 0 else raw[:end])
    addr = parseaddr(str(headers.get("From", "")))[1]
    if "@" not in addr:
        raise PermanentError("the stored message has no usable From address")
    return addr


def beat(session: Session, worker_id: str, at: datetime) -> None:
    """Record in `session` that instance `worker_id` is alive at `at` (registering it)."""
    done = session.exec(
        update(Instance).where(col(Instance.id) == worker_id).values(heartbeat_at=at)
    )
    if done.rowcount == 0:
        host, _, rest = worker_id.partition(":")
        pid_text = rest.partition(":")[0]
        pid = int(pid_text) if pid_text.isdigit() else 0
        session.add(Instance(id=worker_id, host=host, pid=pid, started_at=at, heartbeat_at=at))


def prepare(engine: Engine, rows: Sequence[Outbox]) -> list[Prepared]:
    """Each row's bytes: stored ones, else composed from its params (inputs read in one
    read-only transaction, composed outside any). Composed bytes are not stored here: they go
    into the database with the row's first write of the run (`Outcomes.unstored`), at the latest
    with the "sending" mark, so they are durable before anything can reach the server. A row
    that cannot be composed gets its error instead."""
    from supportmail.outbound.render import FILES, compose_inputs, read_chunk_inputs

    found: dict[int | None, Prepared] = {r.id: r.raw for r in rows if r.raw is not None}
    todo = [r for r in rows if r.raw is None]
    if not todo:
        return [found[r.id] for r in rows]
    try:
        with read_session(engine) as session:  # reads only: never waits for the write lock
            read = read_chunk_inputs(session, todo)  # one query per table for the chunk
    except (OperationalError, DBInterfaceError) as exc:
        error = TransientError(f"database: {exc.__class__.__name__}: {exc}")
        return [found.get(r.id, error) if r.raw is None else r.raw for r in rows]
    inputs = {}
    for row, given in zip(todo, read, strict=True):
        if isinstance(given, ValueError):
            found[row.id] = PermanentError(f"cannot compose the mail: {given}")
        elif isinstance(given, Exception):  # one broken row must not stop the others
            log.error("outbox row %s could not be read", row.id, exc_info=given)
            found[row.id] = given
        else:
            inputs[row.id] = given
    for row in todo:
        if row.id not in inputs:
            continue
        try:
            found[row.id] = compose_inputs(inputs[row.id], FILES)
        except ValueError as exc:
            found[row.id] = PermanentError(f"cannot compose the mail: {exc}")
        except Exception as exc:  # one broken row must not stop the others
            log.exception("outbox row %s could not be composed", row.id)
            found[row.id] = exc
    return [found[r.id] for r in rows]


def _row_id(row: Outbox) -> int:
    assert row.id is not None  # a claimed row was read from the database
    return row.id


class Outcomes:
    """The outcome of each row of one run, written through the ledger."""

    def __init__(
        self,
        ledger: Ledger,
        now: Callable[[], datetime],
        give_up: timedelta,
        worker_id: str,
        rng: random.Random,
        time_scale: float = 1.0,
    ) -> None:
        self.ledger, self.now, self.give_up, self.worker_id, self.rng = (
            ledger,
            now,
            give_up,
            worker_id,
            rng,
        )
        self.time_scale = time_scale
        self.counts = {"sent": 0, "retry": 0, "failed": 0, "unknown": 0, "released": 0}
        self._beaten = time.monotonic()
        # Bytes composed this run and not stored yet, by row id: stored with the row's first
        # write (the "sending" mark, or an outcome reached before it), in the same commit.
        self.unstored: dict[int | None, bytes] = {}

    def _finish(self, row: Outbox, alert: str | None = None, **values: object) -> None:
        at = self.now()
        values = {"claimed_until": None, "claimed_by": None, "attempts": row.attempts + 1, **values}
        event = None
        if alert is not None:
            detail = f"{row.kind} mail <{row.message_id}> to {row.recipients}: {alert}"
            event = Event(
                ticket_id=row.ticket_id, kind="alert", actor="outbox", detail=detail, created_at=at
            )
            log.warning("outbox alert (%s): %s", self.worker_id, detail)
        # A retry later sends the very bytes composed now (stored unless some were first).
        self.ledger.write(RowUpdate(_row_id(row), values, raw=self.unstored.pop(row.id, None)))
        if event is not None:
            self.ledger.write(lambda session: session.add(event))

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

    async def mark_sending(self, row: Outbox) -> None:
        """Record, just before DATA (the server accepted the envelope), that the row is being
        sent, with its bytes if they were composed this run; the send waits for the commit. A
        crash from here until `sent` leaves the outcome unknown, and whoever finds the row
        settles it (`sender._after_crash`). Marked this late, a crash while connecting or in
        MAIL/RCPT leaves an acknowledgement pending (it is sent), not unknown (never sent)."""
        raw = self.unstored.pop(row.id, None)
        sending = {"state": "sending"}
        # With our bytes, the bytes and the mark in one statement, unless another sender's
        # bytes were stored first: then the row is not sent with ours.
        update = RowUpdate(_row_id(row), sending, raw=raw, first_bytes=raw is not None)
        other = await self.ledger.write(update, awaited=True)
        if other is not None:
            row.raw = other
            raise TransientError("another sender stored this mail's bytes first; sent with those")
        if raw is not None:
            row.raw = raw

    def beat(self) -> None:
        """The heartbeat of this sender, at most every BEAT_EVERY seconds of a run."""
        if time.monotonic() - self._beaten < BEAT_EVERY:
            return
        self._beaten = time.monotonic()
        at, worker_id = self.now(), self.worker_id
        self.ledger.write(lambda session: beat(session, worker_id, at))

    def release(self, rows: Sequence[Outbox]) -> None:
        ids = [r.id for r in rows]
        if not ids:
            return

        def write(session: Session) -> None:
            session.exec(
                update(Outbox)
                .where(col(Outbox.id).in_(ids))
                .values(claimed_until=None, claimed_by=None)
            )

        self.ledger.write(write)
        self.counts["released"] += len(rows)


class SendRun:
    """The claimed rows of one `send_due` call, sent over the sender's connections."""

    def __init__(
        self,
        engine: Engine,
        sender: SmtpSender,
        outcomes: Outcomes,
        rows: Sequence[Outbox],
        start_before: datetime,
    ) -> None:
        self.engine, self.sender, self.outcomes = engine, sender, outcomes
        self.rows = list(rows)
        self.start_before = start_before  # no row is started at or after this (the lease)
        self.ready: deque[tuple[Outbox, Prepared]] = deque()
        self.more = asyncio.Event()
        self.composed_all = False
        self.stopped: str | None = None  # "lease" or "unavailable": no lane takes another row
        self.unavailable: str | None = None
        self.lanes = 0
        self.taken: set[int | None] = set()
        # The (ticket, recipients) a lane is sending to now: mails of one ticket to the same
        # people go out one after another, oldest first, however long each takes on its
        # connection, so a reply never overtakes the mail it follows.
        self.in_flight: set[tuple[int, str]] = set()

    async def run(self) -> str | None:
        """Send every row (or stop on the lease or an unavailable server); return why the
        server was unavailable, if it was."""
        if not self.rows:
            return None
        composer = asyncio.get_running_loop().create_task(self._compose())
        self.lanes = min(self.sender.connections, len(self.rows))
        try:
            await asyncio.gather(*(self._lane() for _ in range(self.lanes)))
        finally:
            self.stopped = self.stopped or "done"
            await composer
        left = [r for r in self.rows if r.id not in self.taken]
        if self.unavailable is not None:
            for row in left:
                self.outcomes.retry(row, self.unavailable)
        else:
            self.outcomes.release(left)  # the lease is running out: for the next run
        return self.unavailable

    async def _compose(self) -> None:
        """Bytes for the rows, a few at a time, in order, on a worker thread."""
        try:
            at, step = 0, COMPOSE_AHEAD
            while at < len(self.rows):
                if self.stopped:
                    return
                chunk = self.rows[at : at + step]
                at, step = at + step, min(step * 2, COMPOSE_AHEAD_MOST)
                if all(r.raw is not None for r in chunk):
                    prepared: list[Prepared] = [r.raw for r in chunk if r.raw is not None]
                else:
                    prepared = await asyncio.to_thread(prepare, self.engine, chunk)
                    for row, raw in zip(chunk, prepared, strict=True):
                        if row.raw is None and isinstance(raw, bytes):
                            self.outcomes.unstored[row.id] = raw
                self.ready.extend(zip(chunk, prepared, strict=True))
                self.more.set()
        finally:
            self.composed_all = True
            self.more.set()

    async def _next(self) -> tuple[Outbox, Prepared] | None:
        while not self.stopped:
            picked = self._pick()
            if picked is not None:
                return picked
            if not self.ready and self.composed_all:
                return None
            # Nothing composed yet, or only rows waiting behind an earlier mail of their
            # ticket on another lane: wait for the composer or for that lane.
            self.more.clear()
            await self.more.wait()
        return None

    def _pick(self) -> tuple[Outbox, Prepared] | None:
        """The first ready row free to go: no other lane is sending to its ticket's recipients,
        and no older row of the same ticket and recipients is waiting (then that one goes)."""
        for at, (row, _) in enumerate(self.ready):
            key = _order_key(row)
            chosen = at
            if key is not None:
                if key in self.in_flight:
                    continue
                same = (i for i, (other, _) in enumerate(self.ready) if _order_key(other) == key)
                chosen = min(same, key=lambda i: _row_id(self.ready[i][0]))
                self.in_flight.add(key)
            item = self.ready[chosen]
            del self.ready[chosen]  # by position: rows are never compared by value
            return item
        return None

    def _done(self, row: Outbox) -> None:
        """A lane is finished with `row` (sent or not): its ticket's next mail may go."""
        key = _order_key(row)
        if key is not None:
            self.in_flight.discard(key)
            self.more.set()

    async def _lane(self) -> None:
        outcomes = self.outcomes
        while (item := await self._next()) is not None:
            row, prepared = item
            if outcomes.now() >= self.start_before:
                self.stopped = "lease"
                self.ready.appendleft(item)
                self._done(row)
                return
            self.taken.add(row.id)
            outcomes.beat()
            try:
                goes_on = await self._send(row, prepared)
            finally:
                self._done(row)
            if not goes_on:
                return

    async def _send(self, row: Outbox, prepared: Prepared) -> bool:
        """One row over this lane's connection, its outcome recorded; False when the lane
        ends (its connection could not be set up)."""
        outcomes = self.outcomes
        try:
            if isinstance(prepared, Exception):
                raise prepared
            refused = await self.sender.send(
                prepared,
                envelope_from(prepared),
                row.recipients.split(","),
                before_data=partial(outcomes.mark_sending, row),
            )
        except (SmtpUnavailableError, LoginError) as exc:
            self.lanes -= 1
            if self.lanes > 0:  # the others go on; this row was never started
                self.taken.discard(row.id)
                self.ready.appendleft((row, prepared))
                self.more.set()
                log.info("outbox: one connection fewer (%s)", exc)
                return False
            self.unavailable, self.stopped = str(exc), "unavailable"
            outcomes.retry(row, str(exc))
            return False
        except UnknownResultError as exc:
            if row.kind in NOT_RESENT_KINDS:
                outcomes.unknown(row, str(exc))
            else:
                outcomes.retry(row, str(exc))
        except TransientError as exc:
            outcomes.retry(row, str(exc))
        except PermanentError as exc:
            outcomes.failed(row, str(exc))
        except Exception as exc:  # one broken row must not stop the others
            log.exception("outbox row %s could not be sent", row.id)
            outcomes.failed(row, f"{exc.__class__.__name__}: {exc}")
        else:
            outcomes.sent(row, refused)
        return True


def _order_key(row: Outbox) -> tuple[int, str] | None:
    """The ticket and recipients whose mails keep their order (None: a mail of no ticket)."""
    return None if row.ticket_id is None else (row.ticket_id, row.recipients)
