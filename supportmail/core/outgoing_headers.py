"""The headers of every mail we send: identity, tagged subject, Message-IDs, threading, markers.

Pure: no clock (`now` is a parameter); only `make_message_id` draws random bytes. Text that came
from inbound mail never reaches a header unchanged: `clean_header` removes control characters,
and addresses go through `email.headerregistry.Address`, so a display name cannot add a header
or a recipient.

Threading: every mail carries our Message-ID, In-Reply-To and References to the ticket's thread,
and the subject "[#N] <subject>" ("Re: [#N] ..." for follow-ups to the customer), which is what
Gmail, Outlook and Apple Mail group conversations by.
"""

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from functools import lru_cache
from typing import Literal

from supportmail.core.subjectprefix import strip_prefixes

_CONTROLS = re.compile(r"[\x00-\x1f\x7f]+")
_SAFE_ID_PART = re.compile(r"[^A-Za-z0-9._-]+")
_VALID_ID = re.compile(r"[!-;=?-~]{1,250}@[!-;=?-~]{1,250}")  # printable ASCII without < > space
MAX_SUBJECT = 200
MAX_REFERENCES = 20


@dataclass(frozen=True)
class Identity:
    """Who our mail comes from: the support address, its display name and its domain."""

    address: str
    name: str
    domain: str
    tag_format: str = "[#{number}]"
    loop_header: str = "X-Supportmail-Loop"


@dataclass(frozen=True)
class BusinessHours:
    """The business hours a promise counts in, as the customer is told them."""

    workdays: tuple[int, ...]  # 0 is Monday
    start: str  # "09:00", local to `zone`
    end: str
    zone: str  # IANA name
    holidays: bool  # some days are holidays, not counted


@dataclass(frozen=True)
class TicketFacts:
    """What the mails say about one ticket, gathered by the caller from the database."""

    number: int
    subject: str
    requester: str
    requester_name: str
    priority: str
    priority_meaning: str
    window_hours: float
    due: datetime
    received: datetime
    customer: str | None
    tier: str | None
    status: str
    assignee: str | None
    escalation_level: int
    thread_message_ids: tuple[str, ...]  # without <>, oldest first
    last_customer_message_id: str | None
    language: str = "en"  # the customer's language: the templates their mail is written in
    zone: str = "UTC"  # the customer's time zone: an IANA name or "UTC+01:00"
    business_hours: BusinessHours | None = None  # None: the window counts every hour
    customer_meaning: str = ""  # the priority's meaning in the customer's language ("": as above)


def clean_header(value: str) -> str:
    """`value` with CR, LF, NUL and other control characters replaced by spaces, folded."""
    return " ".join(_CONTROLS.sub(" ", value).split())


def make_message_id(identity: Identity, kind: str, key: str) -> str:
    """A new "<kind.key.random@domain>"; store it with the mail, it is not reproducible."""
    kind_part = _SAFE_ID_PART.sub("-", kind).strip(".") or "mail"
    key_part = _SAFE_ID_PART.sub("-", key).strip(".") or "0"
    return f"<{kind_part}.{key_part}.{secrets.token_hex(8)}@{identity.domain}>"


def tag(identity: Identity, number: int) -> str:
    """The ticket's subject tag, e.g. "[#1234]"."""
    return identity.tag_format.format(number=number)


def tagged_subject(identity: Identity, number: int, subject: str) -> str:
    """ "[#N] subject" without Re:/Fwd: prefixes and without a second copy of the tag."""
    own_tag = tag(identity, number)
    text = clean_header(subject).replace(own_tag, " ")
    while True:
        stripped = strip_prefixes(text)
        stripped = " ".join(stripped.replace(own_tag, " ").split())
        if stripped == text:
            break
        text = stripped
    if len(text) > MAX_SUBJECT:
        text = text[: MAX_SUBJECT - 3].rstrip() + "..."
    return f"{own_tag} {text or '(no subject)'}"


@lru_cache(maxsize=4096)  # the same few (the desk, the team, a customer) in mail after mail
def mailbox(addr: str, name: str = "") -> Address:
    """An Address for a header; a malformed `addr` raises ValueError instead of leaking through.
    (Remembered: an Address cannot be changed, so one may serve every mail that needs it.)"""
    return Address(display_name=clean_header(name), addr_spec=addr.strip())


# A plain dot-atom address, which the header parser always accepts unchanged (RFC 5322 3.4.1).
_PLAIN_ADDR = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)


@lru_cache(maxsize=4096)
def checked_addr(addr: str) -> str:
    """`addr` as a header carries it; ValueError when malformed. Remembered per address: the
    same few addresses (the team, a customer) are checked for every mail written to them."""
    if _PLAIN_ADDR.fullmatch(addr):
        return addr  # the common case, without the header parser's 0.1 ms
    try:
        return mailbox(addr).addr_spec
    except HeaderParseError as exc:
        raise ValueError(f"malformed address {addr!r}: {exc}") from None


_MIME_TYPE = re.compile(r"([a-z0-9][a-z0-9!#$&^_.+-]*)/([a-z0-9][a-z0-9!#$&^_.+-]*)")


def safe_file(filename: str, content_type: str) -> tuple[str, str, str]:
    """The (name, maintype, subtype) a file is attached with: the type checked (containers and
    anything malformed become application/octet-stream), the name without controls or paths."""
    match = _MIME_TYPE.fullmatch(content_type.split(";", maxsplit=1)[0].strip().lower())
    maintype, subtype = match.groups() if match else ("application", "octet-stream")
    if maintype in ("multipart", "message"):
        # Containers would need parsing to be attached as such: send their bytes as a file.
        maintype, subtype = "application", "octet-stream"
    safe_name = clean_header(filename).replace("/", "_").replace("\\", "_") or "attachment"
    return safe_name, maintype, subtype


def attach_files(msg: EmailMessage, files: Sequence[tuple[str, str, bytes]]) -> None:
    """Attach each (file name, content type, bytes) to `msg`, name and type made safe."""
    for filename, content_type, data in files:
        safe_name, maintype, subtype = safe_file(filename, content_type)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=safe_name)
    if files:
        for part in msg.iter_parts():
            del part["MIME-Version"]  # EmailMessage adds it to every part; it belongs at the top


def thread_ids(ids: Sequence[str]) -> list[str]:
    """Valid Message-IDs among `ids`, each once, kept short: the first and the newest ones."""
    seen: list[str] = []
    for raw in ids:
        mid = raw.strip().strip("<>")
        if _VALID_ID.fullmatch(mid) and mid not in seen:
            seen.append(mid)
    if len(seen) > MAX_REFERENCES:
        seen = [seen[0], *seen[-(MAX_REFERENCES - 1) :]]
    return seen


Mailbox = tuple[str, str]  # (display name, address) of a checked Address
HeaderValue = str | tuple[Mailbox, ...]


@dataclass(frozen=True)
class Draft:
    """A text/plain UTF-8 mail as plain data: its headers in order (address headers as
    mailboxes) and its text. `to_message` makes it an EmailMessage; `mimewrite` writes its
    bytes directly."""

    headers: tuple[tuple[str, HeaderValue], ...]
    body: str


def draft_message(
    identity: Identity,
    *,
    to: Sequence[Address],
    subject: str,
    message_id: str,
    now: datetime,
    body: str,
    cc: Sequence[Address] = (),
    reply_to: str | None = None,
    from_name: str | None = None,
    parent: str | None,
    thread: Sequence[str],
    auto: Literal["auto-replied", "auto-generated"] | None,
    extra: Sequence[tuple[str, str]] = (),
) -> Draft:
    """The one place headers are chosen; `to_message` or `mimewrite.write` makes the mail.

    `parent` is the message replied to (In-Reply-To); without it, the newest of `thread` is.
    References hold `thread` plus `parent`. `auto` sets Auto-Submitted and asks Exchange not to
    auto-respond. Every mail carries the loop header naming our address.
    """

    def boxes(addresses: Sequence[Address]) -> tuple[Mailbox, ...]:
        return tuple((a.display_name, a.addr_spec) for a in addresses)

    headers: list[tuple[str, HeaderValue]] = [
        ("From", boxes([mailbox(identity.address, from_name or identity.name)])),
        ("To", boxes(to)),
    ]
    if cc:
        headers.append(("Cc", boxes(cc)))
    if reply_to:
        headers.append(("Reply-To", boxes([mailbox(reply_to, identity.name)])))
    headers += [
        ("Subject", clean_header(subject)),
        ("Date", format_datetime(now)),
        ("Message-ID", "<" + message_id.strip().strip("<>") + ">"),
    ]
    parent_ids = thread_ids([parent] if parent else [])
    refs = thread_ids([*(m for m in thread if m.strip("<> ") not in parent_ids), *parent_ids])
    if refs:
        headers.append(("In-Reply-To", f"<{refs[-1]}>"))
        headers.append(("References", " ".join(f"<{mid}>" for mid in refs)))
    if auto:
        headers.append(("Auto-Submitted", auto))
        headers.append(("X-Auto-Response-Suppress", "All"))
    headers += list(extra)
    headers.append((identity.loop_header, identity.address))
    return Draft(tuple(headers), body)


def to_message(draft: Draft) -> EmailMessage:
    """`draft` as an EmailMessage (policy SMTP), built by the email package."""
    msg = EmailMessage(policy=policy.SMTP)
    for name, value in draft.headers:
        if isinstance(value, str):
            msg[name] = value
        else:
            addresses = [Address(display_name=n, addr_spec=a) for n, a in value]
            msg[name] = addresses if name in ("To", "Cc") else addresses[0]
    msg.set_content(draft.body, charset="utf-8")
    return msg
