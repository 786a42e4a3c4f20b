"""Typed, frozen values flowing through the pure core: a parsed message and decisions on it."""

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class Priority(StrEnum):
    """The policy's four priorities, most urgent first."""

    P0 = "P0"
    P1 = "P1"
    P2 = "P2"
    P3 = "P3"

    @property
    def rank(self) -> int:
        """0 for P0 (most urgent) to 3 for P3."""
        return int(self.value[1])


class Kind(StrEnum):
    """What a message is, before threading decides which ticket it belongs to."""

    HUMAN = "human"  # a customer (or anyone not an agent) writing by hand
    AGENT = "agent"  # from an agent address or agent domain
    AUTO_REPLY = "auto_reply"  # out-of-office, vacation, read receipt, challenge-response
    BOUNCE = "bounce"  # delivery status notification or feedback report
    BULK = "bulk"  # mailing list, newsletter
    LOOP = "loop"  # our own mail coming back to us
    SPAM = "spam"  # our receiving server's spam filter said so (kept, never answered)


class Disposition(StrEnum):
    """The outcome of processing one inbound message; recorded on it."""

    NEW_TICKET = "new_ticket"
    REPLY = "reply"
    AGENT_REPLY = "agent_reply"
    # From a staff address but not proven to be from staff: kept as an internal note, nothing
    # run or relayed; counted and logged as such, never as an agent's reply.
    UNVERIFIED_STAFF = "unverified_staff"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    BULK = "bulk"
    LOOP = "loop"
    SPAM = "spam"
    DUPLICATE = "duplicate"
    QUARANTINED = "quarantined"


@dataclass(frozen=True, slots=True)
class Address:
    """A mailbox: display name (decoded, control characters removed) and lower-cased address."""

    name: str
    addr: str

    @property
    def domain(self) -> str:
        """The part after the last @, lower-cased; empty when there is none."""
        return self.addr.rpartition("@")[2] if "@" in self.addr else ""


@dataclass(frozen=True, slots=True)
class Attachment:
    """One attachment: a sanitised display name, never used as a path; content kept by hash."""

    filename: str
    content_type: str
    size: int
    sha256: str
    content: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """What a bounce (DSN) or feedback report tells us about the mail it refers to."""

    original_message_id: str | None  # without angle brackets
    failed_recipients: tuple[str, ...]
    action: str  # "failed", "delayed", "abuse", ... lower-cased; "" when unknown


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """An inbound message as the core sees it. Produced by core.parse, never raises on junk."""

    message_id: str | None  # without angle brackets; None when absent or unusable
    in_reply_to: tuple[str, ...]  # Message-IDs without angle brackets
    references: tuple[str, ...]
    sender: Address | None  # From (first mailbox); None when no usable address
    reply_to: tuple[Address, ...]
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str  # RFC 2047 decoded; CR, LF, NUL removed; whitespace folded
    date: datetime | None  # timezone-aware; None when absent or unparsable
    text: str  # plain-text body (text/plain, or HTML converted to text)
    attachments: tuple[Attachment, ...]
    # Header names lower-cased, values decoded, CR/LF/NUL removed; repeated headers kept in order.
    headers: tuple[tuple[str, str], ...]
    content_type: str  # top-level, lower-cased, e.g. "multipart/report"
    content_hash: str  # sha256 of the message without trace headers (Received, Return-Path, ...)
    size: int  # bytes of the raw message
    defects: tuple[str, ...]  # what was wrong with it, human-readable
    oversized: bool = False  # over the size limit: text kept short, attachments dropped
    report: DeliveryReport | None = None  # for multipart/report and recognisable bounces

    def header(self, name: str) -> str | None:
        """The first value of header `name` (case-insensitive), or None."""
        key = name.lower()
        for k, v in self.headers:
            if k == key:
                return v
        return None

    def header_all(self, name: str) -> tuple[str, ...]:
        """Every value of header `name` (case-insensitive), in order."""
        key = name.lower()
        return tuple(v for k, v in self.headers if k == key)


@dataclass(frozen=True, slots=True)
class Classification:
    """What a message is and the reason that decided it (stored on the inbound message)."""

    kind: Kind
    reason: str
    is_reply: bool = False  # carries In-Reply-To / References or a "Re:"-style subject
