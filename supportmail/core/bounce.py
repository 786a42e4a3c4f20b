"""Delivery reports: what a DSN, feedback report, read receipt or plain-text bounce refers to.

Standard reports (RFC 3464 DSN, RFC 5965 ARF, RFC 8098 MDN) are read from their machine parts.
Non-standard bounces (qmail, Exim, old Exchange) are recognised by a daemon-ish sender and read
heuristically: X-Failed-Recipients, "<addr>:" lines, and the quoted original's Message-ID line.
"""

import re
from email.message import Message
from email.parser import HeaderParser
from email.policy import compat32

from supportmail.core.body import part_text
from supportmail.core.header_decode import parse_ids, raw_header_text, valid_address
from supportmail.core.types import DeliveryReport

# Local parts only mail systems send from: alone (with no real Return-Path) they mean a bounce.
MAILER_DAEMON_LOCAL_PARTS = frozenset(
    {
        "mailer-daemon", "mailer_daemon", "mailerdaemon", "mail-daemon", "maildaemon",
        "mail.daemon", "mail-delivery-system", "mdaemon",
    }
)  # fmt: skip
# Local parts of mail-system mailboxes that people also write from: need more evidence.
POSTMASTER_LOCAL_PARTS = frozenset(
    {"postmaster", "post_master", "post-master", "bounce", "bounces", "mail-error", "mailerror"}
)
DAEMON_NAME = re.compile(
    r"mail delivery (?:system|subsystem|service)|mailer.?daemon|\bpostmaster\b"
    r"|mail administrator|\bNDR\b|delivery status notification",
    re.IGNORECASE,
)
BOUNCE_SUBJECT = re.compile(
    r"undeliver|returned mail|mail delivery (?:failed|failure|status|subsystem)"
    r"|delivery (?:status|failure|has failed|notification|report|problem|delayed)"
    r"|failure notice|failure delivery|could not be delivered|non[- ]?delivery|delayed mail"
    r"|delivery to the following recipient|warning: could not send|mail system error"
    r"|nondeliverable|unzustellbar|non remis|no se puede entregar|zustellung fehlgeschlagen"
    r"|returned to sender|returning to sender|message not delivered|error sending your mail"
    # Failures and delays in the other languages we read (a daemon sender is still required).
    r"|not yet (?:been )?delivered|delivery (?:is )?delayed|remise différée|non délivr"
    r"|échec (?:de (?:la )?)?(?:remise|livraison)|retraso en la entrega|no (?:se ha )?entregad"
    r"|mensaje no entregado|entrega (?:retrasada|demorada)|non recapitat|mancato recapito"
    r"|errore (?:di|nel) recapito|non (?:è|e) stato recapitat"
    r"|consegna (?:ritardata|non riuscita)|onbestelbaar|niet (?:afgeleverd|bezorgd)"
    r"|vertraagde (?:aflevering|bezorging)|não (?:foi )?entregue|não é possível entregar"
    r"|entrega atrasada|zustellung verzögert|verzögerte zustellung|nicht zugestellt"
    r"|配信できません|配送エラー|エラー通知|不達|未達|退信|投递失败",
    re.IGNORECASE,
)
# SMTP replies and the phrases MTAs put around them, for bounces without any structure.
BOUNCE_BODY = re.compile(
    r"\b[45]\.\d{1,3}\.\d{1,3}\b|\b5[05][0-4][ -]|no such user|user unknown|unknown user"
    r"|mailbox (?:is )?(?:full|unavailable)|invalid (?:user|recipient)|could not be delivered",
    re.IGNORECASE,
)
# Amazon SES notifications relayed by SNS as e-mail: a JSON body naming the notification type.
# The JSON may sit inside an SNS envelope, hence the optional escaped quotes.
SES_NOTIFICATION = re.compile(r'^\s*\{.{0,800}?\\?"notificationType\\?"\s*:\s*\\?"(\w+)', re.S)
RETURNED_MESSAGE_TYPES = frozenset(
    {"message/rfc822", "message/global", "text/rfc822-headers", "message/global-headers"}
)
REPORT_TYPES = frozenset(
    {"message/delivery-status", "message/global-delivery-status", "message/feedback-report"}
)
_ACTION_RANK = {"failed": 0, "delayed": 1, "abuse": 1}
_MESSAGE_ID_LINE = re.compile(r"^[ \t>]*Message-ID:[ \t]*(<[^<>\r\n]+>)", re.IGNORECASE | re.M)
_RECIPIENT_LINE = re.compile(r"^[ \t]*<([^<>\s@]+@[^<>\s]+)>:?[ \t]*(?:\r?\n|[a-z])", re.I | re.M)
_MAX_WALK = 200


def is_mailer_daemon(addr: str) -> bool:
    """Whether the mailbox's local part is MAILER-DAEMON or a spelling of it."""
    return addr.partition("@")[0].lower() in MAILER_DAEMON_LOCAL_PARTS


def is_mail_system(addr: str) -> bool:
    """Whether the local part names a mail system: MAILER-DAEMON, postmaster, bounce, ..."""
    local = addr.partition("@")[0].lower()
    return local in MAILER_DAEMON_LOCAL_PARTS or local in POSTMASTER_LOCAL_PARTS


def _field_address(value: str | None) -> str | None:
    """The address in a DSN recipient field like "rfc822; user@example.com"."""
    if not value:
        return None
    addr = raw_header_text(value).rpartition(";")[2].strip().strip("<>").lower()
    return addr if valid_address(addr) else None


def _blocks(part: Message) -> list[Message]:
    """The header blocks of a message/delivery-status-like part, however it arrived."""
    payload = part.get_payload() if part.is_multipart() else None
    if isinstance(payload, list):
        return [p for p in payload if isinstance(p, Message)]
    text, _ = part_text(part)
    parser = HeaderParser(policy=compat32)
    return [parser.parsestr(b.strip() + "\n") for b in re.split(r"\r?\n[ \t]*\r?\n", text)]


def _returned_message_id(part: Message) -> str | None:
    """The Message-ID of a returned message/rfc822 or text/rfc822-headers part."""
    payload = part.get_payload() if part.is_multipart() else None
    if isinstance(payload, list):
        inner = payload[0] if payload else None
        value = inner.get("Message-ID") if isinstance(inner, Message) else None
    else:
        text, _ = part_text(part)
        value = HeaderParser(policy=compat32).parsestr(text, headersonly=True).get("Message-ID")
    ids = parse_ids(str(value)) if value is not None else ()
    return ids[0] if ids else None


def _walk(msg: Message, max_depth: int) -> list[Message]:
    """Every part of `msg`, depth- and count-limited (message/rfc822 payloads not entered)."""
    out: list[Message] = []
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack and len(out) < _MAX_WALK:
        part, depth = stack.pop()
        out.append(part)
        children = part.get_payload() if part.is_multipart() else None
        if (
            depth < max_depth
            and isinstance(children, list)
            and part.get_content_type().startswith("multipart/")
        ):
            stack.extend((p, depth + 1) for p in reversed(children) if isinstance(p, Message))
    return out


def standard_report(msg: Message, max_depth: int) -> DeliveryReport | None:
    """The DeliveryReport of a multipart/report message, or None when it has no machine part."""
    original: str | None = None
    returned: str | None = None
    recipients: list[str] = []
    actions: list[str] = []
    seen_machine_part = False
    for part in _walk(msg, max_depth):
        ctype = part.get_content_type()
        if ctype in ("message/delivery-status", "message/global-delivery-status"):
            seen_machine_part = True
            for block in _blocks(part):
                original = original or _first_id(
                    block.get("Original-Message-ID") or block.get("X-Original-Message-ID")
                )
                addr = _field_address(block.get("Original-Recipient")) or _field_address(
                    block.get("Final-Recipient")
                )
                if addr:
                    recipients.append(addr)
                action = str(block.get("Action") or "").strip().lower()
                if action:
                    actions.append(action.split()[0])
        elif ctype == "message/feedback-report":
            seen_machine_part = True
            for block in _blocks(part):
                original = original or _first_id(block.get("Original-Message-ID"))
                recipients.extend(
                    a for a in map(_field_address, block.get_all("Original-Rcpt-To") or []) if a
                )
                kind = str(block.get("Feedback-Type") or "").strip().lower()
                if kind:
                    actions.append(kind)
        elif ctype in (
            "message/disposition-notification",
            "message/global-disposition-notification",
        ):
            seen_machine_part = True
            for block in _blocks(part):
                original = original or _first_id(block.get("Original-Message-ID"))
                disposition = str(block.get("Disposition") or "").rpartition(";")[2].strip()
                if disposition:
                    actions.append(disposition.split("/")[0].lower())
        elif ctype in ("message/rfc822", "message/global", "text/rfc822-headers"):
            returned = returned or _returned_message_id(part)
    if not seen_machine_part and returned is None:
        return None
    actions.sort(key=lambda a: _ACTION_RANK.get(a, 2))
    return DeliveryReport(
        original_message_id=original or returned,
        failed_recipients=tuple(dict.fromkeys(recipients)),
        action=actions[0] if actions else "",
    )


def _first_id(value: object) -> str | None:
    ids = parse_ids(str(value)) if value is not None else ()
    return ids[0] if ids else None


def heuristic_report(
    msg: Message, body_text: str, failed_header: list[str], max_depth: int
) -> DeliveryReport:
    """A best-effort DeliveryReport for a bounce that is not a multipart/report."""
    returned: str | None = None
    texts = [body_text]
    for part in _walk(msg, max_depth)[1:]:
        ctype = part.get_content_type()
        if ctype in ("message/rfc822", "message/global", "text/rfc822-headers"):
            returned = returned or _returned_message_id(part)
        elif ctype.startswith("text/") and not part.is_multipart():
            texts.append(part_text(part)[0])
    if returned is None:
        for text in texts:
            match = _MESSAGE_ID_LINE.search(text)
            if match:
                returned = _first_id(match.group(1))
                break
    recipients: list[str] = []
    for value in failed_header:
        recipients.extend(
            a for a in (s.strip().strip("<>").lower() for s in value.split(",")) if valid_address(a)
        )
    if not recipients:
        recipients.extend(m.lower() for m in _RECIPIENT_LINE.findall(body_text))
    return DeliveryReport(
        original_message_id=returned,
        failed_recipients=tuple(dict.fromkeys(r for r in recipients if valid_address(r))),
        action="failed" if recipients or failed_header else "",
    )
