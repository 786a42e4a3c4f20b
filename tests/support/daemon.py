"""The daemon as a subprocess against the test bed: configs, start/stop, waits, log checks."""

import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from email.utils import parseaddr
from pathlib import Path

import pytest
from imapclient import IMAPClient

from supportmail.testbed import Sink, Testbed
from supportmail.testbed.configfile import LoopbackConfig, write_loopback_config
from supportmail.testbed.sink import SinkMessage
from tests.support.mailbox import Mailbox

REPO = Path(__file__).resolve().parents[2]


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


def upgraded(config: Path) -> Path:
    """`config` after `supportmail db upgrade` on its database."""
    result = supportmail("db", "upgrade", "-c", str(config))
    assert result.returncode == 0, result.stderr
    return config


def customer_mail(tag: str, number: int = 0) -> bytes:
    """A plain new-ticket mail from a sender unique to (tag, number), each of its own customer
    (its own domain: a backlog from one domain would trip the per-domain loop breaker)."""
    sender = f"cust-{tag}-{number}@customer{number}.example"
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
