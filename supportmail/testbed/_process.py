"""Small process and port helpers shared by the Dovecot and sink controllers (Linux only)."""

import contextlib
import os
import signal
import socket
import time
from collections.abc import Callable
from pathlib import Path


def read_pid(pid_file: Path) -> int | None:
    """Return the pid written in `pid_file`, or None when it is missing or unreadable."""
    try:
        return int(pid_file.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def process_cmdline(pid: int) -> list[str] | None:
    """Return the argv of a live (not zombie) process, or None when there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    # The state letter follows the parenthesised command name, which may itself hold spaces.
    if stat.rpartition(")")[2].split()[:1] == ["Z"]:
        reap(pid)
        return None
    return [part.decode("utf-8", "replace") for part in raw.split(b"\0") if part]


def find_process(matches: Callable[[list[str]], bool]) -> int | None:
    """Return the lowest pid whose argv satisfies `matches` (for servers with a lost pid file)."""
    pids = sorted(int(entry.name) for entry in Path("/proc").iterdir() if entry.name.isdigit())
    for pid in pids:
        if pid == os.getpid():
            continue
        argv = process_cmdline(pid)
        if argv and matches(argv):
            return pid
    return None


def reap(pid: int) -> None:
    """Collect `pid` if it is our own exited child, so it does not linger as a zombie."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


def pid_alive(pid: int) -> bool:
    """Tell whether `pid` names a live process (zombies count as dead)."""
    return process_cmdline(pid) is not None


def port_accepts(host: str, port: int, timeout: float = 0.5) -> bool:
    """Tell whether something accepts TCP connections on host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_until(check: Callable[[], bool], timeout: float, interval: float = 0.05) -> bool:
    """Poll `check` until it returns True or `timeout` seconds pass; return its last answer."""
    deadline = time.monotonic() + timeout
    while True:
        if check():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)


def terminate(pid: int, timeout: float = 10.0) -> None:
    """Send SIGTERM to `pid`, wait for it to exit, and SIGKILL it if it will not."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    if wait_until(lambda: not pid_alive(pid), timeout):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    wait_until(lambda: not pid_alive(pid), 5.0)
