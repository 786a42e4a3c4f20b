"""Hostile bytes never cost a customer their ticket: a header byte that is not UTF-8, or a NUL,
is cleaned where text is stored, on SQLite and PostgreSQL, by INSERT and by COPY."""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, select

from supportmail.core.types import Disposition
from supportmail.desk import Desk
from supportmail.inbound.imap import Fetched
from supportmail.inbound.process import process_batch
from supportmail.storage import queries
from supportmail.storage.database import make_engine, upgrade
from supportmail.storage.pgcopy import copy_rows
from supportmail.storage.tables import ThreadRef, Ticket
from supportmail.testbed import Testbed, TestbedSettings
from tests.support.desk import customer_mail, prepared_config

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture
def desk(tmp_path: Path, db_url: str) -> Iterator[tuple[Desk, Engine]]:
    """A desk and its upgraded engine on the parametrised database."""
    unused = Testbed(TestbedSettings(tmp_path / "unused"))  # only for the config's ports
    config = prepared_config(tmp_path, unused, db_url)
    engine = make_engine(db_url)
    upgrade(engine)
    yield Desk.from_config(config), engine
    engine.dispose()


def flipped(raw: bytes, line_start: bytes, byte: int) -> bytes:
    """`raw` with one byte in the middle of the value of the header line starting
    `line_start` replaced by `byte`."""
    start = raw.index(b"\n" + line_start) + 1
    end = raw.index(b"\n", start)
    colon = raw.index(b":", start)
    at = (colon + 2 + end) // 2
    return raw[:at] + bytes([byte]) + raw[at + 1 :]


HEADERS = (b"Subject", b"Message-ID", b"In-Reply-To", b"References", b"Cc", b"Date", b"To")


@pytest.mark.parametrize("fast", [True, False], ids=["batch", "per-message"])
def test_a_flipped_header_byte_still_makes_a_ticket(desk: tuple[Desk, Engine], fast: bool) -> None:
    """Every header but From, with a byte that is not UTF-8 or a NUL, still gives a ticket."""
    the_desk, engine = desk
    fetched = []
    for n, (name, byte) in enumerate(
        (name, byte) for name in HEADERS for byte in (0xFD, 0xC3, 0x80, 0x00)
    ):
        raw = customer_mail(
            f"Broken {n}",
            "text",
            sender=f"c{n}@acme.example",
            in_reply_to=f"<r{n}.x@other.example>",
            headers=[("Cc", "Bob Cee <bob@x.example>")],
        )
        fetched.append(Fetched(n + 1, flipped(raw, name, byte), T0))
    outcomes = process_batch(engine, the_desk, "INBOX", 1, fetched, T0, fast=fast)
    assert [o for o in outcomes if o.quarantined] == []
    assert {o.disposition for o in outcomes} == {Disposition.NEW_TICKET}


@pytest.mark.parametrize("same_batch", [True, False], ids=["one-batch", "two-batches"])
def test_a_reply_quoting_a_bad_message_id_threads_to_its_ticket(
    desk: tuple[Desk, Engine], same_batch: bool
) -> None:
    """A Message-ID with bytes that are not UTF-8 is stored readable and found again by the
    reply quoting the same bytes."""
    the_desk, engine = desk
    first = customer_mail("Help", "one", message_id="<a@client.example>")
    first = first.replace(b"<a@client.example>", b"<a\xfd\x81b@client.example>")
    reply = customer_mail("Re: Help", "two", in_reply_to="<a@client.example>")
    reply = reply.replace(b"<a@client.example>", b"<a\xfd\x81b@client.example>")
    if same_batch:
        outcomes = process_batch(
            engine, the_desk, "INBOX", 1, [Fetched(1, first, T0), Fetched(2, reply, T0)], T0
        )
    else:
        outcomes = process_batch(engine, the_desk, "INBOX", 1, [Fetched(1, first, T0)], T0)
        outcomes += process_batch(engine, the_desk, "INBOX", 1, [Fetched(2, reply, T0)], T0)
    assert [o.quarantined for o in outcomes] == [False, False]
    assert outcomes[1].disposition == Disposition.REPLY
    assert outcomes[0].ticket_number == outcomes[1].ticket_number
    with Session(engine) as session:
        stored = {ref.message_id for ref in session.exec(select(ThreadRef))}
    assert "a\u00fd\u0081b@client.example" in stored


def test_add_thread_ref_cleans_the_reported_surrogate(db_url: str) -> None:
    """The reported crash: add_thread_ref with '\\udcfd' stores and finds the cleaned id."""
    engine = make_engine(db_url)
    upgrade(engine)
    try:
        with Session(engine) as session:
            ticket = Ticket(
                requester="a@b.example", subject="s\udcfd\x00", priority="P3",
                priority_rule="r", received_at=T0, created_at=T0, updated_at=T0,
                first_response_due=T0, clock_started_at=T0,
            )  # fmt: skip
            queries.add_ticket(session, ticket)
            assert ticket.id is not None
            queries.add_thread_ref(session, "x\udcfd@y", ticket.id)
            session.commit()
            found = queries.ticket_by_reference(session, ("x\udcfd@y",))
            assert found is not None and found.id == ticket.id
            assert found.subject == "s\ufffd\ufffd"
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_copy_cleans_text_and_keeps_one_row_per_cleaned_key(pg_url: str) -> None:
    """COPY stores cleaned text; two raw keys that clean alike become one row, the first."""
    engine = make_engine(pg_url)
    upgrade(engine)
    try:
        with Session(engine) as session:
            ticket = Ticket(
                requester="a@b.example", subject="s", priority="P3", priority_rule="r",
                received_at=T0, created_at=T0, updated_at=T0, first_response_due=T0,
                clock_started_at=T0,
            )  # fmt: skip
            queries.add_ticket(session, ticket)
            table = SQLModel.metadata.tables["thread_ref"]
            refs = [
                {"message_id": "k\udcfd@x", "ticket_id": ticket.id, "outbox_id": None},
                {"message_id": "k\udcfe@x", "ticket_id": ticket.id, "outbox_id": None},
                {"message_id": "n\x00@x", "ticket_id": ticket.id, "outbox_id": None},
            ]
            assert copy_rows(session.connection(), table, refs, ignore_conflict="message_id")
            session.commit()
            stored = sorted(ref.message_id for ref in session.exec(select(ThreadRef)))
        assert stored == ["k\ufffd@x", "n\ufffd@x"]
    finally:
        engine.dispose()
