"""The daemon (`supportmail run -c config.toml`): one asyncio process that keeps the desk moving.

    IMAP worker   connect, catch up (full scan), then IDLE in slices (or wait for the poll job);
                  after every wake an ingest pass; blocking imapclient calls run in a thread
    outbox        two lanes, each its own SMTP connections, woken by every commit that queued
                  mail (each ingest batch, a ladder run) and every 30 s: "outbox" sends the
                  oldest due rows first; "fresh" only rows due in the last FRESH_WINDOW,
                  acknowledgements first, then the newest first, a few at a time over a
                  connection kept open, so mail just written never queues behind a backlog
                  (a customer's acknowledgement goes out while yesterday's 2,000
                  notifications are still being sent)
    ladder        one "next-deadline" job at the earliest ticket deadline, re-armed after every
                  change, plus a sweep every 60 s and once at start (escalations missed while down)
    HTTP          /healthz and /metrics (health.py) when daemon.listen is set
    signals       SIGTERM/SIGINT: finish the batch in hand, start no new send, close, exit 0;
                  SIGHUP: reload the config (a broken file is refused and the old one kept)

Exit codes:
    0   stopped on SIGTERM/SIGINT after finishing the work in hand
    2   configuration error, or a database schema out of date (the log says what to run);
        systemd does not restart on it (RestartPreventExitStatus=2)
    75  temporary failure at start (database unreachable, listen address taken): restart later

Connection trouble never ends the process: IMAP reconnects with capped exponential backoff and
jitter (1 s doubling to 5 min), except that a connection which had worked for a while
(RECONNECT_AT_ONCE_AFTER) is tried again at once the first time (a dropped connection to a
server that is up costs one login, not a backoff); a refused login is an alert (error log line,
Event kind "alert") retried every 5-15 min.

Takeover: instances on one database share the outbox (sender.py); every HEARTBEAT_EVERY (10 s)
each one beats and takes back the claims of instances that are gone - on this host as soon as
their pid is dead, on another when their heartbeat is DEAD_AFTER (60 s) old - and sends them.
So the rows of an instance killed on this host are free again within 10 s (at once when this
one is sending anyway: every send run checks first), within 70 s across hosts.

No arrival waits for a timer: mail that came while the connection was busy or between two IDLE
slices is found when IDLE starts (`ImapMailbox.idle_wait`), after a reconnect by the catch-up
scan, and during an ingest pass between two of its batches (WATCH_BATCH messages each), where
it goes ahead of the rest of the pass (`ingest`); its acknowledgement is sent by the fresh lane
as soon as its batch commits, ahead of the backlog's mail (due from its later listing), over
a connection kept open while mail keeps coming.

Supervision: the IMAP and outbox loops run under `_supervise`. A loop that dies of anything is
logged at once with its traceback, counted (supportmail_task_restarts_total{task}), shown on
/healthz for 5 min, and restarted after a capped backoff (1 s doubling to 60 s). A database that
cannot be used (down, restarting, disk full, locked) is a transient condition wherever it is
met: the stage that met it keeps its IMAP connection and retries with its own capped backoff
(1 s doubling to 15 s, so work resumes within seconds of the database's return), it does not
reconnect IMAP. Each loop shows life (`LiveState.beat`) at every step, and before each wait it
chooses; the systemd watchdog is fed only while no loop is stuck, and /healthz says "degraded",
with the reason, while a loop is stuck or restarting, the database is awaited, SMTP keeps
failing, or the oldest due mail has waited too long.
"""

import asyncio
import contextlib
import logging
import os
import random
import signal
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from supportmail.clock import Clock, ScaledClock, clock_for
from supportmail.config import Config, load_config
from supportmail.daemon import sdnotify
from supportmail.daemon.health import (
    HealthServer,
    LiveState,
    health_report,
    json_response,
    metrics_response,
    probe_database,
)
from supportmail.daemon.logs import setup_logging
from supportmail.daemon.metrics import Metrics
from supportmail.daemon.once import open_desk
from supportmail.desk import Desk
from supportmail.errors import (
    EXIT_CONFIG,
    EXIT_OK,
    EXIT_TEMPFAIL,
    ConfigError,
    LoginError,
    PermanentError,
    SchemaError,
    TransientError,
)
from supportmail.inbound.imap import ImapMailbox
from supportmail.inbound.ingest import ingest_pass, prepare_folders
from supportmail.inbound.parse_worker import ParseWorker
from supportmail.inbound.prime import prime_parse_worker, prime_readers
from supportmail.outbound.sender import (
    HEARTBEAT_EVERY,
    heartbeat,
    instance_id,
    reclaim_orphans,
    retire,
    send_due,
)
from supportmail.outbound.smtp import SmtpSender
from supportmail.sla import digests
from supportmail.sla.scheduler import DeadlineKeeper, Scheduler
from supportmail.storage import queries
from supportmail.storage.database import is_unavailable, session_scope
from supportmail.web.server import WebServer

log = logging.getLogger(__name__)
T = TypeVar("T")

# IDLE is re-issued every slice: the worker thread must come back often enough to see a stop
# or reconnect request (10 s to exit) without reaching into the IMAP connection from outside.
# Mail never waits for a slice to end (see ImapMailbox.idle_wait).
IDLE_SLICE = 5.0
RECONNECT_AT_ONCE_AFTER = 1.0  # a connection that lived this long is retried without a wait
OUTBOX_EVERY = 30.0
SWEEP_EVERY = 60.0
DIGESTS_EVERY = 60.0  # digests are due at a minute of the day: checked once a minute
SEND_LIMIT = 10  # rows per send_due call: a stop waits for at most this many sends
# The fresh lane claims a few rows at a time, sent at once over its connections (at most as
# many as it has, so a commit's mail waits for at most one send in hand on each): one at a
# time it could not keep up with arrivals under load (a claim and two commits per mail), and
# an acknowledgement left behind newer mail for FRESH_WINDOW went to the back of the backlog.
# Only rows due in the last FRESH_WINDOW seconds: it is idle while older mail is sent.
FRESH_LIMIT = 4
FRESH_WINDOW = 10.0
# The fresh lane keeps its SMTP connection while mail keeps coming (a new one per mail costs
# a connect, EHLO and QUIT), and closes it after this long without a wake.
FRESH_KEEP = 15.0
# Messages per ingest batch: new mail is looked for between batches and goes first, so an
# arrival during a backlog waits for at most about one batch (a batch of 200 took 4-10 s
# under load); a smaller configured imap.batch_size is kept.
WATCH_BATCH = 40
STOP_WITHIN = 8.0
BACKOFF_FIRST, BACKOFF_MAX = 1.0, 300.0
TASK_BACKOFF_FIRST, TASK_BACKOFF_MAX = 1.0, 60.0
TASK_HEALTHY_AFTER = 600.0  # a loop that ran this long before dying restarts after 1 s again
DB_BACKOFF_FIRST, DB_BACKOFF_MAX = 1.0, 15.0
# An SMTP server that could not be reached is tried again sooner than the next outbox tick:
# mail never tried goes out within seconds of the server's return.
SMTP_RETRY_FIRST = 2.0
LOGIN_BACKOFF = (300.0, 900.0)


def run_daemon(
    config: Config,
    config_path: Path | None = None,
    log_format: str | None = None,
    clock: Clock | None = None,
) -> int:
    """Run until SIGTERM/SIGINT; return the exit code (see the module docstring)."""
    clock = clock or clock_for(config)
    try:
        engine, desk = open_desk(config, scaled_clock=isinstance(clock, ScaledClock))
    except ConfigError as exc:
        for problem in exc.problems:
            log.error("configuration: %s", problem)
        return EXIT_CONFIG
    except SchemaError as exc:
        log.error("cannot start: %s", exc)
        return EXIT_CONFIG
    except TransientError as exc:
        log.error("cannot start (temporary, will be retried): %s", exc)
        return EXIT_TEMPFAIL
    try:
        return asyncio.run(Daemon(config, engine, desk, clock, config_path, log_format).run())
    finally:
        engine.dispose()


async def in_thread(fn: Callable[..., T], *args: Any) -> T:
    """Run blocking `fn` in a daemon thread: a thread stuck on a dead server never delays exit."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(result: Any, error: BaseException | None) -> None:
        if not future.done():
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)

    def target() -> None:
        result, error = None, None
        try:
            result = fn(*args)
        except BaseException as exc:
            error = exc
        # RuntimeError: the loop is closed, the daemon has exited without waiting for us.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(settle, result, error)

    threading.Thread(target=target, name="supportmail-imap", daemon=True).start()
    return await future


class Daemon:
    """The running daemon: its config, connections, jobs and live state."""

    def __init__(
        self,
        config: Config,
        engine: Any,
        desk: Desk,
        clock: Clock,
        config_path: Path | None,
        log_format: str | None,
    ) -> None:
        self.config, self.engine, self.desk, self.clock = config, engine, desk, clock
        self.config_path, self.log_format = config_path, log_format
        self.sender = SmtpSender(config.smtp)
        self.fresh_sender = SmtpSender(config.smtp)
        self.parser = ParseWorker()  # its process starts at the first backlog, if allowed
        self.state = LiveState(config.daemon.poll_interval, started=time.monotonic())
        self.metrics = Metrics()
        self.metrics.watch_database(lambda: self.engine, clock.now)
        self.scheduler = Scheduler(clock)
        self.ladder = DeadlineKeeper(
            self.scheduler, lambda: self.engine, lambda: self.desk, self._after_ladder
        )
        self.health: HealthServer | None = None
        self.web: WebServer | None = None
        self._stop = asyncio.Event()
        self._stopping = threading.Event()  # read by the IMAP worker thread between batches
        self._poll_wake = asyncio.Event()
        self._outbox_wake = asyncio.Event()
        self._fresh_wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._reconnect = False
        self._smtp_retry = SMTP_RETRY_FIRST
        self._connections = 0
        self._background: set[asyncio.Task[None]] = set()

    async def run(self) -> int:
        """Start everything, serve until asked to stop, then stop in order."""
        loop = self._loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self._request_stop, sig.name)
        loop.add_signal_handler(signal.SIGHUP, self._spawn, self.reload)
        try:
            await self._start_health(self.config.daemon.listen)
        except OSError as exc:
            log.error("cannot listen on %s: %s", self.config.daemon.listen, exc)
            return EXIT_TEMPFAIL
        await self._start_web()
        self.scheduler.start()
        self._schedule_jobs()
        await self._guard("start-up ladder run", self.ladder.sweep())
        # Before any mail is taken: the first arrivals would pay for the readers' lazy start.
        try:
            await asyncio.to_thread(prime_readers, self.desk)
            if self.config.imap.parse_worker:
                await asyncio.to_thread(prime_parse_worker, self.parser, self.desk)
        except Exception:  # they start lazily then, as in a one-shot command
            log.exception("could not prepare the readers ahead")
        workers = [
            asyncio.create_task(self._supervise("imap", self._imap_loop)),
            asyncio.create_task(self._supervise("outbox", self._outbox_loop)),
            asyncio.create_task(self._supervise("fresh", self._fresh_loop)),
        ]
        sdnotify.notify("READY=1", f"STATUS=running, pid {os.getpid()}")
        log.info(
            "supportmail daemon started (pid %s, %s clock)", os.getpid(), _clock_name(self.clock)
        )
        await self._stop.wait()
        sdnotify.notify("STOPPING=1")
        self._stopping.set()
        self._poll_wake.set()
        self._wake_outbox()
        self.scheduler.shutdown()
        _done, late = await asyncio.wait(workers, timeout=STOP_WITHIN)
        for task in late:
            log.warning("stop: %s did not finish in time; abandoned", task.get_coro())
            task.cancel()
        # A ladder run already fired (its mails queued) ends here rather than being cancelled.
        await self.scheduler.stop(within=STOP_WITHIN)
        try:  # rows still claimed go back now, not when another instance finds us gone
            for lane in (instance_id(), fresh_lane_id()):
                await asyncio.to_thread(retire, self.engine, lane)
        except Exception as exc:
            log.warning("stop: could not give back claimed outbox rows: %s", _short(exc))
        await self._close_health()
        await self._stop_web()
        await asyncio.to_thread(self.parser.close)
        log.info("supportmail daemon stopped")
        return EXIT_OK

    def _request_stop(self, name: str) -> None:
        if not self._stop.is_set():
            log.info("%s: stopping after the work in hand", name)
            self._stop.set()

    def _spawn(self, factory: Callable[[], Any]) -> None:
        task = asyncio.get_running_loop().create_task(factory())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _guard(self, what: str, work: Any) -> None:
        try:
            await work
        except TransientError as exc:
            log.warning("%s: will retry: %s", what, exc)
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            log.warning("%s: database unavailable, will retry: %s", what, _short(exc))

    async def _supervise(self, name: str, loop: Callable[[], Any]) -> None:
        """Run `loop` until the daemon stops; whenever it dies, log why at once, count it, and
        start it again after a capped backoff."""
        delay = TASK_BACKOFF_FIRST
        while not self._stopping.is_set():
            started = time.monotonic()
            self.state.beat(name)
            try:
                await loop()
                return  # the loops return only when the daemon stops
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if time.monotonic() - started > TASK_HEALTHY_AFTER:
                    delay = TASK_BACKOFF_FIRST
                wait = delay * random.uniform(0.5, 1.0)
                delay = min(delay * 2, TASK_BACKOFF_MAX)
                cause = _short(exc)
                log.error("%s loop died: %s; restarting in %.1f s", name, cause, wait, exc_info=exc)
                self.metrics.task_restarts.labels(task=name).inc()
                self.state.crash(name, cause)
                await self._sleep(wait, name)

    def _schedule_jobs(self) -> None:
        async def poll() -> None:
            self._poll_wake.set()

        async def outbox() -> None:
            self._wake_outbox()

        async def watchdog() -> None:
            # Fed only while every loop shows life: a loop hung in a call or dead for good
            # makes systemd restart us, which a process that merely stays up never would.
            stuck = self.state.stuck()
            if stuck:
                log.error("watchdog not fed: stuck: %s", ", ".join(stuck))
                return
            sdnotify.notify("WATCHDOG=1")

        self.scheduler.every("imap-poll", self.config.daemon.poll_interval, poll)
        self.scheduler.every("outbox", OUTBOX_EVERY, outbox)
        self.scheduler.every("ladder-sweep", SWEEP_EVERY, self.ladder.sweep)
        self.scheduler.every("digests", DIGESTS_EVERY, self._digests)
        self.scheduler.every(
            "instance-heartbeat", HEARTBEAT_EVERY.total_seconds(), self._heartbeat, now=True
        )
        interval = sdnotify.watchdog_interval()
        if interval is not None:
            self.scheduler.every("watchdog", interval, watchdog, now=True)

    # -- IMAP ---------------------------------------------------------------------------------

    async def _imap_loop(self) -> None:
        delay = BACKOFF_FIRST
        while not self._stopping.is_set():
            self.state.beat("imap")
            imap = ImapMailbox(self.config.imap)
            self._reconnect = False
            wait = 0.0
            connected_at: float | None = None
            try:
                await in_thread(self._connect, imap)
                connected_at = time.monotonic()
                delay = BACKOFF_FIRST
                await self._watch(imap)
            except (PermanentError, TransientError) as exc:
                self.state.imap_down(str(exc))
                if isinstance(exc, PermanentError | LoginError):
                    wait = random.uniform(*LOGIN_BACKOFF)
                    await self._alert(f"IMAP: {exc}; retrying in {wait / 60:.0f} min")
                else:
                    lived = None if connected_at is None else time.monotonic() - connected_at
                    if lived is None or lived < RECONNECT_AT_ONCE_AFTER:
                        wait = delay * random.uniform(0.5, 1.0)
                        delay = min(delay * 2, BACKOFF_MAX)
                    log.warning("IMAP: %s; reconnecting in %.1f s", exc, wait)
            finally:
                self.state.imap_down()
                await asyncio.wait({asyncio.ensure_future(in_thread(imap.close))}, timeout=2)
            if wait and not self._stopping.is_set():
                await self._sleep(wait, "imap")

    def _connect(self, imap: ImapMailbox) -> None:
        imap.connect()
        prepare_folders(imap, self.desk)

    async def _watch(self, imap: ImapMailbox) -> None:
        """Catch up after the (re)connect, then wake on IDLE or the poll job until told to stop."""
        self.state.imap_up()
        if self._connections:
            self.metrics.imap_reconnects.inc()
        self._connections += 1
        idle = self.config.imap.idle and await in_thread(imap.has_capability, "IDLE")
        log.info(
            "IMAP connected to %s:%s as %s (%s)",
            imap.config.host,
            imap.config.port,
            imap.config.username,
            "IDLE" if idle else f"polling every {self.config.daemon.poll_interval:g} s",
        )
        await self._ingest_waiting_for_database(imap, full_scan=True)
        while not self._stopping.is_set() and not self._reconnect:
            self.state.beat("imap", waiting=0.0 if idle else self.state.poll_interval)
            if idle:
                spoke = await in_thread(imap.idle_wait, IDLE_SLICE)
                if not spoke and not self._poll_wake.is_set():
                    continue
            else:
                await self._poll_wake.wait()
            if self._stopping.is_set() or self._reconnect:
                break
            self._poll_wake.clear()
            await self._ingest_waiting_for_database(imap)

    async def _ingest_waiting_for_database(
        self, imap: ImapMailbox, full_scan: bool = False
    ) -> None:
        """An ingest pass; while the database cannot be used, wait for it with capped backoff
        and try again (a full scan: the failed pass may have left mail behind), keeping the
        IMAP connection: reconnecting would not help and would hammer the server."""
        delay = DB_BACKOFF_FIRST
        while True:
            try:
                await self._ingest(imap, full_scan=full_scan)
            except Exception as exc:
                if not is_unavailable(exc):
                    raise
                wait = delay * random.uniform(0.5, 1.0)
                delay = min(delay * 2, DB_BACKOFF_MAX)
                self.state.database_error = _short(exc)
                self.metrics.database_waits.labels(stage="ingest").inc()
                log.warning(
                    "ingest: database unavailable (%s); IMAP kept, retrying in %.1f s",
                    self.state.database_error,
                    wait,
                )
                await self._sleep(wait, "imap")
                if self._stopping.is_set():
                    return
                full_scan = True
                continue
            if self.state.database_error is not None:
                log.info("ingest: the database is back")
                self.state.database_error = None
            return

    async def _ingest(self, imap: ImapMailbox, full_scan: bool = False) -> None:
        report = await in_thread(
            partial(
                ingest_pass,
                imap,
                self.engine,
                self.desk,
                self.clock.now,
                full_scan=full_scan,
                on_batch=self._ingested_batch,
                stop=self._stopping.is_set,
                parser=self.parser if self.config.imap.parse_worker else None,
                arrivals=True,
                batch_size=min(self.config.imap.batch_size, WATCH_BATCH),
            )
        )
        self.metrics.polled()
        self.state.last_poll = time.monotonic()
        if report.outcomes:
            await self._guard("re-arming the ladder", self.ladder.rearm())

    def _ingested_batch(self, fetched: Any, outcomes: Any) -> None:
        """Count a committed batch, show life, and wake the outbox (called on the IMAP thread):
        its acknowledgements go out now, not after the rest of a backlog's batches."""
        self.state.beat("imap")
        self.metrics.ingested_batch(fetched, outcomes)
        if outcomes and self._loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop is closed: we are exiting
                self._loop.call_soon_threadsafe(self._wake_outbox)

    def _wake_outbox(self) -> None:
        """Wake both outbox lanes: something was queued, a tick came, or a stop."""
        self._outbox_wake.set()
        self._fresh_wake.set()

    async def _alert(self, text: str) -> None:
        log.error("ALERT %s", text)

        def record() -> None:
            with session_scope(self.engine) as session:
                queries.add_event(session, "alert", text, self.clock.now())

        try:
            await asyncio.to_thread(record)
        except Exception as exc:  # the alert is in the log; the database may be the problem
            log.error("could not record the alert: %s", exc)

    async def _sleep(self, seconds: float, loop: str | None = None) -> None:
        """Sleep `seconds`, or less when a stop is requested; `loop` is allowed the silence."""
        if loop is not None:
            self.state.beat(loop, waiting=seconds)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), seconds)

    # -- outbox and ladder --------------------------------------------------------------------

    async def _outbox_loop(self) -> None:
        while True:
            # Woken at least every OUTBOX_EVERY by the scheduler; silence beyond is a fault.
            self.state.beat("outbox", waiting=OUTBOX_EVERY)
            await self._outbox_wake.wait()
            self._outbox_wake.clear()
            if self._stopping.is_set():
                return
            await self._send_outbox()

    async def _fresh_loop(self) -> None:
        """The second lane: rows due in the last FRESH_WINDOW, acknowledgements first, then the
        newest first, FRESH_LIMIT at a time, on its own SMTP connections and under its own
        sender id (each lane settles only its own claims). Its connections stay open from one
        wake to the next while they come within FRESH_KEEP (checked before reuse)."""
        while True:
            self.state.beat("fresh", waiting=OUTBOX_EVERY)
            await self._fresh_wake.wait()
            self._fresh_wake.clear()
            if self._stopping.is_set():
                return
            async with self.fresh_sender:
                await self._send_outbox(fresh=True)
                while not self._stopping.is_set():
                    self.state.beat("fresh", waiting=FRESH_KEEP)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._fresh_wake.wait(), FRESH_KEEP)
                    if not self._fresh_wake.is_set() or self._stopping.is_set():
                        break  # quiet for FRESH_KEEP: the connection is closed
                    self._fresh_wake.clear()
                    await self._send_outbox(fresh=True)

    async def _send_outbox(self, fresh: bool = False) -> None:
        """Send what is due, SEND_LIMIT rows at a time, until none is left or a stop comes."""
        if fresh:
            name, limit = "fresh", min(FRESH_LIMIT, self.fresh_sender.connections)
        else:
            name, limit = "outbox", SEND_LIMIT
        wake = self._fresh_wake if fresh else self._outbox_wake
        while not self._stopping.is_set():
            self.state.beat(name)
            try:
                report = await send_due(
                    self.engine,
                    self.fresh_sender if fresh else self.sender,
                    self.clock.now,
                    self.config.smtp.give_up_hours,
                    limit=limit,
                    worker_id=fresh_lane_id() if fresh else instance_id(),
                    time_scale=self.clock.scale,  # the lease and retry delays are real time
                    fresh_since=self._fresh_since() if fresh else None,
                )
            except Exception as exc:
                if not is_unavailable(exc):
                    raise  # a fault, not an outage: the supervisor logs and restarts the loop
                # The database went away mid-send: the rows keep; the next wake (30 s) retries.
                self.state.database_error = _short(exc)
                self.metrics.database_waits.labels(stage="outbox").inc()
                log.warning("%s: database unavailable, will retry: %s", name, _short(exc))
                return
            handled = report.sent + report.retry + report.failed + report.unknown
            self.state.smtp_round(
                report.sent,
                report.retry + report.failed + report.unknown + (1 if report.unavailable else 0),
                report.unavailable
                or ("mail not accepted" if report.retry + report.failed else None),
            )
            if handled or report.unavailable:
                log.info(
                    "%s: sent %s, retrying %s, failed %s%s",
                    name,
                    report.sent,
                    report.retry,
                    report.failed,
                    f" (server unavailable: {report.unavailable})" if report.unavailable else "",
                )
            if report.unavailable:
                wait, self._smtp_retry = self._smtp_retry, min(self._smtp_retry * 2, OUTBOX_EVERY)
                asyncio.get_running_loop().call_later(wait, wake.set)
                return
            self._smtp_retry = SMTP_RETRY_FIRST
            if handled + report.released < limit:
                return

    def _fresh_since(self) -> datetime:
        return self.clock.now() - timedelta(seconds=FRESH_WINDOW * self.clock.scale)

    async def _heartbeat(self) -> None:
        """Tell other instances this one is alive, so they leave its outbox claims alone, and
        take over at once the claims of instances that are gone (even while this one has
        nothing of its own to send, when no send run would look)."""
        try:
            for lane in (instance_id(), fresh_lane_id()):
                await asyncio.to_thread(heartbeat, self.engine, lane, self.clock.now())
            taken = await asyncio.to_thread(
                reclaim_orphans, self.engine, self.clock.now(), instance_id(), self.clock.scale
            )
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            log.warning("heartbeat: database unavailable: %s", _short(exc))
            return
        if taken:
            self._wake_outbox()

    async def _digests(self) -> None:
        """Queue the digests due now (each once per period, whichever instance is first)."""
        if not self.desk.config.digests.enabled:
            return
        try:
            queued = await asyncio.to_thread(
                digests.run_due, self.engine, self.desk, self.clock.now()
            )
        except Exception as exc:
            if not is_unavailable(exc):
                raise
            log.warning("digests: database unavailable, will retry: %s", _short(exc))
            return
        if queued:
            self._outbox_wake.set()

    async def _after_ladder(self, fired: int) -> None:
        if fired:
            self._wake_outbox()

    # -- HTTP -----------------------------------------------------------------------------------

    async def _start_health(self, listen: str | None) -> None:
        if listen is None:
            return
        server = HealthServer(listen, {"/healthz": self._healthz, "/metrics": self._metrics})
        await server.start()
        self.health = server

    async def _close_health(self) -> None:
        server, self.health = self.health, None
        if server is not None:
            await server.close()

    async def _start_web(self) -> None:
        """The read-only dashboard, when enabled; one that cannot start is logged, and the
        daemon runs on without it: mail must not wait for a web page."""
        if not self.config.web.enabled:
            return
        server = WebServer(
            self.config.web, self.config.database_url, lambda: self.desk, self.clock.now
        )
        try:
            await asyncio.to_thread(server.start)
        except (OSError, ConfigError, SchemaError, TransientError) as exc:
            log.error("dashboard not started: %s", _short(exc))
            return
        self.web = server

    async def _stop_web(self) -> None:
        server, self.web = self.web, None
        if server is not None:
            await asyncio.to_thread(server.stop)

    async def _healthz(self) -> tuple[int, str, bytes]:
        probe = await probe_database(self.engine, self.clock.now)
        status, body = health_report(self.state, probe)
        return json_response(status, body)

    async def _metrics(self) -> tuple[int, str, bytes]:
        return metrics_response(await asyncio.to_thread(self.metrics.exposition))

    # -- SIGHUP ---------------------------------------------------------------------------------

    async def reload(self) -> None:
        """Re-read the config; apply it when valid, else log every problem and keep the old."""
        if self.config_path is None:
            log.warning("SIGHUP: no configuration file to reload")
            return
        try:
            new = await asyncio.to_thread(load_config, self.config_path)
            desk = Desk.from_config(new, scaled_clock=isinstance(self.clock, ScaledClock))
        except ConfigError as exc:
            log.error(
                "reload refused, still running on the previous configuration: %s problem(s)",
                len(exc.problems),
            )
            for problem in exc.problems:
                log.error("configuration: %s", problem)
            return
        old, self.config, self.desk = self.config, new, desk
        self.sender, self.fresh_sender = SmtpSender(new.smtp), SmtpSender(new.smtp)
        setup_logging(self.log_format or new.daemon.log_format, new.daemon.log_level)
        for what, before, after in (
            ("database.url", old.database_url, new.database_url),
            ("[demo]", old.demo, new.demo),
            ("[web]", old.web, new.web),
        ):
            if before != after:
                log.warning("%s changed: takes effect after a restart", what)
        if new.imap != old.imap:
            log.info("[imap] changed: reconnecting")
            self._reconnect = True
            self._poll_wake.set()
        if new.daemon.poll_interval != old.daemon.poll_interval:
            self.state.poll_interval = new.daemon.poll_interval
            self._schedule_jobs()
        if new.daemon.listen != old.daemon.listen:
            await self._close_health()
            try:
                await self._start_health(new.daemon.listen)
            except OSError as exc:
                log.error("cannot listen on %s: %s", new.daemon.listen, exc)
        await self._guard("re-arming the ladder", self.ladder.rearm())
        log.info("configuration reloaded from %s", self.config_path)


def fresh_lane_id() -> str:
    """The sender id of this process's fresh lane: its instance id with "/fresh" (the pid in it
    still tells other instances on this host whether it lives)."""
    return f"{instance_id()}/fresh"


def _short(exc: BaseException) -> str:
    """An exception as one short line: its class and the first line of its message."""
    text = str(exc).strip().splitlines()
    return f"{exc.__class__.__name__}: {text[0][:200]}" if text else exc.__class__.__name__


def _clock_name(clock: Clock) -> str:
    return f"scaled x{clock.scale:g}" if isinstance(clock, ScaledClock) else "real"
