"""Search and history on SQLite (FTS5) and PostgreSQL (tsvector): every write path indexes,
the migration indexes what was there, and `search`, `customer`, `tickets --assignee` print it."""

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from supportmail.config import load_config
from supportmail.desk import Desk
from supportmail.errors import EXIT_FAILED, EXIT_OK
from supportmail.inbound.imap import Fetched
from supportmail.inbound.process import process_batch
from supportmail.storage import queries
from supportmail.storage import search as search_module
from supportmail.storage.database import make_engine, upgrade
from supportmail.storage.search import (
    SearchHit,
    SearchResult,
    customer_history,
    parse_query,
    search_tickets,
    snippet,
    split_customer,
)
from supportmail.storage.tables import Ticket
from supportmail.testbed import Testbed, TestbedSettings
from tests.support.desk import customer_mail, write_config
from tests.support.replay import run

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("words", "terms"),
    [
        ("printer", (("printer",),)),
        ("Paper JAM", (("paper",), ("jam",))),
        ('"paper jam" error', (("paper", "jam"), ("error",))),
        ("alice@example.com", (("alice", "example", "com"),)),
        ("E-1234 e-1234", (("e", "1234"),)),  # the same term once
        ("über straße", (("über",), ("straße",))),
        ("-- ... ''", ()),
        ('"unclosed phrase', (("unclosed", "phrase"),)),
    ],
)
def test_parse_query(words: str, terms: tuple[tuple[str, ...], ...]) -> None:
    """Words fold case; quotes and punctuation make ordered terms; nothing findable is empty."""
    assert parse_query(words).terms == terms


def test_query_syntax_for_both_databases() -> None:
    """Each term is a phrase whose last word is a prefix, all terms required, on both."""
    query = parse_query('"paper jam" e-12')
    assert query.fts5() == '"paper jam"* AND "e 12"*'
    assert query.tsquery() == "'paper' <-> 'jam':* & 'e' <-> '12':*"


def test_query_size_is_bounded() -> None:
    """A pasted page does not become a query of a thousand terms."""
    query = parse_query(" ".join(f"w{i}" for i in range(1000)))
    assert 0 < len(query.terms) <= 12


def test_snippet_shows_the_words_in_context() -> None:
    """The snippet starts near the first word found, folded onto one line, cut with dots."""
    body = "Hello,\n\n" + "filler text " * 30 + "the printer\tjammed again " + "more " * 60
    shown = snippet(body, ("jam",))
    assert "printer jammed again" in shown
    assert shown.startswith("...") and shown.endswith("...") and len(shown) < 180
    assert snippet("", ("x",)) == ""
    assert snippet("short text", ("absent",)) == "short text"


@pytest.mark.parametrize(
    ("who", "split"),
    [
        ("Anna@Acme.Example", ("anna@acme.example", None)),
        ("<anna@acme.example>", ("anna@acme.example", None)),
        ("acme.example", (None, "acme.example")),
        ("@acme.example", (None, "acme.example")),
        ("anna", (None, None)),
        ("anna@localhost", (None, None)),
    ],
)
def test_split_customer(who: str, split: tuple[str | None, str | None]) -> None:
    """An address or a domain, lower case; anything else is neither."""
    assert split_customer(who) == split


class Bed:
    """A desk on `db_url` fed through process_batch (the ingest fast path) in batches."""

    def __init__(self, tmp_path: Path, db_url: str) -> None:
        unused = Testbed(TestbedSettings(tmp_path / "unused"))  # only for the config's ports
        self.config = write_config(tmp_path, unused, db_url)
        self.desk = Desk.from_config(load_config(self.config))
        self.engine = make_engine(db_url)
        upgrade(self.engine)
        self.uid = 0

    def receive(self, *raws: bytes, at: datetime = T0) -> None:
        """Process `raws` as one batch."""
        fetched = []
        for raw in raws:
            self.uid += 1
            fetched.append(Fetched(self.uid, raw, at))
        process_batch(self.engine, self.desk, "INBOX", 1, fetched, at)

    def numbers(self, words: str, **kwargs: object) -> list[int]:
        """The numbers of the tickets `search_tickets` finds, in its order."""
        with Session(self.engine) as session:
            return [h.number for h in search_tickets(session, words, **kwargs).hits]  # type: ignore[arg-type]


@pytest.fixture
def bed(tmp_path: Path, db_url: str) -> Iterator[Bed]:
    """Three tickets from one batch: #1001 printer (Anna), #1002 invoice (Bob), #1003 login
    (Carla, at Anna's company)."""
    made = Bed(tmp_path, db_url)
    made.receive(
        customer_mail(
            "Printer on fire",
            "The paper jammed, then error E-1234 appeared. Café closed.",
            sender="Anna <anna@acme.example>",
        ),
        customer_mail(
            "Invoice question",
            "Why was I charged twice for the printer cartridges?",
            sender="Bob <bob@beta.example>",
        ),
        customer_mail(
            "Cannot log in",
            "My password reset mail never arrives.",
            sender="Carla <carla@acme.example>",
        ),
    )
    yield made
    made.engine.dispose()


def test_search_finds_subjects_and_messages_written_by_a_batch(bed: Bed) -> None:
    """Words of a subject or a message, any case, as prefixes, all of them in one place;
    phrases in order; diacritics count; newest activity first."""
    assert sorted(bed.numbers("printer")) == [1001, 1002]  # subject of one, text of the other
    assert bed.numbers("PRINT") == bed.numbers("printer")
    assert bed.numbers("paper jam") == [1001]
    assert bed.numbers('"paper jammed"') == [1001]
    assert bed.numbers('"jammed paper"') == []
    assert bed.numbers("e-1234") == [1001]
    assert bed.numbers("café") == [1001]
    assert bed.numbers("cafe") == []
    assert bed.numbers("invoice password") == []  # never two tickets' words together
    assert bed.numbers("nothing-like-this") == []


def test_search_result_values_limit_and_status(bed: Bed) -> None:
    """A hit says how many messages hold the words and shows them in context; the total
    counts every ticket found even when fewer are shown; a status filters."""
    with Session(bed.engine) as session:
        found = search_tickets(session, "printer", limit=1)
        assert found.total == 2 and len(found.hits) == 1
        found = search_tickets(session, "cartridges")
        (hit,) = found.hits
        assert (hit.number, hit.messages, hit.requester) == (1002, 1, "bob@beta.example")
        assert "charged twice for the printer cartridges" in hit.snippet
        ticket = queries.ticket_by_number(session, 1002)
        assert ticket is not None
        ticket.status = "closed"
        session.add(ticket)
        session.commit()
    assert bed.numbers("printer", status="open") == [1001]
    assert sorted(bed.numbers("printer", status="closed")) == [1002]


def test_a_message_added_on_the_per_message_path_is_found_at_once(bed: Bed) -> None:
    """A message written through the session (not the batch) is indexed in its own
    transaction: found after the commit, not found after a rollback."""
    with Session(bed.engine) as session:
        ticket = queries.ticket_by_number(session, 1003)
        assert ticket is not None and ticket.id is not None
        queries.add_ticket_message(
            session,
            ticket.id,
            direction="in",
            author="agent@houseware.io",
            author_role="agent",
            text="Internal: the zebra filter blocks them.",
            now=T0,
            is_note=True,
        )
        session.rollback()
    assert bed.numbers("zebra") == []
    with Session(bed.engine) as session:
        ticket = queries.ticket_by_number(session, 1003)
        assert ticket is not None and ticket.id is not None
        queries.add_ticket_message(
            session,
            ticket.id,
            direction="in",
            author="agent@houseware.io",
            author_role="agent",
            text="Internal: the zebra filter blocks them.",
            now=T0,
            is_note=True,
        )
        session.commit()
    assert bed.numbers("zebra filter") == [1003]


def test_a_reply_in_a_later_batch_is_found_on_its_ticket(bed: Bed) -> None:
    """A customer's reply (tag in the subject) is indexed with its ticket's number."""
    bed.receive(
        customer_mail(
            "Re: [#1003] Cannot log in",
            "Still nothing, I checked the spam folder.",
            sender="Carla <carla@acme.example>",
        ),
        at=T0 + timedelta(hours=1),
    )
    assert bed.numbers("spam folder") == [1003]


def test_customer_history_by_address_and_domain(bed: Bed) -> None:
    """An address gives its own tickets; a domain everyone's there, newest first."""
    with Session(bed.engine) as session:
        mine = customer_history(session, "Anna@acme.example")
        ours = customer_history(session, "acme.example")
        assert [e.number for e in mine] == [1001]
        assert sorted(e.number for e in ours) == [1001, 1003]
        assert customer_history(session, "nobody") == []
        (entry,) = mine
        assert entry.outcome == "open" and entry.first_response_in is None
        assert entry.answered_in_time(T0) is None
        assert entry.answered_in_time(T0 + timedelta(days=30)) is False


def test_the_migration_indexes_the_messages_already_stored(db_url: str) -> None:
    """Tickets and messages stored before migration 0008 are found after it."""
    engine = make_engine(db_url)
    try:
        upgrade(engine, "0007")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO ticket (id, number, requester, requester_name, subject, status,"
                    " priority, priority_rule, priority_explanation, received_at, created_at,"
                    " updated_at, first_response_due, clock_started_at, clock_number,"
                    " escalation_level, warned, priority_signals, priority_asked) VALUES"
                    " (1, 1001, 'a@b.example', '', 'Old printer', 'open', 'P2', 'r', '',"
                    " :t, :t, :t, :t, :t, 0, 0, false, '', false)"
                ),
                {"t": T0.replace(tzinfo=None)},
            )
            conn.execute(
                text(
                    "INSERT INTO ticket_message (ticket_id, direction, author, author_role,"
                    " text, is_note, created_at) VALUES (1, 'in', 'a@b.example', 'customer',"
                    " 'The toner smudges every page', false, :t)"
                ),
                {"t": T0.replace(tzinfo=None)},
            )
        upgrade(engine)
        with Session(engine) as session:
            assert [h.number for h in search_tickets(session, "toner smudge").hits] == [1001]
            assert [h.number for h in search_tickets(session, "old printer").hits] == [1001]
    finally:
        engine.dispose()


def test_search_customer_and_ticket_filters_on_the_command_line(
    bed: Bed, capsys: pytest.CaptureFixture[str]
) -> None:
    """`search`, `customer`, `tickets --assignee/--unassigned` print what the queries find."""
    config = str(bed.config)
    code, out, _ = run(capsys, "search", "paper", "jam", "-c", config)
    assert code == EXIT_OK and "#1001" in out and "1 ticket found" in out
    code, out, _ = run(capsys, "search", "printer", "--format", "json", "-c", config)
    found = json.loads(out)
    assert code == EXIT_OK and found["total"] == 2
    code, _, err = run(capsys, "search", "...", "-c", config)
    assert code == EXIT_FAILED and "nothing to search for" in err
    code, out, _ = run(capsys, "customer", "acme.example", "-c", config)
    assert code == EXIT_OK and "#1001" in out and "#1003" in out and "#1002" not in out
    assert out.splitlines()[-1].startswith("2 tickets, 2 open")
    code, _, err = run(capsys, "customer", "nobody", "-c", config)
    assert code == EXIT_FAILED and "not a mail address or domain" in err
    with Session(bed.engine) as session:
        ticket = session.exec(select(Ticket).where(Ticket.number == 1002)).one()
        ticket.assignee = "alice@houseware.io"
        session.add(ticket)
        session.commit()
    code, out, _ = run(
        capsys, "tickets", "--assignee", "Alice@houseware.io", "--format", "json", "-c", config
    )
    assert code == EXIT_OK and [t["number"] for t in json.loads(out)] == [1002]
    code, out, _ = run(capsys, "tickets", "--unassigned", "--format", "json", "-c", config)
    assert code == EXIT_OK and sorted(t["number"] for t in json.loads(out)) == [1001, 1003]


WALK_QUERIES = ("printer", "print", "paper jam", '"paper jammed"', "log", "e-1234", "nothing", "in")


def _found(bed: Bed, words: str, status: str | None) -> tuple[int, bool, tuple[SearchHit, ...]]:
    with Session(bed.engine) as session:
        result = search_tickets(session, words, status=status)
        return (result.total, result.more, result.hits)


@pytest.mark.parametrize("window", [10, 1])
def test_the_newest_first_walk_finds_what_the_whole_set_finds(
    bed: Bed, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    """A common word's page comes from walking the tickets newest first (and, on PostgreSQL,
    from ranking every match when the walk's window holds too few): the same tickets, order,
    message counts and snippets as when every match is known, merged tickets included."""
    with Session(bed.engine) as session:
        merged = session.exec(select(Ticket).where(Ticket.number == 1003)).one()
        survivor = session.exec(select(Ticket).where(Ticket.number == 1001)).one()
        merged.merged_into_id, merged.status = survivor.id, "merged"
        session.add(merged)
        session.commit()
    statuses = (None, "open", "closed", "merged")
    known = {(w, s): _found(bed, w, s) for w in WALK_QUERIES for s in statuses}
    assert [h.number for h in known["log", None][2]] == [1001]  # through its survivor
    # One row read first and no ticket counted: every search with a match walks.
    monkeypatch.setattr(search_module, "FIRST_ROWS", 1)
    monkeypatch.setattr(search_module, "COUNT_LIMIT", 0)
    monkeypatch.setattr(search_module, "WALK_CHUNK", 1)
    monkeypatch.setattr(search_module, "WALK_WINDOW", window)
    walks: list[str] = []

    def counted(walk: Callable[..., object]) -> Callable[..., object]:
        def run_walk(*args: object) -> object:
            walks.append(str(args[1]))
            return walk(*args)

        return run_walk

    for name in ("_sqlite_walk", "_postgres_walk"):
        monkeypatch.setattr(search_module, name, counted(getattr(search_module, name)))
    for (words, status), (total, _more, hits) in known.items():
        walked_total, walked_more, walked_hits = _found(bed, words, status)
        assert walked_hits == hits, (words, status)
        assert (walked_total, walked_more) == (0, total > 0), (words, status)
    assert len(walks) == sum(1 for total, _, _ in known.values() if total > 0) > 10


def test_the_count_stops_at_the_limit(bed: Bed, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past COUNT_LIMIT tickets the total says "more than" instead of counting them all; the
    page is still the newest ones; the CLI and its JSON say so."""
    monkeypatch.setattr(search_module, "COUNT_LIMIT", 1)
    with Session(bed.engine) as session:
        found = search_tickets(session, "printer")
        exact = search_tickets(session, "cartridges")
    assert (found.total, found.more, found.count_text) == (1, True, "more than 1 tickets")
    assert len(found.hits) == 2
    assert (exact.total, exact.more, exact.count_text) == (1, False, "1 ticket")
    assert SearchResult(parse_query("x"), 1000, (), more=True).count_text == (
        "more than 1,000 tickets"
    )
    assert SearchResult(parse_query("x"), 1000, ()).count_text == "1,000 tickets"


def test_the_command_line_says_when_the_count_stopped(
    bed: Bed, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`search` prints "more than N tickets found" and JSON carries `more`."""
    monkeypatch.setattr(search_module, "COUNT_LIMIT", 1)
    config = str(bed.config)
    code, out, _ = run(capsys, "search", "printer", "--limit", "1", "-c", config)
    assert code == EXIT_OK and "more than 1 tickets found (the newest 1 shown)" in out
    code, out, _ = run(capsys, "search", "printer", "--format", "json", "-c", config)
    found = json.loads(out)
    assert code == EXIT_OK and (found["total"], found["more"], len(found["tickets"])) == (
        1,
        True,
        2,
    )
    code, out, _ = run(capsys, "search", "cartridges", "--format", "json", "-c", config)
    assert json.loads(out)["more"] is False
