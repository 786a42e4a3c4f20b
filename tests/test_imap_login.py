"""A LOGIN the server answers NO is a refusal (a person must act); a connection dropped during
LOGIN is transient (a server restarting), so the daemon retries it soon, not in 10 minutes."""

import dataclasses
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from supportmail.config import ImapConfig, load_config
from supportmail.config.reader import Secret
from supportmail.errors import LoginError, TransientError
from supportmail.inbound.imap import ImapMailbox
from supportmail.testbed import Testbed, TestbedSettings
from tests.support.desk import write_config


def _imap(testbed: Testbed, tmp_path: Path, **changes: object) -> ImapConfig:
    config = load_config(write_config(tmp_path, testbed, f"sqlite:///{tmp_path}/x.sqlite3"))
    return dataclasses.replace(config.imap, **changes)  # type: ignore[arg-type]


@contextmanager
def hanging_up_at_login() -> Iterator[int]:
    """A loopback server that greets as IMAP, answers CAPABILITY and closes the connection
    when LOGIN comes; its port."""
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        connection, _ = listener.accept()
        with connection, connection.makefile("rb") as lines:
            connection.sendall(b"* OK ready\r\n")
            for line in lines:
                tag, _, command = line.decode("ascii").partition(" ")
                if not command.upper().startswith("CAPABILITY"):
                    return  # LOGIN: hang up instead of answering
                connection.sendall(f"* CAPABILITY IMAP4rev1\r\n{tag} OK done\r\n".encode())

    server = threading.Thread(target=serve, daemon=True)
    server.start()
    try:
        yield int(listener.getsockname()[1])
    finally:
        server.join(timeout=30)
        listener.close()


def test_a_connection_dropped_during_login_is_transient(tmp_path: Path) -> None:
    """EOF where the answer to LOGIN should be is a TransientError, not a LoginError."""
    unused = Testbed(TestbedSettings(tmp_path / "unused"))  # only for the config
    with hanging_up_at_login() as port:
        imap = ImapMailbox(_imap(unused, tmp_path, port=port))
        with pytest.raises(TransientError) as raised:
            imap.connect()
    assert not isinstance(raised.value, LoginError)
    assert "connection lost" in str(raised.value)


@pytest.mark.imap
def test_a_wrong_password_is_a_refused_login(testbed: Testbed, tmp_path: Path) -> None:
    """Dovecot's NO to LOGIN with a wrong password is a LoginError."""
    config = _imap(testbed, tmp_path, password=Secret("wrong"))
    with pytest.raises(LoginError, match="login refused"):
        ImapMailbox(config).connect()
