"""The real test bed: a throwaway Dovecot IMAP server and an SMTP sink, both on loopback.

Used by `scripts/testbed`, the pytest fixtures in tests/conftest.py and `supportmail demo`.
Everything lives under one directory (default `<repo>/.testbed`)::

    dovecot/dovecot.conf users dovecot.log run/ state/   generated on every start
    mail/<user>/Maildir/                                  owned by the supportmail-testbed user
    sink/NNNNNN-<time>.eml + .json                        what the SMTP sink received
    sink.pid sink.log

    ports.json                                            the ports in use (testbed.ports)

TEST ONLY: IMAP is plaintext on loopback and every user's password is `testpass`. XOAUTH2 is
checked by an introspection endpoint a test runs on the test bed's `oauth_port`
(`testbed.oauth`). Environment: SUPPORTMAIL_TESTBED_DIR, SUPPORTMAIL_TESTBED_IMAP_PORT and
SUPPORTMAIL_TESTBED_SMTP_PORT; a port not given is the one recorded in ports.json, first chosen
free (10143 and 10025 when those are free).
"""

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from supportmail.testbed import ports
from supportmail.testbed.dovecot import DovecotError, DovecotServer
from supportmail.testbed.oauth import IntrospectionServer
from supportmail.testbed.sink import Sink, SinkError, SinkProcess

__all__ = [
    "AGENT_ADDRESS",
    "CUSTOMER_ADDRESS",
    "SUPPORT_ADDRESS",
    "TEST_PASSWORD",
    "Sink",
    "Testbed",
    "TestbedError",
    "TestbedSettings",
]

SUPPORT_ADDRESS = "support@houseware.io"
AGENT_ADDRESS = "agent@houseware.io"
CUSTOMER_ADDRESS = "customer@example.com"
USERS = (SUPPORT_ADDRESS, AGENT_ADDRESS, CUSTOMER_ADDRESS)
TEST_PASSWORD = "testpass"  # noqa: S105 -- test-only; the test bed listens on loopback alone
HOST = "127.0.0.1"
DEFAULT_IMAP_PORT = 10143
DEFAULT_SMTP_PORT = 10025


class TestbedError(Exception):
    """The test bed cannot be started, stopped or reached; the message says what is missing."""

    __test__ = False  # not a pytest test class despite the name


def default_directory() -> Path:
    """`<repo>/.testbed` for a source checkout, else `.testbed` in the working directory."""
    repo = Path(__file__).resolve().parents[2]
    if (repo / "pyproject.toml").is_file():
        return repo / ".testbed"
    return Path.cwd() / ".testbed"


@dataclass(frozen=True)
class TestbedSettings:
    """Where the test bed lives and which loopback ports it uses.

    Built directly, IMAP and SMTP are as given, and imaps and oauth, unless given, are chosen
    by `testbed.ports` when a Testbed is made. Built by `from_env` or `chosen`, every port comes
    from `testbed.ports` and is recorded.
    """

    __test__ = False

    directory: Path
    imap_port: int = DEFAULT_IMAP_PORT
    smtp_port: int = DEFAULT_SMTP_PORT
    host: str = HOST
    imaps_port: int | None = None
    oauth_port: int | None = None
    # The names of the ports chosen by `testbed.ports` that may be chosen again at start when
    # another program took them meanwhile (empty: every port is fixed).
    movable: frozenset[str] = frozenset()

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "TestbedSettings":
        """Read SUPPORTMAIL_TESTBED_DIR, _IMAP_PORT and _SMTP_PORT; other ports as recorded."""
        env = os.environ if environ is None else environ
        raw_dir = env.get("SUPPORTMAIL_TESTBED_DIR")
        directory = Path(raw_dir) if raw_dir else default_directory()
        return cls.chosen(directory.resolve(), env)

    @classmethod
    def chosen(cls, directory: Path, env: Mapping[str, str]) -> "TestbedSettings":
        """The settings for `directory`, ports pinned by `env` or else recorded or chosen."""
        try:
            found = ports.resolve(directory, env)
        except ports.PortError as exc:
            raise TestbedError(str(exc)) from None
        return cls._of(directory, found)

    @classmethod
    def _of(cls, directory: Path, found: ports.Ports) -> "TestbedSettings":
        return cls(
            directory=directory,
            imap_port=found.imap,
            smtp_port=found.smtp,
            imaps_port=found.imaps,
            oauth_port=found.oauth,
            movable=frozenset(found.as_dict()) - found.pinned,
        )

    def with_busy_ports_moved(self) -> "TestbedSettings":
        """These settings, with any movable port another program now holds chosen afresh."""
        if not self.movable:
            return self
        pinned = {"imap": self.imap_port, "smtp": self.smtp_port}
        env = {
            ports.PINNED_BY[name]: str(port)
            for name, port in pinned.items()
            if name not in self.movable
        }
        found = ports.resolve(self.directory, env, repick_busy=True)
        return replace(self._of(self.directory, found), host=self.host)


@dataclass(frozen=True)
class TestbedStatus:
    """What runs right now."""

    __test__ = False

    dovecot_pid: int | None
    sink_pid: int | None

    @property
    def running(self) -> bool:
        """Both servers run."""
        return self.dovecot_pid is not None and self.sink_pid is not None


class Testbed:
    """Controls and describes one test bed: Dovecot on imap_port, the sink on smtp_port."""

    __test__ = False

    def __init__(self, settings: TestbedSettings) -> None:
        self._use(settings)

    def _use(self, settings: TestbedSettings) -> None:
        if settings.imaps_port is None or settings.oauth_port is None:
            env = {
                ports.PINNED_BY["imap"]: str(settings.imap_port),
                ports.PINNED_BY["smtp"]: str(settings.smtp_port),
            }
            found = ports.resolve(settings.directory, env)
            settings = replace(
                settings,
                imaps_port=settings.imaps_port or found.imaps,
                oauth_port=settings.oauth_port or found.oauth,
            )
        self.settings = settings
        self.dovecot = DovecotServer(
            settings.directory,
            host=settings.host,
            port=settings.imap_port,
            imaps_port=self.imaps_port,
            oauth_port=self.oauth_port,
            users=USERS,
            password=TEST_PASSWORD,
        )
        self.sink_process = SinkProcess(
            settings.directory, host=settings.host, port=settings.smtp_port
        )

    @classmethod
    def from_env(cls) -> "Testbed":
        """The test bed the environment describes (see TestbedSettings.from_env)."""
        return cls(TestbedSettings.from_env())

    # -- what clients need --------------------------------------------------------------------

    @property
    def directory(self) -> Path:
        """The test-bed directory."""
        return self.settings.directory

    @property
    def imap_host(self) -> str:
        """Loopback address Dovecot listens on."""
        return self.settings.host

    @property
    def imap_port(self) -> int:
        """Plaintext IMAP port."""
        return self.settings.imap_port

    @property
    def imaps_port(self) -> int:
        """The implicit-TLS IMAP port (certificate signed by `ca_file`)."""
        assert self.settings.imaps_port is not None  # filled in by _use
        return self.settings.imaps_port

    @property
    def oauth_port(self) -> int:
        """Where Dovecot asks whether an XOAUTH2 token is valid (`IntrospectionServer`)."""
        assert self.settings.oauth_port is not None  # filled in by _use
        return self.settings.oauth_port

    def introspection(self) -> IntrospectionServer:
        """The token introspection endpoint Dovecot asks (start it with `.running()`)."""
        return IntrospectionServer(self.settings.host, self.oauth_port)

    @property
    def ca_file(self) -> Path:
        """The test bed's throwaway CA certificate, for clients that check TLS (TEST ONLY)."""
        return self.dovecot.tls.ca_file

    @property
    def smtp_host(self) -> str:
        """Loopback address the sink listens on."""
        return self.settings.host

    @property
    def smtp_port(self) -> int:
        """SMTP port of the sink (no TLS, AUTH optional and always accepted)."""
        return self.settings.smtp_port

    @property
    def users(self) -> tuple[str, ...]:
        """IMAP logins: support@houseware.io, agent@houseware.io, customer@example.com."""
        return USERS

    @property
    def password(self) -> str:
        """The one test-only password of every user."""
        return TEST_PASSWORD

    @property
    def sink_dir(self) -> Path:
        """Where the sink records messages."""
        return self.sink_process.messages_dir

    @property
    def dovecot_config(self) -> Path:
        """Our generated dovecot.conf (for `doveadm -c`)."""
        return self.dovecot.paths.config

    def sink(self) -> Sink:
        """A reader for what the sink recorded."""
        return Sink(self.sink_dir)

    # -- control ----------------------------------------------------------------------------------

    def status(self) -> TestbedStatus:
        """Which of the two servers run (checked by pid file, process argv and port)."""
        return TestbedStatus(
            dovecot_pid=self.dovecot.running_pid() if self.dovecot.is_ready() else None,
            sink_pid=self.sink_process.running_pid() if self.sink_process.is_ready() else None,
        )

    def start(self, say: Callable[[str], None] = print, *, install: bool = True) -> bool:
        """Start whatever is not running, wait for both ports; True when anything was started.

        With `install`, a missing Dovecot is installed with apt-get first.
        """
        self.directory.mkdir(parents=True, exist_ok=True)
        self.directory.chmod(0o755)
        status = self.status()
        if status.dovecot_pid is None and status.sink_pid is None:
            # Nothing of ours runs: a recorded port another program took meanwhile is replaced.
            moved = self.settings.with_busy_ports_moved()
            if moved != self.settings:
                self._use(moved)
        try:
            started_dovecot = self.dovecot.start(say, install=install)
            started_sink = self.sink_process.start()
        except (DovecotError, SinkError) as exc:
            raise TestbedError(str(exc)) from exc
        return started_dovecot or started_sink

    def stop(self) -> bool:
        """Stop both servers if they run; True when anything was stopped."""
        try:
            stopped_sink = self.sink_process.stop()
            stopped_dovecot = self.dovecot.stop()
        except (DovecotError, SinkError) as exc:
            raise TestbedError(str(exc)) from exc
        return stopped_sink or stopped_dovecot

    def change_uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        """Give `folder` of `user` a new UIDVALIDITY via doveadm; return the new value."""
        try:
            return self.dovecot.change_uidvalidity(user, folder)
        except DovecotError as exc:
            raise TestbedError(str(exc)) from exc

    def describe(self) -> str:
        """Human-readable ports and paths."""
        return "\n".join(
            [
                f"IMAP  {self.imap_host}:{self.imap_port}  (plaintext; users {', '.join(USERS)}; "
                f"password {TEST_PASSWORD!r}, test only)",
                f"SMTP  {self.smtp_host}:{self.smtp_port}  (sink; AUTH optional)",
                f"IMAPS {self.imap_host}:{self.imaps_port}  (implicit TLS, CA {self.ca_file})",
                f"OAUTH {self.imap_host}:{self.oauth_port}  (XOAUTH2 introspection, run by tests)",
                f"dir   {self.directory}",
                f"      dovecot config {self.dovecot_config}",
                f"      dovecot log    {self.dovecot.paths.log_file}",
                f"      Maildirs       {self.dovecot.paths.mail_root}",
                f"      sink messages  {self.sink_dir}",
                f"      sink log       {self.sink_process.log_file}",
            ]
        )

    def env_exports(self) -> dict[str, str]:
        """Environment variables describing this test bed, for `eval "$(... env)"`."""
        return {
            "SUPPORTMAIL_TESTBED_DIR": str(self.directory),
            "SUPPORTMAIL_TESTBED_IMAP_HOST": self.imap_host,
            "SUPPORTMAIL_TESTBED_IMAP_PORT": str(self.imap_port),
            "SUPPORTMAIL_TESTBED_SMTP_HOST": self.smtp_host,
            "SUPPORTMAIL_TESTBED_SMTP_PORT": str(self.smtp_port),
            "SUPPORTMAIL_TESTBED_IMAPS_PORT": str(self.imaps_port),
            "SUPPORTMAIL_TESTBED_OAUTH_PORT": str(self.oauth_port),
            "SUPPORTMAIL_TESTBED_PASSWORD": TEST_PASSWORD,
            "SUPPORTMAIL_TESTBED_SINK_DIR": str(self.sink_dir),
            "SUPPORTMAIL_TESTBED_DOVECOT_CONFIG": str(self.dovecot_config),
        }
