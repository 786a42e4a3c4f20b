"""Crash safety of the outbox: rows of a sender that is gone are taken back at once (instance
identity plus heartbeat, not only the lease), settled by kind (an ack at most once, the rest at
least once with the same Message-ID), and a row is marked "sending" only at DATA."""

import asyncio
import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

import pytest
from sqlalchemy import text, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.outbound.queue import enqueue
from supportmail.outbound.sender import (
    DEAD_AFTER,
    SendReport,
    instance_id,
    reclaim_orphans,
    send_due,
)
from supportmail.storage.database import session_scope
from supportmail.storage.tables import Event, Instance, Outbox
from tests.support.net import free_port
from tests.support.smtp import Recorder, make_sender, smtp_config, smtp_server

pytestmark = pytest.mark.smtp
T0 = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


def ack(number: int) -> EmailMessage:
    """A small mail with Message-ID <ack.`number`.x@houseware.io>."""
    msg = EmailMessage()
    msg["From"] = "Houseware Support <support@houseware.io>"
    msg["To"] = "jane@acme.example"
    msg["Subject"] = f"[#{number}] received"
    msg["Message-ID"] = f"<ack.{number}.x@houseware.io>"
    msg.set_content("We have your request.")
    return msg


def put(engine: Engine, kind: str, message: EmailMessage) -> int:
    """Enqueue `message` as a row of `kind` in its own transaction; its id."""
    with session_scope(engine) as session:
        row = enqueue(session, kind=kind, ticket_id=None, level=0, message=message, now=T0)
        assert row.id is not None
        return row.id


def rows(engine: Engine) -> list[Outbox]:
    """Every outbox row, by id."""
    with Session(engine) as session:
        return list(session.exec(select(Outbox).order_by(col(Outbox.id))).all())


def alerts(engine: Engine) -> list[Event]:
    """Every alert event, oldest first."""
    with Session(engine) as session:
        return list(session.exec(select(Event).where(col(Event.kind) == "alert")).all())


def run(engine: Engine, port: int, now: Callable[[], datetime]) -> SendReport:
    """One send_due run of this process against the server on `port`."""
    sender = make_sender(smtp_config(port))
    return asyncio.run(send_due(engine, sender, now, 48.0, rng=random.Random(7)))


def dead_pid() -> int:
    """The pid of a process of ours that has exited."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    return int(child.stdout)


def register(engine: Engine, pid: int, heartbeat: datetime, suffix: str = "other") -> str:
    """An instance row for `pid` on this host; its id."""
    ident = f"{socket.gethostname()}:{pid}:{suffix}"
    with session_scope(engine) as session:
        session.add(
            Instance(id=ident, host=socket.gethostname(), pid=pid, started_at=T0,
                     heartbeat_at=heartbeat)
        )  # fmt: skip
    return ident


def claim(engine: Engine, row_id: int, by: str, state: str = "pending") -> None:
    """Make row `row_id` claimed by `by` for a 5-minute lease, in `state`."""
    with session_scope(engine) as session:
        row = session.get(Outbox, row_id)
        assert row is not None
        row.claimed_by, row.claimed_until, row.state = by, T0 + timedelta(minutes=5), state
        session.add(row)


def test_rows_of_a_dead_sender_are_taken_back_at_once(engine: Engine) -> None:
    """A sender killed mid-run: its pending row is sent at once (not after the 5-minute lease),
    its ack left "sending" becomes unknown and is not sent, its notification left "sending" is
    sent again with the same Message-ID; the dead instance is forgotten."""
    gone = register(engine, dead_pid(), heartbeat=T0)
    pending = put(engine, "ack", ack(1))
    sending_ack = put(engine, "ack", ack(2))
    sending_notify = put(engine, "notify", ack(3))
    claim(engine, pending, gone)
    claim(engine, sending_ack, gone, "sending")
    claim(engine, sending_notify, gone, "sending")
    recorder = Recorder()
    with smtp_server(recorder) as port:
        report = run(engine, port, lambda: T0 + timedelta(seconds=1))
    assert report == SendReport(sent=2)
    states = {r.id: r.state for r in rows(engine)}
    assert states == {pending: "sent", sending_ack: "unknown", sending_notify: "sent"}
    sent_ids = sorted(
        d.raw.split(b"Message-ID: ")[1].split(b"\r\n")[0] for d in recorder.deliveries
    )
    assert sent_ids == [b"<ack.1.x@houseware.io>", b"<ack.3.x@houseware.io>"]
    assert any("sent again with the same Message-ID" in a.detail for a in alerts(engine))
    with Session(engine) as session:
        assert session.exec(select(Instance).where(col(Instance.id) == gone)).first() is None


def test_a_live_sender_keeps_its_rows_until_its_heartbeat_stops(engine: Engine) -> None:
    """Another live instance (here: this very process under another token, so the pid check
    says alive) keeps its claim while its heartbeat is fresh, and loses it once it is older
    than DEAD_AFTER."""
    other = register(engine, os.getpid(), heartbeat=T0, suffix="twin")
    row = put(engine, "notify", ack(4))
    claim(engine, row, other)
    assert reclaim_orphans(engine, T0 + DEAD_AFTER / 2, instance_id()) == 0
    assert rows(engine)[0].claimed_by == other
    assert reclaim_orphans(engine, T0 + DEAD_AFTER * 2, instance_id()) == 1
    assert rows(engine)[0].claimed_by is None and rows(engine)[0].claimed_until is None


class StateAtData(Recorder):
    """Records the outbox row's state as the database has it while DATA is being received."""

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.engine = engine
        self.states: list[str] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with Session(self.engine) as db:
            self.states.extend(db.exec(select(col(Outbox.state))).all())
        return await super().handle_DATA(server, session, envelope)


def test_an_ack_is_marked_sending_only_once_the_envelope_is_accepted(engine: Engine) -> None:
    """With no server the ack stays pending (it will be sent), never "unknown"; with a server
    the row is "sending" while DATA runs, and sent after."""
    row = put(engine, "ack", ack(5))
    assert run(engine, free_port(), lambda: T0).retry == 1
    assert rows(engine)[0].state == "pending"
    recorder = StateAtData(engine)
    with smtp_server(recorder) as port:
        assert run(engine, port, lambda: T0 + timedelta(hours=2)).sent == 1
    assert recorder.states == ["sending"]
    assert [r.state for r in rows(engine)] == ["sent"] and rows(engine)[0].id == row


def test_rows_left_claimed_by_a_failed_run_of_our_own_are_free_again(engine: Engine) -> None:
    """A run of this very instance that failed after claiming (the database went away) leaves
    its claims; the next run of the instance takes them back at once instead of waiting out the
    lease: the pending row is sent, a row left "sending" is settled as after a crash."""
    me = instance_id()
    pending = put(engine, "notify", ack(6))
    sending = put(engine, "ack", ack(7))
    claim(engine, pending, me)
    claim(engine, sending, me, "sending")
    recorder = Recorder()
    with smtp_server(recorder) as port:
        report = run(engine, port, lambda: T0 + timedelta(seconds=5))
    assert report == SendReport(sent=1)
    assert {r.id: r.state for r in rows(engine)} == {pending: "sent", sending: "unknown"}


@pytest.mark.postgres
def test_two_instances_reclaiming_at_once_free_a_row_once(pg_url: str) -> None:
    """Two survivors take back a dead sender's rows at the same moment. The first frees the
    rows and claims them again in its transaction; the second waits for its row locks and
    then finds nothing left to free: it must not free the first one's fresh claim (both would
    send the acknowledgement)."""
    from supportmail.outbound.sender import _reclaim_in, _set_up_and_claim
    from supportmail.storage.database import make_engine, upgrade

    engine = make_engine(pg_url)
    upgrade(engine)
    second_engine = make_engine(pg_url)
    try:
        gone = register(engine, dead_pid(), heartbeat=T0)
        row_id = put(engine, "ack", ack(1))
        claim(engine, row_id, gone)
        at = T0 + timedelta(seconds=1)
        first = Session(engine)
        taken = _reclaim_in(first, at, "first", DEAD_AFTER)
        first.exec(  # the claim of the same transaction, not yet committed
            update(Outbox)
            .where(col(Outbox.id) == row_id)
            .values(claimed_by="first", claimed_until=at + timedelta(minutes=5))
        )
        assert taken == 1
        with ThreadPoolExecutor(1) as pool:
            second = pool.submit(
                _set_up_and_claim, second_engine, at, at + timedelta(minutes=5), 10,
                "second", 1.0, None,
            )  # fmt: skip
            _wait_for_a_lock_wait(engine)
            first.commit()
            claimed_by_second = second.result(timeout=120)
        first.close()
        assert claimed_by_second == []
        assert [(r.claimed_by, r.state) for r in rows(engine)] == [("first", "pending")]
    finally:
        engine.dispose()
        second_engine.dispose()


def _wait_for_a_lock_wait(engine: Engine) -> None:
    """Until some session of this database waits for a row lock (or a bound on a hang)."""
    deadline = time.monotonic() + 120
    query = text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    while time.monotonic() < deadline:
        with engine.connect() as conn:
            if conn.execute(query).scalar_one():
                return
        time.sleep(0.02)
    pytest.fail("the second reclaim never waited for the first one's row locks")
