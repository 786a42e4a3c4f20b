"""Raw RFC 5322 bytes to a ParsedMessage: pure, fast, and never raises on any input.

Speed: we parse with `email.policy.compat32`, which splits the MIME tree without building header
objects, and decode headers and payloads ourselves, once each. `policy.default` re-parses and
re-folds every header it touches and costs several times more per message.
"""

import hashlib
from dataclasses import dataclass
from email.message import Message

from supportmail.core.body import Body, extract_body
from supportmail.core.bounce import (
    BOUNCE_SUBJECT,
    DAEMON_NAME,
    REPORT_TYPES,
    RETURNED_MESSAGE_TYPES,
    heuristic_report,
    is_mail_system,
    standard_report,
)
from supportmail.core.header_decode import (
    decode_text_header,
    parse_addresses,
    parse_date,
    parse_ids,
    salvage_address,
)
from supportmail.core.mimesplit import header_end, parse_tree
from supportmail.core.types import Address, DeliveryReport, ParsedMessage

OVERSIZED_TEXT_BYTES = 64 * 1024

# Headers added on the way to our mailbox; they differ between copies of one message.
_TRACE_HEADERS = frozenset(
    {
        b"received", b"return-path", b"delivered-to", b"x-original-to", b"x-delivered-to",
        b"envelope-to", b"x-envelope-to", b"authentication-results", b"received-spf",
        b"dkim-filter", b"x-sieve", b"x-uid", b"status", b"x-status", b"x-keywords",
    }
)  # fmt: skip
_TRACE_PREFIXES = (b"arc-", b"x-spam-", b"x-virus-", b"x-rspamd-")


@dataclass(frozen=True)
class ParseLimits:
    """Bounds that keep one hostile message from costing unbounded time or memory."""

    max_size: int = 25 * 1024 * 1024
    max_parts: int = 500
    max_depth: int = 20
    max_header_bytes: int = 256 * 1024


def content_hash(raw: bytes) -> str:
    """sha256 hex of `raw` without trace headers and with CRLF normalised to LF.

    Two deliveries of one message (alias fan-out, re-delivery) differ only in those headers,
    so they hash the same. Works on bytes: no MIME parsing needed.
    """
    end = header_end(raw)[0]
    digest = hashlib.sha256()
    keep = True
    for line in raw[:end].replace(b"\r\n", b"\n").split(b"\n"):
        if line[:1] not in (b" ", b"\t"):  # a new field; continuation lines follow its fate
            name = line.partition(b":")[0].strip().lower()
            keep = name not in _TRACE_HEADERS and not name.startswith(_TRACE_PREFIXES)
        if keep:
            digest.update(line + b"\n")
    digest.update(raw[end:].replace(b"\r\n", b"\n"))
    return digest.hexdigest()


def _limit_header(raw: bytes, limits: ParseLimits, defects: list[str]) -> bytes:
    """`raw` with an over-long header block cut at a line boundary, and the size cap applied."""
    end = header_end(raw)[0]
    if end > limits.max_header_bytes:
        cut = raw.rfind(b"\n", 0, limits.max_header_bytes) + 1
        defects.append(f"header block of {end} bytes over {limits.max_header_bytes}; truncated")
        raw = raw[:cut] + b"\n" + raw[end:].lstrip(b"\r\n")
        end = cut
    if len(raw) > limits.max_size:
        raw = raw[: end + OVERSIZED_TEXT_BYTES]
    return raw


def _first_mailbox(msg: Message, defects: list[str]) -> Address | None:
    """The first usable mailbox in From, else in Sender; salvaged from junk when possible."""
    for name in ("From", "Sender"):
        values = msg.get_all(name) or []
        found, bad = parse_addresses(values)
        if bad:
            defects.append(f"{name}: {bad} unusable address(es)")
        salvaged = None if found else salvage_address(values)
        if salvaged is not None:
            defects.append(f"{name}: address salvaged from a malformed header")
        mailbox = found[0] if found else salvaged
        if mailbox is not None:
            if name == "Sender":
                defects.append("no usable From; sender taken from Sender")
            return mailbox
    if "From" not in msg:
        defects.append("no From header")
    return None


def _addresses(msg: Message, name: str, defects: list[str]) -> tuple[Address, ...]:
    found, bad = parse_addresses(msg.get_all(name) or [])
    if bad:
        defects.append(f"{name}: {bad} unusable address(es)")
    return found


def _report(
    msg: Message,
    *,
    sender: Address | None,
    subject: str,
    body: Body,
    text: str,
    limits: ParseLimits,
) -> DeliveryReport | None:
    """The DeliveryReport for reports and recognisable bounces; None for other mail."""
    part_types = {a.content_type for a in body.attachments}
    if msg.get_content_type() == "multipart/report" or part_types & REPORT_TYPES:
        report = standard_report(msg, limits.max_depth)
        if report is not None:
            return report
    failed = [str(v) for v in msg.get_all("X-Failed-Recipients") or []]
    raw_from = str(msg.get("From", ""))
    mail_system = (sender is not None and is_mail_system(sender.addr)) or bool(
        DAEMON_NAME.search(raw_from) or raw_from.strip() == "<>"
    )
    null_path = str(msg.get("Return-Path", "")).strip() == "<>"
    bouncy = BOUNCE_SUBJECT.search(subject) is not None or bool(part_types & RETURNED_MESSAGE_TYPES)
    if failed or mail_system or (null_path and bouncy):
        return heuristic_report(msg, text, failed, limits.max_depth)
    return None


def _parse(original: bytes, limits: ParseLimits) -> ParsedMessage:
    raw = original
    defects: list[str] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        # A UTF-8 byte-order mark would glue itself to the first header name and hide it.
        raw = raw[3:]
        defects.append("starts with a UTF-8 byte-order mark")
    head = raw[:4096]
    if b"\r" in head and b"\n" not in head:
        # Classic Mac line endings (CR only): the splitter and header parser want LF.
        raw = raw.replace(b"\r", b"\n")
        defects.append("bare CR line endings")
    if not raw.strip():
        defects.append("empty message")
    oversized = len(raw) > limits.max_size
    if oversized:
        defects.append(f"message of {len(raw)} bytes over the {limits.max_size}-byte limit")
    msg, limit_defects = parse_tree(
        _limit_header(raw, limits, defects), limits.max_parts, limits.max_depth
    )
    defects.extend(limit_defects)
    headers = tuple((k.lower(), decode_text_header(str(v))) for k, v in msg.items())
    subject = decode_text_header(str(msg.get("Subject", "")))
    sender = _first_mailbox(msg, defects)
    body: Body = extract_body(msg, keep_attachments=not oversized)
    text = body.text
    if oversized:
        text = text[:OVERSIZED_TEXT_BYTES]
    defects.extend(dict.fromkeys(body.defects))
    message_ids = parse_ids(_str_or_none(msg.get("Message-ID")))
    ctype = msg.get_content_type()
    date_value = _str_or_none(msg.get("Date"))
    date = parse_date(date_value)
    if date_value and date is None:
        defects.append("unparsable Date")
    return ParsedMessage(
        message_id=message_ids[0] if message_ids else None,
        in_reply_to=parse_ids(_str_or_none(msg.get("In-Reply-To"))),
        references=parse_ids(" ".join(str(v) for v in msg.get_all("References") or [])),
        sender=sender,
        reply_to=_addresses(msg, "Reply-To", defects),
        to=_addresses(msg, "To", defects),
        cc=_addresses(msg, "Cc", defects),
        subject=subject,
        date=date,
        text=text,
        attachments=tuple(body.attachments),
        headers=headers,
        content_type=ctype,
        content_hash=content_hash(raw),
        size=len(original),
        defects=tuple(defects),
        oversized=oversized,
        report=_report(msg, sender=sender, subject=subject, body=body, text=text, limits=limits),
    )


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _unparsable(raw: bytes, error: BaseException) -> ParsedMessage:
    """The ParsedMessage for input that broke the parser: nothing but its size, hash and defect."""
    try:
        digest = content_hash(raw)
    except Exception:
        digest = hashlib.sha256(raw).hexdigest()
    return ParsedMessage(
        message_id=None,
        in_reply_to=(),
        references=(),
        sender=None,
        reply_to=(),
        to=(),
        cc=(),
        subject="",
        date=None,
        text="",
        attachments=(),
        headers=(),
        content_type="text/plain",
        content_hash=digest,
        size=len(raw),
        defects=(f"parser failed: {type(error).__name__}: {str(error)[:200]}",),
    )


def parse_message(raw: bytes, limits: ParseLimits = ParseLimits()) -> ParsedMessage:
    """Parse raw message bytes; never raises: junk yields a ParsedMessage listing its defects."""
    try:
        return _parse(raw, limits)
    except Exception as exc:  # any input must produce a value the caller can quarantine
        return _unparsable(raw, exc)
