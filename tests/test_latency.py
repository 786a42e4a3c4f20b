"""No arrival waits for a timer: mail that arrives outside IDLE is still found at once.

Dovecot announces in IDLE only what changed after IDLE began; mail that came just before (in the
gap between two IDLE commands, while the daemon was busy, right after a reconnect) would wait
for the end of the IDLE slice or for the poll job. These tests make that wait an hour, so only
the structural check (`ImapMailbox.idle_wait`'s STATUS once IDLE listens) can deliver the mail
within their deadlines. Nothing here is timed: each waits for a condition, generously.
"""

import contextlib
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from supportmail.config import load_config
from supportmail.inbound.imap import ImapMailbox
from supportmail.storage.database import make_engine, upgrade
from supportmail.testbed import Sink, Testbed
from supportmail.testbed.proxy import TcpProxy
from tests.support.daemon import (
    REPO,
    acks,
    append_many,
    customer_mail,
    wait_until,
    write_config,
)
from tests.support.mailbox import Mailbox

pytestmark = [pytest.mark.imap]

HOUR = 3600.0  # the IDLE wait and poll interval in these tests: never reached


def _idle_in_thread(imap: ImapMailbox, seconds: float) -> tuple[threading.Event, list[bool]]:
    """Start `imap.idle_wait(seconds)` on a thread; the event is set when it returns."""
    done, result = threading.Event(), []

    def run() -> None:
        with contextlib.suppress(Exception):  # a connection closed by the test's clean-up
            result.append(imap.idle_wait(seconds))
        done.set()

    threading.Thread(target=run, daemon=True).start()
    return done, result


@pytest.fixture
def imap(tmp_path: Path, testbed: Testbed, mailbox: Mailbox) -> Iterator[ImapMailbox]:
    """supportmail's IMAP adapter logged in to the (empty) support mailbox, INBOX listed."""
    config = load_config(write_config(tmp_path, testbed), environ={})
    box = ImapMailbox(config.imap)
    box.connect()
    box.select("INBOX")
    assert box.all_uids() == []
    yield box
    box.close()


def test_mail_that_arrived_before_idle_ends_the_wait_at_once(
    imap: ImapMailbox, mailbox: Mailbox
) -> None:
    """A message APPENDed after the listing but before IDLE (no command between, the IDLE
    re-issue gap) ends an hour-long IDLE wait at once."""
    mailbox.append(customer_mail("gap", 1))
    done, result = _idle_in_thread(imap, HOUR)
    assert done.wait(60), "the mail waited for the IDLE slice to end"
    assert result == [True]


def test_mail_announced_to_another_command_ends_the_wait_at_once(
    imap: ImapMailbox, mailbox: Mailbox
) -> None:
    """A message whose EXISTS came with another command's answer (here a NOOP: the server
    never announces it again) ends an hour-long IDLE wait at once."""
    mailbox.append(customer_mail("busy", 1))
    announced = False
    for _ in range(600):  # NOOP until its answer carries the EXISTS (at once, or soon after)
        _text, untagged = imap.client.noop()
        announced = any(isinstance(r, tuple) and b"EXISTS" in r for r in untagged)
        if announced:
            break
        time.sleep(0.05)
    assert announced
    # Dovecot follows up a moment later (RECENT, after its ~0.5 s notify delay): let those come
    # to NOOPs too, so IDLE starts with nothing at all left to tell.
    quiet_from = time.monotonic() + 1.5
    while time.monotonic() < quiet_from:
        imap.client.noop()
        time.sleep(0.1)
    done, result = _idle_in_thread(imap, HOUR)
    assert done.wait(60), "the mail waited for the IDLE slice to end"
    assert result == [True]


def test_nothing_new_is_no_news(imap: ImapMailbox, mailbox: Mailbox) -> None:
    """With every message listed, a short IDLE wait ends without news (the check does not wake
    the daemon for mail it has seen); after a new listing that covers a new message, too."""
    assert imap.idle_wait(0.2) is False
    mailbox.append(customer_mail("seen", 1))
    imap.select("INBOX")
    assert len(imap.uids_after(0)) == 1
    assert imap.idle_wait(0.2) is False


class IdleGate(TcpProxy):
    """A TcpProxy that, when armed, runs an action just before forwarding the client's next
    IDLE command: mail delivered by the action arrived strictly before IDLE began."""

    def __init__(self, target: tuple[str, int]) -> None:
        super().__init__(target)
        self.action: Callable[[], None] | None = None
        self.fired = threading.Event()
        self.idles = 0  # IDLE commands seen

    def arm(self, action: Callable[[], None]) -> None:
        self.fired.clear()
        self.action = action

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        # TcpProxy._pipe, with the gate on the client's side.
        try:
            to_server = sink.getpeername()[1] == self.target[1]
            while data := source.recv(65536):
                if to_server and data.endswith(b" IDLE\r\n"):
                    self.idles += 1
                    action, self.action = self.action, None
                    if action is not None:
                        action()
                        self.fired.set()
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            with self._lock:
                self._open.discard(source)
            source.close()


@pytest.mark.smtp
@pytest.mark.slow
def test_daemon_acknowledges_mail_from_the_idle_gap_and_after_a_reconnect(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink
) -> None:
    """With IDLE re-issued only hourly and the poll job hourly, the daemon acknowledges mail
    that arrived just before it re-entered IDLE after a pass, and mail that arrived just
    before its first IDLE after a dropped connection: both found by the check, not a timer."""
    gate = IdleGate((testbed.imap_host, testbed.imap_port))
    gate.start()
    config = write_config(tmp_path, testbed, poll_interval=HOUR)
    text = config.read_text(encoding="utf-8").replace(
        f"port = {testbed.imap_port}\n", f"port = {gate.port}\n", 1
    )
    config.write_text(text, encoding="utf-8")
    engine = make_engine(load_config(config, environ={}).database_url)
    upgrade(engine)
    engine.dispose()
    log_path = tmp_path / "daemon.log"
    patched = (
        "import sys, supportmail.daemon.loop as loop; loop.IDLE_SLICE = 3600.0; "
        "from supportmail.cli.main import main; sys.exit(main(sys.argv[1:]))"
    )
    with log_path.open("wb") as log:
        daemon = subprocess.Popen(
            [sys.executable, "-c", patched, "run", "-c", str(config)],
            cwd=REPO,
            stdout=log,
            stderr=log,
        )
    try:

        def logged(text: str, count: int = 1) -> Callable[[], bool]:
            def check() -> bool:
                assert daemon.poll() is None, log_path.read_text(errors="replace")
                return log_path.read_text(errors="replace").count(text) >= count

            return check

        wait_until(logged("IMAP connected"), 60, "the daemon's first connection")
        wait_until(lambda: gate.idles > 0, 60, "the daemon's first IDLE")
        # 1. A pass for "first"; as the daemon re-enters IDLE, "gap" arrives.
        gate.arm(lambda: append_many(mailbox, [customer_mail("gap", 1)]))
        append_many(mailbox, [customer_mail("first", 1)])
        wait_until(lambda: len(acks(sink, "first")) == 1, 60, "the first acknowledgement")
        wait_until(gate.fired.is_set, 60, "the daemon re-entering IDLE")
        wait_until(lambda: len(acks(sink, "gap")) == 1, 60, "the mail from the IDLE gap")
        # 2. Every connection dropped; "reconnect" arrives as the daemon enters IDLE again,
        # after its catch-up scan.
        gate.arm(lambda: append_many(mailbox, [customer_mail("reconnect", 1)]))
        gate.cut()
        gate.start()
        wait_until(logged("IMAP connected", 2), 60, "the reconnect")
        wait_until(gate.fired.is_set, 60, "the daemon entering IDLE after the reconnect")
        wait_until(lambda: len(acks(sink, "reconnect")) == 1, 60, "the mail after the reconnect")
        assert mailbox.uids("INBOX") == []
    finally:
        # Killed, not stopped: with hour-long IDLE slices a stop would wait for STOP_WITHIN.
        daemon.kill()
        daemon.wait(30)
        gate.cut()
