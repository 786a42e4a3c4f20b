"""The test bed's four loopback ports: chosen once, recorded in `<dir>/ports.json`, reused.

A port the environment names (SUPPORTMAIL_TESTBED_IMAP_PORT, _SMTP_PORT) is used as given. Any
other port is the one recorded for this test bed; the first time, for IMAP and the sink the
classic port (10143, 10025) when it is free, else one the kernel hands out; imaps and the XOAUTH2
introspection endpoint always get a kernel port (the endpoint listens only while a test runs,
so "free right now" cannot tell that another test bed already counts on it). A recorded port
another program holds when the test bed starts is chosen afresh. So two test beds on one machine
never share a port, and `scripts/testbed env`, `status` and the pytest fixtures all read the
same numbers from the file.
"""

import contextlib
import json
import os
import socket
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

PORTS_FILE = "ports.json"
HOST = "127.0.0.1"
CLASSIC: dict[str, int | None] = {"imap": 10143, "smtp": 10025, "imaps": None, "oauth": None}
PINNED_BY = {"imap": "SUPPORTMAIL_TESTBED_IMAP_PORT", "smtp": "SUPPORTMAIL_TESTBED_SMTP_PORT"}


class PortError(ValueError):
    """An environment variable names something that is not a TCP port."""


@dataclass(frozen=True)
class Ports:
    """The four ports of one test bed, and which of them the environment pinned."""

    imap: int
    smtp: int
    imaps: int
    oauth: int
    pinned: frozenset[str] = frozenset()

    def as_dict(self) -> dict[str, int]:
        """name -> port, as recorded."""
        return {"imap": self.imap, "smtp": self.smtp, "imaps": self.imaps, "oauth": self.oauth}


def is_free(port: int, host: str = HOST) -> bool:
    """Whether a listener could bind `host:port` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


def kernel_port(host: str = HOST, avoid: Iterable[int] = ()) -> int:
    """A port nothing listens on, handed out by the kernel (bind to port 0)."""
    taken = set(avoid)
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind((host, 0))
            port: int = sock.getsockname()[1]
        if port not in taken:
            return port


def env_port(env: Mapping[str, str], name: str) -> int | None:
    """The port `env[name]` names, None when unset; PortError naming the variable when wrong."""
    raw = env.get(name)
    if not raw:
        return None
    try:
        port = int(raw)
    except ValueError:
        raise PortError(f"{name}={raw!r} is not a port number") from None
    if not 0 < port < 65536:
        raise PortError(f"{name}={raw!r} is not a port number")
    return port


def recorded(directory: Path) -> dict[str, int]:
    """The ports recorded for the test bed in `directory` ({} when none or unreadable)."""
    try:
        data = json.loads((directory / PORTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if k in CLASSIC and isinstance(v, int) and 0 < v < 65536}


def resolve(directory: Path, env: Mapping[str, str], *, repick_busy: bool = False) -> Ports:
    """The test bed's ports: pinned by `env`, else recorded, else chosen now (and recorded).

    With `repick_busy` (the test bed is about to start), a recorded port another program now
    holds is replaced by a free one.
    """
    chosen: dict[str, int] = {}
    pinned: set[str] = set()
    for name, variable in PINNED_BY.items():
        port = env_port(env, variable)
        if port is not None:
            chosen[name] = port
            pinned.add(name)
    old = recorded(directory)
    for name, classic in CLASSIC.items():
        if name in chosen:
            continue
        port = old.get(name)
        if port is not None and port not in chosen.values() and (not repick_busy or is_free(port)):
            chosen[name] = port
            continue
        if (
            classic is not None
            and classic not in chosen.values()
            and classic not in old.values()
            and is_free(classic)
        ):
            chosen[name] = classic
        else:
            chosen[name] = kernel_port(avoid=[*chosen.values(), *old.values()])
    ports = Ports(pinned=frozenset(pinned), **chosen)
    if ports.as_dict() != old:
        record(directory, ports)
    return ports


def record(directory: Path, ports: Ports) -> None:
    """Write `ports` to `<directory>/ports.json`, whole (a reader never sees half a file)."""
    with contextlib.suppress(OSError):
        directory.mkdir(parents=True, exist_ok=True)
        partial = directory / f"{PORTS_FILE}.{os.getpid()}.tmp"
        partial.write_text(json.dumps(ports.as_dict(), indent=1) + "\n", encoding="utf-8")
        partial.replace(directory / PORTS_FILE)
