"""Merging tickets by mail (#merge N) and by `supportmail merge A B`, on SQLite and PostgreSQL:
what moves, the combined clock, the customer's notice, threading afterwards, two at once."""

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, text
from sqlmodel import Session, col, select

from supportmail.config import load_config
from supportmail.core.tokens import reply_address
from supportmail.desk import Desk
from supportmail.errors import EXIT_FAILED, EXIT_OK
from supportmail.inbound.imap import Fetched
from supportmail.inbound.process import process_batch
from supportmail.storage import queries
from supportmail.storage.database import make_engine, upgrade
from supportmail.storage.search import customer_history, search_tickets
from supportmail.storage.tables import (
    AttachmentRef,
    Event,
    Outbox,
    Participant,
    Ticket,
    TicketMessage,
)
from supportmail.testbed import Testbed, TestbedSettings
from supportmail.tickets.merge import merge_tickets
from tests.support.desk import customer_mail, write_config
from tests.support.replay import run

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
AGENT = "agent@houseware.io"
ANNA = "anna@acme.example"
FIRST, SECOND = "<first@acme.example>", "<second@acme.example>"


class Bed:
    """A desk on `db_url` fed through process_batch, as ingest would."""

    def __init__(self, tmp_path: Path, db_url: str) -> None:
        unused = Testbed(TestbedSettings(tmp_path / "unused"))  # only for the config's ports
        self.config = write_config(tmp_path, unused, db_url)
        self.desk = Desk.from_config(load_config(self.config))
        self.engine = make_engine(db_url)
        upgrade(self.engine)
        self.uid = 0

    def receive(self, raw: bytes, at: datetime) -> None:
        self.uid += 1
        process_batch(self.engine, self.desk, "INBOX", 1, [Fetched(self.uid, raw, at)], at)

    def ticket(self, number: int) -> Ticket:
        with Session(self.engine) as session:
            return session.exec(select(Ticket).where(Ticket.number == number)).one()

    def count(self, table: type, *where: object) -> int:
        with Session(self.engine) as session:
            query = select(func.count()).select_from(table)
            for clause in where:
                query = query.where(clause)  # type: ignore[arg-type]
            return int(session.exec(query).one())

    def mails(self, kind: str) -> list[Outbox]:
        with Session(self.engine) as session:
            return list(session.exec(select(Outbox).where(Outbox.kind == kind)).all())

    def merge(self, source: int, target: int, at: datetime, engine: object = None) -> str:
        """Merge in one transaction, as `supportmail merge` does; the result's text."""
        with Session(engine or self.engine) as session:  # type: ignore[arg-type]
            one, other = (
                queries.ticket_by_number(session, source),
                queries.ticket_by_number(session, target),
            )
            assert one is not None and other is not None
            result = merge_tickets(session, self.desk, one, other, "ops", at)
            session.commit()
        return result.text


def with_attachment(raw: bytes) -> bytes:
    """`raw` (a plain mail) with a small text file attached."""
    from email import message_from_bytes, policy

    msg = message_from_bytes(raw, policy=policy.default)
    msg.add_attachment(b"log line\n", maintype="text", subtype="plain", filename="app.log")
    return msg.as_bytes()


@pytest.fixture
def bed(tmp_path: Path, db_url: str) -> Iterator[Bed]:
    """#1001 (Anna, printer, with a log attached) and, an hour later, #1002 (Anna again,
    the same matter, in German, Bob of her company in Cc)."""
    made = Bed(tmp_path, db_url)
    made.receive(
        with_attachment(
            customer_mail(
                "Printer broken",
                "The printer shows E-1234.",
                sender=f"Anna <{ANNA}>",
                message_id=FIRST,
            )
        ),
        T0,
    )
    made.receive(
        customer_mail(
            "Drucker immer noch kaputt",
            "Hallo, der Drucker zeigt weiterhin den Fehler. Bitte um Hilfe, danke.",
            sender=f"Anna <{ANNA}>",
            message_id=SECOND,
            headers=[("Cc", "bob@acme.example")],
        ),
        T0 + timedelta(hours=1),
    )
    yield made
    made.engine.dispose()


def agent_reply(bed: Bed, number: int, body: str, in_reply_to: str) -> bytes:
    """The agent's verified answer on ticket `number` (through its signed reply address)."""
    token = reply_address(bed.desk.token_key, number, AGENT, "support@houseware.io")
    return customer_mail(
        f"Re: [#{number}] ...", body, sender=AGENT, to=token, in_reply_to=in_reply_to
    )


def test_merge_by_mail_moves_everything_and_tells_the_customer(bed: Bed) -> None:
    """#merge 1001 on #1002: messages, attachments, people, events and references move to
    #1001; #1002 is "merged"; Anna is told in German to use #1001; the agent is confirmed."""
    at = T0 + timedelta(hours=2)
    bed.receive(agent_reply(bed, 1002, "#merge 1001", SECOND), at)
    merged, survivor = bed.ticket(1002), bed.ticket(1001)
    assert (merged.status, merged.merged_into_id) == ("merged", survivor.id)
    assert merged.response_due is None and merged.next_deadline is None
    assert bed.count(TicketMessage, TicketMessage.ticket_id == merged.id) == 0
    assert bed.count(TicketMessage, TicketMessage.ticket_id == survivor.id) == 2
    assert bed.count(AttachmentRef) == 1
    with Session(bed.engine) as session:
        rows = session.exec(select(Participant).where(Participant.ticket_id == survivor.id))
        people = {(p.address, p.role) for p in rows}
    assert (ANNA, "requester") in people and ("bob@acme.example", "cc") in people
    assert bed.count(Participant, Participant.ticket_id == merged.id) == 0
    # Its history moved; what happened is told on both (the command itself on the one given).
    assert bed.count(Event, Event.ticket_id == survivor.id, Event.kind == "created") == 2
    assert bed.count(Event, Event.ticket_id == survivor.id, Event.kind == "merged") == 1
    with Session(bed.engine) as session:
        kinds = session.exec(select(Event.kind).where(Event.ticket_id == merged.id)).all()
    assert sorted(kinds) == ["command", "merged"]
    (notice,) = bed.mails("merged")
    assert notice.ticket_id == merged.id and notice.first_recipient == ANNA
    raw = (notice.raw or b"").decode()
    assert "[#1002]" in raw and "[#1001]" in raw and "zusammengef" in raw
    (confirm,) = bed.mails("confirm")
    assert b"#1002 merged into #1001" in (confirm.raw or b"")
    # The merged ticket's outcome in the customer's history, and search finds the survivor.
    with Session(bed.engine) as session:
        outcomes = {e.number: e.outcome for e in customer_history(session, ANNA)}
        assert outcomes == {1001: "open", 1002: "merged into #1001"}
        assert [h.number for h in search_tickets(session, "drucker").hits] == [1001]


def test_replies_to_either_number_thread_to_the_survivor(bed: Bed) -> None:
    """After the merge, Anna's reply in #1002's thread, one with only its tag, and one to the
    notice all land on #1001; so does an agent's reply through #1002's reply address."""
    bed.merge(1002, 1001, T0 + timedelta(hours=2))
    (notice,) = bed.mails("merged")
    later = T0 + timedelta(hours=3)
    bed.receive(customer_mail("Re: Drucker", "Noch da?", sender=ANNA, in_reply_to=SECOND), later)
    bed.receive(customer_mail("Re: [#1002] Drucker", "Hallo?", sender=ANNA), later)
    bed.receive(
        customer_mail("Re: [#1002] merged", "OK", sender=ANNA, in_reply_to=notice.message_id),
        later,
    )
    bed.receive(agent_reply(bed, 1002, "We are on it.", SECOND), later)
    survivor = bed.ticket(1001)
    assert bed.count(Ticket) == 2  # no new ticket
    assert bed.count(TicketMessage, TicketMessage.ticket_id == survivor.id) == 6
    assert bed.ticket(1002).status == "merged"
    (relay,) = bed.mails("relay")
    assert relay.ticket_id == survivor.id and b"[#1001]" in (relay.raw or b"")


def test_the_clocks_combine_as_the_earliest_promise(bed: Bed) -> None:
    """#1001 answered (nothing due), #1002 waiting: #1001 takes #1002's promise as a new
    response clock. Merging the other way keeps the earlier due of the two."""
    bed.receive(agent_reply(bed, 1001, "Looking into it.", FIRST), T0 + timedelta(minutes=30))
    answered, waiting = bed.ticket(1001), bed.ticket(1002)
    assert answered.response_due is None and waiting.response_due is not None
    text_ = bed.merge(1002, 1001, T0 + timedelta(hours=2))
    survivor = bed.ticket(1001)
    assert survivor.response_due == waiting.response_due
    assert survivor.clock_started_at == waiting.clock_started_at
    assert survivor.clock_number == answered.clock_number + 1
    assert survivor.next_deadline is not None and "earlier promise of #1002" in text_


def test_merging_into_the_one_due_sooner_keeps_its_due(bed: Bed) -> None:
    """Both waiting: the survivor keeps the sooner due, whichever way round they merge."""
    first, second = bed.ticket(1001), bed.ticket(1002)
    assert first.response_due is not None and second.response_due is not None
    sooner = min(first.response_due, second.response_due)
    bed.merge(1001, 1002, T0 + timedelta(hours=2))
    assert bed.ticket(1002).response_due == sooner


def test_merges_that_are_refused_or_done_already(bed: Bed, tmp_path: Path) -> None:
    """Another customer's ticket, the ticket itself, an unknown number: refused, nothing moves;
    a merge repeated changes nothing and tells nobody twice."""
    bed.receive(customer_mail("Hi", "Other matter", sender="zoe@gmail.com"), T0)
    assert "different customers" in bed.merge(1003, 1001, T0 + timedelta(hours=1))
    assert "into itself" in bed.merge(1001, 1001, T0 + timedelta(hours=1))
    assert bed.ticket(1003).status == "open" and bed.ticket(1001).status == "open"
    bed.merge(1002, 1001, T0 + timedelta(hours=2))
    assert "already merged into #1001" in bed.merge(1002, 1001, T0 + timedelta(hours=3))
    # Into a merged ticket: into its survivor.
    assert "into itself" in bed.merge(1001, 1002, T0 + timedelta(hours=3))
    assert len(bed.mails("merged")) == 1


def test_merge_on_the_command_line(bed: Bed, capsys: pytest.CaptureFixture[str]) -> None:
    """`supportmail merge A B` merges and says so; a repeat is no error, the reverse and an
    unknown ticket are, with the reason."""
    config = str(bed.config)
    code, out, _ = run(capsys, "merge", "1002", "1001", "-c", config)
    assert code == EXIT_OK and "#1002 merged into #1001" in out
    code, out, _ = run(capsys, "merge", "1002", "1001", "-c", config)
    assert code == EXIT_OK and "already merged into #1001" in out  # done already: no error
    code, _, err = run(capsys, "merge", "1001", "1002", "-c", config)
    assert code == EXIT_FAILED and "into itself" in err
    code, _, err = run(capsys, "merge", "1002", "4711", "-c", config)
    assert code == EXIT_FAILED and "no ticket #4711" in err


def test_two_instances_merging_at_once_merge_once(bed: Bed, db_url: str) -> None:
    """Two engines merge #1002 into #1001 and #1001 into #1002 at the same moment: the second
    waits for the first's locks, then sees the merge and refuses; one notice, nothing lost."""
    engines = [make_engine(db_url), make_engine(db_url)]
    results: dict[str, str] = {}
    first_done = threading.Event()
    release = threading.Event()

    def first() -> None:
        with Session(engines[0]) as session:
            one, other = (
                queries.ticket_by_number(session, 1002),
                queries.ticket_by_number(session, 1001),
            )
            assert one is not None and other is not None
            results["first"] = merge_tickets(session, bed.desk, one, other, "a", T0).text
            first_done.set()
            release.wait(timeout=60)
            session.commit()

    def second() -> None:
        first_done.wait(timeout=60)
        with Session(engines[1]) as session:
            one, other = (
                queries.ticket_by_number(session, 1001),
                queries.ticket_by_number(session, 1002),
            )
            assert one is not None and other is not None
            results["second"] = merge_tickets(session, bed.desk, one, other, "b", T0).text
            session.commit()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    first_done.wait(timeout=60)
    if db_url.startswith("postgresql"):
        # Release the first only once the second is waiting on its row locks.
        with engines[0].connect() as conn:
            for _ in range(6000):
                waiting = conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                    )
                ).scalar_one()
                if waiting:
                    break
                conn.rollback()  # pg_stat_activity is read once per transaction
                threading.Event().wait(0.01)
            assert waiting, "the second merge never waited for the first's locks"
    release.set()
    for t in threads:
        t.join(timeout=60)
    for engine in engines:
        engine.dispose()
    assert "merged into #1001" in results["first"]
    assert "into itself" in results["second"]
    assert bed.ticket(1002).status == "merged" and bed.ticket(1001).status == "open"
    assert bed.count(TicketMessage, col(TicketMessage.ticket_id) == bed.ticket(1001).id) == 2
    assert len(bed.mails("merged")) == 1
    assert bed.count(Event, Event.kind == "merged") == 2
