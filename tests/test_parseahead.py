"""The parse worker process: the same results as parsing here, and no harm when it fails."""

import logging
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from supportmail.core.parse import ParseLimits, parse_message
from supportmail.core.types import Kind, Priority
from supportmail.daemon.prefork import fork_workers
from supportmail.inbound.parse_worker import ParseJob, ParseWorker, parse_all, read_all, serve
from tests.support.desk import customer_mail
from tests.support.reading import reading_rules

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts" / "bench"))
import gen

LIMITS = ParseLimits()


def _batch(count: int, seed: int) -> list[bytes]:
    """Generated mail of every kind the bench uses, plus junk the parser must survive."""
    raws = [mail.raw for mail in gen.generate(count, seed)]
    return [*raws, b"", b"\x00\xff not a message", customer_mail("Hello", "Just text.")]


@pytest.fixture(params=["started", "forked"])
def worker(request: pytest.FixtureRequest) -> Iterator[ParseWorker]:
    """A worker started as a fresh interpreter, or one forked from this process (as
    `run --once` forks it before its pass: `daemon.prefork`)."""
    forked = fork_workers([(serve, "sm-parse")]) if request.param == "forked" else []
    if request.param == "forked":
        assert forked, "this test process could not fork"
    started = ParseWorker(forked=forked[0] if forked else None)
    yield started
    started.close()
    if forked:
        assert forked[0].poll() is not None  # it ended (input closed, or killed), and was reaped


def test_worker_parses_exactly_as_here(worker: ParseWorker) -> None:
    """Batches parsed by the worker equal the same batches parsed in this process."""
    for seed in (1, 2, 3):
        raws = _batch(60, seed)
        job = worker.submit(raws, LIMITS)
        assert worker.pid is not None
        assert job.result() == parse_all(raws, LIMITS)
        assert job.result() is job.result()  # answered once, kept


RULES = reading_rules(Priority.P3)


def test_worker_reads_exactly_as_here(worker: ParseWorker) -> None:
    """Given reading rules, the worker also classifies and triages each message: the same
    readings as here, in order; a batch handed over without rules gets none."""
    for seed in (1, 2):
        raws = [*_batch(60, seed), customer_mail("Payments are failing", "Since noon.")]
        job = worker.submit(raws, LIMITS, RULES)
        readings = job.readings()
        assert readings is not None
        assert readings == read_all(job.result(), RULES)
        kinds = {r.classification.kind for r in readings}
        assert {Kind.HUMAN, Kind.BOUNCE, Kind.AUTO_REPLY, Kind.BULK} <= kinds
        assert any(r.request is not None for r in readings)
        assert readings[-1].request is not None and readings[-1].request.rule == "payments"
    plain = worker.submit(_batch(5, 3), LIMITS)
    assert plain.readings() is None


def test_one_batch_at_a_time_collects_the_previous(worker: ParseWorker) -> None:
    """Handing over a second batch first collects the first: both answers stay right."""
    first, second = _batch(20, 4), _batch(20, 5)
    job1 = worker.submit(first, LIMITS)
    job2 = worker.submit(second, LIMITS)
    assert job2.result() == parse_all(second, LIMITS)
    assert job1.result() == parse_all(first, LIMITS)


def test_limits_travel_with_the_batch(worker: ParseWorker) -> None:
    """The worker applies the limits it is given, not its own defaults."""
    raws = [mail.raw for mail in gen.generate(40, 6) if mail.attachment][:3]
    assert raws, "the generator should produce mail with attachments"
    small = ParseLimits(max_size=1000)
    parsed = worker.submit(raws, small).result()
    assert parsed == [parse_message(raw, small) for raw in raws]
    assert all(m.oversized for m in parsed)


def test_a_killed_worker_means_parsing_here(
    worker: ParseWorker, caplog: pytest.LogCaptureFixture
) -> None:
    """SIGKILL of the worker mid-batch: that batch and every later one are parsed here, the
    same, and the failure is logged once."""
    raws = _batch(100, 7)
    job = worker.submit(raws, LIMITS)
    pid = worker.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    with caplog.at_level(logging.WARNING, logger="supportmail.inbound.parse_worker"):
        assert job.result() == parse_all(raws, LIMITS)
        later = worker.submit(raws[:5], LIMITS)
        assert worker.pid is None
        assert later.result() == parse_all(raws[:5], LIMITS)
    warnings = [r for r in caplog.records if "parse worker" in r.getMessage()]
    assert len(warnings) == 1
    assert "parsing in the main process from now on" in warnings[0].getMessage()


def test_a_silent_worker_is_given_up_after_the_timeout(caplog: pytest.LogCaptureFixture) -> None:
    """A worker that takes the batch and never answers is killed after the timeout; the batch
    is parsed here."""
    script = "import struct, sys, time; r = sys.stdin.buffer; "
    script += "r.read(struct.unpack('>Q', r.read(8))[0]); time.sleep(30)"
    worker = ParseWorker(timeout=1, command=[sys.executable, "-c", script])
    try:
        raws = _batch(50, 8)
        job = worker.submit(raws, LIMITS)
        pid = worker.pid
        assert pid is not None
        with caplog.at_level(logging.WARNING, logger="supportmail.inbound.parse_worker"):
            assert job.result() == parse_all(raws, LIMITS)
        assert "no answer" in caplog.text
        assert worker.pid is None
        assert not _alive(pid)
    finally:
        worker.close()


@pytest.mark.parametrize(
    "says",
    [
        "sys.stdout.buffer.write(b'\\x00' * 7 + b'\\x05' + b'junk!')",  # a frame, not a pickle
        "sys.stdout.buffer.write(struct.pack('>Q', 4) + pickle.dumps(1)[:4])",  # cut short
        "sys.stdout.buffer.write(struct.pack('>Q', 5) + b'N.' + b'xyz'[:3])",  # not a list
    ],
)
def test_a_worker_talking_nonsense_is_given_up(says: str, caplog: pytest.LogCaptureFixture) -> None:
    """Whatever garbled answer comes back, the batch is parsed here, the same, and the worker
    is not used again."""
    script = "import pickle, struct, sys, time; r = sys.stdin.buffer; "
    script += "r.read(struct.unpack('>Q', r.read(8))[0]); "  # the whole request, as a worker
    script += f"{says}; sys.stdout.flush(); time.sleep(30)"
    worker = ParseWorker(timeout=60, command=[sys.executable, "-c", script])
    try:
        raws = _batch(5, 11)
        with caplog.at_level(logging.WARNING, logger="supportmail.inbound.parse_worker"):
            assert worker.submit(raws, LIMITS).result() == parse_all(raws, LIMITS)
        assert "parsing in the main process from now on" in caplog.text
        assert worker.pid is None
    finally:
        worker.close()


def test_a_worker_that_stops_reading_is_given_up() -> None:
    """Handing a batch to a worker that reads nothing times out instead of blocking for good."""
    worker = ParseWorker(timeout=1, command=[sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        raws = _batch(300, 12)  # megabytes: far more than a pipe buffer holds
        assert worker.submit(raws, LIMITS).result() == parse_all(raws, LIMITS)
        assert worker.pid is None
    finally:
        worker.close()


def test_close_stops_the_worker_even_mid_batch() -> None:
    """close() with a batch in hand ends the worker promptly and leaves no process behind."""
    worker = ParseWorker()
    worker.submit(_batch(200, 9), LIMITS)
    pid = worker.pid
    assert pid is not None
    worker.close()
    assert worker.pid is None
    assert not _alive(pid)
    worker.close()  # twice is harmless


def test_a_job_without_worker_parses_here() -> None:
    """A job made without a worker parses when asked, and leaves the reading to the caller."""
    raws = _batch(5, 10)
    job = ParseJob(raws, LIMITS)
    assert job.result() == parse_all(raws, LIMITS)
    assert job.readings() is None


def test_a_worker_whose_readings_do_not_fit_is_given_up(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Readings that are not one per message (or not readings) end the worker: the batch is
    parsed here and read by the caller."""
    script = "import pickle, struct, sys, time; r = sys.stdin.buffer; "
    script += "raws, limits, rules = pickle.loads(r.read(struct.unpack('>Q', r.read(8))[0])); "
    script += "from supportmail.inbound.parse_worker import parse_all, read_all; "
    script += "p = parse_all(raws, limits); a = pickle.dumps((p, read_all(p, rules)[1:])); "
    script += "sys.stdout.buffer.write(struct.pack('>Q', len(a)) + a); sys.stdout.flush(); "
    script += "time.sleep(30)"
    worker = ParseWorker(timeout=60, command=[sys.executable, "-c", script])
    try:
        raws = _batch(5, 13)
        with caplog.at_level(logging.WARNING, logger="supportmail.inbound.parse_worker"):
            job = worker.submit(raws, LIMITS, RULES)
            assert job.result() == parse_all(raws, LIMITS)
            assert job.readings() is None
        assert "a wrong answer" in caplog.text
        assert worker.pid is None
    finally:
        worker.close()


def _alive(pid: int) -> bool:
    """Whether `pid` still runs (a zombie counts as gone), after up to 60 s of waiting."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except OSError:
            return False
        if state == "Z":
            return False
        time.sleep(0.05)
    return True
