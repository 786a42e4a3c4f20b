"""The outbox worker: mail written as rows in a change's transaction (`outqueue`) goes out here.

Every attempt sends the same bytes with the Message-ID fixed when the row was written (rows
written as params are composed and stored when first claimed: `outmail`). `send_due` claims due
rows under a short lease (FOR UPDATE SKIP LOCKED on PostgreSQL, so several instances share the
work; one atomic UPDATE on SQLite), commits, sends, and records each outcome in its own
transaction: sent; retried with capped exponential backoff; failed (5xx, or too old) with an
alert event; or "unknown" when an acknowledgement's connection broke after DATA - better one
missing acknowledgement than two. One bad row never blocks the rest.

Crashes. Each sender is an `Instance` (host, pid, random start token) with a heartbeat, and a
claimed row names its claimer (`claimed_by`). Before claiming, `reclaim_orphans` takes back at
once the rows of instances that are gone (pid dead on this host; no heartbeat for DEAD_AFTER from
another host) instead of waiting out their lease. A row is marked "sending" at the last moment
before the point of no return (after the server accepted MAIL and RCPT, just before DATA) and
marked sent right after the server's 250, so the window in which a crash leaves the outcome
unknown is one DATA exchange plus one commit. A row found "sending" after its sender died is,
for an acknowledgement, left unsent and marked unknown (at most once: one missing ack beats
two); for every other kind, sent again with the same bytes and Message-ID (at least once: the
receiving clients drop the copy by its Message-ID).
"""

import asyncio
import logging
import os
import random
import secrets
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, delete, or_, true, update
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from supportmail.outbound.lanes import NOT_RESENT_KINDS, Outcomes, SendRun, beat
from supportmail.outbound.lanes import backoff as backoff  # noqa: PLC0414  (re-exported)
from supportmail.outbound.ledger import Ledger
from supportmail.outbound.smtp import SmtpSender
from supportmail.storage.database import session_scope
from supportmail.storage.tables import Event, Instance, Outbox

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
# No new message is started when less than this is left of the lease: a send must finish
# before another instance may take the row over.
LEASE_MARGIN = timedelta(minutes=2)
HEARTBEAT_EVERY = timedelta(seconds=10)  # the daemon's heartbeat job; a send run beats per row
DEAD_AFTER = timedelta(seconds=60)  # no heartbeat this long: the instance is gone


@dataclass(frozen=True)
class SendReport:
    """What one `send_due` run did; `unavailable` says why the server could not be used."""

    sent: int = 0
    retry: int = 0
    failed: int = 0
    unknown: int = 0
    released: int = 0  # claimed but left for the next run: the lease was running out
    unavailable: str | None = None


_IDENTITY: dict[int, str] = {}  # pid -> id: a forked child gets its own


def instance_id() -> str:
    """This process's identity as a sender: host, pid and a random token (a reused pid is not
    mistaken for the process that had it)."""
    pid = os.getpid()
    if pid not in _IDENTITY:
        _IDENTITY[pid] = f"{socket.gethostname()}:{pid}:{secrets.token_hex(4)}"
    return _IDENTITY[pid]


def _default_worker_id() -> str:
    return instance_id()


def heartbeat(engine: Engine, worker_id: str, at: datetime) -> None:
    """Record that instance `worker_id` is alive at `at` (registering it the first time)."""
    with session_scope(engine) as session:
        beat(session, worker_id, at)


def retire(engine: Engine, worker_id: str) -> None:
    """A clean stop: give back every row still claimed and forget the instance."""
    with session_scope(engine) as session:
        session.exec(
            update(Outbox)
            .where(col(Outbox.claimed_by) == worker_id, col(Outbox.state) == "pending")
            .values(claimed_until=None, claimed_by=None)
        )
        session.exec(delete(Instance).where(col(Instance.id) == worker_id))


def _gone(instance: Instance, at: datetime, dead_after: timedelta) -> bool:
    """Whether `instance` is no longer running: its pid is dead here, or its heartbeat old."""
    if instance.host == socket.gethostname() and instance.pid > 0:
        try:
            os.kill(instance.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            pass  # alive, another user's
        else:
            # Alive, but maybe a reused pid: only the heartbeat can tell then.
            return instance.heartbeat_at < at - dead_after
    return instance.heartbeat_at < at - dead_after


def reclaim_orphans(engine: Engine, at: datetime, worker_id: str, time_scale: float = 1.0) -> int:
    """Take back at once the rows claimed by instances that are gone; return how many.

    Pending rows are simply unclaimed. A row left "sending" may have reached the server: an
    acknowledgement becomes "unknown" (never twice), any other kind is sent again, same
    Message-ID (the copy is dropped by the recipients' clients).
    """
    with session_scope(engine) as session:
        return _reclaim_in(session, at, worker_id, DEAD_AFTER * time_scale)


def _reclaim_in(session: Any, at: datetime, worker_id: str, dead_after: timedelta) -> int:
    """`reclaim_orphans` in `session`."""
    others = session.exec(select(Instance).where(col(Instance.id) != worker_id)).all()
    gone = [i.id for i in others if _gone(i, at, dead_after)]
    if not gone:
        return 0
    # Locked, and the condition checked again on the locked row (PostgreSQL's FOR UPDATE in
    # READ COMMITTED): two instances reclaiming at once must not both free a row, or the
    # second would free the one the first had just claimed again, and both would send it.
    rows = session.exec(
        select(Outbox).where(col(Outbox.claimed_by).in_(gone)).with_for_update()
    ).all()
    for row in rows:
        if row.state == "sending":
            _after_crash(session, row, at)
        row.claimed_until, row.claimed_by = None, None
        session.add(row)
    session.exec(delete(Instance).where(col(Instance.id).in_(gone)))
    if rows:
        log.warning(
            "outbox: took back %d row(s) claimed by %d stopped sender(s): %s",
            len(rows),
            len(gone),
            ", ".join(gone),
        )
    return len(rows)


def _take_back_own(session: Any, at: datetime, worker_id: str) -> int:
    """Rows this instance still holds from an earlier run of its own that failed part-way (the
    database went away after the claim): no run of ours is active now, so they are free again,
    and one left "sending" is settled as after a crash. Without this they would wait out the
    lease, since the claim is our own and still running."""
    rows = session.exec(
        select(Outbox).where(col(Outbox.claimed_by) == worker_id).with_for_update()
    ).all()
    for row in rows:
        if row.state == "sending":
            _after_crash(session, row, at)
        row.claimed_until, row.claimed_by = None, None
        session.add(row)
    return len(rows)


def _after_crash(session: Any, row: Outbox, at: datetime) -> None:
    """Settle a row its sender left "sending" (see the module docstring)."""
    if row.kind in NOT_RESENT_KINDS:
        row.state = "unknown"
        row.last_error = "the sending worker stopped mid-send; not resent"
        detail = "outcome unknown after a crash during sending; not resent"
    else:
        row.state, row.next_attempt_at = "pending", at
        row.last_error = "the sending worker stopped mid-send; sent again, same Message-ID"
        detail = "outcome unknown after a crash during sending; sent again with the same Message-ID"
    session.add(
        Event(
            ticket_id=row.ticket_id,
            kind="alert",
            actor="outbox",
            detail=f"{row.kind} mail <{row.message_id}> to {row.recipients}: {detail}",
            created_at=at,
        )
    )


def claim_due(
    engine: Engine,
    at: datetime,
    lease_until: datetime,
    limit: int,
    worker_id: str | None = None,
    fresh_since: datetime | None = None,
) -> list[Outbox]:
    """Lease up to `limit` due rows to this worker, committed before anything is sent.

    Oldest due first. `fresh_since`: only rows due since then, acknowledgements first, then
    the latest due first (the daemon's fresh lane: mail just written never queues behind a
    backlog, and a customer's acknowledgement not behind the team's notifications, which the
    lane would otherwise send newest first ahead of an older arrival's acknowledgement until
    it left the window), rows due together in the order they were written.
    """
    with session_scope(engine) as session:
        return _claim_in(session, at, lease_until, limit, worker_id, fresh_since)


def _claim_in(
    session: Any,
    at: datetime,
    lease_until: datetime,
    limit: int,
    worker_id: str | None,
    fresh_since: datetime | None,
) -> list[Outbox]:
    """`claim_due` in `session`."""
    when = col(Outbox.next_attempt_at)
    due = and_(
        col(Outbox.state) == "pending",
        when <= at,
        or_(col(Outbox.claimed_until).is_(None), col(Outbox.claimed_until) < at),
        true() if fresh_since is None else when >= fresh_since,
    )
    pick = (
        select(col(Outbox.id))
        .where(due)
        .order_by(
            *(
                (when,)
                if fresh_since is None
                else (case((col(Outbox.kind) == "ack", 0), else_=1), when.desc())
            ),
            col(Outbox.id),
        )
        .limit(limit)
        .with_for_update(skip_locked=True)  # PostgreSQL: rows another worker holds are skipped
    )
    # Two statements, not UPDATE ... IN (subquery): PostgreSQL may run a LIMIT ... SKIP
    # LOCKED subquery more than once and claim more than `limit` rows. The UPDATE checks
    # `due` again, so on SQLite (no row locks) a row another worker just took is left out.
    picked = list(session.exec(pick).all())
    claim = (
        update(Outbox)
        .where(col(Outbox.id).in_(picked), due)
        .values(claimed_until=lease_until, claimed_by=worker_id)
        .returning(col(Outbox.id))
    )
    ids = list(session.exec(claim).scalars()) if picked else []
    rows = session.exec(
        select(Outbox)
        .where(col(Outbox.id).in_(ids))
        .order_by(col(Outbox.next_attempt_at), col(Outbox.id))
        # the session may hold these rows from a take-back above: read the claim as committed
        .execution_options(populate_existing=True)
    ).all()
    return list(rows)


def _expire_sending(session: Any, at: datetime) -> None:
    """Rows left "sending" whose lease ran out (a sender that died unseen): settled as after
    any crash - an acknowledgement unknown and never resent, other kinds sent again."""
    stale = session.exec(
        select(Outbox)
        .where(
            col(Outbox.state) == "sending",
            or_(col(Outbox.claimed_until).is_(None), col(Outbox.claimed_until) < at),
        )
        .with_for_update()  # as in _reclaim_in: settled by one instance only
    ).all()
    for row in stale:
        _after_crash(session, row, at)
        row.claimed_until, row.claimed_by = None, None
        session.add(row)


def _set_up_and_claim(
    engine: Engine,
    at: datetime,
    lease_until: datetime,
    limit: int,
    worker_id: str,
    time_scale: float,
    fresh_since: datetime | None,
) -> list[Outbox]:
    """A run's set-up in one transaction (was five): the heartbeat, our own stale claims
    taken back, the claims of stopped instances taken back, expired "sending" rows settled,
    then the claim. Each step sees the ones before it (the session flushes before a query),
    and either all of them are committed or none."""
    with session_scope(engine) as session:
        beat(session, worker_id, at)
        _take_back_own(session, at, worker_id)
        _reclaim_in(session, at, worker_id, DEAD_AFTER * time_scale)
        _expire_sending(session, at)
        return _claim_in(session, at, lease_until, limit, worker_id, fresh_since)


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
    fresh_since: datetime | None = None,
) -> SendReport:
    """Send the due outbox rows (up to `limit`) and record every outcome; never raises for one.

    The rows go out over the sender's connections at once (`lanes`), their outcomes committed
    in rounds (`ledger`). A server that cannot be reached puts every claimed row not yet sent
    back on backoff.
    `time_scale` is how many seconds `now` advances per real second (the demo's compression):
    the lease and the retry delays are real durations (how long sending takes, how long a
    server needs), so they are stretched by it into the clock's time; else a compressed lease
    lapses mid-send and another instance sends the same row again.
    """
    started = now()
    lease_until = started + LEASE * time_scale
    margin = LEASE_MARGIN * time_scale
    worker_id = worker_id or _default_worker_id()
    # On a worker thread: the event loop keeps serving the other lane's connections meanwhile.
    rows = await asyncio.to_thread(
        _set_up_and_claim,
        engine,
        started,
        lease_until,
        limit,
        worker_id,
        time_scale,
        fresh_since,
    )
    outcomes = Outcomes(
        Ledger(engine),
        now,
        timedelta(hours=give_up_hours),
        worker_id,
        rng or random.Random(),
        time_scale,
    )
    try:
        async with sender:
            unavailable = await SendRun(engine, sender, outcomes, rows, lease_until - margin).run()
    finally:
        await outcomes.ledger.drain()
    return SendReport(**outcomes.counts, unavailable=unavailable)
