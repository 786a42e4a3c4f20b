"""Parse and read fetched mail in a worker process, one batch ahead of the database work.

Parsing and reading (`core.reading`: the classification, a new request's triage) are pure and
CPU-bound; applying a batch writes it and waits on the database. On a backlog the two overlap
on two cores: while batch N is applied and committed here, batch N+1 is parsed and read by the
worker. Nothing about durability changes (a batch is committed before it is moved), and the
result is the same wherever a batch is parsed or read: both are pure functions of the bytes,
the limits and the reading rules.

The worker is `python -m supportmail.inbound.parse_worker`: a fresh interpreter that imports
only the parser (never a fork of the daemon, whose threads could hold locks at the moment of
a fork), given one batch at a time on its stdin and answering on its stdout, in length-prefixed
pickles (both ends are this module). `run --once` forks it instead, before its pass starts a
thread (`daemon.prefork`): the same loop (`serve`) on two pipes, nothing imported again. A
worker that dies, stays silent for RESULT_TIMEOUT or answers nonsense is stopped and never
used again; its batch, and every later one, is parsed here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from supportmail.core.parse import ParseLimits, parse_message
from supportmail.core.types import ParsedMessage

if TYPE_CHECKING:  # a worker that only parses never loads the readers (classifier, triage)
    from supportmail.core.reading import Reading, ReadingRules

log = logging.getLogger(__name__)

# Far above the parse time of the largest batch (32 MB): silence this long means a hung worker.
RESULT_TIMEOUT = 120.0
_LENGTH = struct.Struct(">Q")


def parse_all(raws: Sequence[bytes], limits: ParseLimits) -> list[ParsedMessage]:
    """Parse each message (what the worker runs; the same as parsing here)."""
    return [parse_message(raw, limits) for raw in raws]


def read_all(messages: Sequence[ParsedMessage], rules: ReadingRules) -> list[Reading]:
    """Read each parsed message (what the worker runs after parsing, when given rules)."""
    # Imported here: a worker that only parses never loads the triage policy.
    from supportmail.core.reading import read_message
    from supportmail.shipped import default_policy

    policy = default_policy()
    return [read_message(msg, rules, policy) for msg in messages]


class WorkerProcess(Protocol):
    """A running worker as its owner sees it: a `subprocess.Popen`, or a worker forked by
    `run --once` (`daemon.prefork.ForkedChild`)."""

    pid: int
    returncode: int | None
    stdin: IO[bytes] | None
    stdout: IO[bytes] | None

    def poll(self) -> int | None: ...
    def wait(self, timeout: float | None = None) -> int: ...
    def kill(self) -> None: ...


class ParseJob:
    """One batch being parsed: by the worker, or here when `result` is first asked for."""

    def __init__(
        self, raws: Sequence[bytes], limits: ParseLimits, worker: ParseWorker | None = None
    ) -> None:
        self._raws, self._limits, self._worker = raws, limits, worker
        self._parsed: list[ParsedMessage] | None = None
        self._readings: list[Reading] | None = None
        self._lock = threading.Lock()  # the caller and the next `submit` may both ask

    def result(self) -> list[ParsedMessage]:
        """The parsed batch, in the order given (computed once, whoever asks first)."""
        with self._lock:
            if self._parsed is None:
                worker, self._worker = self._worker, None
                answer = worker.receive(self, len(self._raws)) if worker is not None else None
                if answer is not None:
                    self._parsed, self._readings = answer
                else:
                    self._parsed = parse_all(self._raws, self._limits)
            return self._parsed

    def readings(self) -> list[Reading] | None:
        """The worker's readings of the batch, in order; None when it was not read ahead (the
        caller then reads each message itself, as it comes to it)."""
        self.result()
        return self._readings


class ParseWorker:
    """The worker process: started by the first `submit`, kept until `close`."""

    def __init__(
        self,
        timeout: float = RESULT_TIMEOUT,
        command: Sequence[str] | None = None,
        forked: WorkerProcess | None = None,
    ) -> None:
        self._timeout = timeout
        # How to start it; another command only for tests (a worker that misbehaves).
        # -P: a `supportmail` folder in the working directory must not shadow the package.
        default = [sys.executable, "-P", "-m", "supportmail.inbound.parse_worker"]
        self._command = list(command or default)
        # `forked`: a worker forked already, running `serve` (`daemon.prefork`): used instead.
        self._process: WorkerProcess | None = forked
        self._outstanding: ParseJob | None = None
        self._failed = False
        # Guards the pipes and the state above. Lock order: a job's lock, then this one.
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        """The worker's process id; None when it is not running."""
        return self._process.pid if self._process is not None else None

    @property
    def ready(self) -> bool:
        """Whether a worker process runs already (forked, or started by an earlier batch): one
        that has no interpreter to start is as quick to hand a batch as parsing it here."""
        return self._process is not None and not self._failed

    def submit(
        self, raws: Sequence[bytes], limits: ParseLimits, rules: ReadingRules | None = None
    ) -> ParseJob:
        """Hand `raws` to the worker, to parse and, given `rules`, to read; the job parses
        here instead (and reads nothing ahead) if the worker is unusable.

        One batch at a time: the batch handed over before is collected first.
        """
        previous = self._outstanding
        if previous is not None:
            previous.result()  # outside our lock: the job takes it to read the answer
        with self._lock:
            process = self._running()
            if process is None or process.stdin is None:
                return ParseJob(raws, limits)
            try:
                # One blocking write (a loop of small non-blocking ones loses the GIL to the
                # database work at every turn); a worker that stops reading is killed, which
                # ends the write with a broken pipe.
                watchdog = threading.Timer(self._timeout, process.kill)
                watchdog.start()
                try:
                    _write_frame(process.stdin, (list(raws), limits, rules))
                finally:
                    watchdog.cancel()
            except Exception as exc:  # a closed pipe, mostly
                self._give_up(f"cannot hand it a batch: {exc!r}")
                return ParseJob(raws, limits)
            self._outstanding = ParseJob(raws, limits, self)
            return self._outstanding

    def receive(
        self, job: ParseJob, count: int
    ) -> tuple[list[ParsedMessage], list[Reading] | None] | None:
        """The worker's answer for `job` (the outstanding one): the parsed batch and its
        readings (None when not asked for); None when it has none."""
        with self._lock:
            if job is not self._outstanding or self._process is None:
                return None
            self._outstanding = None
            try:
                answer = _read_frame(self._process.stdout, time.monotonic() + self._timeout)
            except Exception as exc:  # dead, silent, or a garbled stream: any of them ends it
                self._give_up(f"no answer: {exc!r}")
                return None
            if not _well_formed(answer, count):
                self._give_up(f"a wrong answer ({type(answer).__name__})")
                return None
            parsed, readings = answer
            return parsed, readings

    def close(self) -> None:
        """Stop the worker: end of its input, then a kill if it does not exit promptly."""
        with self._lock:
            process, self._process, self._outstanding = self._process, None, None
        if process is None:
            return
        if process.stdin is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()
        try:
            process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()

    def _running(self) -> WorkerProcess | None:
        if self._failed:
            return None
        if self._process is not None and self._process.poll() is not None:
            self._give_up(f"it exited with status {self._process.returncode}")
            return None
        if self._process is None:
            # The worker imports supportmail from where this process found it.
            root = str(Path(__file__).resolve().parent.parent)
            path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
            try:
                self._process = subprocess.Popen(
                    self._command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    env={**os.environ, "PYTHONPATH": path},
                )
            except OSError as exc:
                self._give_up(f"cannot start it: {exc!r}")
        return self._process

    def _give_up(self, why: str) -> None:
        log.warning("parse worker: %s; parsing in the main process from now on", why)
        self._failed = True
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.wait()
            for stream in (process.stdin, process.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError):
                        stream.close()


def _well_formed(answer: Any, count: int) -> bool:
    """Whether `answer` is (count parsed messages, None or count readings)."""
    if not (isinstance(answer, tuple) and len(answer) == 2):
        return False
    parsed, readings = answer
    return (
        isinstance(parsed, list)
        and len(parsed) == count
        and all(isinstance(m, ParsedMessage) for m in parsed)
        and (
            readings is None
            or (
                isinstance(readings, list)
                and len(readings) == count
                and all(isinstance(r, _reading_type()) for r in readings)
            )
        )
    )


def _reading_type() -> type:
    """core.reading.Reading, imported when an answer with readings is checked (in the parent,
    which has it loaded already)."""
    from supportmail.core.reading import Reading

    return Reading


def _write_frame(stream: IO[bytes], value: Any) -> None:
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(payload)))
    stream.write(payload)
    stream.flush()


def _read_frame(stream: IO[bytes] | None, deadline: float | None = None) -> Any:
    """One value from `stream`; EOFError at a clean end of input, TimeoutError past `deadline`."""
    if stream is None:
        raise EOFError("no stream")
    header = _read_exact(stream.fileno(), _LENGTH.size, deadline, allow_eof=True)
    if header is None:
        raise EOFError("end of input")
    (size,) = _LENGTH.unpack(header)
    payload = _read_exact(stream.fileno(), size, deadline)
    assert payload is not None
    # Only ever our own worker or parent at the other end of a private pipe.
    return pickle.loads(payload)  # noqa: S301


def _read_exact(
    fd: int, size: int, deadline: float | None, allow_eof: bool = False
) -> bytes | None:
    buffer = bytearray()
    while len(buffer) < size:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([fd], [], [], remaining)[0]:
                raise TimeoutError(f"nothing for {RESULT_TIMEOUT:g} s")
        chunk = os.read(fd, min(size - len(buffer), 1 << 20))
        if not chunk:
            if allow_eof and not buffer:
                return None
            raise EOFError(f"cut off after {len(buffer)} of {size} bytes")
        buffer += chunk
    return bytes(buffer)


def main() -> int:
    """The worker: parse (and read) each batch from stdin, answer on stdout, until stdin ends."""
    # The parent decides when we stop (by closing our stdin), also on its terminal's Ctrl-C.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # stdout carries frames only: a stray print must not corrupt one
    return serve(requests, answers)


# A request of a person, new (it cites no earlier mail): reading it makes every reader's
# scanner exist (`load_readers`).
SAMPLE_REQUEST = (
    b"From: Customer <customer@example.com>\r\nTo: support@example.com\r\n"
    b"Subject: Export fails\r\nMessage-ID: <prime@example.com>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Hello, the export fails for all of us since this morning. Can you help?\r\n"
)


def load_readers(rules: ReadingRules | None = None, limits: ParseLimits | None = None) -> int:
    """Load the shipped triage policy and build every scanner the readers use, here and now
    (what the first batches would otherwise pay for, part by part): one request is read with
    `rules` (any identity will do, the scanners are the same for every desk); the number of
    scanners built after that reading."""
    from supportmail.core.classify import OwnIdentity
    from supportmail.core.reading import ReadingRules
    from supportmail.core.types import Priority
    from supportmail.core.wordscan import build_all_scanners

    if rules is None:
        anyone = OwnIdentity(frozenset(), frozenset(), frozenset(), "prime.invalid")
        rules = ReadingRules(anyone, (), Priority.P2)
    read_all([parse_message(SAMPLE_REQUEST, limits or ParseLimits())], rules)
    return build_all_scanners()


def serve_primed(requests: IO[bytes], answers: IO[bytes]) -> int:
    """`serve`, the readers loaded first: a worker forked for a backlog (`run --once`) has
    nothing to do until its first batch is fetched, and loads them meanwhile."""
    load_readers()
    return serve(requests, answers, built=True)


def serve(requests: IO[bytes], answers: IO[bytes], built: bool = False) -> int:
    """Parse (and read) each batch from `requests`, answer on `answers`, until `requests`
    ends (the worker's loop, here or in a worker forked by `daemon.prefork`); `built`: the
    scanners are built already (`serve_primed`)."""
    while True:
        try:
            raws, limits, rules = _read_frame(requests)
        except EOFError:
            return 0
        parsed = parse_all(raws, limits)
        readings = read_all(parsed, rules) if rules is not None else None
        try:
            _write_frame(answers, (parsed, readings))
        except BrokenPipeError:  # the parent is gone or gave up on us
            return 0
        if readings is not None and not built:
            # A worker reads backlogs: every scanner is built once, after its first answer,
            # instead of at whichever message comes after a scanner's first few.
            from supportmail.core.wordscan import build_all_scanners

            build_all_scanners()
            built = True


if __name__ == "__main__":
    raise SystemExit(main())
