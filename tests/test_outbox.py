"""The outbox against a real SQLite database and real SMTP servers on loopback.

Time is driven by a controllable clock: nothing here sleeps to wait out a backoff.
"""

import asyncio
import random
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.core.compose import Identity, TicketFacts, compose_ack, compose_escalation
from supportmail.outbound.queue import enqueue, enqueue_once
from supportmail.outbound.sender import LEASE, SendReport, backoff, claim_due, send_due
from supportmail.storage.database import make_engine, session_scope, upgrade
from supportmail.storage.tables import Event, Outbox
from supportmail.templates import words
from tests.support.net import free_port
from tests.support.outbox import add_ticket
from tests.support.smtp import Recorder, make_sender, smtp_config, smtp_server

pytestmark = pytest.mark.smtp

ID = Identity(address="support@houseware.io", name="Houseware Support", domain="houseware.io")
T0 = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
EN = words("en")
GIVE_UP_HOURS = 48.0


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        """Move the clock forward by timedelta(**delta)."""
        self.now += timedelta(**delta)


def facts(number: int = 1234, **changes: str) -> TicketFacts:
    """A P1 ticket from Jane; `changes` replace subject or requester_name."""
    return TicketFacts(
        number=number,
        subject=changes.get("subject", "Export fails"),
        requester="jane@acme.example",
        requester_name=changes.get("requester_name", "Jane Doe"),
        priority="P1",
        priority_meaning="severely impaired",
        window_hours=36.0,
        due=T0 + timedelta(hours=36),
        received=T0,
        customer="Acme",
        tier=None,
        status="open",
        assignee=None,
        escalation_level=0,
        thread_message_ids=("first@acme.example",),
        last_customer_message_id="first@acme.example",
    )


def ack(number: int = 1234, **changes: str) -> EmailMessage:
    """An acknowledgement for ticket `number`."""
    return compose_ack(
        ID, facts(number, **changes), f"<ack.{number}.x@houseware.io>", words=EN, now=T0
    )


def escalation(level: int = 1) -> EmailMessage:
    """An escalation of ticket 1234 at `level`, with the CSM in Cc."""
    return compose_escalation(
        ID,
        facts(),
        f"<escalation.1234.{level}@houseware.io>",
        level=level,
        level_name="Customer Happiness Manager",
        to="chm@houseware.io",
        cc=["csm@acme.example"],
        reply_to="support+1234.aaaaaaaaaaaaaaaa@houseware.io",
        summary_lines=[],
        words=EN,
        now=T0,
    )


def put(engine: Engine, kind: str, message: EmailMessage, ticket_id: int | None = None) -> int:
    """Enqueue `message` in its own transaction; return the row id."""
    with session_scope(engine) as session:
        row = enqueue(session, kind=kind, ticket_id=ticket_id, level=0, message=message, now=T0)
        assert row.id is not None
        return row.id


def rows(engine: Engine) -> list[Outbox]:
    """Every outbox row, by id."""
    with Session(engine) as session:
        return list(session.exec(select(Outbox).order_by(col(Outbox.id))).all())


def alerts(engine: Engine) -> list[Event]:
    """Every alert event, oldest first."""
    with Session(engine) as session:
        found = session.exec(
            select(Event).where(col(Event.kind) == "alert").order_by(col(Event.id))
        )
        return list(found.all())


def run(engine: Engine, port: int, clock: Clock, limit: int = 100) -> SendReport:
    """One send_due run against the server on `port`."""
    sender = make_sender(smtp_config(port))
    return asyncio.run(
        send_due(
            engine,
            sender,
            clock,
            GIVE_UP_HOURS,
            limit=limit,
            worker_id="test",
            rng=random.Random(7),
        )
    )


def test_enqueue_stores_the_finished_message(engine: Engine) -> None:
    """The row holds bytes without Bcc, every envelope recipient and the bare Message-ID."""
    message = escalation()
    message["Bcc"] = "audit@houseware.io"
    put(engine, "escalation", message)
    [row] = rows(engine)
    assert row.message_id == "escalation.1234.1@houseware.io"
    assert row.recipients == "chm@houseware.io,csm@acme.example,audit@houseware.io"
    assert row.first_recipient == "chm@houseware.io"
    assert (row.state, row.attempts, row.next_attempt_at, row.created_at) == ("pending", 0, T0, T0)
    assert row.raw is not None
    assert b"audit@houseware.io" not in row.raw and b"\nBcc:" not in row.raw
    assert message["Bcc"] == "audit@houseware.io"  # the caller's message is left alone


def test_enqueue_once_refuses_a_second_ack(engine: Engine) -> None:
    """A second ack for a ticket is None and the surrounding transaction carries on."""
    ticket_id = add_ticket(engine)
    with session_scope(engine) as session:
        first = enqueue_once(
            session, kind="ack", ticket_id=ticket_id, level=0, message=ack(), now=T0
        )
        again = compose_ack(ID, facts(), "<ack.1234.y@houseware.io>", words=EN, now=T0)
        second = enqueue_once(
            session, kind="ack", ticket_id=ticket_id, level=0, message=again, now=T0
        )
        other_level = enqueue_once(
            session, kind="escalation", ticket_id=ticket_id, level=2, message=escalation(2), now=T0
        )
        assert first is not None and second is None and other_level is not None
    assert [r.message_id for r in rows(engine)] == [
        "ack.1234.x@houseware.io",
        "escalation.1234.2@houseware.io",
    ]


def test_enqueue_once_stays_inside_the_callers_transaction(engine: Engine) -> None:
    """A savepoint as the transaction's first statement must not commit anything early."""
    ticket_id = add_ticket(engine)
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        enqueue_once(session, kind="ack", ticket_id=ticket_id, level=0, message=ack(), now=T0)
        raise RuntimeError("the caller fails after enqueueing")
    assert rows(engine) == []


def test_sends_due_rows(engine: Engine, recorder: Recorder) -> None:
    """Due rows go out once, are marked sent, and a second run finds nothing."""
    put(engine, "ack", ack(1))
    put(engine, "escalation", escalation())
    clock = Clock(T0)
    with smtp_server(recorder) as port:
        assert run(engine, port, clock) == SendReport(sent=2)
        assert run(engine, port, clock) == SendReport()
    assert [r.state for r in rows(engine)] == ["sent", "sent"]
    assert all(r.sent_at == T0 and r.claimed_until is None for r in rows(engine))
    assert [d.rcpt_tos for d in recorder.deliveries] == [
        ["jane@acme.example"],
        ["chm@houseware.io", "csm@acme.example"],
    ]
    assert all(d.mail_from == "support@houseware.io" for d in recorder.deliveries)


def test_451_then_success_delivers_once(engine: Engine, recorder: Recorder) -> None:
    """A 451 reschedules with backoff; after the wait it goes out, exactly once."""
    put(engine, "notify", escalation())
    recorder.data_replies = ["451 4.3.0 try later"]
    clock = Clock(T0)
    with smtp_server(recorder) as port:
        assert run(engine, port, clock) == SendReport(retry=1)
        [row] = rows(engine)
        assert row.attempts == 1 and "451" in (row.last_error or "")
        assert T0 + timedelta(seconds=24) <= row.next_attempt_at <= T0 + timedelta(seconds=36)
        assert run(engine, port, clock) == SendReport()  # not due yet
        clock.advance(seconds=40)
        assert run(engine, port, clock) == SendReport(sent=1)
    assert len(recorder.deliveries) == 1
    assert rows(engine)[0].state == "sent"


def test_550_fails_with_alert_and_the_rest_go_out(engine: Engine, recorder: Recorder) -> None:
    """A 5xx fails its row at once with an alert; rows behind it are still sent."""
    for number in (1, 2, 3):
        put(engine, "ack", ack(number))
    recorder.data_replies = ["250 OK", "550 5.7.1 content rejected"]
    with smtp_server(recorder) as port:
        assert run(engine, port, Clock(T0)) == SendReport(sent=2, failed=1)
    assert [r.state for r in rows(engine)] == ["sent", "failed", "sent"]
    [alert] = alerts(engine)
    assert "ack.2.x@houseware.io" in alert.detail and "550" in alert.detail
    assert len(recorder.deliveries) == 2


def test_server_down_then_back(engine: Engine, recorder: Recorder) -> None:
    """While the server is down every row waits with backoff; once it is back they go out."""
    put(engine, "ack", ack(1))
    put(engine, "notify", escalation())
    port, clock = free_port(), Clock(T0)
    report = run(engine, port, clock)
    assert report.retry == 2 and report.unavailable and f"127.0.0.1:{port}" in report.unavailable
    clock.advance(minutes=1)
    with smtp_server(recorder, port=port):
        assert run(engine, port, clock) == SendReport(sent=2)
    assert [r.attempts for r in rows(engine)] == [2, 2]
    assert len(recorder.deliveries) == 2


def test_gives_up_after_give_up_hours(engine: Engine) -> None:
    """A row still failing after give_up_hours is marked failed with an alert."""
    put(engine, "notify", escalation())
    port, clock = free_port(), Clock(T0 + timedelta(hours=GIVE_UP_HOURS))
    assert run(engine, port, clock).failed == 1
    assert rows(engine)[0].state == "failed"
    assert "gave up after 1 attempts" in alerts(engine)[0].detail


def test_ack_with_unknown_result_is_not_resent(engine: Engine, recorder: Recorder) -> None:
    """An ack whose connection broke after DATA is marked unknown, alerted and never resent."""
    put(engine, "ack", ack())
    recorder.data_replies = ["drop"]
    clock = Clock(T0)
    with smtp_server(recorder) as port:
        assert run(engine, port, clock) == SendReport(unknown=1)
        clock.advance(hours=2)
        assert run(engine, port, clock) == SendReport()
    assert rows(engine)[0].state == "unknown"
    assert "outcome unknown" in alerts(engine)[0].detail
    assert len(recorder.deliveries) == 1


def test_escalation_resent_with_the_same_message_id(engine: Engine, recorder: Recorder) -> None:
    """Other kinds are retried after an unknown result, with the same bytes and Message-ID."""
    put(engine, "escalation", escalation())
    recorder.data_replies = ["drop"]
    clock = Clock(T0)
    with smtp_server(recorder) as port:
        assert run(engine, port, clock) == SendReport(retry=1)
        clock.advance(minutes=5)
        assert run(engine, port, clock) == SendReport(sent=1)
    first, second = recorder.deliveries
    assert first.raw == second.raw
    parsed = message_from_bytes(second.raw, policy=policy.default)
    assert parsed["Message-ID"] == "<escalation.1234.1@houseware.io>"


def test_no_header_injection_end_to_end(engine: Engine, recorder: Recorder) -> None:
    """An encoded CR/LF in subject or name yields no extra header or recipient at the server."""
    evil = "Hi\r\nBcc: evil@example.com"  # "=?utf-8?q?Hi=0D=0ABcc:_evil@example.com?=" decoded
    put(engine, "ack", ack(subject=evil, requester_name=evil))
    with smtp_server(recorder) as port:
        assert run(engine, port, Clock(T0)).sent == 1
    [delivery] = recorder.deliveries
    assert delivery.rcpt_tos == ["jane@acme.example"]
    parsed = message_from_bytes(delivery.raw, policy=policy.default)
    assert parsed["Bcc"] is None and len(parsed.get_all("To", [])) == 1
    assert parsed["Subject"] == "[#1234] Hi Bcc: evil@example.com"
    assert b"\nBcc:" not in delivery.raw


def test_partial_refusal_is_sent_with_an_alert(engine: Engine, recorder: Recorder) -> None:
    """A message some recipients refused counts as sent (no duplicates) and raises an alert."""
    put(engine, "escalation", escalation())
    recorder.rcpt_replies = {"csm@acme.example": "550 5.1.1 unknown user"}
    with smtp_server(recorder) as port:
        assert run(engine, port, Clock(T0)) == SendReport(sent=1)
    assert "csm@acme.example: 550" in alerts(engine)[0].detail


def test_recipient_deferring_gets_it_later_the_others_once(
    engine: Engine, recorder: Recorder
) -> None:
    """A recipient answering 4xx while the others take the message is retried alone, later,
    with the same bytes; the others are not sent it twice; the deferral is on record."""
    put(engine, "escalation", escalation())
    recorder.rcpt_replies = {"csm@acme.example": "451 4.7.1 try again later"}
    with smtp_server(recorder) as port:
        assert run(engine, port, Clock(T0)) == SendReport(retry=1)
        [first] = recorder.deliveries
        assert "csm@acme.example" not in first.rcpt_tos and first.rcpt_tos
        assert "deferred by csm@acme.example: 451" in alerts(engine)[0].detail
        recorder.rcpt_replies = {}
        assert run(engine, port, Clock(T0 + timedelta(hours=2))) == SendReport(sent=1)
    second = recorder.deliveries[1]
    assert second.rcpt_tos == ["csm@acme.example"]
    assert second.raw == first.raw


def test_claims_do_not_overlap(engine: Engine) -> None:
    """A claimed row is invisible to other workers until its lease has run out."""
    for number in (1, 2, 3):
        put(engine, "ack", ack(number))
    first = claim_due(engine, T0, T0 + LEASE, 2)
    second = claim_due(engine, T0, T0 + LEASE, 10)
    assert [r.message_id for r in first] == ["ack.1.x@houseware.io", "ack.2.x@houseware.io"]
    assert [r.message_id for r in second] == ["ack.3.x@houseware.io"]
    later = T0 + LEASE + timedelta(seconds=1)
    assert len(claim_due(engine, later, later + LEASE, 10)) == 3


def test_lease_running_out_releases_the_rest(engine: Engine, recorder: Recorder) -> None:
    """When the lease is nearly used up, unsent rows are released for the next run."""
    for number in (1, 2, 3):
        put(engine, "ack", ack(number))

    class SlowClock(Clock):
        """A clock that moves a minute every time it is read."""

        def __call__(self) -> datetime:
            self.now += timedelta(minutes=1)
            return self.now

    with smtp_server(recorder) as port:
        report = run(engine, port, SlowClock(T0))
    assert report.sent >= 1 and report.released >= 1
    assert report.sent + report.released == 3
    assert all(r.claimed_until is None for r in rows(engine))
    assert [r.state for r in rows(engine)].count("pending") == report.released


@pytest.mark.parametrize(
    ("attempts", "low", "high"), [(0, 24, 36), (1, 48, 72), (3, 192, 288), (20, 2880, 4320)]
)
def test_backoff_doubles_with_jitter_and_a_cap(attempts: int, low: float, high: float) -> None:
    """Backoff is 30 s doubling per attempt, capped at an hour, within +-20 %."""
    rng = random.Random(1)
    for _ in range(50):
        assert timedelta(seconds=low) <= backoff(attempts, rng) <= timedelta(seconds=high)


@pytest.mark.postgres
def test_claim_skips_rows_locked_by_another_worker(pg_url: str) -> None:
    """On PostgreSQL a worker skips rows another worker is claiming instead of waiting for them.
    (PostgreSQL only: row locks are its feature; SQLite serialises writers instead.)"""
    engine = make_engine(pg_url)
    try:
        upgrade(engine)
        for number in (1, 2, 3):
            put(engine, "ack", ack(number))
        with Session(engine) as other:
            locked = other.exec(
                select(Outbox).order_by(col(Outbox.id)).limit(2).with_for_update()
            ).all()
            assert len(locked) == 2
            mine = claim_due(engine, T0, T0 + LEASE, 10)
            other.rollback()
        assert [r.message_id for r in mine] == ["ack.3.x@houseware.io"]
    finally:
        engine.dispose()


def test_ack_left_sending_by_a_dead_worker_is_not_resent(
    engine: Engine, recorder: Recorder
) -> None:
    """An ack a crashed worker left "sending" (250 maybe received, never recorded) is marked
    unknown with an alert once its lease is over, and is never sent again."""
    row_id = put(engine, "ack", ack())
    clock = Clock(T0)
    with session_scope(engine) as session:
        row = session.get(Outbox, row_id)
        assert row is not None
        row.state, row.claimed_until = "sending", T0 + timedelta(minutes=5)
        session.add(row)
    with smtp_server(recorder) as port:
        assert run(engine, port, clock) == SendReport()  # lease still running: left alone
        clock.advance(hours=1)
        assert run(engine, port, clock) == SendReport()
    assert rows(engine)[0].state == "unknown"
    assert "crash during sending" in alerts(engine)[0].detail
    assert recorder.deliveries == []


def test_retry_delay_is_real_time_under_a_compressed_clock(
    engine: Engine, recorder: Recorder
) -> None:
    """With the clock running 3600 times faster (the demo), a 451's retry waits as long in real
    time as without it: 3600 times as long on the clock, not 30 clock seconds."""
    put(engine, "notify", escalation())
    recorder.data_replies = ["451 4.3.0 try later"]
    clock = Clock(T0)
    with smtp_server(recorder) as port:
        report = asyncio.run(
            send_due(
                engine,
                make_sender(smtp_config(port)),
                clock,
                GIVE_UP_HOURS,
                worker_id="test",
                rng=random.Random(7),
                time_scale=3600,
            )
        )
    assert report == SendReport(retry=1)
    [row] = rows(engine)
    assert T0 + timedelta(hours=24) <= row.next_attempt_at <= T0 + timedelta(hours=36)
