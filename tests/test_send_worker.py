"""`run_once` hands a backlog's sending to a worker process: every mail is still sent, none
twice, also when the worker cannot start or dies in the middle of a send (real test bed)."""

import logging
import os
import signal
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from supportmail.config import Config
from supportmail.daemon import once, send_worker
from supportmail.daemon.once import run_once
from supportmail.outbound import smtp
from supportmail.outbound.lanes import NOT_RESENT_KINDS
from supportmail.storage.tables import Instance, Outbox
from supportmail.testbed import Sink, Testbed
from tests.support.desk import customer_mail, prepared_config, rows
from tests.support.mailbox import Mailbox

pytestmark = pytest.mark.imap

MESSAGES = 70  # two batches of the tests' 50: the worker takes over at the second

# The real worker, killed (SIGKILL) by the end of its first DATA: the server has the mail, the
# row is still "sending".
DIES_AFTER_ITS_FIRST_DATA = """
import os, runpy, signal
from supportmail.outbound import smtp
real = smtp._data
async def data(client, wire):
    await real(client, wire)
    os.kill(os.getpid(), signal.SIGKILL)
smtp._data = data
runpy.run_module("supportmail.daemon.send_worker", run_name="__main__")
"""


def backlog(tmp_path: Path, testbed: Testbed, mailbox: Mailbox, db_url: str) -> Config:
    """A config, and MESSAGES new requests in the INBOX, each from its own domain (no breaker
    or cap holds an acknowledgement back)."""
    config = prepared_config(tmp_path, testbed, db_url)
    for n in range(MESSAGES):
        mailbox.append(customer_mail(f"Request {n}", "Please help.", sender=f"c{n}@d{n}.example"))
    return config


def sent_once(config: Config, sink: Sink, dead_worker: bool = False) -> None:
    """Every outbox row settled and at the sink; none twice. The rows a killed worker left
    "sending" (one per connection at most: each lane marks its row just before DATA) are, as
    after any crash, unknown (an acknowledgement: never resent, maybe never sent) or sent
    again with the same Message-ID (anything else)."""
    in_flight = config.smtp.connections if dead_worker else 0
    outbox = rows(config, select(Outbox))
    assert outbox and all(r.state in ("sent", "unknown") for r in outbox), Counter(
        r.state for r in outbox
    )
    unknown = [r for r in outbox if r.state == "unknown"]
    assert len(unknown) <= in_flight
    assert all(r.kind in NOT_RESENT_KINDS for r in unknown)
    arrived = Counter(str(m.message["Message-ID"]).strip("<>") for m in sink.messages())
    assert set(arrived) <= {r.message_id for r in outbox}
    assert {r.message_id for r in outbox if r.state == "sent"} <= set(arrived)  # none lost
    twice = [r for r in outbox if arrived[r.message_id] > 1]
    assert len(twice) <= in_flight
    assert all(r.kind not in NOT_RESENT_KINDS and arrived[r.message_id] == 2 for r in twice)
    assert rows(config, select(Instance)) == []  # every sender retired or taken back


@pytest.mark.parametrize("forked", [False, True], ids=["started", "forked"])
def test_a_backlog_is_sent_by_the_worker(
    tmp_path: Path,
    testbed: Testbed,
    mailbox: Mailbox,
    sink: Sink,
    db_url: str,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    forked: bool,
) -> None:
    """From the second batch on a worker process sends; every mail goes out once. Alike for
    a worker started as a fresh interpreter and one forked before the pass."""
    config = backlog(tmp_path, testbed, mailbox, db_url)
    monkeypatch.setattr(once, "PREFORK", forked)
    with caplog.at_level(logging.INFO, logger="supportmail.daemon.send_worker"):
        report = run_once(config)
    assert "send worker: started" in caplog.text
    assert ("forked);" in caplog.text) is forked
    assert "send worker: exited" not in caplog.text
    assert len(report.ingest.outcomes) == MESSAGES
    sent_once(config, sink)
    assert report.send.sent == len(rows(config, select(Outbox)))


def dies_after_its_first_data_if_forked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The forked worker is a copy of this process: it inherits this patch, and dies (SIGKILL)
    by the end of its first DATA; this process, which sends too, does not."""
    real, here = smtp._data, os.getpid()

    async def data(client: Any, wire: bytes) -> None:
        await real(client, wire)
        if os.getpid() != here:
            os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(smtp, "_data", data)


@pytest.mark.parametrize("forked", [False, True], ids=["started", "forked"])
def test_a_worker_killed_mid_send_leaves_nothing_unsent_and_no_ack_twice(
    tmp_path: Path,
    testbed: Testbed,
    mailbox: Mailbox,
    sink: Sink,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    forked: bool,
) -> None:
    """A worker killed after a DATA (its row still "sending", its other claims held): the
    run takes its claims back at once and sends the rest; the killed send is settled by the
    crash rules. (This process does not help after the ingest here, so that the worker is
    sure to reach a DATA: with help, a backlog this small may be all sent before it starts.)
    Alike for a worker started as a fresh interpreter and one forked before the pass."""
    config = backlog(tmp_path, testbed, mailbox, db_url)
    monkeypatch.setattr(once, "HELP_AFTER_INGEST", False)
    monkeypatch.setattr(once, "PREFORK", forked)
    if forked:
        dies_after_its_first_data_if_forked(monkeypatch)
    else:
        monkeypatch.setattr(
            send_worker, "COMMAND", (sys.executable, "-c", DIES_AFTER_ITS_FIRST_DATA)
        )
    with caplog.at_level(logging.INFO, logger="supportmail.daemon.send_worker"):
        run_once(config)
    assert ("forked);" in caplog.text) is forked
    assert "send worker: exited with status -9" in caplog.text
    sent_once(config, sink, dead_worker=True)


def test_this_process_helps_after_the_ingest_and_a_killed_worker_still_sends_nothing_twice(
    tmp_path: Path,
    testbed: Testbed,
    mailbox: Mailbox,
    sink: Sink,
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Both send after the ingest, each its own claims; the worker dies after its first DATA
    if it gets one: every mail still goes out, none twice beyond the crash rules."""
    config = backlog(tmp_path, testbed, mailbox, sqlite_url)
    monkeypatch.setattr(once, "PREFORK", False)
    monkeypatch.setattr(send_worker, "COMMAND", (sys.executable, "-c", DIES_AFTER_ITS_FIRST_DATA))
    report = run_once(config)
    assert len(report.ingest.outcomes) == MESSAGES
    sent_once(config, sink, dead_worker=True)


def test_a_worker_that_cannot_start_leaves_the_sending_here(
    tmp_path: Path,
    testbed: Testbed,
    mailbox: Mailbox,
    sink: Sink,
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """No worker (it cannot be started): this process sends everything, once."""
    config = backlog(tmp_path, testbed, mailbox, sqlite_url)
    monkeypatch.setattr(once, "PREFORK", False)
    monkeypatch.setattr(send_worker, "COMMAND", (str(tmp_path / "no-such-python"),))
    with caplog.at_level(logging.INFO, logger="supportmail.daemon.send_worker"):
        run_once(config)
    assert "send worker: cannot start it" in caplog.text
    sent_once(config, sink)


def test_a_fork_that_fails_leaves_fresh_workers(
    tmp_path: Path,
    testbed: Testbed,
    mailbox: Mailbox,
    sink: Sink,
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The second fork fails: the first child is ended, and the pass starts its workers as
    fresh interpreters; every mail goes out once."""
    config = backlog(tmp_path, testbed, mailbox, sqlite_url)
    real_fork, forks = os.fork, []

    def second_fails() -> int:
        forks.append(1)
        if len(forks) == 2:
            raise OSError("no more processes")
        return real_fork()

    monkeypatch.setattr(os, "fork", second_fails)  # as the prefork module sees it
    with caplog.at_level(logging.INFO, logger="supportmail.daemon.send_worker"):
        run_once(config)
    assert len(forks) == 2
    assert "send worker: started" in caplog.text and "forked);" not in caplog.text
    sent_once(config, sink)
    assert _children() == []  # the one forked child was ended and reaped


def test_a_small_pass_ends_its_forked_workers_unused(
    tmp_path: Path,
    testbed: Testbed,
    mailbox: Mailbox,
    sink: Sink,
    sqlite_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """One batch: this process sends it all; the forked send worker, never woken, ends
    without touching the database, and no worker outlives the pass."""
    config = prepared_config(tmp_path, testbed, sqlite_url)
    mailbox.append(customer_mail("One request", "Please help.", sender="c@d.example"))
    with caplog.at_level(logging.INFO, logger="supportmail.daemon.send_worker"):
        report = run_once(config)
    assert "send worker" not in caplog.text
    assert report.send.sent == len(rows(config, select(Outbox))) > 0
    sent_once(config, sink)
    assert _children() == []


def _children() -> list[int]:
    """The pids of this process's children that exist (running or not yet reaped), as
    /proc tells; the test bed's servers are not among them (they are detached)."""
    me = str(os.getpid())
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[1] == me:
            found.append(int(stat.parent.name))
    return found
