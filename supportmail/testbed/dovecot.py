"""A throwaway Dovecot IMAP server on loopback with its own config, state, logs and Maildirs.

Nothing here reads or touches /etc/dovecot or a system Dovecot: the server is started with
`dovecot -c <our config>` and stopped by the pid in its own base_dir.
"""

import contextlib
import grp
import os
import pwd
import shutil
import stat
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from supportmail.testbed._process import (
    find_process,
    pid_alive,
    port_accepts,
    process_cmdline,
    read_pid,
    terminate,
    wait_until,
)
from supportmail.testbed.oauth import INTROSPECTION_PATH
from supportmail.testbed.tls import TestbedTls

DOVECOT_BINARY = Path("/usr/sbin/dovecot")
DOVEADM_BINARY = Path("/usr/bin/doveadm")
APT_PACKAGE = "dovecot-imapd"
# Dovecot refuses to store mail as root, so the Maildirs belong to this unprivileged system user.
MAIL_USER = "supportmail-testbed"
POLICY_RC_D = Path("/usr/sbin/policy-rc.d")

Say = Callable[[str], None]


class DovecotError(Exception):
    """The test-bed Dovecot cannot be installed, started, stopped or queried."""


@dataclass(frozen=True)
class DovecotPaths:
    """Where one test-bed Dovecot keeps its config, runtime files, logs and mail."""

    root: Path

    @property
    def config(self) -> Path:
        """The generated dovecot.conf."""
        return self.root / "dovecot.conf"

    @property
    def users_file(self) -> Path:
        """The passwd-file with the test users and their test-only password."""
        return self.root / "users"

    @property
    def base_dir(self) -> Path:
        """Dovecot's base_dir: sockets and master.pid."""
        return self.root / "run"

    @property
    def state_dir(self) -> Path:
        """Dovecot's state_dir."""
        return self.root / "state"

    @property
    def log_file(self) -> Path:
        """Every Dovecot log line (errors, info, auth)."""
        return self.root / "dovecot.log"

    @property
    def stderr_file(self) -> Path:
        """The Dovecot master's stdout and stderr (startup errors before logging is set up)."""
        return self.root / "master.err"

    @property
    def pid_file(self) -> Path:
        """The master pid file Dovecot writes into its base_dir."""
        return self.base_dir / "master.pid"

    @property
    def oauth2_file(self) -> Path:
        """The oauth2 passdb's settings (where to introspect tokens)."""
        return self.root / "dovecot-oauth2.conf.ext"

    @property
    def mail_root(self) -> Path:
        """Home directories of the test users; each holds a Maildir."""
        return self.root.parent / "mail"


class DovecotServer:
    """Controls one test-bed Dovecot: install, configure, start, stop, status, doveadm."""

    def __init__(
        self,
        directory: Path,
        *,
        host: str,
        port: int,
        imaps_port: int,
        oauth_port: int,
        users: Sequence[str],
        password: str,
    ) -> None:
        self.paths = DovecotPaths(directory / "dovecot")
        self.host = host
        self.port = port
        self.imaps_port = imaps_port
        self.oauth_port = oauth_port
        self.tls = TestbedTls(directory / "tls")
        self.users = tuple(users)
        self.password = password

    # -- installation -------------------------------------------------------------------------

    @staticmethod
    def is_installed() -> bool:
        """Tell whether the dovecot and doveadm binaries exist."""
        return DOVECOT_BINARY.exists() and DOVEADM_BINARY.exists()

    @staticmethod
    def install(say: Say) -> None:
        """Install dovecot-imapd with apt-get without leaving the system's Dovecot running."""
        if os.geteuid() != 0:
            raise DovecotError(
                f"{DOVECOT_BINARY} is missing and installing {APT_PACKAGE} needs root: "
                f"run `sudo apt-get install -y {APT_PACKAGE}`"
            )
        if shutil.which("apt-get") is None:
            raise DovecotError(
                f"{DOVECOT_BINARY} is missing and there is no apt-get here: "
                f"install Dovecot 2.3 (package {APT_PACKAGE} on Debian/Ubuntu) by hand"
            )
        say(f"{DOVECOT_BINARY} is missing: installing {APT_PACKAGE} with apt-get")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        install = ["apt-get", "install", "-y", "-q", "--no-install-recommends", APT_PACKAGE]
        # policy-rc.d exit 101 tells the package scripts not to start the system Dovecot on 143.
        own_policy = not POLICY_RC_D.exists()
        if own_policy:
            POLICY_RC_D.write_text("#!/bin/sh\nexit 101\n", encoding="ascii")
            POLICY_RC_D.chmod(0o755)
        try:
            if subprocess.run(install, env=env, check=False).returncode != 0:
                say("apt-get install failed: running apt-get update and trying again")
                subprocess.run(["apt-get", "update", "-q"], env=env, check=False)
                if subprocess.run(install, env=env, check=False).returncode != 0:
                    raise DovecotError(f"`{' '.join(install)}` failed; see its output above")
        finally:
            if own_policy:
                POLICY_RC_D.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            subprocess.run(
                ["systemctl", "disable", "--now", "dovecot"], capture_output=True, check=False
            )
        if not DovecotServer.is_installed():
            raise DovecotError(f"{APT_PACKAGE} is installed but {DOVECOT_BINARY} is still missing")

    # -- state ----------------------------------------------------------------------------------

    def running_pid(self) -> int | None:
        """Return the master pid of *this* test-bed Dovecot, or None when it is not running."""
        pid = read_pid(self.paths.pid_file)
        if pid is not None and self._is_ours(process_cmdline(pid)):
            return pid
        # The pid file may be lost or stale while our master still runs (and holds the port).
        return find_process(self._is_ours)

    def _is_ours(self, argv: list[str] | None) -> bool:
        """Tell whether `argv` is the command line of our Dovecot master."""
        return argv is not None and argv[-2:] == ["-c", str(self.paths.config)]

    def is_ready(self) -> bool:
        """Tell whether our Dovecot runs and accepts connections on its IMAP port."""
        return self.running_pid() is not None and port_accepts(self.host, self.port)

    # -- start / stop ---------------------------------------------------------------------------

    def start(self, say: Say, *, install: bool = True, timeout: float = 60.0) -> bool:
        """Start our Dovecot unless it already runs; return True when this call started it."""
        if self.running_pid() is not None:
            return False
        if not self.is_installed():
            if not install:
                raise DovecotError(
                    f"{DOVECOT_BINARY} is missing: run scripts/testbed start "
                    f"(it installs {APT_PACKAGE}) or apt-get install -y {APT_PACKAGE}"
                )
            self.install(say)
        if os.geteuid() != 0:
            raise DovecotError("the Dovecot test bed must be started as root (it switches uids)")
        if port_accepts(self.host, self.port):
            raise DovecotError(
                f"port {self.host}:{self.port} is taken by another program (not the test bed in "
                f"{self.paths.root.parent}); stop it or set SUPPORTMAIL_TESTBED_IMAP_PORT"
            )
        uid, gid = ensure_mail_user(say)
        self._write_files(uid, gid)
        # A pid file left by a killed run would make Dovecot refuse to start.
        self.paths.pid_file.unlink(missing_ok=True)
        # The master keeps its stderr open for life: a pipe here would never reach EOF.
        with self.paths.stderr_file.open("w", encoding="utf-8") as stderr:
            returncode = subprocess.run(
                [str(DOVECOT_BINARY), "-c", str(self.paths.config)],
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
                check=False,
            ).returncode
        if returncode != 0:
            raise DovecotError(
                f"dovecot -c {self.paths.config} failed ({returncode}): "
                f"{self.paths.stderr_file.read_text(encoding='utf-8').strip()}\n{self._log_tail()}"
            )
        if not wait_until(self.is_ready, timeout):
            raise DovecotError(
                f"Dovecot did not accept connections on {self.host}:{self.port} within "
                f"{timeout:.0f} s\n{self._log_tail()}"
            )
        return True

    def stop(self, timeout: float = 30.0) -> bool:
        """Stop our Dovecot if it runs; return True when this call stopped it."""
        pid = self.running_pid()
        if pid is None:
            self.paths.pid_file.unlink(missing_ok=True)
            return False
        terminate(pid, timeout)
        # The listener lingers briefly after the master exits; a quick restart must find it free.
        wait_until(lambda: not port_accepts(self.host, self.port), 30.0)
        if pid_alive(pid):
            raise DovecotError(f"Dovecot (pid {pid}) did not stop")
        return True

    # -- doveadm ----------------------------------------------------------------------------------

    def doveadm(self, *args: str) -> str:
        """Run `doveadm -c <our config> ARGS...` and return its stdout."""
        result = subprocess.run(
            [str(DOVEADM_BINARY), "-c", str(self.paths.config), *args],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise DovecotError(
                f"doveadm {' '.join(args)} failed ({result.returncode}): {result.stderr.strip()}"
            )
        return result.stdout

    def uidvalidity(self, user: str, folder: str) -> int:
        """Return the UIDVALIDITY of `folder` in `user`'s account, as the server stores it."""
        out = self.doveadm("mailbox", "status", "-u", user, "uidvalidity", folder)
        return int(out.strip().rpartition("uidvalidity=")[2])

    def change_uidvalidity(self, user: str, folder: str) -> int:
        """Give `folder` a new UIDVALIDITY (messages and UIDs stay); return the new value."""
        new = self.uidvalidity(user, folder) + 1
        self.doveadm("mailbox", "update", "-u", user, "--uid-validity", str(new), folder)
        return new

    # -- files ------------------------------------------------------------------------------------

    def _write_files(self, uid: int, gid: int) -> None:
        """Create the directories, the passwd-file and dovecot.conf for this run."""
        root = self.paths.root
        for directory in (root, self.paths.state_dir, self.paths.mail_root):
            directory.mkdir(parents=True, exist_ok=True)
            directory.chmod(0o755)
        check_traversable(self.paths.mail_root)
        if self.paths.mail_root.stat().st_uid != uid:
            # A fresh directory, or one left by a mail user since recreated with another uid.
            for walked, _dirs, files in os.walk(self.paths.mail_root):
                os.chown(walked, uid, gid)
                for name in files:
                    os.chown(os.path.join(walked, name), uid, gid)
        # Test-only credentials on loopback: world-readable so Dovecot's auth process can read it.
        self.paths.users_file.write_text(
            "".join(f"{user}:{{PLAIN}}{self.password}::::::\n" for user in self.users),
            encoding="utf-8",
        )
        self.paths.users_file.chmod(0o644)
        self.tls.ensure()
        self.paths.oauth2_file.write_text(
            "introspection_mode = post\n"
            f"introspection_url = http://{self.host}:{self.oauth_port}"
            f"{INTROSPECTION_PATH}\n"
            "force_introspection = yes\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n",
            encoding="utf-8",
        )
        self.paths.config.write_text(self._config_text(uid, gid), encoding="utf-8")

    def _config_text(self, uid: int, gid: int) -> str:
        """The complete dovecot.conf: plaintext IMAP on loopback, passwd-file users, Maildir."""
        p = self.paths
        return f"""\
# Generated by supportmail.testbed; rewritten on every start. TEST ONLY: plaintext, fixed password.
instance_name = supportmail-testbed-{self.port}
base_dir = {p.base_dir}
state_dir = {p.state_dir}
log_path = {p.log_file}
protocols = imap
listen = {self.host}
# TLS with a throwaway CA (tls/ca.pem): STARTTLS on the IMAP port, implicit TLS on imaps.
ssl = yes
ssl_cert = <{self.tls.cert_file}
ssl_key = <{self.tls.key_file}
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
auth_verbose = yes
first_valid_uid = {uid}
last_valid_uid = {uid}
mail_uid = {uid}
mail_gid = {gid}
mail_location = maildir:~/Maildir

passdb {{
  driver = passwd-file
  mechanisms = none plain login
  args = scheme=PLAIN username_format=%u {p.users_file}
}}
# XOAUTH2 / OAUTHBEARER: tokens checked by the introspection endpoint a test runs
# (supportmail.testbed.oauth) on port {self.oauth_port}.
passdb {{
  driver = oauth2
  mechanisms = xoauth2 oauthbearer
  args = {p.oauth2_file}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={p.mail_root}/%u
}}

service imap-login {{
  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.imaps_port}
  }}
}}

protocol imap {{
  # Tests and benchmarks open many sessions from 127.0.0.1 at once.
  mail_max_userip_connections = 200
}}
"""

    def _log_tail(self, lines: int = 15) -> str:
        """The last lines of our Dovecot log, for error messages."""
        try:
            text = self.paths.log_file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return f"(no log at {self.paths.log_file})"
        return "\n".join(text.splitlines()[-lines:])


def ensure_mail_user(say: Say) -> tuple[int, int]:
    """Return uid and gid of the unprivileged mail owner, creating the system user if missing."""
    try:
        entry = pwd.getpwnam(MAIL_USER)
    except KeyError:
        say(f"creating system user {MAIL_USER} to own the test-bed Maildirs")
        result = subprocess.run(
            [
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--home-dir",
                "/nonexistent",
                "--shell",
                "/usr/sbin/nologin",
                MAIL_USER,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 and "already exists" not in result.stderr:
            raise DovecotError(f"useradd {MAIL_USER} failed: {result.stderr.strip()}") from None
        entry = pwd.getpwnam(MAIL_USER)
    grp.getgrgid(entry.pw_gid)  # fails loudly if the group vanished
    return entry.pw_uid, entry.pw_gid


def check_traversable(path: Path) -> None:
    """Fail when an ancestor of `path` is closed to other users, as Dovecot's users need it."""
    for ancestor in [path, *path.parents]:
        mode = ancestor.stat().st_mode
        if not mode & stat.S_IXOTH:
            raise DovecotError(
                f"{ancestor} is not searchable by other users (mode {stat.filemode(mode)}), so "
                f"Dovecot's unprivileged processes cannot reach {path}; choose another "
                f"SUPPORTMAIL_TESTBED_DIR or chmod o+x {ancestor}"
            )
