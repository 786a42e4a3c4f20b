"""An SMTP sink on loopback that records every message it receives, and a reader for the records.

Each message becomes `<dir>/NNNNNN-<UTC time>.eml` (the raw bytes as received) next to a JSON
sidecar `NNNNNN-<UTC time>.json` holding the envelope; names sort by arrival. The sidecar is
written first and the .eml renamed into place last, so a visible .eml always has its sidecar.
"""

import asyncio
import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from base64 import b64decode
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from aiosmtpd.smtp import SMTP, AuthResult, Envelope, Session

from supportmail.testbed._process import (
    find_process,
    pid_alive,
    port_accepts,
    process_cmdline,
    read_pid,
    terminate,
    wait_until,
)


class SinkError(Exception):
    """The SMTP sink cannot be started or stopped."""


def _next_number(directory: Path) -> int:
    """One more than the highest message number recorded in `directory` (1 when empty)."""
    numbers = [int(path.name[:6]) for path in directory.glob("[0-9]*-*.json")]
    return max(numbers, default=0) + 1


class RecordingHandler:
    """aiosmtpd handler writing each accepted message and its envelope into a directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self._next = 0
        self._last: Path | None = None  # the sidecar of the message recorded last

    def _number(self) -> int:
        """The next message number. Counted on from the last one: listing the directory for
        every message made the sink slower with each one (22 ms a message at 10,000); it is
        listed again only when the last sidecar is gone (the directory was cleared)."""
        if self._last is None or not self._last.exists():
            self._next = _next_number(self.directory)
        self._next += 1
        return self._next - 1

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        """Record the message; answer 250 so the client treats it as delivered."""
        received_at = datetime.now(UTC)
        raw = envelope.original_content or b""
        number = self._number()
        stem = f"{number:06d}-{received_at.strftime('%Y%m%dT%H%M%S.%fZ')}"
        login = getattr(session.auth_data, "login", None)  # set by accept_any_login
        mechanism = getattr(session.auth_data, "mechanism", None)
        token = getattr(session.auth_data, "token", None)  # XOAUTH2 only
        sidecar = {
            "number": number,
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "received_at": received_at.isoformat(),
            "peer": list(session.peer) if isinstance(session.peer, tuple) else str(session.peer),
            "auth_login": login.decode("utf-8", "replace") if isinstance(login, bytes) else None,
            "auth_mechanism": mechanism,
            "auth_token": token,
            "mail_options": list(envelope.mail_options),
            "size": len(raw),
        }
        self._last = self.directory / f"{stem}.json"
        _write_atomically(self._last, json.dumps(sidecar, indent=2).encode("utf-8"))
        _write_atomically(self.directory / f"{stem}.eml", raw)
        return "250 OK recorded by the supportmail test-bed sink"

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        """AUTH XOAUTH2 (Gmail's, Microsoft 365's): any bearer token is accepted and recorded,
        so a test can check which user and token a client sent."""
        try:
            if len(args) > 1:
                response: Any = b64decode(args[1].encode(), validate=True)
            else:
                response = await server.challenge_auth("")  # decoded, or MISSING
                if not isinstance(response, bytes):
                    return AuthResult(success=False)
            # "user=" USER ^A "auth=Bearer " TOKEN ^A ^A
            parts = response.decode().split("\x01")
            fields = dict(part.split("=", 1) for part in parts if "=" in part)
            user, token = fields["user"], fields["auth"].removeprefix("Bearer ")
        except (ValueError, KeyError, UnicodeDecodeError):
            await server.push("501 5.5.2 Can't decode the XOAUTH2 response")
            return AuthResult(success=False, handled=True)
        auth = SimpleNamespace(login=user.encode(), mechanism="XOAUTH2", token=token)
        return AuthResult(success=True, auth_data=auth)


def accept_any_login(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    """aiosmtpd authenticator accepting every user name and password (the session keeps them)."""
    login = getattr(auth_data, "login", None)
    return AuthResult(success=True, auth_data=SimpleNamespace(login=login, mechanism=mechanism))


def _write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` via a temporary name, so readers never see a partial file."""
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    part.replace(path)


def create_smtp(handler: RecordingHandler) -> SMTP:
    """One SMTP protocol instance (one connection): records through `handler`, AUTH optional
    and always accepted."""
    return SMTP(
        handler,
        hostname="sink.testbed.invalid",
        enable_SMTPUTF8=True,
        auth_required=False,
        auth_require_tls=False,  # plaintext loopback; clients configured with a password work
        authenticator=accept_any_login,
    )


async def serve(directory: Path, host: str, port: int) -> None:
    """Run the sink on host:port until SIGTERM or SIGINT."""
    loop = asyncio.get_running_loop()
    # One handler for every connection: it numbers the messages, and a handler per connection
    # gave two clients delivering at once the same numbers (a sender with several connections
    # open: the listing then put a later message before earlier ones).
    handler = RecordingHandler(directory)
    server = await loop.create_server(lambda: create_smtp(handler), host, port)
    stopped = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stopped.set)
    async with server:
        await stopped.wait()


def run_detached(directory: Path, host: str, port: int, pid_file: Path, log_file: Path) -> None:
    """Fork a background sink that writes its own pid file; the calling process returns at once.

    The double fork leaves the daemon a child of init, so the starter (for example a pytest
    session) need not wait for it and no subprocess handle outlives its owner.
    """
    child = os.fork()
    if child != 0:
        os.waitpid(child, 0)
        return
    os.setsid()
    if os.fork() != 0:
        os._exit(0)
    try:
        log = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(log, 1)
        os.dup2(log, 2)
        pid_file.write_text(f"{os.getpid()}\n", encoding="ascii")
        try:
            asyncio.run(serve(directory, host, port))
        finally:
            with contextlib.suppress(OSError):
                if read_pid(pid_file) == os.getpid():
                    pid_file.unlink()
    except BaseException as exc:  # the daemon has no caller left to report to but its log
        print(f"sink stopped: {exc!r}", file=sys.stderr, flush=True)
        os._exit(1)
    os._exit(0)


class SinkProcess:
    """Controls the background sink process of one test bed."""

    def __init__(self, directory: Path, *, host: str, port: int) -> None:
        self.messages_dir = directory / "sink"
        self.pid_file = directory / "sink.pid"
        self.log_file = directory / "sink.log"
        self.host = host
        self.port = port

    def running_pid(self) -> int | None:
        """Return the pid of *this* test bed's sink, or None when it is not running."""
        pid = read_pid(self.pid_file)
        if pid is not None and self._is_ours(process_cmdline(pid)):
            return pid
        # The pid file may be lost or stale while our sink still runs (and holds the port).
        return find_process(self._is_ours)

    def _is_ours(self, argv: list[str] | None) -> bool:
        """Tell whether `argv` is the command line of this test bed's sink."""
        if argv is None or "supportmail.testbed" not in argv or "sink" not in argv:
            return False
        return "--dir" in argv and str(self.messages_dir) in argv

    def is_ready(self) -> bool:
        """Tell whether our sink runs and accepts connections on its port."""
        return self.running_pid() is not None and port_accepts(self.host, self.port)

    def start(self, timeout: float = 60.0) -> bool:
        """Start the sink unless it already runs; return True when this call started it."""
        if self.running_pid() is not None:
            return False
        if port_accepts(self.host, self.port):
            raise SinkError(
                f"port {self.host}:{self.port} is taken by another program (not this test bed's "
                f"sink); stop it or set SUPPORTMAIL_TESTBED_SMTP_PORT"
            )
        self.messages_dir.mkdir(parents=True, exist_ok=True)
        self.pid_file.unlink(missing_ok=True)
        argv = [
            sys.executable,
            "-P",  # a `supportmail` folder in the working directory must not shadow the package
            "-m",
            "supportmail.testbed",
            "sink",
            "--detach",
            "--dir",
            str(self.messages_dir),
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--pid-file",
            str(self.pid_file),
            "--log-file",
            str(self.log_file),
        ]
        # Make the package importable in the daemon even when supportmail is not pip-installed.
        package_parent = str(Path(__file__).resolve().parents[2])
        pythonpath = os.pathsep.join(p for p in (package_parent, os.environ.get("PYTHONPATH")) if p)
        result = subprocess.run(
            argv,
            env={**os.environ, "PYTHONPATH": pythonpath},
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise SinkError(f"starting the sink failed: {result.stderr.strip()}")
        if not wait_until(self.is_ready, timeout):
            raise SinkError(
                f"the sink did not accept connections on {self.host}:{self.port} within "
                f"{timeout:.0f} s; see {self.log_file}:\n{self._log_tail()}"
            )
        return True

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop our sink if it runs; return True when this call stopped it."""
        pid = self.running_pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        terminate(pid, timeout)
        if pid_alive(pid):
            raise SinkError(f"the sink (pid {pid}) did not stop")
        self.pid_file.unlink(missing_ok=True)
        return True

    def _log_tail(self, lines: int = 15) -> str:
        """The last lines of the sink log, for error messages."""
        try:
            text = self.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])


@dataclass(frozen=True)
class SinkMessage:
    """One recorded message: its envelope, raw bytes and the parsed message."""

    number: int
    path: Path
    mail_from: str
    rcpt_tos: tuple[str, ...]
    received_at: datetime
    auth_login: str | None
    auth_mechanism: str | None
    auth_token: str | None  # the bearer token of an XOAUTH2 login
    raw: bytes
    message: EmailMessage


class Sink:
    """Reads what a sink recorded in a directory: list, wait for arrivals, clear."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def messages(self) -> list[SinkMessage]:
        """Every recorded message, in arrival order."""
        if not self.directory.is_dir():
            return []
        return [self._load(eml) for eml in sorted(self.directory.glob("[0-9]*-*.eml"))]

    def count(self) -> int:
        """How many messages are recorded."""
        if not self.directory.is_dir():
            return 0
        return len(list(self.directory.glob("[0-9]*-*.eml")))

    def wait_for(self, n: int, timeout: float = 60.0, interval: float = 0.05) -> list[SinkMessage]:
        """Wait until at least `n` messages are recorded and return all of them.

        Raises TimeoutError naming how many arrived when fewer than `n` came within `timeout`.
        """
        deadline = time.monotonic() + timeout
        while self.count() < n:
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"expected {n} message(s) in {self.directory} within {timeout} s, "
                    f"got {self.count()}"
                )
            time.sleep(interval)
        return self.messages()

    def clear(self) -> None:
        """Delete every recorded message (the sink numbers from 1 again)."""
        if not self.directory.is_dir():
            return
        for path in self.directory.iterdir():
            if path.is_file():
                path.unlink(missing_ok=True)

    @staticmethod
    def _load(eml: Path) -> SinkMessage:
        """Read one .eml and its sidecar."""
        meta = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        raw = eml.read_bytes()
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        return SinkMessage(
            number=int(meta["number"]),
            path=eml,
            mail_from=str(meta["mail_from"]),
            rcpt_tos=tuple(str(r) for r in meta["rcpt_tos"]),
            received_at=datetime.fromisoformat(meta["received_at"]),
            auth_login=meta.get("auth_login"),
            auth_mechanism=meta.get("auth_mechanism"),
            auth_token=meta.get("auth_token"),
            raw=raw,
            message=parsed,
        )
