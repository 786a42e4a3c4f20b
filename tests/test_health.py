"""/healthz and /metrics: the health rules, the tiny HTTP responder, a running daemon's answers."""

import asyncio
import contextlib
import json
import os
import signal
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from supportmail.daemon.health import HealthServer, LiveState, Probe, health_report, json_response
from supportmail.testbed import Sink, Testbed
from tests.support.daemon import (
    DaemonProcess,
    acks,
    append_many,
    customer_mail,
    session_pids,
    upgraded,
    wait_until,
    write_config,
)
from tests.support.mailbox import Mailbox
from tests.support.net import free_port

HEALTHY_DB = Probe(ok=True, outbox_backlog=0)


def get(url: str) -> tuple[int, str]:
    """GET `url`: the status code and body text, for error statuses too."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (loopback only)
            return int(response.status), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        with exc:
            return int(exc.code), exc.read().decode("utf-8")


def metric(text: str, name: str) -> float:
    """The value of the sample line starting with `name ` (0 when absent)."""
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


def test_healthy_when_connected_and_recently_polled() -> None:
    """Connected, polled a moment ago, database answering: 200 with the figures."""
    state = LiveState(poll_interval=60, started=100.0, last_poll=150.0)
    state.imap_up()
    status, body = health_report(state, Probe(ok=True, outbox_backlog=3), now=160.0)
    assert status == 200
    assert body["imap_connected"] is True
    assert body["last_poll_age_seconds"] == 10.0
    assert body["outbox_backlog"] == 3
    assert body["problems"] == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"imap_down_since": 0.0, "imap_connected": False}, "IMAP disconnected"),
        ({"last_poll": 0.0}, "no successful poll"),
        ({}, "database unreachable"),
    ],
)
def test_unhealthy_cases_answer_503(change: dict[str, Any], problem: str) -> None:
    """IMAP down past its grace, a stale poll, or a dead database each make /healthz 503."""
    state = LiveState(poll_interval=10, started=0.0, last_poll=195.0)
    state.imap_up()
    for key, value in change.items():
        setattr(state, key, value)
    probe = HEALTHY_DB if change else Probe(ok=False, outbox_backlog=None, error="refused")
    status, body = health_report(state, probe, now=200.0)
    assert status == 503
    assert any(problem in text for text in body["problems"])


def test_responder_routes_get_only() -> None:
    """Known paths answer GET; other paths are 404, other methods 405."""

    async def route() -> tuple[int, str, bytes]:
        return json_response(200, {"at": datetime.now(UTC).isoformat()})

    async def scenario() -> list[bytes]:
        server = HealthServer("127.0.0.1:0", {"/healthz": route})
        await server.start()
        answers = []
        try:
            for request in (
                b"GET /healthz HTTP/1.1",
                b"GET /x HTTP/1.1",
                b"POST /healthz HTTP/1.1",
            ):
                reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
                writer.write(request + b"\r\nHost: x\r\n\r\n")
                answers.append(await reader.read())
                writer.close()
                await writer.wait_closed()
        finally:
            await server.close()
        return answers

    ok, missing, post = asyncio.run(scenario())
    assert ok.startswith(b"HTTP/1.1 200 OK\r\n")
    assert b"application/json" in ok
    assert missing.startswith(b"HTTP/1.1 404 ")
    assert post.startswith(b"HTTP/1.1 405 ")


@pytest.mark.imap
@pytest.mark.smtp
@pytest.mark.slow
def test_running_daemon_reports_health_and_counts_ingest(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink
) -> None:
    """/healthz is 200 while connected; /metrics counts ingested mail, tickets and outbox rows."""
    port = free_port()
    config = upgraded(write_config(tmp_path, testbed, listen=f"127.0.0.1:{port}"))
    daemon = DaemonProcess(config)
    try:
        daemon.start()
        status, text = get(f"http://127.0.0.1:{port}/healthz")
        assert status == 200, text
        body = json.loads(text)
        assert body["imap_connected"] is True
        assert body["database_ok"] is True
        _, before = get(f"http://127.0.0.1:{port}/metrics")
        new_ticket = 'supportmail_messages_ingested_total{disposition="new_ticket"}'
        assert metric(before, new_ticket) == 0
        append_many(mailbox, [customer_mail("metrics", n) for n in range(2)])
        wait_until(lambda: len(acks(sink, "metrics")) == 2, 60, "two acknowledgements")
        _, after = get(f"http://127.0.0.1:{port}/metrics")
        assert metric(after, new_ticket) == 2
        open_tickets = [line for line in after.splitlines() if 'status="open"' in line]
        assert sum(float(line.split()[-1]) for line in open_tickets) == 2
        # The sink holds a mail a moment before the sender commits its row as sent
        # (send first, then record), so the gauge is waited for, not sampled once.
        sent = 'supportmail_outbox_rows{state="sent"}'
        wait_until(
            lambda: metric(get(f"http://127.0.0.1:{port}/metrics")[1], sent) >= 2,
            30,
            "both outbox rows recorded as sent",
        )
        assert metric(after, "supportmail_arrival_to_commit_seconds_count") == 2
        assert "supportmail_last_poll_age_seconds" in after
        assert daemon.stop() == 0
    finally:
        daemon.kill()


@pytest.mark.imap
@pytest.mark.slow
def test_healthz_turns_503_while_dovecot_is_down(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox
) -> None:
    """Dovecot gone past the grace (2 x poll_interval + 5 s): /healthz is 503, later 200 again."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/healthz"
    config = upgraded(write_config(tmp_path, testbed, poll_interval=1, listen=f"127.0.0.1:{port}"))
    daemon = DaemonProcess(config)
    try:
        daemon.start()
        sessions = session_pids(testbed, mailbox.user)
        testbed.dovecot.stop()
        try:
            for pid in sessions:  # as a service restart would (see test_daemon)
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGTERM)
            wait_until(lambda: get(url)[0] == 503, 120, "/healthz to answer 503")
            body = json.loads(get(url)[1])
            assert body["imap_connected"] is False
        finally:
            testbed.dovecot.start(say=lambda _text: None, install=False)
        wait_until(lambda: get(url)[0] == 200, 120, "/healthz to answer 200 again")
        _, metrics = get(f"http://127.0.0.1:{port}/metrics")
        assert metric(metrics, "supportmail_imap_reconnects_total") >= 1
        assert daemon.stop() == 0
    finally:
        daemon.kill()
