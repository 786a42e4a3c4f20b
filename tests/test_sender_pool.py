"""The outbox over a pool of SMTP connections, against real aiosmtpd servers on loopback: the
connections are reused, a 4xx on one of them is retried by the usual rules, a connection dropped
mid-batch loses nothing and sends nothing twice, and a relay that takes fewer connections than
configured still gets everything."""

import asyncio
import random
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.outbound.queue import enqueue
from supportmail.outbound.sender import SendReport, send_due
from supportmail.storage.database import session_scope
from supportmail.storage.tables import Outbox
from tests.support.net import free_port
from tests.support.outbox import add_ticket
from tests.support.smtp import Recorder, make_sender, smtp_config, smtp_server

pytestmark = pytest.mark.smtp
T0 = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)


def mail(number: int) -> EmailMessage:
    """A small mail with Message-ID <mail.`number`@houseware.io>."""
    msg = EmailMessage()
    msg["From"] = "Houseware Support <support@houseware.io>"
    msg["To"] = f"customer{number}@acme.example"
    msg["Subject"] = f"[#{number}] received"
    msg["Message-ID"] = f"<mail.{number}@houseware.io>"
    msg.set_content(f"We have your request number {number}.")
    return msg


def put(engine: Engine, kind: str, count: int) -> None:
    """Enqueue `count` mails of `kind`, numbered from 1."""
    with session_scope(engine) as session:
        for number in range(1, count + 1):
            enqueue(session, kind=kind, ticket_id=None, level=0, message=mail(number), now=T0)


def rows(engine: Engine) -> list[Outbox]:
    """Every outbox row, by id."""
    with Session(engine) as session:
        return list(session.exec(select(Outbox).order_by(col(Outbox.id))).all())


def run(engine: Engine, port: int, connections: int, now: Callable[[], datetime]) -> SendReport:
    """One send_due run over `connections` connections to the server on `port`."""
    sender = make_sender(smtp_config(port, connections=connections))
    return asyncio.run(send_due(engine, sender, now, 48.0, rng=random.Random(7)))


def delivered_ids(recorder: Recorder) -> Counter[bytes]:
    """How often the server took each Message-ID."""
    return Counter(d.raw.split(b"Message-ID: ")[1].split(b"\r\n")[0] for d in recorder.deliveries)


def test_a_backlog_goes_out_over_n_reused_connections(engine: Engine, recorder: Recorder) -> None:
    """Twelve mails over three connections: three connections are opened and reused, each
    mail is delivered once and marked sent."""
    put(engine, "notify", 12)
    with smtp_server(recorder) as port:
        assert run(engine, port, 3, lambda: T0) == SendReport(sent=12)
    assert len({d.peer for d in recorder.deliveries}) == 3
    assert sorted(delivered_ids(recorder).values()) == [1] * 12
    assert all(r.state == "sent" and r.claimed_by is None for r in rows(engine))


def test_a_4xx_on_one_connection_is_retried_by_the_rules(
    engine: Engine, recorder: Recorder
) -> None:
    """One DATA answered 451 while the other connections deliver: that row waits with backoff
    (attempt counted, reason kept), the others are sent; after the wait it goes out, once."""
    put(engine, "notify", 6)
    recorder.data_replies = ["250 OK", "451 4.3.0 try later"]
    with smtp_server(recorder) as port:
        assert run(engine, port, 3, lambda: T0) == SendReport(sent=5, retry=1)
        [waiting] = [r for r in rows(engine) if r.state == "pending"]
        assert waiting.attempts == 1 and "451" in (waiting.last_error or "")
        assert T0 + timedelta(seconds=24) <= waiting.next_attempt_at <= T0 + timedelta(seconds=36)
        assert run(engine, port, 3, lambda: T0 + timedelta(seconds=10)) == SendReport()
        assert run(engine, port, 3, lambda: T0 + timedelta(minutes=1)) == SendReport(sent=1)
    assert sorted(delivered_ids(recorder).values()) == [1] * 6
    assert all(r.state == "sent" for r in rows(engine))


def test_a_dropped_connection_loses_nothing_and_sends_nothing_twice(
    engine: Engine, recorder: Recorder
) -> None:
    """The server takes one acknowledgement and drops that connection without answering: it
    is marked unknown and never resent; every other acknowledgement, on that connection's
    replacement or the others, is delivered exactly once; nothing is left pending."""
    put(engine, "ack", 10)
    recorder.data_replies = ["250 OK", "250 OK", "250 OK", "drop"]
    with smtp_server(recorder) as port:
        assert run(engine, port, 3, lambda: T0) == SendReport(sent=9, unknown=1)
        assert run(engine, port, 3, lambda: T0 + timedelta(hours=2)) == SendReport()
    assert Counter(r.state for r in rows(engine)) == {"sent": 9, "unknown": 1}
    assert sorted(delivered_ids(recorder).values()) == [1] * 10


class Crowded(SMTP):
    """An SMTP session that refuses to start (421) while `limit` others are open."""

    open_now = 0
    limit = 1

    def connection_made(self, transport: Any) -> None:
        if Crowded.open_now >= Crowded.limit:
            transport.write(b"421 4.7.0 too many connections from you\r\n")
            transport.close()
            return
        Crowded.open_now += 1
        self._counted = True
        super().connection_made(transport)

    def connection_lost(self, error: Exception | None) -> None:
        if getattr(self, "_counted", False):
            Crowded.open_now -= 1
            self._counted = False
        super().connection_lost(error)


class CrowdedController(Controller):
    """A controller whose sessions are `Crowded`."""

    def factory(self) -> SMTP:
        return Crowded(self.handler, hostname="relay.test")


@contextmanager
def crowded_server(handler: Recorder, limit: int) -> Iterator[int]:
    """A server that takes at most `limit` connections at once; yields its port."""
    Crowded.open_now, Crowded.limit = 0, limit
    port = free_port()
    controller = CrowdedController(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def test_a_relay_taking_fewer_connections_still_gets_everything(
    engine: Engine, recorder: Recorder
) -> None:
    """Four connections configured, the relay takes one: the refused connections hand their
    mail to the one that works; everything is delivered once, nothing waits for a retry."""
    put(engine, "notify", 8)
    with crowded_server(recorder, limit=1) as port:
        assert run(engine, port, 4, lambda: T0) == SendReport(sent=8)
    assert len({d.peer for d in recorder.deliveries}) == 1
    assert sorted(delivered_ids(recorder).values()) == [1] * 8


def test_mails_of_one_ticket_to_one_person_go_out_in_the_order_written(
    engine: Engine, recorder: Recorder
) -> None:
    """Four mails of one ticket to one customer reach the server one after another, oldest
    first, even when the first is slow to be taken; mails of other tickets go out beside them
    over the other connections."""
    ticket_id = add_ticket(engine)
    with session_scope(engine) as session:
        for number in range(1, 9):
            message = mail(number)
            one_ticket = number % 2 == 1  # 1, 3, 5, 7: ticket 1 to the same customer
            if one_ticket:
                message.replace_header("To", "anna@acme.example")
            enqueue(
                session,
                kind="relay",
                ticket_id=ticket_id if one_ticket else None,
                level=0,
                message=message,
                now=T0 + timedelta(seconds=number),
            )
    # The first of them is slow to be taken: without the order kept, the third would overtake it.
    recorder.slow = {b"<mail.1@houseware.io>": 0.5}
    with smtp_server(recorder) as port:
        sender = make_sender(smtp_config(port, connections=3))
        report = asyncio.run(
            send_due(
                engine,
                sender,
                lambda: T0 + timedelta(seconds=10),
                48.0,
                rng=random.Random(7),
                fresh_since=T0,
            )
        )
    assert report == SendReport(sent=8)
    to_anna = [d for d in recorder.deliveries if d.rcpt_tos == ["anna@acme.example"]]
    order = [d.raw.split(b"Message-ID: <mail.")[1].split(b"@")[0] for d in to_anna]
    assert order == [b"1", b"3", b"5", b"7"]
    assert len({d.peer for d in recorder.deliveries}) == 3
