"""SmtpSender against real aiosmtpd servers on loopback: delivery, TLS, login and error mapping.

The server helpers (`Recorder`, `smtp_server`, `smtp_config`) are in tests/support/smtp.py.
"""

import asyncio
import ssl
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword

from supportmail.config import OAuth2
from supportmail.config.reader import Secret
from supportmail.errors import LoginError, PermanentError, TransientError
from supportmail.outbound import smtp
from supportmail.outbound.smtp import (
    SmtpSender,
    SmtpUnavailableError,
    UnknownResultError,
    data_form,
)
from supportmail.testbed.proxy import TcpProxy
from tests.support.net import free_port
from tests.support.smtp import Recorder, make_sender, smtp_config, smtp_server

pytestmark = pytest.mark.smtp

RAW = b"From: support@houseware.io\r\nTo: jane@acme.example\r\nSubject: hi\r\n\r\nHello.\r\n"


def send(
    sender: SmtpSender, raw: bytes = RAW, to: tuple[str, ...] = ("jane@acme.example",)
) -> list[str]:
    """Send one message on a fresh event loop; the refusals as "address: code text" lines."""
    return [str(r) for r in asyncio.run(sender.send(raw, "support@houseware.io", list(to)))]


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate and key for 127.0.0.1."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def server_context(files: tuple[Path, Path]) -> ssl.SSLContext:
    """The server side of the test certificate."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*files)
    return context


def test_delivers_bytes_and_envelope(recorder: Recorder) -> None:
    """The server receives exactly our bytes, from and to the envelope addresses given."""
    with smtp_server(recorder) as port:
        refused = send(make_sender(smtp_config(port)), to=("jane@acme.example", "bob@acme.example"))
    assert refused == []
    [delivery] = recorder.deliveries
    assert delivery.mail_from == "support@houseware.io"
    assert delivery.rcpt_tos == ["jane@acme.example", "bob@acme.example"]
    assert delivery.raw == RAW


# aiosmtplib's own DATA transformation, which `data_form` must match byte for byte.
def _aiosmtplib_form(raw: bytes) -> bytes:
    from aiosmtplib.protocol import PERIOD_REGEX, normalize_message_line_endings

    return PERIOD_REGEX.sub(b"..", normalize_message_line_endings(raw)) + b".\r\n"


@pytest.mark.parametrize(
    "raw",
    [
        RAW,
        b"",
        b"no line end",
        b".starts with a dot\r\n..two\r\nin.the middle\r\n.\r\nlast",
        b"bare\nLF\rCR\r\n\r\r\n\n.dot after LF\r.dot after CR\n",
        b"Subject: x\r\n\r\n" + bytes(range(256)) * 3,
    ],
)
def test_data_form_is_what_aiosmtplib_sends(raw: bytes) -> None:
    """The bytes put on the wire after DATA are the ones aiosmtplib's data() would send:
    CRLF line ends, dots doubled at line starts, the final CRLF . CRLF."""
    assert data_form(raw) == _aiosmtplib_form(raw)


def test_lines_starting_with_a_dot_arrive_intact(recorder: Recorder) -> None:
    """A mail with lines that start with dots (and one that is only a dot) arrives as sent."""
    raw = RAW + b".hidden\r\n.\r\n..\r\nend\r\n"
    with smtp_server(recorder) as port:
        assert send(make_sender(smtp_config(port)), raw) == []
    assert recorder.deliveries[0].raw == raw


def test_batch_uses_one_connection(recorder: Recorder) -> None:
    """Inside `async with`, several messages share one connection; outside, each connects."""

    async def batch(sender: SmtpSender) -> None:
        async with sender:
            for _ in range(3):
                await sender.send(RAW, "support@houseware.io", ["jane@acme.example"])

    with smtp_server(recorder) as port:
        asyncio.run(batch(make_sender(smtp_config(port))))
        send(make_sender(smtp_config(port)))
    peers = [d.peer for d in recorder.deliveries]
    assert len(peers) == 4 and len(set(peers[:3])) == 1 and peers[3] != peers[0]


def test_a_kept_connection_the_server_dropped_is_replaced(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection kept open between messages (the daemon's fresh lane keeps its block open)
    that the server has closed meanwhile does not fail the next message: it is checked before
    use and replaced."""
    monkeypatch.setattr(smtp, "CHECK_IDLE_AFTER", 0.0)  # check every reuse

    async def two(sender: SmtpSender, proxy: TcpProxy) -> None:
        async with sender:
            await sender.send(RAW, "support@houseware.io", ["jane@acme.example"])
            proxy.cut()  # the server side is gone; the idle connection has not noticed yet
            proxy.start()
            await sender.send(RAW, "support@houseware.io", ["jane@acme.example"])

    with smtp_server(recorder) as port:
        proxy = TcpProxy(("127.0.0.1", port))
        proxy.start()
        try:
            asyncio.run(two(make_sender(smtp_config(proxy.port)), proxy))
        finally:
            proxy.cut()
    peers = [d.peer for d in recorder.deliveries]
    assert len(peers) == 2 and peers[0] != peers[1]


@pytest.mark.parametrize(
    ("reply", "error"),
    [("451 4.3.0 try again later", TransientError), ("550 5.7.1 rejected", PermanentError)],
)
def test_data_refusal_is_mapped(recorder: Recorder, reply: str, error: type[Exception]) -> None:
    """A 4xx answer to DATA is transient, a 5xx permanent; the connection stays usable."""
    recorder.data_replies = [reply]

    async def two(sender: SmtpSender) -> None:
        async with sender:
            with pytest.raises(error, match=reply[:3]):
                await sender.send(RAW, "support@houseware.io", ["jane@acme.example"])
            await sender.send(RAW, "support@houseware.io", ["jane@acme.example"])

    with smtp_server(recorder) as port:
        asyncio.run(two(make_sender(smtp_config(port))))
    assert len(recorder.deliveries) == 1


@pytest.mark.parametrize(
    ("replies", "error"),
    [
        ({"jane@acme.example": "550 5.1.1 no such user"}, PermanentError),
        ({"jane@acme.example": "450 4.2.0 greylisted"}, TransientError),
    ],
)
def test_every_recipient_refused(
    recorder: Recorder, replies: dict[str, str], error: type[Exception]
) -> None:
    """When no recipient is taken, 5xx refusals are permanent and 4xx ones transient."""
    recorder.rcpt_replies = replies
    with smtp_server(recorder) as port, pytest.raises(error, match="refused every recipient"):
        send(make_sender(smtp_config(port)))
    assert recorder.deliveries == []


def test_some_recipients_refused(recorder: Recorder) -> None:
    """A partly refused message is delivered to the others and the refusals are reported."""
    recorder.rcpt_replies = {"gone@acme.example": "550 5.1.1 no such user"}
    with smtp_server(recorder) as port:
        refused = send(
            make_sender(smtp_config(port)), to=("gone@acme.example", "jane@acme.example")
        )
    assert refused == ["gone@acme.example: 550 5.1.1 no such user"]
    assert recorder.deliveries[0].rcpt_tos == ["jane@acme.example"]


def test_server_down_is_unavailable() -> None:
    """Connection refused is a transient 'server unavailable', naming host and port."""
    port = free_port()
    with pytest.raises(SmtpUnavailableError, match=f"127.0.0.1:{port}"):
        send(make_sender(smtp_config(port)))


def test_drop_after_data_is_unknown(recorder: Recorder) -> None:
    """A connection lost after DATA means the outcome is unknown, and the next send reconnects."""
    recorder.data_replies = ["drop"]

    async def two(sender: SmtpSender) -> None:
        async with sender:
            with pytest.raises(UnknownResultError, match="after DATA"):
                await sender.send(RAW, "support@houseware.io", ["jane@acme.example"])
            await sender.send(RAW, "support@houseware.io", ["jane@acme.example"])

    with smtp_server(recorder) as port:
        asyncio.run(two(make_sender(smtp_config(port))))
    assert len(recorder.deliveries) == 2


def test_starttls_required_but_not_offered(recorder: Recorder) -> None:
    """With tls = "starttls", a server without STARTTLS gets nothing, not even the envelope."""
    with smtp_server(recorder) as port, pytest.raises(SmtpUnavailableError, match="STARTTLS"):
        send(make_sender(smtp_config(port, tls="starttls")))
    assert recorder.deliveries == []


def test_starttls_with_verified_certificate(
    recorder: Recorder, tls_files: tuple[Path, Path]
) -> None:
    """STARTTLS works against a server whose certificate the context trusts."""
    trusting = ssl.create_default_context(cafile=str(tls_files[0]))
    with smtp_server(
        recorder, tls_context=server_context(tls_files), require_starttls=True
    ) as port:
        send(make_sender(smtp_config(port, tls="starttls"), tls_context=trusting))
    assert len(recorder.deliveries) == 1


def test_implicit_tls_verifies_the_certificate(
    recorder: Recorder, tls_files: tuple[Path, Path]
) -> None:
    """Implicit TLS refuses an untrusted certificate and works once the certificate is trusted."""
    with smtp_server(recorder, ssl_context=server_context(tls_files)) as port:
        with pytest.raises(SmtpUnavailableError, match=r"(?i)certificate"):
            send(make_sender(smtp_config(port, tls="implicit")))
        trusting = ssl.create_default_context(cafile=str(tls_files[0]))
        send(make_sender(smtp_config(port, tls="implicit"), tls_context=trusting))
    assert len(recorder.deliveries) == 1


def password_checker(
    server: Any, session: Any, envelope: Any, mechanism: str, data: Any
) -> AuthResult:
    """aiosmtpd authenticator accepting only smtp-user / right-password."""
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        b"smtp-user",
        b"right-password",
    )
    return AuthResult(success=ok, handled=False)


@pytest.mark.parametrize(("password", "works"), [("right-password", True), ("wrong", False)])
def test_password_login(recorder: Recorder, password: str, works: bool) -> None:
    """The password from the Secret logs in; a refused login is a LoginError."""
    config_changes = {"auth": "password", "username": "smtp-user", "password": Secret(password)}
    with smtp_server(recorder, authenticator=password_checker, auth_require_tls=False) as port:
        sender = make_sender(smtp_config(port, **config_changes))
        if works:
            send(sender)
        else:
            with pytest.raises(LoginError, match="refused the login: 535"):
                send(sender)
    assert len(recorder.deliveries) == (1 if works else 0)


def test_xoauth2_login(recorder: Recorder, tmp_path: Path) -> None:
    """XOAUTH2 sends user=...^Aauth=Bearer <token>^A^A with the token from the token file."""
    token_file = tmp_path / "token"
    token_file.write_text("ya29.token-from-file\n", encoding="utf-8")
    config = smtp_config(
        0, auth="xoauth2", username="support@houseware.io", oauth2=OAuth2(token_file=token_file)
    )
    with smtp_server(recorder, auth_require_tls=False) as port:
        send(make_sender(replace(config, port=port)))
    assert recorder.oauth == [
        b"user=support@houseware.io\x01auth=Bearer ya29.token-from-file\x01\x01"
    ]
    assert len(recorder.deliveries) == 1


def test_no_recipients_is_permanent() -> None:
    """A message without recipients is refused before connecting."""
    with pytest.raises(PermanentError, match="without recipients"):
        send(make_sender(smtp_config(free_port())), to=())
