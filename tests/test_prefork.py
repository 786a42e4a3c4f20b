"""Workers forked before a pass starts a thread (`daemon.prefork`): each runs its loop on its own
two pipes, holds no other worker's, ends when its input ends, and is reaped; no fork where
another thread runs. (The parse worker's tests run forked too: tests/test_parseahead.py; the
send worker's: tests/test_send_worker.py.)"""

import subprocess
import threading
from pathlib import Path
from typing import IO

import pytest

from supportmail.daemon.prefork import ForkedChild, fork_workers, may_fork


def closed(*children: ForkedChild) -> None:
    """Close what this process holds of `children`'s pipes."""
    for child in children:
        for stream in (child.stdin, child.stdout):
            if stream is not None:
                stream.close()


def shout(requests: IO[bytes], answers: IO[bytes]) -> int:
    """Answer each chunk of input upper-cased, until the input ends; exit status 7."""
    while chunk := requests.read(4096):
        answers.write(chunk.upper())
        answers.flush()
    return 7


def test_a_forked_worker_serves_its_pipes_and_exits_with_its_status() -> None:
    (child,) = fork_workers([(shout, "shout")])
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(b"hello")
    child.stdin.flush()
    assert child.stdout.read(5) == b"HELLO"
    child.stdin.close()
    assert child.wait(timeout=30) == 7
    assert child.poll() == 7
    closed(child)


def test_each_worker_holds_only_its_own_pipes() -> None:
    """The first worker's input, closed by its owner, ends it while the second still runs:
    the second does not hold the first one's pipe open."""
    first, second = fork_workers([(shout, "shout-1"), (shout, "shout-2")])
    assert first.stdin is not None and second.stdin is not None
    assert second.stdout is not None
    second.stdin.write(b"named?")
    second.stdin.flush()
    assert second.stdout.read(6) == b"NAMED?"  # it runs its main: it has taken its name
    assert Path(f"/proc/{second.pid}/comm").read_text().strip() == "shout-2"
    first.stdin.close()
    assert first.wait(timeout=30) == 7
    assert second.poll() is None
    second.stdin.close()
    assert second.wait(timeout=30) == 7
    closed(first, second)


def test_a_worker_forked_later_does_not_hold_an_earlier_one_open() -> None:
    """`run --once` forks its parse worker first (`daemon.readerfork`) and its send worker
    later, in another call: the later one closes what its owner holds of the earlier one's
    pipes, so the earlier one's input still ends when its owner closes it."""
    (first,) = fork_workers([(shout, "shout-early")])
    (later,) = fork_workers([(shout, "shout-later")])
    assert first.stdin is not None and later.stdin is not None and later.stdout is not None
    later.stdin.write(b"up?")
    later.stdin.flush()
    assert later.stdout.read(3) == b"UP?"  # it runs: it has closed what it inherited
    first.stdin.close()
    assert first.wait(timeout=30) == 7
    assert later.poll() is None
    later.stdin.close()
    assert later.wait(timeout=30) == 7
    closed(first, later)


def test_a_worker_that_fails_exits_with_status_1_and_says_why(
    capfd: pytest.CaptureFixture[str],
) -> None:
    def broken(requests: IO[bytes], answers: IO[bytes]) -> int:
        raise RuntimeError("the worker's own failure")

    (child,) = fork_workers([(broken, "broken")])
    assert child.wait(timeout=30) == 1
    assert "RuntimeError: the worker's own failure" in capfd.readouterr().err
    closed(child)


def test_wait_gives_up_after_its_timeout_and_kill_ends_the_worker() -> None:
    (child,) = fork_workers([(shout, "shout")])  # waits for input that never comes
    with pytest.raises(subprocess.TimeoutExpired):
        child.wait(timeout=0.05)
    child.kill()
    assert child.wait(timeout=30) == -9
    closed(child)


def test_no_fork_while_another_thread_runs() -> None:
    """A fork copies only the calling thread: a lock another thread holds stays held in the
    child forever. With a second thread running, nothing is forked (owners start fresh
    interpreters instead)."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not may_fork()
        assert fork_workers([(shout, "shout")]) == []
    finally:
        stop.set()
        other.join()
    assert may_fork()
