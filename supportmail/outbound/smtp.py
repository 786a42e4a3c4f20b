"""Sending mail over SMTP: the only module that imports aiosmtplib.

Errors are mapped here, once:

    TransientError              a 4xx reply, a refused or dropped connection before DATA, a timeout
    ├── SmtpUnavailableError    cannot connect, secure (TLS) or set up the session: the whole batch
    └── UnknownResultError      the connection broke after DATA: the message may have been taken
    PermanentError              a 5xx reply, an address the server or aiosmtplib refuses
    └── LoginError              the server refused our credentials (errors.py); the outbox keeps
                                the batch for later, as for an unavailable server

TLS is required unless configured off: "implicit" connects with TLS, "starttls" upgrades and fails
when the server does not offer STARTTLS; certificates are verified against the system store.
"""

import asyncio
import logging
import re
import ssl
import time
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import NamedTuple, Self

import aiosmtplib

from supportmail.config import SmtpConfig
from supportmail.errors import LoginError, PermanentError, TransientError
from supportmail.oauth import TokenSource

log = logging.getLogger(__name__)
_CLOSE_WAIT_STEPS = 100  # at most about a second
# A connection that waited this long for its next message is checked (NOOP) before it carries
# one: a server may have closed it meanwhile, and a message must not fail on that.
CHECK_IDLE_AFTER = 2.0


class SmtpUnavailableError(TransientError):
    """No session could be set up (connect, TLS, greeting): no message of the batch can go now."""


class UnknownResultError(TransientError):
    """The connection broke or timed out after DATA: the server may or may not have the message."""


def _by_code(exc: aiosmtplib.SMTPResponseException, what: str) -> TransientError | PermanentError:
    """A 5xx reply is permanent, anything else (4xx) worth retrying."""
    text = f"{what}: {exc.code} {exc.message}"
    return PermanentError(text) if 500 <= exc.code <= 599 else TransientError(text)


async def _discard(client: aiosmtplib.SMTP, protocol: asyncio.BaseProtocol | None = None) -> None:
    """Close `client` and wait (a second at most) until its socket is really closed.

    Closing a TLS connection first sends close_notify; a loop that ends before that is done
    (asyncio.run in the CLI and tests) would leave the socket open. `protocol` is the one the
    client had before QUIT (which forgets it).
    """
    protocol = protocol or client.protocol
    client.close()
    for _ in range(_CLOSE_WAIT_STEPS):
        await asyncio.sleep(0 if protocol is None else 0.01)
        if getattr(protocol, "transport", None) is None:
            break


_LINE_ENDS = re.compile(rb"\r\n|\n|\r(?!\n)")


def data_form(raw: bytes) -> bytes:
    """`raw` as DATA carries it: CRLF line ends, a dot doubled at the start of a line, ended by
    CRLF . CRLF - what aiosmtplib's `data()` sends. Its two regular expressions over the
    whole mail (about a millisecond for a notification with files, on the event loop, per
    mail) are skipped for what we send: already CRLF only (counted, not searched), and with a
    line starting with a dot only where a file or text really has one."""
    crlf = raw.count(b"\r\n")
    if raw.count(b"\n") != crlf or raw.count(b"\r") != crlf:  # a bare CR or LF somewhere
        raw = _LINE_ENDS.sub(b"\r\n", raw)
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    if raw.startswith(b"."):
        raw = b"." + raw
    if b"\n." in raw:
        raw = raw.replace(b"\n.", b"\n..")
    return raw + b".\r\n"


async def _data(client: aiosmtplib.SMTP, wire: bytes) -> None:
    """DATA with `wire` (`data_form`: sent as it is), through aiosmtplib's command and its
    protocol's write and read: `client.data()` would transform the message once more."""
    start = await client.execute_command(b"DATA")
    if start.code != 354:
        raise aiosmtplib.SMTPDataError(start.code, start.message)
    protocol = client.protocol
    if protocol is None:
        raise aiosmtplib.SMTPServerDisconnected("connection lost")
    protocol.write(wire)
    try:
        done = await protocol.read_response(timeout=client.timeout)
    except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError):
        client.close()  # as data() does: the protocol is out of step with the server
        raise
    if done.code != 250:
        raise aiosmtplib.SMTPDataError(done.code, done.message)


class Refusal(NamedTuple):
    """A recipient the server refused while taking the message for the others."""

    recipient: str
    code: int
    message: str

    @property
    def temporary(self) -> bool:
        """A 4xx refusal: this recipient may take the message later."""
        return 400 <= self.code < 500

    def __str__(self) -> str:
        return f"{self.recipient}: {self.code} {self.message}"


class SmtpSender:
    """Sends raw messages through the configured server, over a pool of reused connections.

    Used as `async with sender:` it keeps up to `smtp.connections` connections open for the
    block: each `send` takes an idle one (or opens one while fewer are open, else waits for
    one), gives it back when its message is done, so as many sends as connections can run at
    once; a connection that breaks is dropped and replaced on demand, and one that waited
    CHECK_IDLE_AFTER is checked with a NOOP before it carries a message (a caller may keep
    the block open between runs, as the daemon's fresh lane does). QUIT to all at the end.
    Outside such a block every `send` connects on its own.
    """

    def __init__(
        self,
        config: SmtpConfig,
        *,
        local_hostname: str | None = None,
        tls_context: ssl.SSLContext | None = None,
        tokens: TokenSource | None = None,
    ) -> None:
        if config.tls not in ("implicit", "starttls", "none"):
            raise ValueError(f"unknown smtp.tls mode {config.tls!r}")
        self._config = config
        self._local_hostname = local_hostname
        self._tls_context = tls_context or (
            ssl.create_default_context(cafile=config.ca_file) if config.ca_file else None
        )
        self._tokens = tokens or (TokenSource(config.oauth2) if config.auth == "xoauth2" else None)
        self._idle: list[aiosmtplib.SMTP] = []  # open connections no send is using
        self._idle_since: dict[aiosmtplib.SMTP, float] = {}  # monotonic time each became idle
        self._busy: set[aiosmtplib.SMTP] = set()
        self._slots: asyncio.Semaphore | None = None  # inside `async with`: one per connection
        self._depth = 0  # nested `async with` blocks

    @property
    def connections(self) -> int:
        """How many connections a batch may hold open at once."""
        return max(1, self._config.connections)

    @property
    def _where(self) -> str:
        return f"{self._config.host}:{self._config.port}"

    async def __aenter__(self) -> Self:
        # Re-entrant: an inner block (one outbox run) reuses the outer block's connections.
        self._depth += 1
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.connections)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._depth -= 1
        if self._depth == 0:
            self._slots = None
            await self.close()

    async def send(
        self,
        raw: bytes,
        mail_from: str,
        recipients: list[str],
        before_data: Callable[[], Awaitable[None] | None] | None = None,
    ) -> list[Refusal]:
        """Send `raw` to `recipients`; return the refusals of a partly accepted message.

        Returns an empty list when every recipient took it, else one Refusal per recipient the
        server refused (the others did get the message: do not resend it to them).
        `before_data` is called once the envelope is accepted, just before DATA: the last
        moment at which nothing can have been delivered yet; what it returns is awaited
        when awaitable (a commit in progress).
        """
        if not recipients:
            raise PermanentError("a message without recipients cannot be sent")
        if self._slots is None:  # not in a batch: a connection of its own, closed after
            client = await self._connect()
            try:
                return await self._transaction(client, raw, mail_from, recipients, before_data)
            finally:
                await self._drop(client)
        async with self._slots:
            client = await self._take()
            self._busy.add(client)
            try:
                return await self._transaction(client, raw, mail_from, recipients, before_data)
            finally:
                self._busy.discard(client)
                if client.is_connected and self._slots is not None:
                    self._idle.append(client)  # for the next send
                    self._idle_since[client] = time.monotonic()
                else:
                    await self._drop(client)

    async def _take(self) -> aiosmtplib.SMTP:
        """An idle connection that still works (checked by a NOOP after CHECK_IDLE_AFTER;
        one that fails is dropped), else a new one."""
        while self._idle:
            client = self._idle.pop()
            since = self._idle_since.pop(client, None)
            if not client.is_connected:
                await self._drop(client)
                continue
            if since is None or time.monotonic() - since < CHECK_IDLE_AFTER:
                return client
            try:
                await client.noop()
                return client
            except (aiosmtplib.SMTPException, OSError) as exc:
                log.debug("smtp: an idle connection no longer works: %s", exc)
                await self._drop(client)
        return await self._connect()

    async def close(self) -> None:
        """Say QUIT and close every connection that is open; never raises."""
        clients, self._idle = [*self._idle, *self._busy], []
        self._idle_since.clear()
        self._busy.clear()
        await asyncio.gather(*(self._drop(client) for client in clients))

    async def _drop(self, client: aiosmtplib.SMTP) -> None:
        """Say QUIT (if the connection still stands) and close it; never raises."""
        protocol = client.protocol
        try:
            if client.is_connected:
                await client.quit()
        except (aiosmtplib.SMTPException, OSError) as exc:
            log.debug("smtp quit failed: %s", exc)
        await _discard(client, protocol)

    async def _connect(self) -> aiosmtplib.SMTP:
        """A new connection, connected, secured and logged in."""
        cfg = self._config
        client = aiosmtplib.SMTP(
            hostname=cfg.host,
            port=cfg.port,
            timeout=cfg.timeout,
            use_tls=cfg.tls == "implicit",
            start_tls=cfg.tls == "starttls",  # True: fail when STARTTLS is not offered
            tls_context=self._tls_context,
            local_hostname=self._local_hostname,
        )
        try:
            await client.connect()
            await self._login(client)
        except aiosmtplib.SMTPAuthenticationError as exc:
            await _discard(client)
            if self._tokens is not None:
                self._tokens.invalidate()
            raise LoginError(f"smtp {self._where} refused the login: {exc.code}") from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            await _discard(client)
            reason = str(exc) or exc.__class__.__name__
            raise SmtpUnavailableError(f"smtp {self._where}: {reason}") from exc
        except BaseException:
            client.close()
            raise
        return client

    async def _login(self, client: aiosmtplib.SMTP) -> None:
        cfg = self._config
        if cfg.auth == "none":
            return
        if cfg.username is None:
            raise LoginError(f"smtp auth {cfg.auth!r} needs a username")
        if cfg.auth == "password":
            if cfg.password is None:
                raise LoginError("smtp auth 'password' needs a password")
            # One attempt with one mechanism: trying each in turn multiplies failed logins.
            if client.is_ehlo_or_helo_needed:
                await client.ehlo()
            offered = client.server_auth_methods
            if "plain" in offered:
                await client.auth_plain(cfg.username, cfg.password.reveal())
            elif "login" in offered:
                await client.auth_login(cfg.username, cfg.password.reveal())
            else:
                raise SmtpUnavailableError(
                    f"smtp {self._where} offers no AUTH PLAIN or LOGIN (offered: {offered})"
                )
        elif cfg.auth == "xoauth2":
            assert self._tokens is not None
            try:
                token = await asyncio.to_thread(self._tokens.token)
            except LoginError:
                raise
            except TransientError as exc:  # the token source is down: nothing can go out now
                raise SmtpUnavailableError(f"smtp oauth2 token: {exc}") from exc
            await client.auth_xoauth2(cfg.username, token)
        else:
            raise LoginError(f"unknown smtp auth {cfg.auth!r}")

    async def _transaction(
        self,
        client: aiosmtplib.SMTP,
        raw: bytes,
        mail_from: str,
        recipients: list[str],
        before_data: Callable[[], Awaitable[None] | None] | None = None,
    ) -> list[Refusal]:
        """MAIL, RCPT and DATA, knowing which step failed: after DATA the outcome is unknown."""
        refused: list[aiosmtplib.SMTPRecipientRefused] = []
        try:
            options = [f"SIZE={len(raw)}"] if client.supports_extension("size") else []
            await client.mail(mail_from, options=options)
            for recipient in recipients:
                try:
                    await client.rcpt(recipient)
                except aiosmtplib.SMTPRecipientRefused as exc:
                    refused.append(exc)
            if len(refused) == len(recipients):
                await self._reset(client)
                codes = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in refused)
                if all(500 <= r.code <= 599 for r in refused):
                    raise PermanentError(f"smtp {self._where} refused every recipient: {codes}")
                raise TransientError(f"smtp {self._where} refused every recipient: {codes}")
        except aiosmtplib.SMTPResponseException as exc:
            await self._reset(client)
            raise _by_code(exc, f"smtp {self._where} refused the envelope") from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            await self._drop(client)
            raise TransientError(f"smtp {self._where} failed before DATA: {exc!r}") from exc
        except ValueError as exc:  # an address aiosmtplib will not put on the wire
            await self._reset(client)
            raise PermanentError(f"smtp: unusable address: {exc}") from exc
        if before_data is not None:
            try:
                pending = before_data()
                if pending is not None:
                    await pending
            except Exception as exc:  # nothing sent yet: leave the connection usable
                await self._reset(client)
                raise TransientError(f"not sent, could not record the attempt: {exc}") from exc
        try:
            await _data(client, data_form(raw))
        except aiosmtplib.SMTPResponseException as exc:
            await self._reset(client)
            raise _by_code(exc, f"smtp {self._where} refused the message") from exc
        except (aiosmtplib.SMTPException, OSError) as exc:
            await self._drop(client)
            raise UnknownResultError(
                f"smtp {self._where}: connection lost after DATA, outcome unknown: {exc!r}"
            ) from exc
        return [Refusal(r.recipient, r.code, r.message) for r in refused]

    async def _reset(self, client: aiosmtplib.SMTP) -> None:
        """RSET after a refusal, so the connection can carry the next message; drop it if not."""
        try:
            if client.is_connected:
                await client.rset()
                return
        except (aiosmtplib.SMTPException, OSError):
            pass
        await self._drop(client)
