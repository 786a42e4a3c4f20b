"""Table tests for core.classify: which Kind, which rule, is it a reply, and quarantine."""

from pathlib import Path

import pytest

from supportmail.core.classify import OwnIdentity, classify, is_reply, quarantine_reason
from supportmail.core.parse import parse_message
from supportmail.core.types import Kind

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "mail"
OWN = OwnIdentity(
    support_addresses=frozenset({"support@houseware.io", "help@houseware.io"}),
    agent_addresses=frozenset({"agent@houseware.io"}),
    agent_domains=frozenset({"agents.houseware.io"}),
    message_id_domain="houseware.io",
)


def mail(headers: str, body: str = "Hello.\n") -> bytes:
    """A small message from header lines and a body."""
    return (headers.strip("\n") + "\n\n" + body).encode("utf-8")


@pytest.mark.parametrize(
    ("name", "kind", "reason_start"),
    [
        ("plain.eml", Kind.HUMAN, "human:"),
        ("html_only.eml", Kind.HUMAN, "human:"),
        ("alternative.eml", Kind.HUMAN, "human:"),
        ("attachment_traversal.eml", Kind.HUMAN, "human:"),
        ("japanese.eml", Kind.HUMAN, "human:"),
        ("dsn.eml", Kind.BOUNCE, "bounce: multipart/report delivery-status"),
        ("arf.eml", Kind.BOUNCE, "bounce: multipart/report feedback-report"),
        ("qmail_bounce.eml", Kind.BOUNCE, "bounce: mailer-daemon sender"),
        ("human_quotes_bounce.eml", Kind.HUMAN, "human:"),
        ("out_of_office.eml", Kind.AUTO_REPLY, "auto_reply: Auto-Submitted=auto-replied"),
        ("exchange_auto_reply.eml", Kind.AUTO_REPLY, "auto_reply: Exchange"),
        ("subject_only_ooo.eml", Kind.AUTO_REPLY, "auto_reply: out-of-office subject"),
        ("read_receipt.eml", Kind.AUTO_REPLY, "auto_reply: read receipt"),
        ("list.eml", Kind.BULK, "bulk: List-Id present"),
        ("list_auto_reply.eml", Kind.AUTO_REPLY, "auto_reply: Auto-Submitted"),
        ("loop.eml", Kind.LOOP, "loop: our loop header X-Supportmail-Loop"),
        ("agent.eml", Kind.AGENT, "agent: sender agent@houseware.io"),
    ],
)
def test_fixture_kinds(name: str, kind: Kind, reason_start: str) -> None:
    """Each fixture gets its Kind, and the reason names the rule that decided."""
    result = classify(parse_message((FIXTURES / name).read_bytes()), OWN)
    assert result.kind is kind, result.reason
    assert result.reason.startswith(reason_start), result.reason


@pytest.mark.parametrize(
    ("headers", "kind", "reason_start"),
    [
        ("From: support@houseware.io\nSubject: x", Kind.LOOP, "loop: sender is our own"),
        ("From: Help <HELP@houseware.io>\nSubject: x", Kind.LOOP, "loop: sender is our own"),
        (
            "From: a@example.com\nMessage-ID: <t-1.abc@houseware.io>",
            Kind.LOOP,
            "loop: Message-ID in our domain",
        ),
        ("From: a@example.com\nMessage-ID: <t-1@mail.houseware.io>", Kind.HUMAN, "human:"),
        ("From: a@example.com\nX-Supportmail-Loop: other@desk.example", Kind.HUMAN, "human:"),
        (
            "From: a@example.com\nX-Failed-Recipients: b@example.com",
            Kind.BOUNCE,
            "bounce: X-Failed",
        ),
        (
            "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery "
            "Status Notification (Failure)",
            Kind.BOUNCE,
            "bounce:",
        ),
        ("From: MAILER-DAEMON <>\nSubject: Mail delivery failed", Kind.BOUNCE, "bounce:"),
        (
            "Return-Path: <>\nFrom: postmaster@example.com\nSubject: Undeliverable: hi",
            Kind.BOUNCE,
            "bounce: bounce subject",
        ),
        ("From: postmaster@example.com\nSubject: Our new policy", Kind.HUMAN, "human:"),
        ("From: a@example.com\nSubject: Mail delivery failed", Kind.HUMAN, "human:"),
        ("From: a@example.com\nAuto-Submitted: auto-generated", Kind.AUTO_REPLY, "auto_reply:"),
        ("From: a@example.com\nAuto-Submitted: no", Kind.HUMAN, "human:"),
        ("From: a@example.com\nX-Autoreply: yes", Kind.AUTO_REPLY, "auto_reply: x-autoreply"),
        ("From: a@example.com\nPrecedence: auto_reply", Kind.AUTO_REPLY, "auto_reply: Precedence"),
        ("From: a@example.com\nX-Auto-Response-Suppress: All", Kind.HUMAN, "human:"),
        ("From: a@example.com\nSubject: Automatic reply: hi", Kind.AUTO_REPLY, "auto_reply: out"),
        ("From: a@example.com\nSubject: Réponse automatique", Kind.AUTO_REPLY, "auto_reply: out"),
        ("From: a@example.com\nSubject: Respuesta automática", Kind.AUTO_REPLY, "auto_reply:"),
        ("From: a@example.com\nSubject: Absence request for May", Kind.HUMAN, "human:"),
        ("From: a@example.com\nList-Unsubscribe: <mailto:u@x.y>", Kind.BULK, "bulk: List-Unsub"),
        ("From: a@example.com\nPrecedence: bulk", Kind.BULK, "bulk: Precedence bulk"),
        ("From: a@example.com\nX-Mailchimp-Campaign: 1", Kind.BULK, "bulk: x-mailchimp"),
        (
            "From: a@example.com\nList-Id: <l.x.y>\nSubject: Out of office",
            Kind.BULK,
            "bulk: List-Id",
        ),
        ("From: Bo <bo@agents.houseware.io>\nSubject: note", Kind.AGENT, "agent:"),
        ("From: noreply@shop.example\nReply-To: c@example.com", Kind.HUMAN, "human:"),
    ],
)
def test_header_rules(headers: str, kind: Kind, reason_start: str) -> None:
    """Single-header rules decide in the documented order."""
    result = classify(parse_message(mail(headers)), OWN)
    assert result.kind is kind, result.reason
    assert result.reason.startswith(reason_start), result.reason


def test_loop_beats_everything() -> None:
    """Our own loop header wins over bounce and bulk signals."""
    raw = mail(
        "From: MAILER-DAEMON@x.example\nX-Supportmail-Loop: support@houseware.io\nList-Id: <a>"
    )
    assert classify(parse_message(raw), OWN).kind is Kind.LOOP


def test_rfc3834_auto_reply_is_also_a_reply() -> None:
    """An RFC 3834 auto-reply carries In-Reply-To: AUTO_REPLY, with is_reply set."""
    result = classify(parse_message((FIXTURES / "out_of_office.eml").read_bytes()), OWN)
    assert result.kind is Kind.AUTO_REPLY and result.is_reply


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Re: hi", True),
        ("RE: hi", True),
        ("AW: Frage", True),
        ("Aw: Frage", True),
        ("SV: fråga", True),
        ("VS: kysymys", True),
        ("Antw: vraag", True),
        ("Réf: dossier", True),
        ("RIF: domanda", True),
        ("R: domanda", True),
        ("Odp: pytanie", True),
        ("回复：问题", True),
        ("Re[2]: hi", True),
        ("[#42] Re: hi", True),
        ("Fwd: hi", False),
        ("Regarding my order", False),
        ("Return policy", False),
        ("", False),
    ],
)
def test_reply_subjects(subject: str, expected: bool) -> None:
    """Reply prefixes in many languages mark a reply; forwards and look-alikes do not."""
    assert is_reply(parse_message(mail(f"From: a@b.example\nSubject: {subject}"))) is expected


def test_threading_headers_mark_a_reply() -> None:
    """In-Reply-To or References alone make a message a reply."""
    for header in ("In-Reply-To: <x@y.z>", "References: <x@y.z>"):
        assert is_reply(parse_message(mail(f"From: a@b.example\n{header}")))


@pytest.mark.parametrize(
    ("raw", "quarantined"),
    [
        (b"", True),
        (b"\x00\x01garbage", True),
        (b"To: support@houseware.io\nSubject: who\n\ntext", True),
        (b"From: not an address\n\ntext", True),
        (b"From: a@b.example\n\n", True),
        (b"From: a@b.example\nSubject: only a subject\n\n", False),
        (b"From: a@b.example\n\nonly text", False),
        (b"From: a@b.example tail@b.example\n\nsalvaged", False),
    ],
)
def test_quarantine(raw: bytes, quarantined: bool) -> None:
    """No usable sender, or nothing at all to act on, quarantines; anything else is a ticket."""
    assert (quarantine_reason(parse_message(raw)) is not None) is quarantined


def test_quarantine_fixtures() -> None:
    """Empty, garbage and sender-less fixtures are quarantined; the truncated one is not."""
    for name in ("empty.eml", "garbage.eml", "no_sender.eml"):
        assert quarantine_reason(parse_message((FIXTURES / name).read_bytes())) is not None
    assert quarantine_reason(parse_message((FIXTURES / "truncated.eml").read_bytes())) is None
