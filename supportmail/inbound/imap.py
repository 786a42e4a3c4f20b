"""The IMAP adapter: the only module that imports imapclient.

UID-based throughout (never sequence numbers, never \\Seen as our state), TLS verified by default,
and every library error mapped here to TransientError, LoginError or PermanentError.

Waiting for mail (`idle_wait`) must not miss what arrived outside IDLE. Dovecot (2.3, measured)
announces only changes made after IDLE started: a message that arrived before, even 0 ms before,
is announced at DONE, that is at the end of the wait; and a message whose EXISTS came with the
answer to another command (a SEARCH, FETCH or MOVE of the ingest pass) is never announced
again. So once IDLE listens, a second connection asks STATUS UIDNEXT: a UID above the highest
one the last listing covered means mail is waiting, and the wait ends at once. What arrives
after that STATUS, the server announces in IDLE.
"""

import contextlib
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

import imapclient
from imapclient import exceptions as imap_errors

from supportmail.config import ImapConfig
from supportmail.errors import LoginError, PermanentError, TransientError
from supportmail.oauth import TokenSource


@dataclass(frozen=True, slots=True)
class FolderState:
    """What SELECT tells us about a folder."""

    uidvalidity: int
    uidnext: int
    exists: int


@dataclass(frozen=True, slots=True)
class Fetched:
    """One message's bytes as the server holds them."""

    uid: int
    raw: bytes
    arrived_at: datetime | None  # INTERNALDATE, aware


@contextmanager
def mapped_errors(action: str) -> Iterator[None]:
    """Translate imapclient/socket/ssl errors raised inside the block into ours."""
    try:
        yield
    except imap_errors.LoginError as exc:
        # imapclient makes every error during LOGIN a LoginError, a connection dropped then
        # too (imaplib's abort, "socket error: EOF" from a server that is shutting down): only
        # the server's own answer is a refusal, the drop is retried like any other.
        if isinstance(exc.__context__, imap_errors.IMAPClientAbortError):
            raise TransientError(f"IMAP {action}: connection lost: {_text(exc)}") from exc
        raise LoginError(f"IMAP login refused: {_text(exc)}") from exc
    except imap_errors.CapabilityError as exc:
        raise PermanentError(f"IMAP {action}: server lacks a capability: {_text(exc)}") from exc
    except (imap_errors.IMAPClientAbortError, TimeoutError) as exc:
        raise TransientError(f"IMAP {action}: connection lost: {_text(exc)}") from exc
    except ssl.SSLCertVerificationError as exc:
        raise PermanentError(f"IMAP {action}: TLS certificate not trusted: {_text(exc)}") from exc
    except (OSError, ssl.SSLError) as exc:
        raise TransientError(f"IMAP {action}: {exc.__class__.__name__}: {_text(exc)}") from exc
    except imap_errors.IMAPClientError as exc:
        # A NO/BAD reply: on a working connection usually our request or the server's state.
        raise TransientError(f"IMAP {action} failed: {_text(exc)}") from exc


def _text(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 300 else text[:297] + "..."


class ImapMailbox:
    """One authenticated IMAP connection to the support mailbox."""

    def __init__(self, config: ImapConfig, tokens: TokenSource | None = None) -> None:
        self.config = config
        self._tokens = tokens or TokenSource(config.oauth2)
        self._client: imapclient.IMAPClient | None = None
        self._watcher: imapclient.IMAPClient | None = None  # STATUS while the other one IDLEs
        self.selected: str | None = None
        self._delimiter = "/"
        self._uidnext_at_select = 0
        # The highest UID the last listing (SEARCH) of the selected folder covered: every
        # message at or below it that is still there was listed; None: no listing yet.
        self.listed_through: int | None = None

    @property
    def client(self) -> imapclient.IMAPClient:
        """The live client; TransientError when not connected."""
        if self._client is None:
            raise TransientError("IMAP not connected")
        return self._client

    def connect(self) -> None:
        """Connect, secure the connection as configured, and log in."""
        self._client = self._open()
        self.selected, self.listed_through = None, None
        self._delimiter = self._server_delimiter()

    def _open(self) -> imapclient.IMAPClient:
        """A new connection, secured as configured and logged in."""
        cfg = self.config
        context = ssl.create_default_context(cafile=cfg.ca_file)
        with mapped_errors("connect"):
            client = imapclient.IMAPClient(
                cfg.host,
                port=cfg.port,
                ssl=cfg.tls == "implicit",
                ssl_context=context if cfg.tls == "implicit" else None,
                timeout=cfg.timeout,
            )
        try:
            # imapclient leaves imaplib's debug formatting on: it formats every body we fetch.
            client._imap.debug = 0
            client.normalise_times = False
            with mapped_errors("starttls"):
                if cfg.tls == "starttls":
                    client.starttls(context)  # raises CapabilityError when STARTTLS is not offered
            with mapped_errors("login"):
                if cfg.auth == "xoauth2":
                    client.oauth2_login(cfg.username, self._tokens.token())
                else:
                    assert cfg.password is not None
                    client.login(cfg.username, cfg.password.reveal())
        except BaseException:
            _shutdown(client)
            raise
        return client

    def _server_delimiter(self) -> str:
        """The server's hierarchy delimiter ("/" or "." usually) from NAMESPACE, else "/"."""
        with mapped_errors("namespace"):
            if not self.client.has_capability("NAMESPACE"):
                return "/"
            personal = self.client.namespace().personal
        if personal and personal[0][1]:
            delimiter = personal[0][1]
            return delimiter.decode() if isinstance(delimiter, bytes) else str(delimiter)
        return "/"

    def folder(self, name: str) -> str:
        """A configured folder name ("/" separates levels) in the server's own spelling."""
        return name.replace("/", self._delimiter) if self._delimiter != "/" else name

    def close(self) -> None:
        """Log out and drop the connection; safe to call twice."""
        client, self._client, self.selected = self._client, None, None
        watcher, self._watcher = self._watcher, None
        for each in (client, watcher):
            if each is not None:
                _shutdown(each)

    def has_capability(self, name: str) -> bool:
        """True when the server announced capability `name`."""
        with mapped_errors("capability"):
            return bool(self.client.has_capability(name))

    def ensure_folder(self, folder: str) -> None:
        """Create `folder` when it does not exist yet."""
        folder = self.folder(folder)
        with mapped_errors(f"create {folder}"):
            if not self.client.folder_exists(folder):
                try:
                    self.client.create_folder(folder)
                except imap_errors.IMAPClientError:
                    # Another instance may have created it between our check and CREATE.
                    if not self.client.folder_exists(folder):
                        raise

    def select(self, folder: str) -> FolderState:
        """SELECT `folder` read-write; return its UIDVALIDITY and counts."""
        folder = self.folder(folder)
        with mapped_errors(f"select {folder}"):
            info = self.client.select_folder(folder)
        self.selected, self.listed_through = folder, None
        state = FolderState(
            uidvalidity=int(info[b"UIDVALIDITY"]),
            uidnext=int(info.get(b"UIDNEXT", 0)),
            exists=int(info.get(b"EXISTS", 0)),
        )
        self._uidnext_at_select = state.uidnext
        return state

    def _listed(self, uids: Sequence[int]) -> None:
        """Note a listing of the selected folder: every UID below SELECT's UIDNEXT was there
        before it began, so it covered those and every UID it returned."""
        self.listed_through = max(self._uidnext_at_select - 1, *uids, 0)

    def uids_after(self, last_uid: int) -> list[int]:
        """UIDs greater than `last_uid` in the selected folder (UID SEARCH UID last+1:*)."""
        with mapped_errors("search"):
            found = [int(uid) for uid in self.client.search(["UID", f"{last_uid + 1}:*"])]
        self._listed([*found, last_uid])
        # "n:*" always matches the highest UID, even when it is below n.
        return sorted(uid for uid in found if uid > last_uid)

    def all_uids(self) -> list[int]:
        """Every UID in the selected folder."""
        with mapped_errors("search"):
            found = sorted(int(uid) for uid in self.client.search(["ALL"]))
        self._listed(found)
        return found

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        """RFC822.SIZE of each message (missing ones left out)."""
        if not uids:
            return {}
        with mapped_errors("fetch sizes"):
            data = self.client.fetch(list(uids), ["RFC822.SIZE"])
        return {
            int(uid): int(item[b"RFC822.SIZE"])
            for uid, item in data.items()
            if b"RFC822.SIZE" in item
        }

    def fetch(self, uids: Sequence[int]) -> list[Fetched]:
        """The full bytes and INTERNALDATE of each message, without setting \\Seen."""
        if not uids:
            return []
        with mapped_errors("fetch"):
            data = self.client.fetch(list(uids), ["BODY.PEEK[]", "INTERNALDATE"])
        out = []
        for uid in uids:
            item = data.get(uid)
            if item is None or b"BODY[]" not in item:
                continue  # expunged by someone else since SEARCH: nothing to do
            raw = item[b"BODY[]"]
            out.append(
                Fetched(uid=int(uid), raw=bytes(raw), arrived_at=_aware(item.get(b"INTERNALDATE")))
            )
        return out

    def move(self, uids: Sequence[int], folder: str) -> None:
        """Move messages to `folder`: UID MOVE, or UID COPY + UID EXPUNGE; never a bare EXPUNGE."""
        if not uids:
            return
        folder = self.folder(folder)
        client = self.client
        with mapped_errors(f"move to {folder}"):
            if client.has_capability("MOVE"):
                try:
                    client.move(list(uids), folder)
                except imap_errors.IMAPClientError as exc:
                    # Another instance moved some of them first ([EXPUNGEISSUED]): move the
                    # ones still here; the ones gone are where they should be.
                    if "EXPUNGEISSUED" not in str(exc) and "no longer exist" not in str(exc):
                        raise
                    remaining = client.search(["UID", ",".join(str(u) for u in uids)])
                    if remaining:
                        client.move(list(remaining), folder)
            elif client.has_capability("UIDPLUS"):
                client.copy(list(uids), folder)
                client.delete_messages(list(uids))
                client.uid_expunge(list(uids))
            else:
                # Without UIDPLUS an EXPUNGE could remove mail someone else flagged: copy and flag
                # only; the copies left behind are recognised by content hash and moved again.
                client.copy(list(uids), folder)
                client.delete_messages(list(uids))

    def idle_wait(self, seconds: float) -> bool:
        """IDLE on the selected folder up to `seconds` (callers keep it under 10 minutes);
        True when the server spoke or mail is waiting that the last listing did not cover (see
        the module docstring), at once in that case."""
        client = self.client
        with mapped_errors("idle"):
            client.idle()
            try:
                waiting = self._unlisted_mail()
                responses = [] if waiting else client.idle_check(timeout=seconds)
            finally:
                # News that arrives while DONE is on its way comes back with DONE's answer:
                # keep it, or a message could wait for the next poll.
                _text, late = client.idle_done()
        return waiting or bool(responses) or any(_is_news(r) for r in late)

    def has_unlisted_mail(self) -> bool:
        """Whether mail is waiting in the selected folder that the last listing did not cover
        (STATUS UIDNEXT on the second connection: one round trip, this one left alone)."""
        return self._unlisted_mail()

    def _unlisted_mail(self) -> bool:
        """Whether the selected folder holds a UID above the last listing's (STATUS UIDNEXT on
        the second connection, opened at the first call); True when nothing was listed yet."""
        if self.selected is None or self.listed_through is None:
            return True
        if self._watcher is None:
            self._watcher = self._open()
        with mapped_errors("status"):
            status = self._watcher.folder_status(self.selected, ["UIDNEXT"])
        return int(status[b"UIDNEXT"]) - 1 > self.listed_through

    def noop(self) -> None:
        """A NOOP: proves the connection is alive."""
        with mapped_errors("noop"):
            self.client.noop()

    def append(self, folder: str, raw: bytes) -> None:
        """APPEND a message (used by the demo and replay tools)."""
        folder = self.folder(folder)
        with mapped_errors(f"append to {folder}"):
            self.client.append(folder, raw)


def _is_news(response: object) -> bool:
    """True for an untagged EXISTS or RECENT: the folder has changed."""
    return isinstance(response, tuple) and any(
        part in (b"EXISTS", b"RECENT") for part in response if isinstance(part, bytes)
    )


def _aware(value: object) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _shutdown(client: imapclient.IMAPClient) -> None:
    # A dead connection may fail to say goodbye; there is nothing more to do about it.
    with contextlib.suppress(Exception):
        client.logout()
        return
    with contextlib.suppress(Exception):
        client.shutdown()
