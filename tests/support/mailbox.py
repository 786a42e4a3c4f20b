"""Test-side helpers for the real test bed: arrange and inspect a Dovecot account over IMAP.

These talk to the server with imapclient directly (each call opens its own short session), so
tests can prepare and check a mailbox independently of the supportmail code under test.
"""

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any, cast

from imapclient import IMAPClient

from supportmail.testbed import SUPPORT_ADDRESS, Testbed

_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]")


class Mailbox:
    """One test-bed IMAP account that a test arranges and inspects (default: the support box)."""

    def __init__(self, testbed: Testbed, user: str = SUPPORT_ADDRESS) -> None:
        self.testbed = testbed
        self.host = testbed.imap_host
        self.port = testbed.imap_port
        self.user = user
        self.password = testbed.password

    @contextmanager
    def connect(self) -> Iterator[Any]:
        """A logged-in imapclient.IMAPClient (plaintext loopback), logged out afterwards."""
        client = IMAPClient(self.host, self.port, ssl=False, timeout=30)
        try:
            client.login(self.user, self.password)
            yield client
        finally:
            try:
                client.logout()
            except Exception:  # a dead session must not hide the test's own error
                with suppress(OSError):
                    client.shutdown()

    def folders(self) -> list[str]:
        """Every folder name of the account, INBOX included."""
        with self.connect() as client:
            return [str(name) for _flags, _delimiter, name in client.list_folders()]

    def create_folder(self, folder: str) -> None:
        """Create `folder` (no error when it exists)."""
        with self.connect() as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)

    def append(self, raw: bytes, folder: str = "INBOX", flags: Sequence[str | bytes] = ()) -> int:
        """Store `raw` in `folder` and return its UID (from the server's APPENDUID answer)."""
        with self.connect() as client:
            response = cast(bytes, client.append(folder, raw, flags=tuple(flags)))
        match = _APPENDUID.search(response)
        if match is None:
            raise AssertionError(f"APPEND answered without APPENDUID: {response!r}")
        return int(match.group(2))

    def uids(self, folder: str = "INBOX") -> list[int]:
        """UIDs of every message in `folder`, ascending."""
        with self.connect() as client:
            client.select_folder(folder, readonly=True)
            return sorted(int(uid) for uid in client.search(["ALL"]))

    def fetch_all(self, folder: str = "INBOX") -> list[bytes]:
        """Raw bytes of every message in `folder`, in UID order (without setting \\Seen)."""
        with self.connect() as client:
            client.select_folder(folder, readonly=True)
            uids = sorted(int(uid) for uid in client.search(["ALL"]))
            if not uids:
                return []
            response = cast(dict[int, dict[bytes, bytes]], client.fetch(uids, ["BODY.PEEK[]"]))
        return [response[uid][b"BODY[]"] for uid in uids]

    def flags(self, folder: str = "INBOX") -> dict[int, set[bytes]]:
        """Flags of every message in `folder`, keyed by UID."""
        with self.connect() as client:
            client.select_folder(folder, readonly=True)
            uids = client.search(["ALL"])
            if not uids:
                return {}
            response = cast(dict[int, tuple[bytes, ...]], client.get_flags(uids))
        return {int(uid): set(flags) for uid, flags in response.items()}

    def uidvalidity(self, folder: str = "INBOX") -> int:
        """UIDVALIDITY of `folder` as an IMAP client sees it."""
        with self.connect() as client:
            status = cast(dict[bytes, int], client.folder_status(folder, [b"UIDVALIDITY"]))
        return int(status[b"UIDVALIDITY"])

    def change_uidvalidity(self, folder: str = "INBOX") -> int:
        """Give `folder` a new UIDVALIDITY, keeping its messages and UIDs; return the new value.

        Done with `doveadm mailbox update --uid-validity` on the test bed's own config, which is
        what an administrator's restore or migration looks like to a client.
        """
        return self.testbed.change_uidvalidity(self.user, folder)

    def recreate_inbox(self) -> int:
        """Empty INBOX and give it a new UIDVALIDITY, as if deleted and created again.

        Dovecot cannot delete INBOX, so this expunges every message and then changes
        UIDVALIDITY via doveadm. UIDNEXT is not reset: new messages get higher UIDs.
        """
        self._expunge_all("INBOX")
        return self.change_uidvalidity("INBOX")

    def reset(self) -> None:
        """Delete every folder except INBOX and every message in INBOX."""
        with self.connect() as client:
            listed = client.list_folders()
            # \NoSelect parents (made implicitly by "a.b") do not exist as folders: skip them.
            names = [str(name) for flags, _delim, name in listed if b"\\Noselect" not in flags]
            # Children before parents: Dovecot refuses to delete a folder that has children.
            for name in sorted(names, key=len, reverse=True):
                if name.upper() != "INBOX":
                    client.delete_folder(name)
            # A subscription may outlive its folder; a clean account has none but INBOX.
            for _flags, _delim, name in client.list_sub_folders():
                if str(name).upper() != "INBOX":
                    client.unsubscribe_folder(name)
        self._expunge_all("INBOX")

    def _expunge_all(self, folder: str) -> None:
        """Flag every message in `folder` \\Deleted and expunge them by UID."""
        with self.connect() as client:
            client.select_folder(folder)
            uids = client.search(["ALL"])
            if uids:
                client.add_flags(uids, [b"\\Deleted"], silent=True)
                client.uid_expunge(uids)
            client.unselect_folder()
