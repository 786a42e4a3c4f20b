"""Mail written at ingest as parameters, and composed by the outbox worker when first claimed.

Composing a mail (MIME, header encoding, refolding) costs more than everything else ingest does
for a message, and the mail is only needed when it is sent. So the kinds ingest writes for
every message (ack, notify, page) go to the outbox as a row with its recipients, a Message-ID
fixed now, and `params`: everything the mail says, as it was when the row was written. The
ticket's thread is read up to the message that called for the mail (`upto`), so the composed
mail is the one that would have been composed at write time. The worker stores the bytes before
the first attempt, so every attempt sends the same bytes.
"""

import base64
import dataclasses
import json
import re
import secrets
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from typing import Any

from sqlmodel import Session

from supportmail.core import compose, mimewrite
from supportmail.core.commands import HELP as COMMAND_HELP
from supportmail.core.compose import BusinessHours, Identity, TicketFacts, Words
from supportmail.core.outgoing_headers import Draft, attach_files, safe_file, to_message
from supportmail.storage import chunk_reads
from supportmail.storage.tables import AttachmentRef, Outbox, TicketMessage
from supportmail.templates import CUSTOMER_KINDS, FALLBACK, words

DEFERRED_KINDS = frozenset({"ack", "notify", "page"})
_DATES = ("due", "received")
_THREAD = ("thread_message_ids", "last_customer_message_id")
_FACTS = dataclasses.fields(TicketFacts)
_IDENTITY = dataclasses.fields(Identity)


# The mail kinds a customer reads (in their language); every other kind is staff mail.
CUSTOMER_MAILS = frozenset(CUSTOMER_KINDS)


def words_for(kind: str, facts: TicketFacts, team_language: str) -> Words:
    """The templates a mail of `kind` is written with: the customer's language for customer
    mail, else the team's."""
    return language_words(facts.language if kind in CUSTOMER_MAILS else team_language)


def language_words(language: str) -> Words:
    """The templates of `language`; English when that language has none (any more)."""
    try:
        return words(language)
    except LookupError:
        return words(FALLBACK)


def params_json(identity: Identity, facts: TicketFacts, upto: int, **extra: Any) -> str:
    """The params of a deferred mail: identity, facts (thread left out), thread bound, extras."""
    shown = {f.name: getattr(facts, f.name) for f in _FACTS if f.name not in _THREAD}
    for key in _DATES:
        shown[key] = shown[key].isoformat()
    if facts.business_hours is not None:
        shown["business_hours"] = dataclasses.asdict(facts.business_hours)
    who = {f.name: getattr(identity, f.name) for f in _IDENTITY}
    body = {"identity": who, "facts": shown, "upto": upto, **extra}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Inputs:
    """Everything a deferred row's mail is composed from, read from the database at once: the
    composing itself then needs no database (and holds no lock while it runs)."""

    row_id: int | None
    kind: str
    message_id: str
    params: dict[str, Any]
    thread_message_ids: tuple[str, ...]
    last_customer_message_id: str | None
    quoted: TicketMessage | None = None
    attached: tuple[tuple[str, str, str, bytes], ...] = ()  # name, type, sha256, bytes
    not_attached: tuple[tuple[str, str, int], ...] = ()


def read_inputs(session: Session, row: Outbox) -> Inputs:
    """What row `row` (written with params) is composed from, as it was when it was written."""
    found = read_chunk_inputs(session, [row])[0]
    if isinstance(found, Exception):
        raise found
    return found


def read_chunk_inputs(session: Session, rows: Sequence[Outbox]) -> list[Inputs | Exception]:
    """`read_inputs` for each of `rows`, in one query per table for all of them: each row's
    inputs, or why it has none (a ValueError: it cannot be composed). A database error is
    raised: it is no row's fault."""
    params: dict[int, dict[str, Any] | Exception] = {}
    for at, row in enumerate(rows):
        try:
            if row.params is None or row.ticket_id is None or row.kind not in DEFERRED_KINDS:
                raise ValueError(f"outbox row {row.id} ({row.kind}) has neither bytes nor params")
            given = json.loads(row.params)
            int(given["upto"])
            if row.kind != "ack":
                int(given["text_id"])
            params[at] = given
        except Exception as exc:  # one broken row must not stop the others
            params[at] = exc
    readable = {at: p for at, p in params.items() if not isinstance(p, Exception)}
    quoted = chunk_reads.ticket_messages(
        session, {int(p["text_id"]) for at, p in readable.items() if rows[at].kind != "ack"}
    )
    thread = chunk_reads.threads(session, {rows[at].ticket_id or 0 for at in readable})
    forwarding = {
        at: quoted[int(p["text_id"])]
        for at, p in readable.items()
        if rows[at].kind == "notify" and int(p["text_id"]) in quoted
    }
    refs = chunk_reads.attachments(session, {m.id or 0 for m in forwarding.values()})
    # Every file that could fit is read: which do depends on the sizes of those before it.
    fits = {
        ref.sha256
        for at, message in forwarding.items()
        for ref in refs[message.id or 0]
        if ref.size <= _room(readable[at])
    }
    data = chunk_reads.blobs(session, fits)
    found: list[Inputs | Exception] = []
    for at, row in enumerate(rows):
        given = params[at]
        if isinstance(given, Exception):
            found.append(given)
            continue
        try:
            found.append(_inputs(row, given, quoted, thread[row.ticket_id or 0], refs, data))
        except Exception as exc:  # one broken row must not stop the others
            found.append(exc)
    return found


def _room(params: dict[str, Any]) -> int:
    """The bytes of files a notification forwards at most (rows written before the limit was
    a param forward nothing, as they said then)."""
    return int(float(params.get("forward_limit_mb", 0)) * 1024 * 1024)


def _inputs(
    row: Outbox,
    params: dict[str, Any],
    quoted_by_id: dict[int, TicketMessage],
    thread: list[chunk_reads.ThreadEntry],
    refs: dict[int, list[AttachmentRef]],
    data: dict[str, bytes],
) -> Inputs:
    """Row `row`'s inputs from what was read for its chunk."""
    upto = int(params["upto"])
    quoted: TicketMessage | None = None
    attached: list[tuple[str, str, str, bytes]] = []
    not_attached: list[tuple[str, str, int]] = []
    if row.kind != "ack":
        quoted = quoted_by_id.get(int(params["text_id"]))
        if quoted is None:
            raise ValueError(f"outbox row {row.id}: quoted message {params['text_id']} is gone")
        if row.kind == "notify":
            attached, not_attached = _customer_files(refs[quoted.id or 0], data, _room(params))
    seen = [(message_id, role) for row_id, message_id, role in thread if row_id <= upto]
    customer = [message_id for message_id, role in seen if role == "customer"]
    return Inputs(
        row.id,
        row.kind,
        row.message_id,
        params,
        tuple(message_id for message_id, _role in seen if message_id),
        customer[-1] if customer else None,
        quoted,
        tuple(attached),
        tuple(not_attached),
    )


def compose_row(session: Session, row: Outbox) -> bytes:
    """The bytes of a row written with params, composed as they were when it was written."""
    return compose_inputs(read_inputs(session, row))


def compose_inputs(inputs: Inputs, files: "FileParts | None" = None) -> bytes:
    """The bytes of the mail `inputs` describe (no database). The customer's files are not
    encoded by the email package: their base64 bodies (from `files`, encoded once per file) are
    spliced into the generated mail, so a mail's bytes are built in one pass."""
    params = inputs.params
    identity = Identity(**params["identity"])
    shown = dict(params["facts"])
    for key in _DATES:
        shown[key] = datetime.fromisoformat(shown[key])
    if shown.get("business_hours") is not None:
        hours = shown["business_hours"]
        shown["business_hours"] = BusinessHours(**{**hours, "workdays": tuple(hours["workdays"])})
    facts = TicketFacts(
        **shown,
        thread_message_ids=inputs.thread_message_ids,
        last_customer_message_id=inputs.last_customer_message_id,
    )
    now = datetime.fromisoformat(params["now"])
    # Rows written before mail had a team language were English, as they said then.
    text = words_for(inputs.kind, facts, str(params.get("team_language", FALLBACK)))
    draft: Draft
    quoted = inputs.quoted
    if inputs.kind == "ack" or quoted is None:
        draft = compose.ack_draft(identity, facts, inputs.message_id, words=text, now=now)
    elif inputs.kind == "notify":
        draft = compose.notification_draft(
            identity,
            facts,
            inputs.message_id,
            to=params["to"],
            reply_to=params["reply_to"],
            customer_text=quoted.text,
            author=quoted.author,
            kind=params["notice"] if params["notice"] in ("new", "chase") else "reply",
            words=text,
            attached=[(name, kind, len(data)) for name, kind, _digest, data in inputs.attached],
            not_attached=inputs.not_attached,
            forward_limit_mb=float(params.get("forward_limit_mb", 0)),
            priority_why=params.get("priority_why"),
            confirm_priority=bool(params.get("confirm_priority", False)),
            help_lines=COMMAND_HELP,
            now=now,
        )
    else:
        draft = compose.page_draft(
            identity,
            facts,
            inputs.message_id,
            to=params["to"],
            reply_to=params["reply_to"],
            customer_text=quoted.text,
            words=text,
            now=now,
        )
    return (files or FILES).write(draft, inputs.attached)


class FileParts:
    """The base64 bodies of attached files, encoded once per file (by its sha256) and kept, the
    most recently used first, up to `limit` bytes in all."""

    def __init__(self, limit: int = 16 * 1024 * 1024) -> None:
        self._limit = limit
        self._size = 0
        self._bodies: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()  # composed on worker threads

    def body(self, digest: str, data: bytes) -> bytes:
        """`data` in base64, 76 characters a line, CRLF line ends (what the email package
        writes for an attachment)."""
        with self._lock:
            found = self._bodies.get(digest)
            if found is not None:
                self._bodies.move_to_end(digest)
                return found
        lines = _BASE64_LINES.findall(base64.b64encode(data))
        body = b"\r\n".join(lines) + b"\r\n" if lines else b""
        with self._lock:
            if len(body) <= self._limit:
                self._bodies[digest] = body
                self._size += len(body)
                while self._size > self._limit:
                    self._size -= len(self._bodies.popitem(last=False)[1])
        return body

    def write(self, draft: Draft, files: Sequence[tuple[str, str, str, bytes]]) -> bytes:
        """`draft` with `files` attached (name, type, sha256, bytes), as bytes: written by
        `mimewrite`, or by the email package when that cannot (`attach`)."""
        parts = []
        for name, kind, digest, data in files:
            safe_name, maintype, subtype = safe_file(name, kind)
            parts.append((safe_name, maintype, subtype, self.body(digest, data)))
        written = mimewrite.write(draft, parts)
        return written if written is not None else self.attach(to_message(draft), files)

    def attach(self, message: EmailMessage, files: Sequence[tuple[str, str, str, bytes]]) -> bytes:
        """`message` with `files` attached (name, type, sha256, bytes), as bytes: the parts'
        headers are written by the email package (`attach_files`: names and types made safe),
        their bodies are spliced in where a placeholder line was generated."""
        if not files:
            return message.as_bytes(policy=policy.SMTP)
        attach_files(message, [(name, kind, b"") for name, kind, _digest, _data in files])
        parts = list(message.iter_parts())[-len(files) :]
        marks: list[bytes] = []
        for part in parts:
            token = f"supportmail-file-{secrets.token_hex(12)}"
            part.set_payload(token + "\n")
            marks.append(token.encode("ascii") + b"\r\n")
        generated = message.as_bytes(policy=policy.SMTP)
        pieces: list[bytes] = []
        at = 0
        for mark, (_name, _kind, digest, data) in zip(marks, files, strict=True):
            found = generated.index(mark, at)
            pieces += [generated[at:found], self.body(digest, data)]
            at = found + len(mark)
        pieces.append(generated[at:])
        return b"".join(pieces)


FILES = FileParts()  # this process's encoded files
_BASE64_LINES = re.compile(rb".{1,76}", re.DOTALL)


def _customer_files(
    refs: Sequence[AttachmentRef], data: dict[str, bytes], room: int
) -> tuple[list[tuple[str, str, str, bytes]], list[tuple[str, str, int]]]:
    """The files of a ticket message (`refs`, their bytes in `data`): those that fit in `room`
    bytes in all, in order, with their sha256 and bytes (a big one does not keep the smaller
    ones after it out); the others, with sizes."""
    attached: list[tuple[str, str, str, bytes]] = []
    not_attached: list[tuple[str, str, int]] = []
    for ref in refs:
        found = data.get(ref.sha256) if ref.size <= room else None
        if found is None:
            not_attached.append((ref.filename, ref.content_type, ref.size))
            continue
        attached.append((ref.filename, ref.content_type, ref.sha256, found))
        room -= len(found)
    return attached, not_attached
