"""A recording SMTP server on loopback (aiosmtpd) and a sender configured for it."""

import asyncio
import base64
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from supportmail.config import OAuth2, SmtpConfig
from supportmail.outbound.smtp import SmtpSender
from tests.support.net import free_port


@dataclass
class Delivery:
    """One message the server accepted (or took and then dropped the connection on)."""

    mail_from: str
    rcpt_tos: list[str]
    raw: bytes
    peer: Any


class Recorder:
    """aiosmtpd handler recording deliveries; scripted replies inject failures.

    `data_replies` are used one per DATA, first first: an SMTP reply line, or "drop" to take
    the message and close the connection without answering. `rcpt_replies` maps an address
    to the reply its RCPT gets.
    """

    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []
        self.data_replies: list[str] = []
        self.rcpt_replies: dict[str, str] = {}
        self.oauth: list[bytes] = []
        # A message containing one of these byte strings is answered only after that many
        # seconds (a slow delivery beside quick ones on other connections).
        self.slow: dict[bytes, float] = {}

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        """Refuse scripted addresses, take the rest."""
        if address in self.rcpt_replies:
            return self.rcpt_replies[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        """Record the message unless the script refuses it."""
        reply = self.data_replies.pop(0) if self.data_replies else "250 OK queued"
        for marker, seconds in self.slow.items():
            if marker in envelope.original_content:
                await asyncio.sleep(seconds)
        if reply.startswith("250") or reply == "drop":
            delivery = Delivery(
                envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content, session.peer
            )
            self.deliveries.append(delivery)
        if reply == "drop":
            server.transport.abort()
        return reply

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        """Accept any XOAUTH2 initial response, remembering it."""
        self.oauth.append(base64.b64decode(args[1]))
        return AuthResult(success=True)


@contextmanager
def smtp_server(handler: Recorder, port: int | None = None, **kwargs: Any) -> Iterator[int]:
    """Run an aiosmtpd server on loopback for the block; yields its port."""
    port = port or free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def smtp_config(port: int, **changes: Any) -> SmtpConfig:
    """Plain SMTP without login to 127.0.0.1:`port`, changed by `changes`."""
    base = SmtpConfig(
        host="127.0.0.1",
        port=port,
        tls="none",
        username=None,
        password=None,
        auth="none",
        oauth2=OAuth2(),
        timeout=30.0,  # bounds a hang only: nothing here waits for it to pass
        give_up_hours=48.0,
        # One connection: scripted replies (`Recorder.data_replies`) then meet the rows in
        # their order. The pool's own tests ask for more.
        connections=1,
    )
    return replace(base, **changes)


def make_sender(config: SmtpConfig, tls_context: ssl.SSLContext | None = None) -> SmtpSender:
    """A sender that skips the DNS lookup for its own name."""
    return SmtpSender(config, local_hostname="supportmail.test", tls_context=tls_context)
