"""The demo's customer mail: a dozen realistic messages, P0 to P3, and what real desks also get."""

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime


@dataclass(frozen=True)
class DemoMail:
    """One message the demo drops into the support mailbox, and what should become of it."""

    key: str
    sender: str
    subject: str
    body: str
    expect: str  # what a watcher should see: a priority, or how it is handled
    headers: tuple[tuple[str, str], ...] = ()
    in_reply_to: str | None = None  # the key of an earlier demo mail this one answers
    utc_offset_hours: int = 0  # the sender's clock, as their client writes it in Date:


MAILS: tuple[DemoMail, ...] = (
    DemoMail(
        "outage",
        "Anna Berg <anna.berg@acme.example>",
        "Production down - nobody can log in",
        "Hi,\n\nsince 08:40 our production workspace is down: every login ends in an error "
        "page and all of our 300 users are blocked. Nothing works.\n\nPlease help ASAP.\n\n"
        "Anna Berg\nIT Operations, Acme Corp",
        "P0: pages on-call; left unanswered, it climbs the ladder to the CEO",
    ),
    DemoMail(
        "slow",
        "Raj Patel <raj@globex.example>",
        "Dashboards extremely slow since the update",
        "Hello,\n\nsince yesterday's update the dashboards are extremely slow: each one takes "
        "over a minute to load, for every user here. We can still work, but barely.\n\nRaj",
        "P1: an agent answers through the reply address; the clock stops",
    ),
    DemoMail(
        "german",
        "Jürgen Müller <j.mueller@initech.example>",
        "Export sehr langsam",
        "Guten Tag,\n\nder CSV-Export ist seit Montag sehr langsam und bricht bei großen "
        "Berichten mit einem Timeout ab. Alle Kollegen sind betroffen.\n\nViele Grüße\n"
        "Jürgen Müller",
        "P1, in German: acknowledged in German, times in his Date: header's UTC+01:00",
        utc_offset_hours=1,
    ),
    DemoMail(
        "sso",
        "Lena Novak <lena@acme.example>",
        "Help adding a new admin to our account",
        "Hi team,\n\ncould you help me give admin rights to our new colleague "
        "tom@acme.example? I can't find the setting.\n\nThanks, Lena",
        "P2 (admin-task help); Acme is an enterprise customer",
    ),
    DemoMail(
        "intermittent",
        "Chen Wei <chen@umbrella.example>",
        "Occasional error when saving a report",
        "Hi,\n\nevery now and then saving a report fails with 'conflict', then works on the "
        "second try. Not blocking, but annoying.\n\nChen",
        "P2; the customer escalates it",
    ),
    DemoMail(
        "typo",
        "Sofia Rossi <sofia@hooli.example>",
        "Typo on the billing page",
        "Hello, small thing: the billing page says 'Recieved' instead of 'Received'.\nSofia",
        "P3 (cosmetic)",
    ),
    DemoMail(
        "docs",
        "Marc Dubois <marc@stark.example>",
        "Where is the API documentation?",
        "Bonjour,\n\nis there documentation for the REST API, especially for webhooks?\n\n"
        "Merci, Marc",
        "P3 (general information)",
    ),
    DemoMail(
        "followup",
        "Raj Patel <raj@globex.example>",
        "Re: Dashboards extremely slow since the update",
        "One more detail: it is only the dashboards with more than ten charts.\n\nRaj",
        "a reply: joins Raj's ticket, no new ticket, no second acknowledgement",
        in_reply_to="slow",
    ),
    DemoMail(
        "ooo",
        "Peter Smith <peter@globex.example>",
        "Automatic reply: Out of office",
        "I am out of the office until Monday 30 November with no access to email.",
        "out-of-office: recorded, never answered",
        headers=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")),
    ),
    DemoMail(
        "bounce",
        "Mail Delivery System <MAILER-DAEMON@mx.globex.example>",
        "Undelivered Mail Returned to Sender",
        "This is the mail system at host mx.globex.example.\n\nI'm sorry to have to inform "
        "you that your message could not be delivered to one or more recipients.\n\n"
        "<old-contact@globex.example>: host mx.globex.example said: 550 5.1.1 User unknown",
        "bounce: recorded, never answered",
        headers=(("Return-Path", "<>"), ("X-Failed-Recipients", "old-contact@globex.example")),
    ),
    DemoMail(
        "newsletter",
        "Cloud Weekly <news@cloudweekly.example>",
        "This week in cloud: 10 tips",
        "Our weekly digest of cloud news. Unsubscribe at any time.",
        "list mail: recorded, never answered",
        headers=(
            ("List-Id", "<weekly.cloudweekly.example>"),
            ("List-Unsubscribe", "<mailto:unsubscribe@cloudweekly.example>"),
            ("Precedence", "bulk"),
        ),
    ),
    DemoMail(
        "question",
        "Amara Okafor <amara@wayne.example>",
        "How do I export all tickets to CSV?",
        "Hi! Quick question about the process: how can I export all of our data as CSV?\n"
        "Thanks, Amara",
        "P3 (process question)",
    ),
)


def message_id(mail: DemoMail) -> str:
    """The demo mail's Message-ID."""
    return f"<demo-{mail.key}@customers.example>"


def build(mail: DemoMail, now: datetime) -> bytes:
    """The raw bytes of `mail`, as the customer's client would have sent it."""
    msg = EmailMessage()
    msg["From"] = mail.sender
    msg["To"] = "Houseware Support <support@houseware.io>"
    msg["Subject"] = mail.subject
    msg["Date"] = format_datetime(now.astimezone(timezone(timedelta(hours=mail.utc_offset_hours))))
    msg["Message-ID"] = message_id(mail)
    if mail.in_reply_to is not None:
        parent = next(m for m in MAILS if m.key == mail.in_reply_to)
        msg["In-Reply-To"] = message_id(parent)
        msg["References"] = message_id(parent)
    for name, value in mail.headers:
        msg[name] = value
    msg.set_content(mail.body)
    return msg.as_bytes()
