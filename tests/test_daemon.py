"""The daemon as a subprocess (`python -m supportmail run -c CFG`) against the real test bed.

The helpers (`write_config`, `DaemonProcess`, `customer_mail`, `append_many`) are in
tests/support/daemon.py.
"""

import contextlib
import os
import signal
import time
from email.utils import parseaddr
from pathlib import Path

import pytest

from supportmail.testbed import Sink, Testbed
from tests.support.daemon import (
    DaemonProcess,
    acks,
    append_many,
    count_rows,
    customer_mail,
    session_pids,
    supportmail,
    upgraded,
    wait_until,
    write_config,
)
from tests.support.mailbox import Mailbox
from tests.support.net import free_port

pytestmark = [pytest.mark.imap, pytest.mark.smtp, pytest.mark.slow]


def test_mail_is_acknowledged_while_running(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, daemons: list[DaemonProcess]
) -> None:
    """Mail arriving while the daemon idles is ticketed and acknowledged without a restart."""
    daemon = DaemonProcess(upgraded(write_config(tmp_path, testbed, poll_interval=60)))
    daemons.append(daemon.start())
    assert "(IDLE)" in daemon.log()
    for number in range(3):
        append_many(mailbox, [customer_mail("live", number)])
        wait_until(lambda: len(acks(sink, "live")) > number, 60, f"ack {number}")  # noqa: B023
    assert count_rows(daemon.config, "SELECT count(*) FROM ticket") == 3
    assert mailbox.uids("INBOX") == []
    assert daemon.stop() == 0
    assert "daemon stopped" in daemon.log()


def test_survives_a_dovecot_restart(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, daemons: list[DaemonProcess]
) -> None:
    """With Dovecot stopped and started again, the daemon reconnects and ingests what came."""
    daemon = DaemonProcess(upgraded(write_config(tmp_path, testbed)))
    daemons.append(daemon.start())
    maildir = testbed.dovecot.paths.mail_root / mailbox.user / "Maildir"
    owner = maildir.stat()
    sessions = session_pids(testbed, mailbox.user)
    testbed.dovecot.stop()
    # Our test bed's master leaves running sessions alive; a service restart (systemd stops the
    # whole cgroup) ends them too: so end the daemon's own session, by its pid.
    for pid in sessions:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    try:
        daemon.wait_log("reconnecting in", 60)
        # Delivered while the server is down: a file in Maildir/new, as a local MDA would.
        for number in range(2):
            path = maildir / "new" / f"{time.time_ns()}.test{number}.localhost"
            path.write_bytes(customer_mail("outage", number))
            os.chown(path, owner.st_uid, owner.st_gid)
    finally:
        testbed.dovecot.start(say=lambda _text: None, install=False)
    wait_until(lambda: len(acks(sink, "outage")) == 2, 120, "both acknowledgements")
    daemon.wait_log("IMAP connected", 60, count=2)
    assert daemon.stop() == 0


def test_sigterm_during_a_backlog_loses_and_duplicates_nothing(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, daemons: list[DaemonProcess]
) -> None:
    """SIGTERM in the middle of 300 messages, then a restart: 300 tickets, 300 acks, each once."""
    total = 300
    config = upgraded(write_config(tmp_path, testbed, batch_size=25))
    append_many(mailbox, [customer_mail("backlog", n) for n in range(total)])
    first = DaemonProcess(config)
    daemons.append(first.start(wait_for="new_ticket"))
    assert first.stop() == 0
    assert "SIGTERM: stopping" in first.log()
    second = DaemonProcess(config)
    daemons.append(second.start())
    wait_until(lambda: len(acks(sink, "backlog")) >= total, 120, f"{total} acknowledgements")
    time.sleep(1)  # a duplicate would arrive right behind the last one
    assert second.stop() == 0
    recipients = [parseaddr(str(m.message["To"]))[1] for m in acks(sink, "backlog")]
    assert len(recipients) == total
    assert len(set(recipients)) == total
    assert count_rows(config, "SELECT count(*) FROM ticket") == total
    assert count_rows(config, "SELECT count(*) FROM outbox WHERE state != 'sent'") == 0
    assert mailbox.uids("INBOX") == []


def test_sighup_with_a_broken_config_keeps_the_old_one(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, daemons: list[DaemonProcess]
) -> None:
    """A broken file on SIGHUP is refused, every problem logged, and the daemon keeps working."""
    config = upgraded(write_config(tmp_path, testbed))
    daemon = DaemonProcess(config)
    daemons.append(daemon.start())
    good = config.read_text(encoding="utf-8")
    config.write_text(
        good.replace("batch_size = 200", "batch_size = 0").replace(
            'tls = "none"', 'tls = "sometimes"', 1
        ),
        encoding="utf-8",
    )
    daemon.send(signal.SIGHUP)
    daemon.wait_log("reload refused")
    log = daemon.log()
    assert "imap.batch_size" in log
    assert "imap.tls" in log
    append_many(mailbox, [customer_mail("afterhup", 1)])
    wait_until(lambda: len(acks(sink, "afterhup")) == 1, 60, "the acknowledgement")
    assert daemon.stop() == 0


def test_sighup_with_a_good_config_applies_it(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, daemons: list[DaemonProcess]
) -> None:
    """A valid changed file on SIGHUP is applied: the next acknowledgement uses the new name."""
    config = upgraded(write_config(tmp_path, testbed))
    daemon = DaemonProcess(config)
    daemons.append(daemon.start())
    write_config(tmp_path, testbed, support_name="Houseware Kettle Care", batch_size=50)
    daemon.send(signal.SIGHUP)
    daemon.wait_log("configuration reloaded")
    daemon.wait_log("IMAP connected", count=2)  # [imap] changed: it reconnected
    append_many(mailbox, [customer_mail("renamed", 1)])
    wait_until(lambda: len(acks(sink, "renamed")) == 1, 60, "the acknowledgement")
    assert "Houseware Kettle Care" in str(acks(sink, "renamed")[0].message["From"])
    assert daemon.stop() == 0


def test_out_of_date_schema_exits_2_and_says_what_to_run(tmp_path: Path, testbed: Testbed) -> None:
    """Without `db upgrade` the daemon refuses to start, exit 2, naming the command to run."""
    result = supportmail("run", "-c", str(write_config(tmp_path, testbed)))
    assert result.returncode == 2
    assert "supportmail db upgrade" in result.stderr


def test_invalid_config_exits_2(tmp_path: Path, testbed: Testbed) -> None:
    """A config with a problem is refused at start with exit 2 and the key named."""
    config = write_config(tmp_path, testbed, extra="poll_interval_typo = 3")
    result = supportmail("run", "-c", str(config))
    assert result.returncode == 2
    assert "poll_interval_typo" in result.stderr


def test_unreachable_database_exits_75(tmp_path: Path, testbed: Testbed) -> None:
    """A database that cannot be reached at start is a temporary failure: exit 75."""
    config = write_config(tmp_path, testbed)
    text = config.read_text(encoding="utf-8")
    start = text.index('url = "sqlite')
    end = text.index("\n", start)
    port = free_port()
    dead = f'url = "postgresql+psycopg://nobody@127.0.0.1:{port}/none?connect_timeout=2"'
    config.write_text(text[:start] + dead + text[end:], encoding="utf-8")
    result = supportmail("run", "-c", str(config))
    assert result.returncode == 75, result.stderr
