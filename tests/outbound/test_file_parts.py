"""Attached files spliced into a composed mail (`render.FileParts`): the same bytes as the email
package writes (but for the random boundary), the file's base64 encoded once per blob."""

import base64
import hashlib
import re
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from supportmail.core.compose import Identity, TicketFacts, compose_notification
from supportmail.outbound import render
from supportmail.templates import words

ID = Identity(address="support@houseware.io", name="Houseware Support", domain="houseware.io")
T0 = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
FACTS = TicketFacts(
    number=1234,
    subject="Export fails",
    requester="jane@acme.example",
    requester_name="Jane Doe",
    priority="P1",
    priority_meaning="severely impaired",
    window_hours=36.0,
    due=T0 + timedelta(hours=36),
    received=T0,
    customer="Acme",
    tier=None,
    status="open",
    assignee=None,
    escalation_level=0,
    thread_message_ids=("first@acme.example",),
    last_customer_message_id="first@acme.example",
)
FILES = [
    ("report.pdf", "application/pdf", bytes(range(256)) * 300),
    ("notes.txt", "text/plain; charset=utf-8", "Grüße\n".encode() * 10),
    ("empty.bin", "application/octet-stream", b""),
    ("../evil\r\nname.zip", "multipart/mixed", b"PK\x03\x04" * 1000),
]


def notification(attach: bool) -> EmailMessage:
    """The team's notification of ticket 1234 with FILES, attached by the core or not."""
    return compose_notification(
        ID,
        FACTS,
        "<notify.1234.x@houseware.io>",
        to="team@houseware.io",
        reply_to="support+1234.aaaaaaaaaaaaaaaa@houseware.io",
        customer_text="It fails.",
        kind="new",
        words=words("en"),
        attached=[(name, kind, data) for name, kind, data in FILES],
        forward_limit_mb=10,
        now=T0,
        attach=attach,
    )


def without_boundary(raw: bytes) -> bytes:
    """`raw` with its MIME boundary replaced by a fixed word."""
    found = re.search(rb'boundary="([^"]+)"', raw)
    assert found is not None
    return raw.replace(found.group(1), b"BOUNDARY")


def with_digests() -> list[tuple[str, str, str, bytes]]:
    return [(n, k, hashlib.sha256(d).hexdigest(), d) for n, k, d in FILES]


def test_spliced_files_are_the_bytes_the_email_package_writes() -> None:
    """The mail with spliced parts equals the email package's own (names and types made
    safe the same way), and parses back to the same files."""
    plain = notification(attach=True)
    spliced = render.FileParts().attach(notification(attach=False), with_digests())
    assert without_boundary(spliced) == without_boundary(plain.as_bytes(policy=policy.SMTP))
    parsed = message_from_bytes(spliced, policy=policy.default)
    found = [(p.get_filename(), p.get_payload(decode=True)) for p in parsed.iter_attachments()]
    assert found == [
        ("report.pdf", FILES[0][2]),
        ("notes.txt", FILES[1][2]),
        ("empty.bin", b""),
        (".._evil name.zip", FILES[3][2]),
    ]


def test_a_blob_is_encoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two mails carrying the same files encode each file once; the cache keeps its size."""
    calls: list[int] = []
    real = base64.b64encode

    def counting(data: bytes) -> bytes:
        calls.append(len(data))
        return real(data)

    monkeypatch.setattr(base64, "b64encode", counting)
    parts = render.FileParts(limit=1024 * 1024)
    first = parts.attach(notification(attach=False), with_digests())
    second = parts.attach(notification(attach=False), with_digests())
    assert len(calls) == len(FILES)
    assert without_boundary(first) == without_boundary(second)
