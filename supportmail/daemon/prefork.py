"""`run --once`'s worker processes, forked before it starts a thread: nothing imported twice.

The parse worker and the send worker are, by default, fresh interpreters (`python -m ...`):
each imports supportmail again (the send worker about 0.4 s of CPU, with the database layer)
before it can do anything. `run --once` has imported all of it already and, until its pass
starts, runs one thread: forked there, a worker is a copy of it (copy on write) that is ready
at once. Only there: a fork of a process whose other threads may hold locks (the daemon, a
test runner) can leave the child stuck on one, so `may_fork` says no whenever another thread
runs, and the owners start fresh interpreters as before.

A forked worker talks to its owner exactly as a fresh one does, over two pipes: its input and
its output. `ForkedChild` is the part of `subprocess.Popen` the owners use.
"""

import contextlib
import gc
import os
import signal
import subprocess
import sys
import threading
import time
import traceback
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO

# A worker's main: (its input, its output) -> exit status.
Serve = Callable[[IO[bytes], IO[bytes]], int]
# (its main, its name: what `ps -o comm`, top and /proc/PID/comm show for it, at most 15 bytes)
Worker = tuple[Serve, str]

_WAIT_STEP = 0.01  # seconds between two looks at a child that is asked to end
# The owner's ends of the pipes of every worker forked so far: a worker forked later closes
# those still open, or a worker forked earlier (`daemon.readerfork`) would never see the end
# of its input while a later one lives, and its owner would wait for it in vain.
_OWNER_ENDS: "weakref.WeakSet[IO[bytes]]" = weakref.WeakSet()


class ForkedChild:
    """A forked worker: its pid, the pipe to its input and the one from its output."""

    def __init__(self, pid: int, stdin: IO[bytes], stdout: IO[bytes]) -> None:
        self.pid = pid
        self.stdin: IO[bytes] | None = stdin
        self.stdout: IO[bytes] | None = stdout
        self.returncode: int | None = None

    def poll(self) -> int | None:
        """Its exit status (negative: the signal that ended it), or None while it runs."""
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Wait until it ends; subprocess.TimeoutExpired after `timeout` seconds."""
        if timeout is None:
            if self.returncode is None:
                _, status = os.waitpid(self.pid, 0)
                self.returncode = os.waitstatus_to_exitcode(status)
            return self.returncode
        deadline = time.monotonic() + timeout
        while (code := self.poll()) is None:
            if time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(f"forked worker {self.pid}", timeout)
            time.sleep(_WAIT_STEP)
        return code

    def kill(self) -> None:
        """SIGKILL it (nothing when it has ended already)."""
        if self.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)

    def end(self, timeout: float = 5) -> None:
        """End a worker nobody needs: the end of its input ends it (a kill after `timeout`)."""
        for stream in (self.stdin, self.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()
        try:
            self.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            self.wait()


def may_fork() -> bool:
    """Whether forking this process is safe: on Linux, with no other thread running."""
    return sys.platform == "linux" and threading.active_count() == 1


def fork_workers(workers: Sequence[Worker]) -> list[ForkedChild]:
    """Fork one child per worker (each runs its main on its pipes under its name, then exits
    with what it returns); fewer when a fork fails, [] when this process may not fork
    (`may_fork`). Every child holds only its own two pipe ends: an owner that closes a
    worker's input (or dies) ends it."""
    if not workers or not may_fork():
        return []
    pipes = [(os.pipe(), os.pipe()) for _ in workers]  # (to the child, from the child)
    every = [fd for (to_child, from_child) in pipes for fd in (*to_child, *from_child)]
    sys.stdout.flush()  # else what is buffered is written twice, once by the child
    sys.stderr.flush()
    # What exists now is never collected in a child: its collector does not walk (and so
    # copy) the inherited objects' pages, only what the child makes (the children stay frozen).
    gc.freeze()
    children: list[ForkedChild] = []
    for (serve, name), ((child_in, to_child), (from_child, child_out)) in zip(
        workers, pipes, strict=True
    ):
        try:
            pid = os.fork()
        except OSError:
            break
        if pid == 0:  # the child: never returns
            _child(serve, name, child_in, child_out, every)
        stdin, stdout = os.fdopen(to_child, "wb"), os.fdopen(from_child, "rb", buffering=0)
        _OWNER_ENDS.update((stdin, stdout))
        children.append(ForkedChild(pid, stdin, stdout))
    gc.unfreeze()  # here they are this process's own objects, collected as before
    for (child_in, to_child), (from_child, child_out) in pipes[len(children) :]:
        for fd in (child_in, to_child, from_child, child_out):
            os.close(fd)
    for (child_in, _), (_, child_out) in pipes[: len(children)]:
        os.close(child_in)
        os.close(child_out)
    return children


def _child(serve: Serve, name: str, child_in: int, child_out: int, inherited: list[int]) -> None:
    """Run `serve` in the forked child and exit; nothing of the owner's runs here again."""
    code = 1
    try:
        with contextlib.suppress(OSError):  # else it shows as its owner in ps and top
            Path("/proc/self/comm").write_bytes(name.encode()[:15])
        for fd in inherited:  # every other worker's pipes, and the owner's ends of ours
            if fd not in (child_in, child_out):
                with contextlib.suppress(OSError):
                    os.close(fd)
        for stream in list(_OWNER_ENDS):  # the owner's ends of workers forked before
            if not stream.closed:  # closed there: its number may be another file's now
                with contextlib.suppress(OSError, ValueError):
                    os.close(stream.fileno())  # never through the object: no owner's buffer
        # The owner decides when a worker stops (it closes its input), also on Ctrl-C; a kill
        # ends it as it ends any process.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        with (
            os.fdopen(child_in, "rb", buffering=0) as requests,
            os.fdopen(child_out, "wb") as answers,
        ):
            code = serve(requests, answers)
    except BaseException:  # whatever it was, the child says so and ends
        traceback.print_exc()
    finally:
        with contextlib.suppress(Exception):
            sys.stderr.flush()
        os._exit(code)  # not the owner's exit handlers, nor its buffers flushed once more
