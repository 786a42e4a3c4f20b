"""Signed reply addresses: support+<ticket>.<token>@domain, where the token proves who it was for.

The token is an HMAC-SHA256 over "<ticket>:<recipient>", cut to 16 lower-case base32 characters
(80 bits), so mail systems that lower-case local parts keep it valid, and a guessed or copied
address does not let a stranger act on a ticket as an agent or manager.

A token has a life: it is bound to one recipient and one ticket, and stops proving anything a
configured time after its ticket closed (`token_alive`), so an address leaked from an old
notification is not a key for ever. (Reopening the ticket makes it valid again: new mail about
the ticket carries the same address.)
"""

import base64
import hashlib
import hmac
import re
from datetime import datetime, timedelta

TOKEN_LENGTH = 16
_MAX_NUMBER_DIGITS = 12


def reply_token(key: bytes, ticket_number: int, recipient: str) -> str:
    """The token for `recipient` (compared case-insensitively) on ticket `ticket_number`."""
    if not key:
        raise ValueError("the reply token key is empty")
    mac = hmac.new(key, f"{ticket_number}:{recipient.strip().lower()}".encode(), hashlib.sha256)
    return base64.b32encode(mac.digest()).decode("ascii").lower()[:TOKEN_LENGTH]


def reply_address(key: bytes, ticket_number: int, recipient: str, support_address: str) -> str:
    """ "support+<number>.<token>@domain" for `recipient` to answer ticket `ticket_number`."""
    local, _, domain = support_address.rpartition("@")
    if not local or not domain:
        raise ValueError(f"not a mail address: {support_address!r}")
    return f"{local}+{ticket_number}.{reply_token(key, ticket_number, recipient)}@{domain}"


def parse_reply_address(addr: str, support_address: str) -> tuple[int, str] | None:
    """(ticket number, token) when `addr` is a reply address of `support_address`, else None.

    Local part and domain compare case-insensitively; the token is returned lower-cased and
    still has to be checked with `verify_token`.
    """
    local, _, domain = support_address.strip().lower().rpartition("@")
    pattern = (
        rf"{re.escape(local)}\+([0-9]{{1,{_MAX_NUMBER_DIGITS}}})\.([a-z2-7]{{{TOKEN_LENGTH}}})"
        rf"@{re.escape(domain)}"
    )
    match = re.fullmatch(pattern, addr.strip().strip("<>").lower())
    if match is None:
        return None
    return int(match.group(1)), match.group(2)


def token_alive(closed_at: datetime | None, now: datetime, life_after_close: timedelta) -> bool:
    """Whether a token of a ticket closed at `closed_at` (None: open) still counts at `now`."""
    return closed_at is None or now < closed_at + life_after_close


def verify_token(key: bytes, ticket_number: int, recipient: str, token: str) -> bool:
    """True when `token` was issued for `recipient` on ticket `ticket_number` (constant time)."""
    expected = reply_token(key, ticket_number, recipient).encode("ascii")
    return hmac.compare_digest(expected, token.strip().lower().encode("utf-8"))
