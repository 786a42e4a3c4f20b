"""`run --once` sends a backlog's mail from a process of its own, beside the ingest.

Ingest and sending are both Python work; in one process they take turns on one interpreter lock
(the ingest's rules and writes, the outbox's composing, SMTP and bookkeeping), so a backlog took
about their sum however many cores there were. Here the outbox runs in a worker process on the
second core, woken by every committed batch, while this process ingests: forked before the pass
starts a thread (`daemon.prefork`, `forked_serve`: waiting for its first wake), or where that
is unsafe a fresh interpreter (`python -m supportmail.daemon.send_worker`) started then.

The worker is one more sender instance (`outbound.sender`: its own instance id, heartbeat and
claims), so nothing about the outbox's guarantees changes: it claims rows under a lease, marks
each "sending" before DATA, and settles its rows as any sender does; if it dies, its claims are
taken back by the next run of a sender that sees its pid gone (`run_once` runs one right after
it), and a row it left "sending" is settled by the crash rules (an acknowledgement unknown,
anything else sent again with the same Message-ID). It sends only once a pass commits its
second batch (a small pass is sent from this process, as before): a started worker gets the
config as the first frame on its stdin (a forked one has it), each committed batch is one
byte, and the end of its input (the ingest is over) tells it to send what is left and stop;
its `SendReport` comes back on its stdout. A forked worker whose input ends before any wake
stops at once, the database untouched. A worker that cannot be started or fails is logged and
left: this process sends whatever it did not.
"""

import asyncio
import contextlib
import logging
import os
import pickle
import signal
import struct
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from supportmail.clock import utc_now
from supportmail.config import Config
from supportmail.outbound.sender import SendReport

if TYPE_CHECKING:
    from supportmail.daemon.prefork import ForkedChild, Serve

log = logging.getLogger(__name__)

_LENGTH = struct.Struct(">Q")
WAKE = b"."  # one per committed batch
# How the worker is started (tests start one that fails). -P: a `supportmail` folder in the
# working directory must not shadow the package.
COMMAND = (sys.executable, "-P", "-m", "supportmail.daemon.send_worker")


class SendWorker:
    """The parent's handle on one worker: started on the first `wake`, ended by `finish`."""

    def __init__(self, config: Config, forked: "ForkedChild | None" = None) -> None:
        self._config = config
        self._command = list(COMMAND)
        # `forked`: a worker forked already, running `forked_serve(config)` (`daemon.prefork`),
        # waiting for its first wake; else one is started (a fresh interpreter) at the first.
        self._process: subprocess.Popen[bytes] | ForkedChild | None = forked
        self._woken = False
        self._failed = False
        self._lock = threading.Lock()  # the ingest thread wakes, the event loop finishes

    @property
    def started(self) -> bool:
        """Whether the worker was woken (it sends; it may have failed since)."""
        return self._woken

    def wake(self) -> None:
        """A batch was committed: start the worker if needed, and tell it to look again."""
        with self._lock:
            if self._failed:
                return
            if self._process is None:
                self._process = self._start()
                if self._process is None:
                    return
            elif not self._woken:
                log.info(
                    "send worker: started (pid %s, forked); it sends the rest of this pass",
                    self._process.pid,
                )
            try:
                assert self._process.stdin is not None
                self._process.stdin.write(WAKE)
                self._process.stdin.flush()
                self._woken = True
            except OSError as exc:  # it died: `finish` says so; this process sends the rest
                log.warning("send worker: cannot wake it: %s", exc)
                self._failed = True

    def _start(self) -> "subprocess.Popen[bytes] | None":
        """A fresh interpreter running `main`, given the config."""
        root = str(Path(__file__).resolve().parent.parent.parent)  # where supportmail was found
        path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
        try:
            process = subprocess.Popen(
                self._command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env={**os.environ, "PYTHONPATH": path},
            )
            assert process.stdin is not None
            _write_frame(process.stdin, self._config)
        except OSError as exc:
            log.warning("send worker: cannot start it (%r); sending from this process", exc)
            self._failed = True
            return None
        log.info("send worker: started (pid %s); it sends the rest of this pass", process.pid)
        return process

    def finish(self) -> SendReport:
        """End its input and wait until it has sent what is due and exited (blocking: call it
        off the event loop); its report, or an empty one when it was never started or failed
        (logged; what it did not send is still due, and its claims are free once it is gone)."""
        with self._lock:
            process, self._failed = self._process, True  # no more wakes
        if process is None:
            return SendReport()
        assert process.stdin is not None and process.stdout is not None
        with contextlib.suppress(OSError):
            process.stdin.close()
        try:
            report = _read_frame(process.stdout.fileno())
        except (EOFError, pickle.UnpicklingError, ValueError) as exc:
            report = None
            log.warning("send worker: no report (%s)", exc)
        process.stdout.close()
        status = process.wait()  # reaped before anyone checks whether its pid is alive
        if status != 0:
            log.warning("send worker: exited with status %s; sending the rest from here", status)
        return report if isinstance(report, SendReport) else SendReport()


def _write_frame(stream: IO[bytes], value: Any) -> None:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(payload)) + payload)
    stream.flush()


def _read_frame(fd: int) -> Any:
    """One value from file descriptor `fd`, read unbuffered: what follows it (the wakes) stays
    in the pipe for whoever reads next."""
    (size,) = _LENGTH.unpack(_read_exact(fd, _LENGTH.size))
    # Only ever our own parent or worker at the other end of a private pipe.
    return pickle.loads(_read_exact(fd, size))  # noqa: S301


def _read_exact(fd: int, size: int) -> bytes:
    buffer = bytearray()
    while len(buffer) < size:
        chunk = os.read(fd, size - len(buffer))
        if not chunk:
            raise EOFError(f"end of input after {len(buffer)} of {size} bytes")
        buffer += chunk
    return bytes(buffer)


async def _serve(config: Config, wakes: int) -> SendReport:
    """Send beside the parent's ingest (woken per batch) until its end; then what is left."""
    from supportmail.daemon.sending import plus, send_all_due, send_beside
    from supportmail.outbound.smtp import SmtpSender
    from supportmail.storage.database import open_database

    loop = asyncio.get_running_loop()
    committed = asyncio.Event()
    ended: asyncio.Future[None] = loop.create_future()

    def end() -> None:
        if not ended.done():
            ended.set_result(None)

    def read() -> None:  # a thread: the parent writes a byte per batch, then closes
        while os.read(wakes, 4096):
            loop.call_soon_threadsafe(committed.set)
        loop.call_soon_threadsafe(end)

    threading.Thread(target=read, name="send-worker-wakes", daemon=True).start()
    engine = open_database(config.database_url)
    try:
        sender = SmtpSender(config.smtp)
        async with sender:
            beside = await send_beside(engine, sender, utc_now, config, ended, committed)
            await ended  # the server was away: wait for the end all the same
            rest = await send_all_due(engine, sender, utc_now, config)
        return plus(beside, rest)
    finally:
        engine.dispose()


def main() -> int:
    """The worker: the config from stdin, then send until stdin ends; the report on stdout."""
    # The parent decides when we stop (by closing our stdin), also on its terminal's Ctrl-C.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # stdout carries the report only: a stray print must not corrupt it
    config: Config = _read_frame(requests.fileno())
    from supportmail.daemon.logs import setup_logging

    setup_logging(config.daemon.log_format, config.daemon.log_level)
    report = asyncio.run(_serve(config, requests.fileno()))
    with contextlib.suppress(BrokenPipeError):
        _write_frame(answers, report)
    return 0


def forked_serve(config: Config) -> "Serve":
    """The loop of a worker forked with `config` (`daemon.prefork`): it waits for its first
    wake, then sends as a started worker does; an input that ends before any wake (the pass
    was too small to need it) ends it at once with an empty report, the database untouched."""

    def serve(requests: IO[bytes], answers: IO[bytes]) -> int:
        woken = os.read(requests.fileno(), 1)
        report = asyncio.run(_serve(config, requests.fileno())) if woken else SendReport()
        with contextlib.suppress(BrokenPipeError):
            _write_frame(answers, report)
        return 0

    return serve


if __name__ == "__main__":
    raise SystemExit(main())
