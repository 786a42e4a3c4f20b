"""The daemon makes its readers ready before it takes mail (supportmail.inbound.prime): the
shipped triage policy loaded, every Scanner built and its parse worker started, so no arrival
pays for a lazy start."""

from pathlib import Path

from supportmail.core.literals import Scanner, build_all
from supportmail.core.parse import parse_message
from supportmail.core.reading import read_message
from supportmail.daemon.readerfork import PARSE_WORKER_NAME, fork_parse_worker
from supportmail.inbound.parse_worker import ParseWorker
from supportmail.inbound.prime import prime_parse_worker, prime_readers
from supportmail.shipped import default_policy
from tests.support.desk import Desked

SAMPLE_REQUEST = (
    b"From: Ana <ana@example.com>\r\nTo: support@houseware.io\r\nSubject: Login\r\n"
    b"Message-ID: <t1@example.com>\r\n\r\nNobody here can log in since this morning.\r\n"
)


def test_priming_loads_the_policy_and_leaves_no_scanner_to_build(desked: Desked) -> None:
    took = prime_readers(desked.desk)
    assert took >= 0
    assert default_policy.cache_info().currsize == 1  # the linear model is read
    assert build_all() == 0  # every scanner alive was built by the priming


def test_a_built_scanner_finds_what_the_direct_check_finds() -> None:
    needles = ["export", "ex", "fails", "all of us", "port"]
    texts = ["the export fails for all of us", "nothing here", "exports", "support"]
    direct = Scanner(needles, direct=len(texts))
    before = [direct.present(t) for t in texts]
    built = Scanner(needles)
    built.build()
    assert [built.present(t) for t in texts] == before
    assert before[0] == {"export", "ex", "fails", "all of us", "port"}


def test_priming_starts_the_parse_worker(desked: Desked) -> None:
    """The daemon's parse worker runs and has read a request before the first backlog."""
    parser = ParseWorker()
    try:
        assert not parser.ready
        prime_parse_worker(parser, desked.desk)
        assert parser.ready and parser.pid is not None
        job = parser.submit([SAMPLE_REQUEST], desked.desk.limits, desked.desk.reading_rules)
        readings = job.readings()
        assert readings is not None and readings[0].request is not None
    finally:
        parser.close()


def test_the_worker_forked_as_run_once_starts_reads_like_this_process(desked: Desked) -> None:
    """`run --once` forks its parse worker before importing the pass (`daemon.readerfork`): it
    loads the readers at once, then reads a batch as this process would."""
    child = fork_parse_worker()
    assert child is not None, "this test process could not fork"
    parser = ParseWorker(forked=child)
    try:
        assert parser.ready
        desk = desked.desk
        job = parser.submit([SAMPLE_REQUEST], desk.limits, desk.reading_rules)
        (reading,) = job.readings() or []
        here = read_message(
            parse_message(SAMPLE_REQUEST, desk.limits), desk.reading_rules, default_policy()
        )
        assert reading == here
        # It answered, so it runs its loop: it has taken its name.
        assert Path(f"/proc/{child.pid}/comm").read_text().strip() == PARSE_WORKER_NAME
    finally:
        parser.close()
    assert child.poll() is not None  # closing its input ended it
