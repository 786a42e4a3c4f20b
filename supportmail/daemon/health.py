"""The optional HTTP listener: GET /healthz (JSON) and GET /metrics (Prometheus text format).

A tiny HTTP/1.1 responder on `asyncio.start_server` rather than prometheus_client's threaded
server or a WSGI stack: it runs on the daemon's own event loop, reads the daemon's live state
without locks, needs no extra thread or dependency, and serves two GET routes. Every response
closes the connection. Database work (the health probe, the scrape-time gauges) runs in a
worker thread so a slow database never stalls the loop.
"""

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy import func, or_
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.storage.tables import Outbox

log = logging.getLogger(__name__)

MAX_REQUEST = 8192
READ_TIMEOUT = 5.0
PROBE_TIMEOUT = 5.0
REASONS = {200: "OK", 404: "Not Found", 405: "Method Not Allowed", 400: "Bad Request"}
REASONS |= {500: "Internal Server Error", 503: "Service Unavailable"}
STUCK_MIN = 300.0  # a loop silent this long (at least) is stuck: longer than any batch or send
RESTART_SHOWN = 300.0  # a loop restarted after a crash is reported this long
SMTP_FAILING_AFTER = 3  # send rounds in a row that failed and sent nothing
OUTBOX_AGE_LIMIT = 900.0  # seconds the oldest due mail may wait before health says so


@dataclass
class LiveState:
    """What the daemon knows about itself right now (updated by the daemon, read here)."""

    poll_interval: float
    imap_connected: bool = False
    imap_down_since: float | None = None  # monotonic; None while connected
    imap_error: str | None = None
    last_poll: float | None = None  # monotonic time of the last successful ingest pass
    started: float = 0.0  # monotonic
    # Supervised loops: name -> monotonic time by which the loop must show life again.
    alive_until: dict[str, float] = field(default_factory=dict)
    # name -> (monotonic time, cause) of the last crash of that loop.
    crashed: dict[str, tuple[float, str]] = field(default_factory=dict)
    database_error: str | None = None  # set while a stage waits for the database
    smtp_failures: int = 0  # send rounds in a row that failed without sending anything
    smtp_error: str | None = None

    def stuck_limit(self) -> float:
        """How long a loop may show no life before it counts as stuck."""
        return max(STUCK_MIN, 3 * self.poll_interval + 60)

    def beat(self, name: str, waiting: float = 0.0, now: float | None = None) -> None:
        """Loop `name` is alive and moving; it may next be silent for `waiting` seconds more
        than the stuck limit (a backoff sleep, a long wait it chose)."""
        now = time.monotonic() if now is None else now
        self.alive_until[name] = now + self.stuck_limit() + waiting

    def stuck(self, now: float | None = None) -> list[str]:
        """Loops that have shown no life for longer than they were allowed."""
        now = time.monotonic() if now is None else now
        return [name for name, until in self.alive_until.items() if now > until]

    def crash(self, name: str, cause: str) -> None:
        """Loop `name` died of `cause` (it is being restarted)."""
        self.crashed[name] = (time.monotonic(), cause)

    def smtp_round(self, sent: int, failed: int, error: str | None) -> None:
        """The outcome of one send round: a round that sent something clears the failures."""
        if sent:
            self.smtp_failures, self.smtp_error = 0, None
        elif failed:
            self.smtp_failures += 1
            self.smtp_error = error or self.smtp_error

    def imap_up(self) -> None:
        """The IMAP connection is established."""
        self.imap_connected, self.imap_down_since, self.imap_error = True, None, None

    def imap_down(self, error: str | None = None) -> None:
        """The IMAP connection is gone (or never came up)."""
        if self.imap_connected or self.imap_down_since is None:
            self.imap_down_since = time.monotonic()
        self.imap_connected = False
        self.imap_error = error or self.imap_error

    def imap_grace(self) -> float:
        """How long IMAP may be down before the daemon counts as unhealthy."""
        return 2 * self.poll_interval + 5

    def poll_limit(self) -> float:
        """How old the last successful poll may be before the daemon counts as unhealthy."""
        return 3 * self.poll_interval + 60


@dataclass(frozen=True)
class Probe:
    """What the database told the health check."""

    ok: bool
    outbox_backlog: int | None
    error: str | None = None
    oldest_waiting: float | None = None  # seconds the oldest mail due (or in retry) has waited


def health_report(
    state: LiveState, probe: Probe, now: float | None = None
) -> tuple[int, dict[str, Any]]:
    """The /healthz status code (200 or 503) and JSON body for `state` and a database probe."""
    now = time.monotonic() if now is None else now
    problems: list[str] = []
    down_for = None if state.imap_down_since is None else now - state.imap_down_since
    if down_for is not None and down_for > state.imap_grace():
        problems.append(f"IMAP disconnected for {down_for:.0f} s")
    poll_age = None if state.last_poll is None else now - state.last_poll
    since = poll_age if poll_age is not None else now - state.started
    if since > state.poll_limit():
        problems.append(f"no successful poll for {since:.0f} s")
    if not probe.ok:
        problems.append(f"database unreachable: {probe.error}")
    degraded = _degradations(state, probe, now)
    status = "unhealthy" if problems else "degraded" if degraded else "ok"
    problems += degraded
    body: dict[str, Any] = {
        "status": status,
        "imap_connected": state.imap_connected,
        "imap_down_seconds": None if down_for is None else round(down_for, 3),
        "imap_error": state.imap_error,
        "last_poll_age_seconds": None if poll_age is None else round(poll_age, 3),
        "database_ok": probe.ok,
        "outbox_backlog": probe.outbox_backlog,
        "outbox_oldest_waiting_seconds": probe.oldest_waiting,
        "smtp_failures_in_a_row": state.smtp_failures,
        "uptime_seconds": round(now - state.started, 3),
        "problems": problems,
    }
    return (200 if not problems else 503), body


def _degradations(state: LiveState, probe: Probe, now: float) -> list[str]:
    """Why the daemon, though up, is not doing its work: a stuck or crashing loop, a database
    it waits for, SMTP failing round after round, mail waiting too long to go out."""
    found = [f"{name} stuck: no progress for over {state.stuck_limit():.0f} s"
             for name in state.stuck(now)]  # fmt: skip
    for name, (when, cause) in sorted(state.crashed.items()):
        if now - when <= RESTART_SHOWN:
            found.append(f"{name} crashed {now - when:.0f} s ago and was restarted: {cause}")
    if state.database_error is not None:
        found.append(f"waiting for the database: {state.database_error}")
    if state.smtp_failures >= SMTP_FAILING_AFTER:
        found.append(
            f"SMTP failing: {state.smtp_failures} send rounds in a row: {state.smtp_error}"
        )
    if probe.oldest_waiting is not None and probe.oldest_waiting > OUTBOX_AGE_LIMIT:
        found.append(
            f"outbox: the oldest due mail has waited {probe.oldest_waiting:.0f} s "
            f"(limit {OUTBOX_AGE_LIMIT:.0f} s)"
        )
    return found


async def probe_database(engine: Engine, now: Callable[[], datetime]) -> Probe:
    """Ask the database for the outbox backlog (due, unsent rows), within PROBE_TIMEOUT."""

    def query() -> tuple[int, float | None]:
        moment = now()
        with Session(engine) as session:
            count = session.exec(
                select(func.count())
                .select_from(Outbox)
                .where(Outbox.state == "pending", col(Outbox.next_attempt_at) <= moment)
            ).one()
            # Due now, or already tried and waiting for its retry: mail that should have gone.
            oldest = session.exec(
                select(func.min(Outbox.created_at)).where(
                    col(Outbox.state).in_(("pending", "sending")),
                    or_(col(Outbox.next_attempt_at) <= moment, col(Outbox.attempts) > 0),
                )
            ).one()
        if oldest is None:
            return count, None
        if oldest.tzinfo is None:  # func.min bypasses the column type: stored naive UTC
            oldest = oldest.replace(tzinfo=UTC)
        return count, max(0.0, round((moment - oldest).total_seconds(), 3))

    try:
        backlog, oldest_waiting = await asyncio.wait_for(asyncio.to_thread(query), PROBE_TIMEOUT)
    except TimeoutError:
        return Probe(ok=False, outbox_backlog=None, error=f"no answer within {PROBE_TIMEOUT:g} s")
    except Exception as exc:  # any failure to answer is the finding
        return Probe(ok=False, outbox_backlog=None, error=f"{exc.__class__.__name__}: {exc}")
    return Probe(ok=True, outbox_backlog=backlog, oldest_waiting=oldest_waiting)


Route = Callable[[], Awaitable[tuple[int, str, bytes]]]


class HealthServer:
    """Serves /healthz and /metrics on host:port until closed."""

    def __init__(self, listen: str, routes: dict[str, Route]) -> None:
        host, _, port = listen.rpartition(":")
        self.host, self.port = host.strip("[]"), int(port)
        self._routes = routes
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        """Bind and start serving (OSError when the address is taken)."""
        self._server = await asyncio.start_server(self._handle, self.host, self.port)
        bound = self._server.sockets[0].getsockname()
        self.port = int(bound[1])
        log.info("health and metrics on http://%s:%s/healthz and /metrics", self.host, self.port)

    async def close(self) -> None:
        """Stop listening and wait until the server is closed."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
            await server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            status, ctype, body = await self._respond(reader)
            head = (
                f"HTTP/1.1 {status} {REASONS.get(status, 'OK')}\r\n"
                f"Content-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
                "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
            )
            writer.write(head.encode("ascii") + body)
            await writer.drain()
        except (ConnectionError, TimeoutError, asyncio.IncompleteReadError):
            pass  # the client went away: nothing to answer
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def _respond(self, reader: asyncio.StreamReader) -> tuple[int, str, bytes]:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), READ_TIMEOUT)
        except asyncio.LimitOverrunError:
            return _text(400, "request too large")
        if len(head) > MAX_REQUEST:
            return _text(400, "request too large")
        parts = head.split(b"\r\n", 1)[0].decode("latin-1").split()
        if len(parts) != 3 or not parts[2].startswith("HTTP/"):
            return _text(400, "bad request line")
        method, target = parts[0], parts[1].split("?", 1)[0]
        route = self._routes.get(target)
        if route is None:
            return _text(404, "not found: try /healthz or /metrics")
        if method != "GET":
            return _text(405, "GET only")
        try:
            status, ctype, body = await route()
        except Exception:
            log.exception("%s failed", target)
            return _text(500, "internal error")
        return status, ctype, body


def _text(status: int, text: str) -> tuple[int, str, bytes]:
    return status, "text/plain; charset=utf-8", (text + "\n").encode("utf-8")


def json_response(status: int, body: dict[str, Any]) -> tuple[int, str, bytes]:
    """A JSON route answer."""
    return status, "application/json", (json.dumps(body, indent=1) + "\n").encode("utf-8")


def metrics_response(exposition: bytes) -> tuple[int, str, bytes]:
    """A /metrics route answer."""
    return 200, CONTENT_TYPE_LATEST, exposition
