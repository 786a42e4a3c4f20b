"""`run_once` hands a backlog's sending to a worker process: every mail is still sent, none
twice, also when the worker cannot start or dies in the middle of a send (real test bed)."""

import logging
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import select

from supportmail.config import Config
from supportmail.daemon import once, send_worker
from supportmail.daemon.once import run_once
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


def test_a_backlog_is_sent_by_the_worker(
    tmp_path: Path,
    testbed: Testbed,
    mailbox: Mailbox,
    sink: Sink,
    db_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """From the second batch on a worker process sends; every mail goes out once."""
    config = backlog(tmp_path, testbed, mailbox, db_url)
    with caplog.at_level(logging.INFO, logger="supportmail.daemon.send_worker"):
        report = run_once(config)
    assert "send worker: started" in caplog.text
    assert "send worker: exited" not in caplog.text
    assert len(report.ingest.outcomes) == MESSAGES
    sent_once(config, sink)
    assert report.send.sent == len(rows(config, select(Outbox)))


def test_a_worker_killed_mid_send_leaves_nothing_unsent_and_no_ack_twice(
    tmp_path: Path,
    testbed: Testbed,
    mailbox: Mailbox,
    sink: Sink,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A worker killed after a DATA (its row still "sending", its other claims held): the
    run takes its claims back at once and sends the rest; the killed send is settled by the
    crash rules. (This process does not help after the ingest here, so that the worker is
    sure to reach a DATA: with help, a backlog this small may be all sent before it starts.)"""
    config = backlog(tmp_path, testbed, mailbox, db_url)
    monkeypatch.setattr(once, "HELP_AFTER_INGEST", False)
    monkeypatch.setattr(send_worker, "COMMAND", (sys.executable, "-c", DIES_AFTER_ITS_FIRST_DATA))
    with caplog.at_level(logging.INFO, logger="supportmail.daemon.send_worker"):
        run_once(config)
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
    monkeypatch.setattr(send_worker, "COMMAND", (str(tmp_path / "no-such-python"),))
    with caplog.at_level(logging.INFO, logger="supportmail.daemon.send_worker"):
        run_once(config)
    assert "send worker: cannot start it" in caplog.text
    sent_once(config, sink)
