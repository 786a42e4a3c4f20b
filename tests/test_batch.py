"""The batch fast path of process_batch: one transaction, ids up front, one flush. It must
give exactly what the per-message path gives, also when messages of one batch depend on each
other, and fall back to the per-message path when a message fails."""

import logging
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col, select

from supportmail.core.types import Disposition
from supportmail.desk import Desk
from supportmail.inbound.imap import Fetched
from supportmail.inbound.process import process_batch
from supportmail.storage.database import make_engine, upgrade
from supportmail.storage.tables import Event, InboundMessage, MailboxCursor, Outbox, Ticket
from supportmail.testbed import Testbed, TestbedSettings
from supportmail.tickets import customers
from tests.support.desk import customer_mail, prepared_config
from tests.support.servers import new_pg_database

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
FELL_BACK = "goes message by message"
PARAM_IDS = re.compile(r'"(upto|text_id)":\d+')
OUR_RANDOM = re.compile(r"\.[0-9a-f]{16}@")  # the random part of the Message-IDs we make
OUR_RANDOM_BYTES = re.compile(rb"\.[0-9a-f]{16}@")


@pytest.fixture
def desk_on(tmp_path: Path) -> Iterator[Any]:
    """A factory: a Desk and an upgraded engine on a database URL, disposed afterwards."""
    engines: list[Engine] = []

    def make(url: str, name: str = "cfg") -> tuple[Desk, Engine]:
        unused = Testbed(TestbedSettings(tmp_path / "unused"))  # only for the config's ports
        folder = tmp_path / name
        folder.mkdir()
        config = prepared_config(folder, unused, url)
        engine = make_engine(url)
        upgrade(engine)
        engines.append(engine)
        return Desk.from_config(config), engine

    yield make
    for engine in engines:
        engine.dispose()


def batch_of(*raws: bytes) -> list[Fetched]:
    """The messages as one fetched batch, UIDs 1, 2, ..."""
    return [Fetched(uid, raw, T0) for uid, raw in enumerate(raws, start=1)]


def mixed_batch() -> list[Fetched]:
    """New tickets, a reply to a message of the same batch, a duplicate, a tagged reply from a
    participant, an auto-reply, list mail and a chatty sender: everything that threads within."""
    first = customer_mail("Printer on fire", "Help!", message_id="<p1@client.example>")
    return batch_of(
        first,
        customer_mail("Question A", "How?", sender="eve@example.org"),
        customer_mail(
            "Re: Printer on fire",
            "Still burning.",
            message_id="<p2@client.example>",
            in_reply_to="<p1@client.example>",
        ),
        first,
        customer_mail("Question B", "And this?", sender="eve@example.org"),
        customer_mail("[#1001] more", "Tagged by the requester.", sender="anna@acme.example"),
        customer_mail(
            "Out of office",
            "Away.",
            sender="bob@example.org",
            in_reply_to="<p2@client.example>",
            headers=[("Auto-Submitted", "auto-replied")],
        ),
        customer_mail(
            "Newsletter", "News.", sender="news@list.example", headers=[("List-Id", "x")]
        ),
        customer_mail("Question C", "Third.", sender="eve@example.org"),
    )


def dump(engine: Engine, ids: bool = True) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted; our Message-IDs' random part masked. `ids=False`
    leaves out the serial ids and the columns referring to them."""
    with engine.connect() as conn:
        found = {}
        for table in SQLModel.metadata.sorted_tables:
            columns = [
                c for c in table.columns if ids or not (c.name == "id" or c.name.endswith("_id"))
            ]
            rows = conn.execute(sa_select(*columns))
            found[table.name] = sorted(tuple(_masked(v, ids) for v in row) for row in rows)
        return found


def _masked(value: Any, ids: bool = True) -> Any:
    if isinstance(value, bytes):  # a mail composed at once carries its Message-ID
        return OUR_RANDOM_BYTES.sub(b".*@", value)
    if not isinstance(value, str):
        return value
    value = OUR_RANDOM.sub(".*@", value)
    # Deferred mails name ticket messages by id in their params.
    return value if ids else PARAM_IDS.sub(r'"\1":0', value)


def both_paths_agree(
    desk: Desk,
    fast_engine: Engine,
    slow_engine: Engine,
    fetched: list[Fetched],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """`fetched` processed fast on one database and message by message on the other: the fast
    path never falls back, and both give the same outcomes and the same rows."""
    with caplog.at_level(logging.DEBUG, logger="supportmail.inbound.process"):
        fast = process_batch(fast_engine, desk, "INBOX", 7, fetched, T0)
    assert FELL_BACK not in caplog.text
    slow = process_batch(slow_engine, desk, "INBOX", 7, fetched, T0, fast=False)
    assert fast == slow
    assert dump(fast_engine) == dump(slow_engine)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def two_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two fresh databases of one kind: SQLite files, or PostgreSQL databases."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/fast.sqlite3", f"sqlite:///{tmp_path}/slow.sqlite3"
        return
    with new_pg_database() as first, new_pg_database() as second:
        yield first, second


def test_fast_batch_writes_exactly_what_the_slow_path_writes(
    two_urls: tuple[str, str], desk_on: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """The same batch on two fresh databases, fast and message by message, gives the same
    outcomes and the same rows in every table, ids included, without falling back. (On
    PostgreSQL the fast path writes with COPY, the slow one with INSERTs.)"""
    desk, fast_engine = desk_on(two_urls[0], "fast")
    _, slow_engine = desk_on(two_urls[1], "slow")
    fetched = mixed_batch()
    both_paths_agree(desk, fast_engine, slow_engine, fetched, caplog)
    # And later batches, on top of what each path wrote, agree as well.
    later = [Fetched(20, customer_mail("Re: x", "More.", in_reply_to="<p2@client.example>"), T0)]
    assert process_batch(fast_engine, desk, "INBOX", 7, later, T0) == process_batch(
        slow_engine, desk, "INBOX", 7, later, T0, fast=False
    )
    if fast_engine.dialect.name == "postgresql":
        # The fast path took ids from the sequences 64 at a time (`batch.ID_CHUNK`): the
        # unused ones are a gap, so from the second batch on only the ids differ.
        assert dump(fast_engine, ids=False) == dump(slow_engine, ids=False)
    else:
        assert dump(fast_engine) == dump(slow_engine)


def test_a_breaker_tripping_in_a_batch_stays_on_the_fast_path(
    two_urls: tuple[str, str], desk_on: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """A sender whose tickets trip the loop breaker within one batch: its one alert mail to
    the team is written by the fast path, with the same rows as message by message."""
    desk, fast_engine = desk_on(two_urls[0], "fast")
    _, slow_engine = desk_on(two_urls[1], "slow")
    robot = [customer_mail(f"R{n}", f"Auto {n}", sender="loop@robot.example") for n in range(12)]
    fetched = batch_of(customer_mail("Question", "How?", sender="eve@example.org"), *robot)
    both_paths_agree(desk, fast_engine, slow_engine, fetched, caplog)
    with Session(fast_engine) as session:
        alerts = session.exec(select(Outbox.recipients).where(Outbox.kind == "alert")).all()
        assert alerts == [desk.config.support.team_address]


def test_a_breaker_tripped_in_an_earlier_batch_does_not_alert_again(
    two_urls: tuple[str, str], desk_on: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """A breaker that tripped (and alerted) in one batch is still tripped in the next ones:
    the fast path, which reads the alerts once per batch, alerts no second time, and a batch
    a day later (the alert forgotten, the robot still at it) alerts again - as message by
    message, row for row."""
    desk, fast_engine = desk_on(two_urls[0], "fast")
    _, slow_engine = desk_on(two_urls[1], "slow")

    def robot(first: int, n: int, at: datetime) -> list[Fetched]:
        return [
            Fetched(uid, customer_mail(f"R{uid}", "Auto", sender="loop@robot.example"), at)
            for uid in range(first, first + n)
        ]

    def both(fetched: list[Fetched], at: datetime) -> None:
        with caplog.at_level(logging.DEBUG, logger="supportmail.inbound.process"):
            fast = process_batch(fast_engine, desk, "INBOX", 7, fetched, at)
        assert FELL_BACK not in caplog.text
        assert fast == process_batch(slow_engine, desk, "INBOX", 7, fetched, at, fast=False)

    both(robot(1, 12, T0), T0)
    both(robot(13, 3, T0 + timedelta(minutes=1)), T0 + timedelta(minutes=1))
    later = T0 + timedelta(days=1, minutes=2)
    both(robot(16, 12, later), later)
    for engine in (fast_engine, slow_engine):
        with Session(engine) as session:
            alerts = session.exec(
                select(Event.created_at)
                .where(Event.kind == "alert")
                .order_by(col(Event.created_at))
            ).all()
            assert [a.replace(tzinfo=UTC) for a in alerts] == [T0, later]
    ids = fast_engine.dialect.name != "postgresql"  # there the fast path's ids leave gaps
    assert dump(fast_engine, ids=ids) == dump(slow_engine, ids=ids)


def test_reply_to_a_message_of_the_same_batch_joins_its_ticket(
    db_url: str, desk_on: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """A reply whose parent arrived earlier in the same batch is a reply on the parent's ticket,
    and a duplicate within the batch opens no second ticket."""
    desk, engine = desk_on(db_url)
    with caplog.at_level(logging.DEBUG, logger="supportmail.inbound.process"):
        outcomes = process_batch(engine, desk, "INBOX", 1, mixed_batch(), T0)
    assert FELL_BACK not in caplog.text
    by_uid = {o.uid: o for o in outcomes}
    assert by_uid[1].disposition is Disposition.NEW_TICKET
    assert by_uid[3].disposition is Disposition.REPLY
    assert by_uid[3].ticket_number == by_uid[1].ticket_number
    assert by_uid[4].disposition is Disposition.DUPLICATE
    assert by_uid[4].ticket_number == by_uid[1].ticket_number
    assert by_uid[6].disposition is Disposition.REPLY  # the tag, used by a participant
    assert by_uid[7].disposition is Disposition.AUTO_REPLY
    assert by_uid[7].ticket_number == by_uid[1].ticket_number
    with Session(engine) as session:
        numbers = session.exec(select(Ticket.number).order_by(col(Ticket.id))).all()
        assert numbers == [1001, 1002, 1003, 1004]  # the list mail opens none
        cursor = session.get(MailboxCursor, "INBOX")
        assert cursor is not None and cursor.last_uid == 9
        duplicates = session.exec(select(Event).where(Event.kind == "duplicate")).all()
        assert len(duplicates) == 1


def test_rate_limit_counts_acknowledgements_of_the_same_batch(db_url: str, desk_on: Any) -> None:
    """Three new tickets from one sender in one batch get three acknowledgements (issue 15.3);
    twelve from a robot in one batch trip the circuit breaker once, at the eleventh."""
    desk, engine = desk_on(db_url)
    chatty = [customer_mail(f"Q{n}", f"Thing {n}?", sender="eve@example.org") for n in range(3)]
    robot = [customer_mail(f"R{n}", f"Auto {n}", sender="loop@robot.example") for n in range(12)]
    process_batch(engine, desk, "INBOX", 1, batch_of(*chatty, *robot), T0)
    with Session(engine) as session:
        acks = session.exec(select(Outbox.first_recipient).where(Outbox.kind == "ack")).all()
        assert sorted(acks) == ["eve@example.org"] * 3 + ["loop@robot.example"] * 10
        alerts = session.exec(select(Event).where(Event.kind == "alert")).all()
        assert len(alerts) == 1 and "loop@robot.example" in alerts[0].detail
        suppressed = session.exec(select(Event).where(Event.kind == "ack_suppressed")).all()
        assert len(suppressed) == 2


def test_a_failing_message_sends_the_batch_message_by_message(
    db_url: str, desk_on: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """When one message of a batch raises, the batch is redone message by message: the bad one
    is quarantined and every other message is processed exactly once."""
    desk, engine = desk_on(db_url)
    real = customers.open_ticket

    def explode_on_bad(*args: Any, **kwargs: Any) -> Ticket:
        if args[3].subject == "bad":
            raise RuntimeError("boom")
        return real(*args, **kwargs)

    monkeypatch.setattr(customers, "open_ticket", explode_on_bad)
    raws = [customer_mail(s, "text", sender=f"{s}@example.org") for s in ("one", "bad", "two")]
    with caplog.at_level(logging.INFO, logger="supportmail.inbound.process"):
        outcomes = process_batch(engine, desk, "INBOX", 1, batch_of(*raws), T0)
    assert FELL_BACK in caplog.text
    assert [o.disposition for o in outcomes] == [
        Disposition.NEW_TICKET,
        Disposition.QUARANTINED,
        Disposition.NEW_TICKET,
    ]
    with Session(engine) as session:
        requesters = session.exec(select(Ticket.requester).order_by(col(Ticket.id))).all()
        assert requesters == ["one@example.org", "two@example.org"]
        states = session.exec(select(InboundMessage.state).order_by(col(InboundMessage.uid))).all()
        assert states == ["processed", "quarantined", "processed"]
        assert len(session.exec(select(Outbox).where(Outbox.kind == "ack")).all()) == 2


def test_staff_mail_in_a_batch_is_handled_message_by_message(db_url: str, desk_on: Any) -> None:
    """A batch with an agent's mail takes the per-message path, threads the agent's mail to a
    ticket opened earlier in the same batch, and skips no ticket number. (The mail came back by
    In-Reply-To, not through a signed reply address: it is kept as unverified staff mail.)"""
    desk, engine = desk_on(db_url)
    raws = batch_of(
        customer_mail("Broken", "It broke.", message_id="<c1@client.example>"),
        customer_mail(
            "Re: Broken",
            "Looking into it.",
            sender="agent@houseware.io",
            in_reply_to="<c1@client.example>",
        ),
    )
    outcomes = process_batch(engine, desk, "INBOX", 1, raws, T0 + timedelta(minutes=1))
    assert [o.disposition for o in outcomes] == [
        Disposition.NEW_TICKET,
        Disposition.UNVERIFIED_STAFF,
    ]
    assert outcomes[0].ticket_number == 1001
    assert outcomes[1].ticket_number == outcomes[0].ticket_number


def test_ticket_numbers_have_no_gaps_across_batches(db_url: str, desk_on: Any) -> None:
    """Public ticket numbers run on without gaps, batch after batch, also where the fast path
    takes PostgreSQL's ticket ids several at a time (only as many as surely needed)."""
    desk, engine = desk_on(db_url)
    uid = 0
    for round_ in range(3):
        raws = [
            customer_mail(f"Question {round_}.{n}", "How?", sender=f"c{n}@example.org")
            for n in range(5)
        ]
        # A reply to the first of the round, a duplicate, and a mail tagged by a stranger
        # (which opens a ticket of its own): the estimate must not count them as new.
        raws.append(
            customer_mail(
                "Re: q", "More.", sender="c0@example.org", in_reply_to=_message_id(raws[0])
            )
        )
        raws.append(raws[1])
        if round_ == 2:
            raws.append(customer_mail("[#1001] hi", "Me too.", sender="stranger@example.net"))
        fetched = [Fetched(uid + i + 1, raw, T0) for i, raw in enumerate(raws)]
        uid += len(raws)
        process_batch(engine, desk, "INBOX", 1, fetched, T0)
    with Session(engine) as session:
        numbers = sorted(t.number for t in session.exec(select(Ticket)) if t.number is not None)
    assert numbers == list(range(1001, 1001 + len(numbers)))
    assert len(numbers) == 3 * 5 + 1


def _message_id(raw: bytes) -> str:
    found = re.search(rb"^Message-ID: (<[^>]+>)", raw, re.MULTILINE | re.IGNORECASE)
    assert found is not None
    return found.group(1).decode()
