"""Customers are answered in their language and time zone; staff mail stays in the team's.

Runs on SQLite through process_batch, as ingest would; the deferred acknowledgement is composed
by the outbox worker's `compose_row`, so the bytes checked are the bytes that would be sent.
"""

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

from sqlmodel import Session

from supportmail.core.types import Priority
from supportmail.outbound.render import compose_row
from supportmail.storage.tables import Outbox
from supportmail.templates import words
from tests.support.desk import Desked, open_desked

NOW = datetime(2026, 12, 2, 22, 8, tzinfo=UTC)  # a Wednesday, winter time in Europe

GERMAN = (
    "Guten Tag,\n\nseit heute Morgen funktioniert der Export nicht mehr, wir bekommen nur "
    "eine Fehlermeldung. Können Sie uns bitte helfen?\n\nMit freundlichen Grüßen\nHans Weber\n"
)
PEOPLE = """
[customers."kunde.example"]
name = "Kunde GmbH"
timezone = "America/New_York"

[customers."jo@kunde.example"]
language = "fr"
timezone = "Asia/Tokyo"
"""


def mail(
    body: str, *, sender: str, date: str, subject: str = "Export", reply_to: str = ""
) -> bytes:
    """A customer's plain-text mail with the `Date:` header given as written."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "support@houseware.io"
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = make_msgid(domain="client.example")
    if reply_to:
        msg["In-Reply-To"] = reply_to
        msg["References"] = reply_to
    msg.set_content(body)
    return msg.as_bytes()


def sent(desked: Desked, row: Outbox) -> EmailMessage:
    """The mail an outbox row stands for, as the worker composes it and a client parses it."""
    with Session(desked.engine) as session:
        raw = row.raw if row.params is None else compose_row(session, row)
    assert raw is not None
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def text_of(msg: EmailMessage) -> str:
    """The plain-text body of `msg`."""
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def test_german_customer_gets_a_german_ack_in_the_zone_of_their_date_header(
    tmp_path: Path,
) -> None:
    """A German mail dated +0100 gets a German acknowledgement, its promise in UTC+01:00; the
    subject tag and threading are those of every language; the team hears of it in English,
    with the customer's language and zone."""
    with open_desked(tmp_path) as desked:
        raw = mail(
            GERMAN,
            sender="Hans Weber <hans@beispiel.example>",
            date="Wed, 02 Dec 2026 23:07:00 +0100",
            subject="Export geht nicht – dringend",
        )
        desked.receive(raw, NOW)
        ticket = desked.ticket(1001)
        assert (ticket.language, ticket.timezone) == ("de", "UTC+01:00")
        ack = sent(desked, desked.mails("ack")[0])
        body = text_of(ack)
        assert body.startswith("Guten Tag Hans Weber,\n\nvielen Dank für Ihre Nachricht")
        due = ticket.first_response_due.astimezone(UTC) + timedelta(hours=1)
        assert f"{due:%H:%M} Uhr (UTC+01:00)" in " ".join(body.split())
        assert "Priorität: P" in body and "[#1001]" in body
        german_meaning = words("de").phrase(f"meaning_{ticket.priority}")
        assert german_meaning in " ".join(body.split())
        assert ack["Subject"] == "[#1001] Export geht nicht – dringend"
        assert ack["In-Reply-To"] and ack["Auto-Submitted"] == "auto-replied"
        assert ack.get_content_charset() == "utf-8"
        notice = text_of(sent(desked, desked.mails("notify")[0]))
        assert "Language: German (de), time zone UTC+01:00" in notice
        english_meaning = desked.desk.config.priorities[Priority(ticket.priority)].meaning
        assert english_meaning in " ".join(notice.split())  # the team's words, not the customer's
        assert notice.startswith("New ticket [#1001]")


def test_raw_subject_is_rfc2047_and_body_utf8(tmp_path: Path) -> None:
    """Non-ASCII words go out encoded: the subject as RFC 2047, the body as UTF-8."""
    with open_desked(tmp_path) as desked:
        raw = mail(
            GERMAN,
            sender="hans@beispiel.example",
            date="Wed, 02 Dec 2026 23:07:00 +0100",
            subject="Größe",
        )
        desked.receive(raw, NOW)
        row = desked.mails("ack")[0]
        with Session(desked.engine) as session:
            data = compose_row(session, row)
        head = data.split(b"\r\n\r\n", 1)[0]
        assert b"Subject: [#1001] =?utf-8?" in head
        assert b'charset="utf-8"' in head
        assert all(byte < 128 for byte in head)


def test_configured_zone_wins_over_the_date_header(tmp_path: Path) -> None:
    """A zone configured for the customer's domain beats the offset of their Date: header,
    and an address's own entry beats its domain's, language and zone alike."""
    with open_desked(tmp_path, PEOPLE) as desked:
        desked.receive(
            mail(GERMAN, sender="anna@kunde.example", date="Wed, 02 Dec 2026 23:07:00 +0100"),
            NOW,
        )
        desked.receive(
            mail(GERMAN, sender="jo@kunde.example", date="Wed, 02 Dec 2026 23:07:00 +0100"),
            NOW,
        )
        anna, jo = desked.ticket(1001), desked.ticket(1002)
        assert (anna.language, anna.timezone) == ("de", "America/New_York")
        assert (jo.language, jo.timezone) == ("fr", "Asia/Tokyo")
        body = text_of(sent(desked, desked.mails("ack")[0]))
        due = anna.first_response_due.astimezone(UTC) - timedelta(hours=5)  # EST in December
        assert f"{due:%H:%M} Uhr (America/New_York)" in " ".join(body.split())
        assert text_of(sent(desked, desked.mails("ack")[1])).startswith("Bonjour,")


def test_unknown_language_falls_back_to_the_support_language(tmp_path: Path) -> None:
    """A mail in a language we have no templates for is answered in support.language."""
    swedish = "Hej!\n\nJag kan inte logga in sedan i morse. Kan ni hjälpa mig?\n\nMvh Sven\n"
    with open_desked(tmp_path) as desked:
        desked.receive(
            mail(swedish, sender="sven@exempel.example", date="Wed, 02 Dec 2026 23:07:00 +0100"),
            NOW,
        )
        ticket = desked.ticket(1001)
        assert ticket.language == "en"
        body = text_of(sent(desked, desked.mails("ack")[0]))
        assert body.startswith("Hello,\n\nThank you for contacting")
        assert "UTC+01:00 (P" in " ".join(body.split())


def test_ticket_keeps_its_language_until_the_customer_switches(tmp_path: Path) -> None:
    """A short "OK" keeps the ticket German; an English reply switches it, and later customer
    mail (here the priority notice after #priority) follows the switch."""
    with open_desked(tmp_path) as desked:
        first = mail(GERMAN, sender="hans@beispiel.example", date="Wed, 02 Dec 2026 23:07:00 +0100")
        desked.receive(first, NOW)
        ack_id = desked.mails("ack")[0].message_id
        desked.receive(
            mail(
                "OK",
                sender="hans@beispiel.example",
                date="Wed, 02 Dec 2026 23:30:00 +0100",
                subject="Re: [#1001] Export",
                reply_to=ack_id,
            ),
            NOW + timedelta(minutes=30),
        )
        assert desked.ticket(1001).language == "de"
        english = "Hello, sorry, could you please answer in English? My colleague will take over."
        desked.receive(
            mail(
                english,
                sender="hans@beispiel.example",
                date="Thu, 03 Dec 2026 08:00:00 -0500",
                subject="Re: [#1001] Export",
                reply_to=ack_id,
            ),
            NOW + timedelta(hours=10),
        )
        ticket = desked.ticket(1001)
        assert (ticket.language, ticket.timezone) == ("en", "UTC-05:00")
