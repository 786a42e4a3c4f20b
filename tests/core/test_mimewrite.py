"""mimewrite: every kind of mail we send, written directly and by the email package, reads the
same (every header decoded, every part's content, type and file name), and is valid RFC 5322."""

import base64
import dataclasses
import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from typing import Any

import pytest

from supportmail.core import alertmail, compose, digest_mail, mimewrite, outgoing_headers, staffmail
from supportmail.core.outgoing_headers import Draft, Identity, TicketFacts, safe_file
from supportmail.core.staffmail import CustomerText
from supportmail.templates import words

TO_MESSAGE = outgoing_headers.to_message  # the real one (the fixture below wraps it)
RECEIVED = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
NOW = RECEIVED + timedelta(minutes=2)
REPLY = "support+1234.aaaaaaaaaaaaaaaa@houseware.io"
LONG = "Export " + "très " * 40 + "lent " + "x" * 90  # past any line, one word past 78
REFS = tuple(f"m{i}.{'x' * 30}@acme.example" for i in range(30))

NAMES = [
    ("Jane Doe", "Export fails with error 500"),
    ("Jürgen Müller-Lüdenscheidt", "Réclamation: facture n° 12 – urgent"),
    ('O"Brien, Pat (Acme) <boss@acme.example>', "Hi\r\nBcc: evil@example.com"),
    ("Иван Петров", "Не работает экспорт данных в формате CSV после обновления"),
    ("山田 太郎", "请帮忙：导出失败 " * 6),
    ("", LONG),
    ("A" * 120, "Re: Fwd: " + "word " * 60),
    ("Ünïcödé \\ back\\slash", "tab\tand  spaces   inside"),
    ("=?utf-8?q?Mallory?=", "=?utf-8?b?SGk=?= encoded-looking"),
]
FILES = [
    ("report.pdf", "application/pdf", b"%PDF-1.4 " * 50),
    ("Übersicht März.xlsx", "application/vnd.ms-excel", bytes(range(256)) * 3),
    ('a "quoted" name.txt', "text/plain", b"hello\n"),
    ("x" * 150 + ".png", "image/png; name=x", b"\x89PNG"),
    ("nested.eml", "message/rfc822", b"From: a@b\r\n\r\nhi\r\n"),
    ("empty.bin", "application/octet-stream", b""),
]


def facts(name: str, subject: str, **changes: Any) -> TicketFacts:
    base = TicketFacts(
        number=1234,
        subject=subject,
        requester="jane@acme.example",
        requester_name=name,
        priority="P1",
        priority_meaning="severely impaired",
        window_hours=36.0,
        due=RECEIVED + timedelta(hours=36),
        received=RECEIVED,
        customer="Acme Corp",
        tier="enterprise",
        status="open",
        assignee=None,
        escalation_level=0,
        thread_message_ids=REFS,
        last_customer_message_id="last@acme.example",
    )
    return dataclasses.replace(base, **changes)


@pytest.fixture
def drafts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Draft]]:
    """Every Draft the compose functions turn into an EmailMessage, in order."""
    seen: list[Draft] = []
    real = outgoing_headers.to_message

    def capture(draft: Draft) -> EmailMessage:
        seen.append(draft)
        return real(draft)

    for module in (outgoing_headers, compose, staffmail, alertmail, digest_mail):
        monkeypatch.setattr(module, "to_message", capture)
    yield seen


def every_mail(identity: Identity, f: TicketFacts, language: str) -> list[Callable[[], object]]:
    """One call of every compose function the desk has (COMPOSERS, the deferred kinds, the
    desk's own alerts and the digest)."""
    w = words(language)
    m = compose.make_message_id(identity, "kind", "1234")
    texts = [CustomerText("first", f.requester, RECEIVED, LONG + "\n" * 3 + "second line")]
    staff: dict[str, Any] = {"to": "team@houseware.io", "reply_to": REPLY, "words": w, "now": NOW}
    return [
        lambda: compose.compose_ack(identity, f, m, words=w, now=NOW),
        lambda: compose.compose_relay(
            identity, f, m, words=w, now=NOW, agent_text=LONG, agent_name=f.requester_name
        ),
        lambda: compose.compose_customer_escalated(
            identity, f, m, words=w, level_name="L1", now=NOW
        ),
        lambda: compose.compose_merged(
            identity, f, m, words=w, survivor=9, survivor_subject=f.subject, now=NOW
        ),
        lambda: compose.compose_priority_changed(
            identity, f, m, words=w, old="P2", new="P1", now=NOW
        ),
        lambda: compose.compose_notification(
            identity, f, m, customer_text=f"{LONG}\n{f.subject}\n", kind="new",
            author=None, priority_why="outage", confirm_priority=True, attach=False, **staff,
        ),
        lambda: compose.compose_page(identity, f, m, customer_text=f.subject, **staff),
        lambda: compose.compose_warning(identity, f, m, customer_texts=texts, **staff),
        lambda: compose.compose_escalation(
            identity, f, m, level=2, level_name=f.requester_name, cc=["csm@houseware.io", REPLY],
            summary_lines=[f.subject], customer_texts=texts, **staff,
        ),
        lambda: compose.compose_assigned(identity, f, m, by="alice@houseware.io", **staff),
        lambda: compose.compose_command_result(
            identity, f, m, to="alice@houseware.io", results=["ok"], errors=[f.subject],
            words=w, now=NOW,
        ),
        lambda: alertmail.compose_breaker_alert(
            identity, m, to="team@houseware.io", words=w, key="domain:acme.example", count=40,
            minutes=10, latest=1234, now=NOW,
        ),
        lambda: alertmail.compose_ack_summary(
            identity, m, to=f.requester, words=w, numbers=[1, 2, 3], now=NOW
        ),
        lambda: alertmail.compose_bounce_notice(
            identity, m, to="team@houseware.io", words=w, reply_to=REPLY, number=1234,
            kind="ack", recipient=f.requester, reason=f.subject, customer=True, now=NOW,
        ),
        lambda: digest_mail.compose_digest,  # its text part is a draft_message draft: below
    ]  # fmt: skip


def encoded(files: list[tuple[str, str, bytes]]) -> list[tuple[str, str, str, bytes]]:
    parts = []
    for name, kind, data in files:
        lines = re.findall(rb".{1,76}", base64.b64encode(data), re.DOTALL)
        body = b"\r\n".join(lines) + b"\r\n" if lines else b""
        parts.append((*safe_file(name, kind), body))
    return parts


def assert_valid(raw: bytes) -> None:
    """CRLF line ends only, no line over 998, every header line within 78 where folding can."""
    assert b"\n" not in raw.replace(b"\r\n", b""), "bare LF"
    assert b"\r" not in raw.replace(b"\r\n", b""), "bare CR"
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in raw.split(b"\r\n"):
        assert len(line) <= 998
    for line in head.split(b"\r\n"):
        # Only a single unbreakable word (an over-long Message-ID or word) may pass 78.
        value = line.split(b":", 1)[1] if not line[:1].isspace() else line
        assert len(line) <= 78 or b" " not in value.strip(), line


def read(raw: bytes) -> EmailMessage:
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    assert not msg.defects, msg.defects
    return msg


def assert_same(mine: bytes, theirs: bytes, draft: Draft) -> None:
    """Both read the same: headers (decoded, in order, the boundary aside), parts' types,
    parameters, file names and contents."""
    a, b = read(mine), read(theirs)
    names = [n.lower() for n in a]
    mime = {"content-type", "content-transfer-encoding", "mime-version"}
    assert [n for n in names if n not in mime] == [k.lower() for k, _v in draft.headers]
    top = ["content-type", "mime-version"] + (
        [] if a.is_multipart() else ["content-transfer-encoding"]
    )
    assert sorted(n for n in names if n in mime) == sorted(top)
    text = a.get_body(("plain",))
    assert text is not None
    assert text.get_content().splitlines() == draft.body.splitlines()
    if [n.lower() for n in b if n.lower() not in mime] != names[: len(draft.headers)]:
        return  # the email package's bytes lost headers (a hostile display name): not compared
    for name in set(names):
        if name == "content-transfer-encoding":
            continue  # a representation: what it carries is compared part by part below
        if name == "content-type" and a.is_multipart():
            assert a.get_content_type() == b.get_content_type()
            continue
        if name in ("from", "to", "cc", "reply-to"):
            # Python's reader keeps the space between two encoded words of a display name
            # (RFC 2047 6.2 drops it; the email package's own bytes read back with a space
            # where it split a word): names are compared without their spaces when encoded.
            def boxes(m: EmailMessage, name: str = name) -> list[list[tuple[str, str]]]:
                return [
                    [(squeeze(x.display_name, h), x.addr_spec) for x in h.addresses]
                    for h in m.get_all(name, [])
                ]

            wanted = [
                [(squeeze(n, "=?" if not n.isascii() else ""), x) for n, x in v]
                for k, v in draft.headers
                if k.lower() == name and not isinstance(v, str)
            ]
            # As the draft says; the email package's own bytes read back as two addresses
            # for some hostile names (quotes, commas and <> in the display name): not compared.
            assert boxes(a) == wanted, name
            continue
        given = [v for k, v in draft.headers if k.lower() == name]
        if given:
            # What the draft says (the email package's own bytes lose a space between two
            # encoded words of some long subjects: where it disagrees, the draft is right).
            assert [str(v) for v in a.get_all(name, [])] == given, name
            continue
        assert [str(v) for v in a.get_all(name, [])] == [str(v) for v in b.get_all(name, [])], name
    parts_a, parts_b = list(a.walk()), list(b.walk())
    assert len(parts_a) == len(parts_b)
    for pa, pb in zip(parts_a, parts_b, strict=True):
        assert pa.get_content_type() == pb.get_content_type()
        assert pa.get_filename() == pb.get_filename()
        assert pa.get_content_disposition() == pb.get_content_disposition()
        assert pa.get_content_charset() == pb.get_content_charset()
        assert not pa.defects, pa.defects
        if not pa.is_multipart():
            assert pa.get_payload(decode=True) == pb.get_payload(decode=True)
            assert pa.get_content() == pb.get_content()


def squeeze(display: str, header: object) -> str:
    return (
        "".join(display.split())
        if "=?" in str(getattr(header, "_parse_tree", "")) or any(ord(c) > 127 for c in display)
        else display
    )


def rfc2047(raw: bytes, name: str) -> list[str]:
    """Each `name` header of `raw`, unfolded and decoded as RFC 2047 says."""
    msg = message_from_bytes(raw, policy=policy.compat32)
    values = [re.sub(r"\r?\n[ \t]", " ", str(v)) for v in msg.get_all(name, [])]
    return [str(make_header(decode_header(v))).strip() for v in values]


def stdlib_bytes(draft: Draft, files: list[tuple[str, str, bytes]]) -> bytes:
    msg = TO_MESSAGE(draft)
    outgoing_headers.attach_files(msg, files)
    return msg.as_bytes(policy=policy.SMTP)


@pytest.mark.parametrize(("name", "subject"), NAMES)
@pytest.mark.parametrize("language", ["en"])
def test_every_mail_reads_the_same(
    drafts: list[Draft], name: str, subject: str, language: str
) -> None:
    identity = Identity(
        address="support@houseware.io", name=f"{name or 'Houseware'} Support", domain="h.io"
    )
    f = facts(name, subject, language=language)
    for make in every_mail(identity, f, language):
        made = make()
        if made is digest_mail.compose_digest:
            continue
    assert len(drafts) >= 14
    for draft in drafts:
        for files in ([], FILES):
            mine = mimewrite.write(draft, encoded(files))
            if mine is None:
                # Only what the email package reads differently from how it is written.
                assert "=?" in repr(draft.headers) or any(
                    not isinstance(v, str) and "\\" in str(v) for _n, v in draft.headers
                ), draft.headers
                continue
            assert_valid(mine)
            assert_same(mine, stdlib_bytes(draft, files), draft)


def test_plain_mails_are_written_directly(drafts: list[Draft]) -> None:
    """The common mail never falls back: ASCII and non-ASCII names and subjects, files."""
    identity = Identity(address="support@houseware.io", name="Houseware Support", domain="h.io")
    for name, subject in NAMES[:6]:
        for make in every_mail(identity, facts(name, subject), "en"):
            make()
    for draft in drafts:
        assert mimewrite.write(draft, encoded(FILES)) is not None, draft.headers


def test_body_encodings_follow_the_email_package(drafts: list[Draft]) -> None:
    """7bit, 8bit, quoted-printable and base64 bodies, as the email package picks them."""
    identity = Identity(address="support@houseware.io", name="Houseware Support", domain="h.io")
    f = facts("Jane", "Hi")
    for text in ["short ascii", "kurz und größer", "a" * 200, "ж" * 200, "=" * 100 + " \n."]:
        staffmail.compose_page(
            identity, f, "a@b.c", words=words("en"), to="x@y.z", reply_to=REPLY,
            customer_text=text, now=NOW,
        )  # fmt: skip
    ctes = set()
    for draft in drafts:
        mine = mimewrite.write(draft)
        assert mine is not None
        assert_valid(mine)
        assert_same(mine, stdlib_bytes(draft, []), draft)
        ctes.add(str(read(mine)["Content-Transfer-Encoding"]))
    assert ctes == {"7bit", "8bit", "quoted-printable", "base64"}
