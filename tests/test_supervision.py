"""Supervision: the daemon rides out a database outage without a restart, keeps its IMAP
connection meanwhile, and says so on /healthz; health turns degraded for stuck loops, crashes,
failing SMTP and mail waiting too long."""

import json
import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from supportmail.daemon.health import (
    OUTBOX_AGE_LIMIT,
    LiveState,
    Probe,
    health_report,
)
from supportmail.testbed import Sink, Testbed
from supportmail.testbed.configfile import LoopbackConfig, write_loopback_config
from supportmail.testbed.proxy import TcpProxy
from tests.support.daemon import (
    DaemonProcess,
    acks,
    append_many,
    customer_mail,
    upgraded,
    wait_until,
)
from tests.support.mailbox import Mailbox


@pytest.fixture
def proxy() -> Iterator[TcpProxy]:
    """A proxy to the shared PostgreSQL, running; cut at the end."""
    made = TcpProxy(("127.0.0.1", 5432))
    made.start()
    yield made
    made.cut()


def healthz(port: int) -> tuple[int, dict[str, object]]:
    """GET /healthz: status and JSON body."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.create_server(("127.0.0.1", 0)) as sock:
        return int(sock.getsockname()[1])


@pytest.mark.postgres
def test_a_database_outage_stops_nothing_for_good(
    tmp_path: Path,
    testbed: Testbed,
    mailbox: Mailbox,
    sink: Sink,
    pg_url: str,
    proxy: TcpProxy,
) -> None:
    """PostgreSQL unreachable for a while under the running daemon: no loop dies, IMAP is not
    reconnected, /healthz says why it is degraded, and once the database is back every mail
    (sent before and during the outage) is ticketed and acknowledged without a restart."""
    url = pg_url.replace("127.0.0.1:5432", f"127.0.0.1:{proxy.port}")
    http = free_port()
    spec = LoopbackConfig(
        imap_port=testbed.imap_port,
        smtp_port=testbed.smtp_port,
        database_url=url,
        imap_timeout=5.0,
        poll_interval=2.0,
        listen=f"127.0.0.1:{http}",
    )
    config = upgraded(write_loopback_config(tmp_path, spec))
    daemon = DaemonProcess(config).start()
    try:
        append_many(mailbox, [customer_mail("before", n) for n in range(5)])
        wait_until(lambda: len(acks(sink, "before")) == 5, 60, "5 acks before the outage")

        proxy.cut()
        append_many(mailbox, [customer_mail("during", n) for n in range(20)])
        daemon.wait_log("ingest: database unavailable", 60)
        status, body = healthz(http)
        assert status == 503
        assert "database" in str(body["problems"]), body
        daemon.wait_log("ingest: database unavailable", 60, count=3)  # it keeps trying

        proxy.start()
        wait_until(lambda: len(acks(sink, "during")) == 20, 60, "20 acks after the outage")
        wait_until(lambda: mailbox.uids("INBOX") == [], 30, "an empty INBOX")
        wait_until(lambda: healthz(http)[0] == 200, 30, "/healthz ok again")
    finally:
        code = daemon.stop()
    log = daemon.log()
    assert code == 0, log
    assert "loop died" not in log, log
    assert "Task exception was never retrieved" not in log, log
    assert log.count("IMAP connected") == 1, log  # the database outage never reconnected IMAP
    assert "ingest: the database is back" in log


def test_degraded_reasons() -> None:
    """A stuck loop, a recent crash, SMTP failing round after round and an old due mail each
    make /healthz degraded (503) with a reason; each alone, on an otherwise healthy daemon."""

    def fresh() -> LiveState:
        state = LiveState(poll_interval=10, started=0.0, last_poll=995.0)
        state.imap_up()
        state.beat("imap", now=990.0)
        state.beat("outbox", now=990.0)
        return state

    ok = Probe(ok=True, outbox_backlog=0, oldest_waiting=None)
    assert health_report(fresh(), ok, now=1000.0)[0] == 200

    stuck = fresh()
    stuck.beat("outbox", now=0.0)
    status, body = health_report(stuck, ok, now=1000.0)
    assert (status, body["status"]) == (503, "degraded")
    assert any("outbox stuck" in p for p in body["problems"])

    failing = fresh()
    for _ in range(3):
        failing.smtp_round(sent=0, failed=2, error="connection refused")
    status, body = health_report(failing, ok, now=1000.0)
    assert status == 503 and any("SMTP failing" in p for p in body["problems"])
    failing.smtp_round(sent=1, failed=0, error=None)
    assert health_report(failing, ok, now=1000.0)[0] == 200

    old = Probe(ok=True, outbox_backlog=4, oldest_waiting=OUTBOX_AGE_LIMIT + 1)
    status, body = health_report(fresh(), old, now=1000.0)
    assert status == 503 and any("oldest due mail" in p for p in body["problems"])
