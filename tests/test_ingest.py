"""Ingestion against the real Dovecot test bed: exactly one effect per message, nothing lost."""

import itertools
import os
import subprocess
import time
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, select

from supportmail.config import Config
from supportmail.daemon import once
from supportmail.daemon.once import open_desk, run_once
from supportmail.inbound import ingest, process
from supportmail.inbound.imap import Fetched, ImapMailbox
from supportmail.inbound.ingest import ingest_pass, prepare_folders
from supportmail.inbound.process import Outcome
from supportmail.outbound.sender import claim_due
from supportmail.storage.tables import Event, InboundMessage, Outbox, Ticket
from supportmail.testbed import Testbed
from tests.support.desk import (
    PROCESSED,
    PYTHON,
    QUARANTINE,
    REPO,
    count,
    customer_mail,
    prepared_config,
    rows,
    server_folder,
)
from tests.support.mailbox import Mailbox

pytestmark = pytest.mark.imap


def test_new_mail_becomes_ticket_and_moves(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, db_url: str
) -> None:
    """A customer's mail becomes one ticket with one acknowledgement row and leaves the inbox."""
    config = prepared_config(tmp_path, testbed, db_url)
    mailbox.append(customer_mail("Production is down", "Nobody can log in since 9:00."))
    mailbox.append(
        customer_mail("Typo on the pricing page", "It says recieve.", sender="bob@other.example")
    )
    report = run_once(config)
    assert [o.disposition.value for o in report.ingest.outcomes] == ["new_ticket", "new_ticket"]
    assert mailbox.uids("INBOX") == []
    assert len(mailbox.uids(server_folder(PROCESSED))) == 2
    assert count(config, Ticket) == 2
    assert count(config, Outbox, col(Outbox.kind) == "ack") == 2
    priorities = sorted(t.priority for t in rows(config, select(Ticket)))
    assert priorities == ["P0", "P3"]


def test_rerun_adds_nothing(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sqlite_url: str
) -> None:
    """A second pass over an empty inbox, and mail copied back into it, create nothing new."""
    config = prepared_config(tmp_path, testbed, sqlite_url)
    raw = customer_mail("Export fails sometimes", "The CSV export fails now and then.")
    mailbox.append(raw)
    run_once(config)
    run_once(config)
    mailbox.append(raw)  # a re-delivery of the very same message
    report = run_once(config)
    assert [o.disposition.value for o in report.ingest.outcomes] == ["duplicate"]
    assert count(config, Ticket) == 1
    assert count(config, Outbox, col(Outbox.kind) == "ack") == 1
    assert mailbox.uids("INBOX") == []


def test_uidvalidity_change_reimports_nothing(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, db_url: str
) -> None:
    """After UIDVALIDITY changes and the same mail is appended again, nothing new is created."""
    config = prepared_config(tmp_path, testbed, db_url)
    mails = [
        customer_mail(f"Question {n}", f"How do I do thing {n}?", sender=f"u{n}@example.org")
        for n in range(5)
    ]
    for raw in mails:
        mailbox.append(raw)
    run_once(config)
    mailbox.recreate_inbox()
    for raw in mails:
        mailbox.append(raw)
    report = run_once(config)
    assert report.ingest.uidvalidity_changed
    assert len(report.ingest.outcomes) == 5
    assert all(o.ticket_number is not None for o in report.ingest.outcomes)
    assert count(config, Ticket) == 5
    assert count(config, InboundMessage) == 5
    assert count(config, Outbox, col(Outbox.kind) == "ack") == 5
    assert mailbox.uids("INBOX") == []


def test_malformed_message_is_quarantined_and_batch_goes_on(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sqlite_url: str
) -> None:
    """Mail with no usable sender is kept raw in quarantine; the mail around it is processed."""
    config = prepared_config(tmp_path, testbed, sqlite_url)
    mailbox.append(customer_mail("First", "Hello, first question."))
    junk = b"Subject: no sender at all\r\n\r\n\x00\xff\xfe garbage"
    mailbox.append(junk)
    mailbox.append(customer_mail("Third", "Hello, third question."))
    report = run_once(config)
    assert [o.disposition.value for o in report.ingest.outcomes] == [
        "new_ticket",
        "quarantined",
        "new_ticket",
    ]
    assert len(mailbox.uids(server_folder(QUARANTINE))) == 1
    assert len(mailbox.uids(server_folder(PROCESSED))) == 2
    quarantined = rows(config, select(InboundMessage).where(InboundMessage.state == "quarantined"))
    assert len(quarantined) == 1 and quarantined[0].error
    assert count(config, Event, col(Event.kind) == "quarantined") == 1


def test_bounces_autoreplies_and_lists_get_no_acknowledgement(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sqlite_url: str
) -> None:
    """Out-of-office replies, bounces and list mail open no ticket and are never acknowledged."""
    config = prepared_config(tmp_path, testbed, sqlite_url)
    mailbox.append(
        customer_mail(
            "Out of Office: your request",
            "I am away until Monday.",
            headers=[("Auto-Submitted", "auto-replied")],
        )
    )
    mailbox.append(
        customer_mail(
            "Undelivered Mail Returned to Sender",
            "This is the mail system at host mx.example.\n\nI'm sorry to have to inform you...",
            sender="MAILER-DAEMON <mailer-daemon@mx.example>",
            headers=[("Return-Path", "<>"), ("X-Failed-Recipients", "gone@acme.example")],
        )
    )
    mailbox.append(
        customer_mail(
            "Weekly digest",
            "News of the week.",
            sender="news@lists.example",
            headers=[("List-Id", "<news.lists.example>"), ("Precedence", "list")],
        )
    )
    report = run_once(config)
    assert sorted(o.disposition.value for o in report.ingest.outcomes) == [
        "auto_reply",
        "bounce",
        "bulk",
    ]
    assert count(config, Ticket) == 0
    assert count(config, Outbox) == 0


def test_backlog_of_1000_each_exactly_once(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sqlite_url: str
) -> None:
    """Mail already waiting at first start (a 1,000-message backlog) is ingested exactly once."""
    config = prepared_config(tmp_path, testbed, sqlite_url)
    with mailbox.connect() as client:
        for n in range(1000):
            client.append(
                "INBOX",
                customer_mail(
                    f"Backlog question {n}",
                    f"Question number {n}.",
                    sender=f"user{n % 97}@customer{n % 13}.example",
                ),
            )
    report = run_once(config)
    assert len(report.ingest.outcomes) == 1000
    assert count(config, Ticket) == 1000
    assert count(config, InboundMessage) == 1000
    assert mailbox.uids("INBOX") == []
    assert len(mailbox.uids(server_folder(PROCESSED))) == 1000


CRASHER = REPO / "tests" / "crash_ingest.py"


@pytest.mark.parametrize("messages", [30, 120], ids=["one-batch", "three-batches"])
@pytest.mark.parametrize("point", ["after_fetch", "after_commit"])
def test_sigkill_mid_pass_loses_and_duplicates_nothing(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, db_url: str, point: str, messages: int
) -> None:
    """SIGKILL between fetch and commit, or between commit and MOVE: after a restart every
    message has exactly one ticket and one acknowledgement row. With three batches (of 50)
    the parse worker holds the next batch when the kill lands: it must not outlive us."""
    config = prepared_config(tmp_path, testbed, db_url)
    with mailbox.connect() as client:
        for n in range(messages):
            # One domain per sender: 120 new tickets of one domain at once would (rightly)
            # trip the domain loop breaker, which is not what this test is about.
            raw = customer_mail(f"Crash test {n}", f"Body {n}", sender=f"c{n}@c{n}.example.org")
            client.append("INBOX", raw)
    assert config.source is not None
    pid_file = tmp_path / "worker.pid"
    env = dict(os.environ)
    if messages > config.imap.batch_size:
        # Only then does a next batch reach the parse worker: the crasher waits for its pid
        # before the kill. With one batch it would wait for a file that never comes.
        env["CRASH_INGEST_WORKER_PID_FILE"] = str(pid_file)
    killed = subprocess.run(
        [PYTHON, str(CRASHER), str(config.source), point],
        cwd=REPO,
        timeout=270,
        check=False,
        env=env,
    )
    assert killed.returncode == -9, "the ingesting process was meant to die by SIGKILL"
    first_batch = min(messages, config.imap.batch_size)
    assert count(config, Ticket) == (0 if point == "after_fetch" else first_batch)
    assert len(mailbox.uids("INBOX")) == messages  # nothing moved before the crash
    if messages > config.imap.batch_size:
        assert pid_file.exists(), "the parse worker should have been running"
        assert not _still_running(int(pid_file.read_text())), "the parse worker outlived us"
    report = run_once(config)
    assert len(report.ingest.outcomes) == messages
    assert count(config, Ticket) == messages
    assert count(config, InboundMessage) == messages
    assert count(config, Outbox, col(Outbox.kind) == "ack") == messages
    assert mailbox.uids("INBOX") == []
    assert len(mailbox.uids(server_folder(PROCESSED))) == messages


def _still_running(pid: int) -> bool:
    """Whether `pid` still runs after up to 60 s (a zombie counts as gone)."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
        except OSError:
            return False
        if stat.rpartition(")")[2].split()[0] == "Z":
            return False
        time.sleep(0.05)
    return True


def _subject(item: Fetched) -> str:
    return item.raw.split(b"Subject: ")[1].split(b"\n")[0].strip().decode()


class ArrivalPass:
    """A backlog of 6 customer mails ingested in batches of 2 with `arrivals=True`, and what
    each batch held; `arrive` is APPENDed right after the first batch committed."""

    def __init__(self, config: Config, mailbox: Mailbox, arrive: Sequence[bytes]) -> None:
        self.config = replace(config, imap=replace(config.imap, batch_size=2))
        self.mailbox, self.arrive = mailbox, arrive
        self.engine, self.desk = open_desk(self.config)
        self.batches: list[list[str]] = []
        # A clock that moves a second per reading: each listing has a time of its own.
        start = datetime(2025, 3, 4, 9, 0, tzinfo=UTC)
        self.clock = (start + timedelta(seconds=n) for n in itertools.count())
        self.backlog_ids = [f"<backlog-{n}@client.example>" for n in range(6)]
        for n, message_id in enumerate(self.backlog_ids):
            mailbox.append(
                customer_mail(
                    f"Backlog {n}",
                    f"Body {n}",
                    sender=f"b{n}@b{n}.example.org",
                    message_id=message_id,
                )
            )

    def now(self) -> datetime:
        return next(self.clock)

    def on_batch(self, fetched: Sequence[Fetched], _outcomes: Sequence[Outcome]) -> None:
        self.batches.append([_subject(f) for f in fetched])
        if len(self.batches) == 1:
            for raw in self.arrive:
                self.mailbox.append(raw)

    def run(self, stop_after: int | None = None) -> int:
        """One pass (stopped before batch `stop_after + 1`); how many messages it saw."""
        imap = ImapMailbox(self.config.imap)
        imap.connect()
        try:
            prepare_folders(imap, self.desk)
            report = ingest_pass(
                imap,
                self.engine,
                self.desk,
                self.now,
                on_batch=self.on_batch,
                arrivals=True,
                stop=None if stop_after is None else lambda: len(self.batches) >= stop_after,
            )
        finally:
            imap.close()
        return report.seen


@pytest.fixture
def arrival_pass(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, db_url: str
) -> Iterator[Callable[[Sequence[bytes]], ArrivalPass]]:
    config = prepared_config(tmp_path, testbed, db_url)
    made: list[ArrivalPass] = []

    def make(arrive: Sequence[bytes]) -> ArrivalPass:
        made.append(ArrivalPass(config, mailbox, arrive))
        return made[-1]

    yield make
    for each in made:
        each.engine.dispose()


def test_mail_arriving_during_a_backlog_goes_first_and_its_ack_is_sent_first(
    arrival_pass: Callable[[Sequence[bytes]], ArrivalPass], mailbox: Mailbox
) -> None:
    """Mail that arrives while a backlog is ingested is the next batch, not the last; its
    acknowledgement is due after every one of the backlog's (which are due from the pass's
    listing), so the fresh lane (newest due first) takes it before the backlog's acks even
    though two backlog batches commit after it, and the backlog's acknowledgements before the
    arrival's notification of the team."""
    run = arrival_pass([customer_mail("Arrival", "New.", sender="new@new.example.org")])
    assert run.run() == 7
    assert run.batches == [
        ["Backlog 0", "Backlog 1"], ["Arrival"], ["Backlog 2", "Backlog 3"],
        ["Backlog 4", "Backlog 5"],
    ]  # fmt: skip
    assert mailbox.uids("INBOX") == []
    far = datetime(2100, 1, 1, tzinfo=UTC)
    since = datetime(2000, 1, 1, tzinfo=UTC)
    fresh = claim_due(run.engine, far, far, limit=1, fresh_since=since)
    assert [(row.kind, row.first_recipient) for row in fresh] == [("ack", "new@new.example.org")]
    # Then the backlog's acknowledgements, before the arrival's notification of the team.
    arrival_rows = rows(
        run.config, select(Outbox).where(col(Outbox.ticket_id) == fresh[0].ticket_id)
    )
    assert sorted(row.kind for row in arrival_rows) == ["ack", "notify"]
    fresh = claim_due(run.engine, far, far, limit=6, fresh_since=since)
    assert [row.kind for row in fresh] == ["ack"] * 6
    acks = rows(run.config, select(Outbox).where(col(Outbox.kind) == "ack"))
    assert len(acks) == 7
    assert len({a.next_attempt_at for a in acks if a.first_recipient != "new@new.example.org"}) == 1


def test_a_pass_cut_short_after_an_arrival_leaves_nothing_behind(
    arrival_pass: Callable[[Sequence[bytes]], ArrivalPass], mailbox: Mailbox
) -> None:
    """The cursor stays below the older mail not done yet: a pass stopped right after the
    arrival's batch leaves the rest of the backlog to the next (cursor-based) pass."""
    run = arrival_pass([customer_mail("Arrival", "New.", sender="new@new.example.org")])
    assert run.run(stop_after=2) == 7
    assert run.batches == [["Backlog 0", "Backlog 1"], ["Arrival"]]
    run.arrive = ()
    assert run.run() == 4
    assert run.batches[2:] == [["Backlog 2", "Backlog 3"], ["Backlog 4", "Backlog 5"]]
    assert count(run.config, Ticket) == 7
    assert mailbox.uids("INBOX") == []


def test_an_arrival_answering_mail_not_stored_yet_waits_for_the_backlog(
    arrival_pass: Callable[[Sequence[bytes]], ArrivalPass], mailbox: Mailbox
) -> None:
    """An arrival that replies to a message still in the backlog does not overtake it (it
    would open a ticket of its own): it is applied at the end of the pass, on that ticket; an
    arrival beside it that refers to nothing unknown still goes first."""
    run = arrival_pass(
        [
            customer_mail(
                "Re: Backlog 5",
                "More.",
                sender="b5@b5.example.org",
                in_reply_to="<backlog-5@client.example>",
            ),
            customer_mail("Arrival", "New.", sender="new@new.example.org"),
        ]
    )
    assert run.run() == 8
    assert run.batches == [
        ["Backlog 0", "Backlog 1"], ["Arrival"], ["Backlog 2", "Backlog 3"],
        ["Backlog 4", "Backlog 5"], ["Re: Backlog 5"],
    ]  # fmt: skip
    assert count(run.config, Ticket) == 7
    assert mailbox.uids("INBOX") == []


def test_a_flood_arriving_during_a_backlog_joins_its_end_but_its_newest_go_first(
    arrival_pass: Callable[[Sequence[bytes]], ArrivalPass], mailbox: Mailbox
) -> None:
    """More new mail than a batch found at once is a backlog of its own: its newest batch goes
    first (a single arrival among it is likeliest there), the rest after the pass's backlog."""
    run = arrival_pass(
        [customer_mail(f"Arrival {n}", "New.", sender=f"a{n}@a{n}.example.org") for n in range(3)]
    )
    assert run.run() == 9
    assert run.batches == [
        ["Backlog 0", "Backlog 1"],
        ["Arrival 1", "Arrival 2"],
        ["Backlog 2", "Backlog 3"],
        ["Backlog 4", "Backlog 5"],
        ["Arrival 0"],
    ]
    assert count(run.config, Ticket) == 9
    assert mailbox.uids("INBOX") == []


_READ_AHEAD_CONFIG = """
[tiers.gold]
raise_levels = 1

[customers."gold.example"]
name = "Gold Ltd"
tier = "gold"

[[triage.rules]]
name = "p0-payments-down"
description = "Payments failing for everyone"
priority = "P0"
patterns = ["payments? (are|is) (all )?failing"]
"""


def _requests() -> list[bytes]:
    """Labelled requests of every priority and language, from three customers of different
    tiers (none, enterprise with a floor, gold raising a level), one matching a config rule."""
    cases = tomllib.loads((REPO / "tests/fixtures/triage_eval.toml").read_text("utf-8"))["case"]
    senders = ("anna@acme.example", "lee@gold.example", "kim@other.example")
    raws = [
        customer_mail(case["subject"], case["text"], sender=senders[n % 3])
        for n, case in enumerate(cases[::3])
    ]
    raws.append(customer_mail("Payments are failing", "For all of our shops since noon."))
    return raws


def test_mail_read_in_the_parse_worker_is_triaged_as_here(
    tmp_path: Path,
    testbed: Testbed,
    mailbox: Mailbox,
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A backlog classified and triaged in the parse worker (`core.reading`) gives every ticket
    the priority, reasons and signals it gets when the same mail is read in this process: the
    tier and the config's rules are applied as here. A worker forked before the pass reads every
    batch; one started as a fresh interpreter all but the first, read here while it starts."""
    raws = _requests()
    read_ahead: list[bool] = []  # per batch: whether the worker's readings came with it
    real_batch = process.process_batch

    def recording_batch(*args: Any, **kwargs: Any) -> list[Outcome]:
        read_ahead.append(kwargs.get("readings") is not None)
        return real_batch(*args, **kwargs)

    monkeypatch.setattr(ingest, "process_batch", recording_batch)
    forks: list[bool] = []  # per pass: whether its parse worker was forked
    real_fork = once._fork_workers

    def recording_fork(*args: Any, **kwargs: Any) -> Any:
        workers = real_fork(*args, **kwargs)
        forks.append(workers.parse is not None)
        return workers

    monkeypatch.setattr(once, "_fork_workers", recording_fork)
    found = {}
    for worker, forked in (("forked", True), ("started", False), ("none", False)):
        monkeypatch.setattr(once, "PREFORK", forked)
        read_ahead.clear()
        directory = tmp_path / worker
        directory.mkdir()
        url = sqlite_url.replace(str(tmp_path), str(directory))
        config = prepared_config(directory, testbed, url, _READ_AHEAD_CONFIG)
        config = replace(
            config, imap=replace(config.imap, batch_size=10, parse_worker=worker != "none")
        )
        for raw in raws:
            mailbox.append(raw)
        report = run_once(config)
        assert len(report.ingest.outcomes) == len(raws)
        assert len(read_ahead) > 2
        assert forks[-1] is forked, "this test process could not fork"
        if forked:
            assert read_ahead == [True] * len(read_ahead)
        else:
            assert read_ahead == [False] + [worker != "none"] * (len(read_ahead) - 1)
        found[worker] = sorted(
            (t.subject, t.requester, t.priority, t.priority_rule, t.priority_explanation,
             t.priority_signals, t.priority_asked)
            for t in rows(config, select(Ticket))
        )  # fmt: skip
    assert len(found["forked"]) == len(raws)
    assert found["forked"] == found["started"] == found["none"]
    priorities = {row[2] for row in found["forked"]}
    assert priorities == {"P0", "P1", "P2", "P3"}
    assert any("tier gold raised" in row[4] for row in found["forked"])
    assert any(row[3] == "p0-payments-down" for row in found["forked"])
