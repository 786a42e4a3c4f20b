"""The daemon as a subprocess (`python -m supportmail run -c CFG`) against the real test bed.

The helpers here (`write_config`, `DaemonProcess`, `customer_mail`, `append_many`) are shared
with tests/test_health.py and tests/test_scheduler.py.
"""

import contextlib
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from email.utils import parseaddr
from pathlib import Path

import pytest
from imapclient import IMAPClient

from supportmail.testbed import Sink, Testbed
from supportmail.testbed.configfile import LoopbackConfig, write_loopback_config
from supportmail.testbed.sink import SinkMessage
from tests.testbed_helpers import Mailbox

pytestmark = [pytest.mark.imap, pytest.mark.smtp, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def write_config(
    tmp_path: Path,
    testbed: Testbed,
    *,
    poll_interval: float = 2.0,
    listen: str = "",
    batch_size: int = 200,
    support_name: str = "Houseware Support",
    extra: str = "",
) -> Path:
    """A daemon config for the test bed with a SQLite database in `tmp_path`; returns its path."""
    spec = LoopbackConfig(
        imap_port=testbed.imap_port,
        smtp_port=testbed.smtp_port,
        database_url=f"sqlite:///{tmp_path / 'desk.sqlite3'}",
        support_name=support_name,
        batch_size=batch_size,
        imap_timeout=5.0,
        poll_interval=poll_interval,
        listen=listen,
        extra=extra,
    )
    return write_loopback_config(tmp_path, spec)


def supportmail(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run `python -m supportmail ARGS` to completion."""
    return subprocess.run(
        [sys.executable, "-m", "supportmail", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        check=False,
    )


def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll `check` until it holds; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)


class DaemonProcess:
    """One `supportmail run` subprocess with its log in a file."""

    def __init__(self, config: Path) -> None:
        self.config = config
        self.log_path = config.with_name(f"daemon-{time.monotonic_ns()}.log")
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, wait_for: str = "IMAP connected") -> "DaemonProcess":
        """Start it and wait until `wait_for` shows in its log."""
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "supportmail", "run", "-c", str(self.config)],
                stdout=log,
                stderr=log,
                cwd=REPO,
            )
        self.wait_log(wait_for, 60)
        return self

    def log(self) -> str:
        """Everything it logged so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_log(self, text: str, timeout: float = 60, count: int = 1) -> None:
        """Wait until `text` appears `count` times in the log (fails when the process exits)."""

        def seen() -> bool:
            if self.proc is not None and self.proc.poll() is not None:
                pytest.fail(f"daemon exited ({self.proc.returncode}):\n{self.log()}")
            return self.log().count(text) >= count

        wait_until(seen, timeout, f"{text!r} in the daemon log:\n{self.log()[-3000:]}")

    def send(self, sig: signal.Signals) -> None:
        """Send `sig` to the daemon."""
        assert self.proc is not None
        self.proc.send_signal(sig)

    def stop(self, sig: signal.Signals = signal.SIGTERM, timeout: float = 15) -> int:
        """Send `sig`, wait for the exit and return its code."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        return self.proc.wait(timeout)

    def kill(self) -> None:
        """Kill it if it still runs (test clean-up)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture
def daemons() -> Iterator[list[DaemonProcess]]:
    """A list the test adds its daemons to; any still running are killed afterwards."""
    started: list[DaemonProcess] = []
    yield started
    for daemon in started:
        daemon.kill()


def upgraded(config: Path) -> Path:
    """`config` after `supportmail db upgrade` on its database."""
    result = supportmail("db", "upgrade", "-c", str(config))
    assert result.returncode == 0, result.stderr
    return config


def customer_mail(tag: str, number: int = 0) -> bytes:
    """A plain new-ticket mail from a sender unique to (tag, number)."""
    sender = f"cust-{tag}-{number}@example.org"
    return (
        f"From: Customer {number} <{sender}>\r\nTo: support@houseware.io\r\n"
        f"Subject: Kettle question {tag} {number}\r\nMessage-ID: <{tag}-{number}@example.org>\r\n"
        "Date: Tue, 4 Mar 2025 11:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "How do I descale my kettle?\r\n"
    ).encode()


def append_many(mailbox: Mailbox, messages: Sequence[bytes]) -> None:
    """APPEND every message to INBOX over one connection."""
    client = IMAPClient(mailbox.host, mailbox.port, ssl=False, timeout=30)
    try:
        client.login(mailbox.user, mailbox.password)
        for raw in messages:
            client.append("INBOX", raw)
    finally:
        client.logout()


def session_pids(testbed: Testbed, user: str) -> list[int]:
    """Process ids of `user`'s IMAP sessions on the test bed (`doveadm who -1`)."""
    lines = testbed.dovecot.doveadm("who", "-1", user).splitlines()[1:]
    return [int(line.split()[2]) for line in lines if line.strip()]


def acks(sink: Sink, tag: str) -> list[SinkMessage]:
    """Acknowledgements at the sink sent to the customers of `tag`."""
    found = []
    for message in sink.messages():
        to = parseaddr(str(message.message.get("To", "")))[1]
        if to.startswith(f"cust-{tag}-"):
            found.append(message)
    return found


def count_rows(config: Path, sql: str) -> int:
    """One number from the test's SQLite database."""
    with sqlite3.connect(config.with_name("desk.sqlite3")) as db:
        return int(db.execute(sql).fetchone()[0])


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
