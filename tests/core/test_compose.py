"""Outgoing mail: headers, threading, subject tags, injection safety and the words people read."""

import dataclasses
import re
from datetime import UTC, datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.errors import HeaderParseError
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

import pytest

from supportmail.core.compose import (
    Identity,
    TicketFacts,
    clean_header,
    compose_ack,
    compose_command_result,
    compose_customer_escalated,
    compose_escalation,
    compose_notification,
    compose_page,
    compose_priority_changed,
    compose_relay,
    compose_warning,
    make_message_id,
    tag,
    tagged_subject,
)
from supportmail.core.outgoing_headers import checked_addr, mailbox
from supportmail.core.sla import format_duration
from supportmail.templates import words

ID = Identity(address="support@houseware.io", name="Houseware Support", domain="houseware.io")
RECEIVED = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
NOW = RECEIVED + timedelta(minutes=2)
EVIL = "Hi\r\nBcc: evil@example.com"  # what "=?utf-8?q?Hi=0D=0ABcc:_evil@example.com?=" decodes to
W = words("en")  # the English templates: customer and team language here
WINDOWS = {"P0": 24.0, "P1": 36.0, "P2": 48.0, "P3": 72.0}


def facts(**changes: object) -> TicketFacts:
    """A P1 ticket from Jane at Acme, changed by `changes`."""
    base = TicketFacts(
        number=1234,
        subject="Export fails with error 500",
        requester="jane@acme.example",
        requester_name="Jane Doe",
        priority="P1",
        priority_meaning="available, but functionality or performance severely impaired",
        window_hours=36.0,
        due=RECEIVED + timedelta(hours=36),
        received=RECEIVED,
        customer="Acme Corp",
        tier="enterprise",
        status="open",
        assignee=None,
        escalation_level=0,
        thread_message_ids=("first@acme.example", "ack.1234.x@houseware.io", "last@acme.example"),
        last_customer_message_id="last@acme.example",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def mid(kind: str) -> str:
    """A fresh Message-ID of `kind` for ticket 1234."""
    return make_message_id(ID, kind, "1234")


def every_mail(f: TicketFacts, now: datetime = NOW) -> dict[str, EmailMessage]:
    """One mail of every kind about ticket `f`."""
    reply = "support+1234.aaaaaaaaaaaaaaaa@houseware.io"
    return {
        "ack": compose_ack(ID, f, mid("ack"), words=W, now=now),
        "notify": compose_notification(
            ID,
            f,
            mid("notify"),
            to="team@houseware.io",
            reply_to=reply,
            customer_text="Exports fail.",
            kind="new",
            attached=[("a.png", "image/png", b"\x89PNG")],
            words=W,
            now=now,
        ),
        "relay": compose_relay(ID, f, mid("relay"), agent_text="Fixed.", words=W, now=now),
        "escalation": compose_escalation(
            ID,
            f,
            mid("escalation"),
            level=1,
            level_name="Customer Happiness Manager",
            to="chm@houseware.io",
            cc=["csm@houseware.io"],
            reply_to=reply,
            summary_lines=["Acknowledged."],
            words=W,
            now=now,
        ),
        "warning": compose_warning(
            ID, f, mid("warning"), to="team@houseware.io", reply_to=reply, words=W, now=now
        ),
        "page": compose_page(
            ID,
            f,
            mid("page"),
            to="oncall@houseware.io",
            reply_to=reply,
            customer_text="All down.",
            words=W,
            now=now,
        ),
        "confirm": compose_command_result(
            ID,
            f,
            mid("confirm"),
            to="alice@houseware.io",
            results=["assigned"],
            errors=[],
            words=W,
            now=now,
        ),
        "customer_escalated": compose_customer_escalated(
            ID, f, mid("cust"), level_name="Head of Customer Experience", words=W, now=now
        ),
        "priority_changed": compose_priority_changed(
            ID, f, mid("prio"), old="P2", new="P1", words=W, now=now
        ),
    }


def reparse(msg: EmailMessage) -> EmailMessage:
    """`msg` as a receiving server sees it: serialised with policy SMTP and parsed again."""
    parsed = message_from_bytes(msg.as_bytes(policy=policy.SMTP), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def body(msg: EmailMessage) -> str:
    """The plain-text body of `msg`, with plain newlines."""
    part = msg.get_body(("plain",))
    assert part is not None
    text = part.get_content()
    assert isinstance(text, str)
    return text.replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Export fails", "[#1234] Export fails"),
        ("Re: Export fails", "[#1234] Export fails"),
        ("RE: Re: Fwd: FW: Export fails", "[#1234] Export fails"),
        ("Re: [#1234] Export fails", "[#1234] Export fails"),
        ("[#1234] Re: [#1234] Export fails", "[#1234] Export fails"),
        ("Re[2]: AW: WG: SV: Export", "[#1234] Export"),
        ("Export fails [#1234]", "[#1234] Export fails"),
        ("Re: [#999] another ticket", "[#1234] [#999] another ticket"),
        ("Refund request", "[#1234] Refund request"),  # "Re" only counts with a colon
        ("", "[#1234] (no subject)"),
        ("Re:", "[#1234] (no subject)"),
        (EVIL, "[#1234] Hi Bcc: evil@example.com"),
        ("a\x00b\tc", "[#1234] a b c"),
    ],
)
def test_tagged_subject(subject: str, expected: str) -> None:
    """The tag appears once, up front, and reply/forward prefixes do not pile up."""
    assert tagged_subject(ID, 1234, subject) == expected


def test_tagged_subject_custom_format_and_length() -> None:
    """A configured tag format is honoured and very long subjects are shortened."""
    custom = dataclasses.replace(ID, tag_format="(Houseware #{number})")
    assert tag(custom, 7) == "(Houseware #7)"
    assert tagged_subject(custom, 7, "Re: (Houseware #7) x") == "(Houseware #7) x"
    long = tagged_subject(ID, 1, "x" * 1000)
    assert len(long) < 220 and long.endswith("...")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain", "plain"),
        (EVIL, "Hi Bcc: evil@example.com"),
        ("a\rb\nc\x00d", "a b c d"),
        ("  many   spaces\t", "many spaces"),
        ("Zoë Ünïcode", "Zoë Ünïcode"),
    ],
)
def test_clean_header(value: str, expected: str) -> None:
    """CR, LF, NUL and other controls become single spaces."""
    assert clean_header(value) == expected


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 11, 27, 14, 0, tzinfo=UTC), "Fri 27 Nov 2026, 14:00 UTC"),
        (datetime(2026, 1, 1, 0, 5, tzinfo=UTC), "Thu 1 Jan 2026, 00:05 UTC"),
        (
            datetime(2026, 6, 1, 1, 30, tzinfo=timezone(timedelta(hours=2))),
            "Sun 31 May 2026, 23:30 UTC",
        ),
    ],
)
def test_format_when(moment: datetime, expected: str) -> None:
    """Times show in UTC with English day and month names."""
    assert W.when(moment, "UTC") == expected


def test_format_when_refuses_naive() -> None:
    """A naive datetime is a bug, not something to guess about."""
    with pytest.raises(ValueError, match="naive"):
        W.when(datetime(2026, 1, 1), "UTC")  # noqa: DTZ001


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        (timedelta(seconds=30), "0 minutes"),
        (timedelta(minutes=1), "1 minute"),
        (timedelta(minutes=40), "40 minutes"),
        (timedelta(hours=5, minutes=12), "5 hours 12 minutes"),
        (timedelta(hours=1), "1 hour"),
        (timedelta(days=2, hours=3, minutes=59), "2 days 3 hours"),
        (timedelta(days=1), "1 day"),
    ],
)
def test_format_duration(span: timedelta, expected: str) -> None:
    """Durations are rounded down to two units at most."""
    assert format_duration(span, "words") == expected


def test_message_ids_are_unique_and_safe() -> None:
    """Message-IDs carry kind and key, differ every time and keep out odd characters."""
    first, second = make_message_id(ID, "ack", "1234"), make_message_id(ID, "ack", "1234")
    assert first != second
    assert re.fullmatch(r"<ack\.1234\.[0-9a-f]{16}@houseware\.io>", first)
    assert re.fullmatch(
        r"<a-b\.k-y\.[0-9a-f]{16}@houseware\.io>", make_message_id(ID, "a b", "k>y")
    )


@pytest.mark.parametrize("priority", ["P0", "P1", "P2", "P3"])
def test_ack_states_the_promised_time(priority: str) -> None:
    """The acknowledgement promises received + the priority's window, as date, time and rule."""
    hours = WINDOWS[priority]
    f = facts(priority=priority, window_hours=hours, due=RECEIVED + timedelta(hours=hours))
    text = body(reparse(compose_ack(ID, f, mid("ack"), words=W, now=NOW)))
    when = W.when(RECEIVED + timedelta(hours=hours), "UTC")
    assert f"We will reply by {when} ({priority}: within {hours:g} hours)." in text
    assert f"Priority: {priority} (" in text
    assert "[#1234]" in text


def test_ack_headers_and_threading() -> None:
    """The acknowledgement is an auto-reply to the customer's message, with a loop marker."""
    msg = reparse(compose_ack(ID, facts(), "<ack.1234.abc@houseware.io>", words=W, now=NOW))
    assert msg["To"] == "Jane Doe <jane@acme.example>"
    assert msg["From"] == "Houseware Support <support@houseware.io>"
    assert msg["Subject"] == "[#1234] Export fails with error 500"
    assert msg["Message-ID"] == "<ack.1234.abc@houseware.io>"
    assert msg["In-Reply-To"] == "<last@acme.example>"
    assert msg["References"].split() == [
        "<first@acme.example>",
        "<ack.1234.x@houseware.io>",
        "<last@acme.example>",
    ]
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["Precedence"] == "bulk"
    assert msg["X-Supportmail-Loop"] == "support@houseware.io"
    assert parsedate_to_datetime(msg["Date"]) == NOW
    text = body(msg)
    assert '"#escalate" on a' in text and '"escalate" in the subject' in text
    assert text.rstrip().endswith("Houseware Support\nsupport@houseware.io")


def test_ack_words_come_from_the_template() -> None:
    """The acknowledgement is the "ack" template filled in: its escalation paragraph included."""
    text = body(compose_ack(ID, facts(), mid("ack"), words=W, now=NOW))
    assert "If this cannot wait that long, reply to this email with" in W.templates["ack"]
    assert "If this cannot wait that long, reply to this email with" in text


@pytest.mark.parametrize("kind", list(every_mail(facts())))
def test_no_header_injection(kind: str) -> None:
    """CR/LF in the subject or a name adds no header and no recipient to any mail."""
    f = facts(subject=EVIL, requester_name=EVIL, customer=EVIL, tier=EVIL)
    msg = reparse(every_mail(f)[kind])
    assert msg["Bcc"] is None
    assert "evil@example.com" not in [a for _, a in getaddresses(msg.get_all("To", []))]
    assert "\n" not in msg["Subject"] and "\r" not in msg["Subject"]
    raw = msg.as_bytes()
    assert not re.search(rb"^Bcc:", raw, re.MULTILINE | re.IGNORECASE)


def test_bad_address_is_refused() -> None:
    """An address that smuggles a second one raises instead of being written."""
    with pytest.raises(ValueError):
        compose_ack(
            ID, facts(requester="jane@acme.example, evil@example.com"), mid("a"), words=W, now=NOW
        )


@pytest.mark.parametrize("kind", list(every_mail(facts())))
def test_every_mail_is_marked_and_threaded(kind: str) -> None:
    """Every mail has our loop header, a Message-ID, threading headers and a tagged subject."""
    msg = reparse(every_mail(facts())[kind])
    assert msg["X-Supportmail-Loop"] == "support@houseware.io"
    assert msg["Message-ID"].endswith("@houseware.io>")
    assert msg["In-Reply-To"] and "<first@acme.example>" in msg["References"]
    assert "[#1234]" in msg["Subject"]
    assert (msg["Auto-Submitted"] is None) == (kind == "relay")


@pytest.mark.parametrize("kind", list(every_mail(facts())))
def test_lines_are_short(kind: str) -> None:
    """Our own text keeps lines within 78 characters."""
    f = facts(customer="Acme Corporation International Holdings", subject="x" * 60)
    for line in body(every_mail(f)[kind]).splitlines():
        assert len(line) <= 78, line


def test_references_are_capped_and_end_with_the_parent() -> None:
    """Long threads keep the first and newest IDs, junk IDs are dropped, the parent comes last."""
    ids = (*(f"m{i}@acme.example" for i in range(40)), "bad id", "<x>")
    msg = compose_relay(
        ID,
        facts(thread_message_ids=ids, last_customer_message_id="m5@acme.example"),
        mid("relay"),
        agent_text="ok",
        words=W,
        now=NOW,
    )
    refs = msg["References"].split()
    assert len(refs) == 20
    assert refs[0] == "<m0@acme.example>" and refs[-1] == "<m5@acme.example>"
    assert msg["In-Reply-To"] == "<m5@acme.example>"


def test_first_mail_without_thread_has_no_threading_headers() -> None:
    """Without any known Message-ID there is no In-Reply-To or References at all."""
    msg = compose_ack(
        ID, facts(thread_message_ids=(), last_customer_message_id=None), "<a@b>", words=W, now=NOW
    )
    assert msg["In-Reply-To"] is None and msg["References"] is None


def test_notification_quotes_the_customer_and_routes_replies() -> None:
    """The team sees the facts, then the customer's text as-is; replies go to the agent address."""
    text = "Hello,\n\n> quoted line stays\n   indented stays\nünïcode stays\n"
    msg = reparse(
        compose_notification(
            ID,
            facts(),
            mid("notify"),
            to="team@houseware.io",
            reply_to="support+1234.aaaaaaaaaaaaaaaa@houseware.io",
            customer_text=text,
            kind="reply",
            not_attached=[("log.txt", "text/plain", 2048)],
            forward_limit_mb=0,
            words=W,
            now=NOW,
            help_lines=["#note <text>: an internal note"],
        )
    )
    assert msg["To"] == "team@houseware.io"
    assert msg["Reply-To"] == "Houseware Support <support+1234.aaaaaaaaaaaaaaaa@houseware.io>"
    assert msg["From"] == "Jane Doe via Houseware Support <support@houseware.io>"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["In-Reply-To"] == "<last@acme.example>"
    content = body(msg)
    assert content.endswith(text)
    assert content.startswith("Customer reply on ticket [#1234] from Jane Doe <jane@acme.example>.")
    for expected in (
        "Customer: Acme Corp (tier: enterprise)",
        "Priority: P1 (available",
        "Due:      Fri 27 Nov 2026, 02:00 UTC (due in 1 day 11 hours)",
        "Not attached (files are not forwarded by mail; kept with the ticket):\n"
        "- log.txt (text/plain, 2 KB)",
        "#note <text>: an internal note",
    ):
        assert expected in content


def test_notification_carries_the_customers_files_up_to_the_limit() -> None:
    """The files that fit are attached as sent (names made safe); the rest are listed with
    their sizes as kept with the ticket; the customer's text stays the body."""
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    msg = reparse(
        compose_notification(
            ID,
            facts(),
            mid("notify"),
            to="team@houseware.io",
            reply_to="support+1234.aaaaaaaaaaaaaaaa@houseware.io",
            customer_text="See the screenshot.",
            kind="new",
            attached=[("../screen shot.png", "image/png", png)],
            not_attached=[("dump.zip", "application/zip", 30 * 1024 * 1024)],
            forward_limit_mb=10,
            priority_why='rule "p1-slow" (P1) matched "very slow"',
            words=W,
            now=NOW,
            help_lines=["#take: yours"],
        )
    )
    files = [
        (p.get_filename(), p.get_content_type(), p.get_content()) for p in msg.iter_attachments()
    ]
    assert files == [(".._screen shot.png", "image/png", png)]
    content = body(msg)
    assert "Attached to this email:\n- ../screen shot.png (image/png, 264 bytes)" in content
    assert (
        "Not attached (over the 10 MB we forward by mail; kept with the ticket):\n"
        "- dump.zip (application/zip, 30.0 MB)"
    ) in content
    assert 'Why P1: rule "p1-slow" (P1) matched "very slow".' in content
    assert "Commands, each on a line of its own at the top of your reply:\n- #take" in content
    assert content.endswith("See the screenshot.\n")


def test_relay_keeps_text_and_attachments() -> None:
    """The agent's words and files reach the customer unchanged, as a human reply in the thread."""
    files = [
        ("report.pdf", "application/pdf", b"%PDF-1.4 \x00\xff"),
        ("a/b.csv", "text/csv", b"x,y"),
    ]
    msg = reparse(
        compose_relay(
            ID,
            facts(),
            mid("relay"),
            agent_text="Hi Jane,\n\nfixed.\n\nAlice",
            attachments=files,
            words=W,
            now=NOW,
            agent_name="Alice\r\nBcc: x@y.z",
        )
    )
    assert msg["Subject"] == "Re: [#1234] Export fails with error 500"
    assert msg["From"] == '"Alice Bcc: x@y.z (Houseware Support)" <support@houseware.io>'
    assert msg["Auto-Submitted"] is None and msg["Precedence"] is None
    assert body(msg).startswith("Hi Jane,\n\nfixed.\n\nAlice\n")
    got = [
        (p.get_filename(), p.get_content_type(), p.get_content()) for p in msg.iter_attachments()
    ]
    assert got == [
        ("report.pdf", "application/pdf", b"%PDF-1.4 \x00\xff"),
        ("a_b.csv", "text/csv", "x,y"),
    ]


def test_escalation_says_how_to_take_it() -> None:
    """An escalation names level, lateness, what happened and the #ack reply, with the CSM in Cc."""
    now = RECEIVED + timedelta(hours=40)
    msg = reparse(
        compose_escalation(
            ID,
            facts(),
            mid("escalation"),
            level=2,
            level_name="Head of Customer Experience",
            to="head-cx@houseware.io",
            cc=["csm@houseware.io"],
            reply_to="support+1234.bbbbbbbbbbbbbbbb@houseware.io",
            summary_lines=["Level 1 escalated at 02:00 UTC; no #ack."],
            words=W,
            now=now,
        )
    )
    assert msg["To"] == "head-cx@houseware.io" and msg["Cc"] == "csm@houseware.io"
    assert msg["Subject"] == "[#1234] Escalated (level 2): Export fails with error 500"
    text = body(msg)
    assert "level 2, Head of Customer Experience" in text
    assert "overdue by 4 hours" in text
    assert "- Level 1 escalated at 02:00 UTC; no #ack." in text
    assert 'reply to this email with "#ack" on a line of its own' in text


def test_warning_reports_the_share_of_the_window_used() -> None:
    """The warning at 75 % says so and how long is left."""
    text = body(
        compose_warning(
            ID,
            facts(),
            mid("warning"),
            to="alice@houseware.io",
            reply_to="r@houseware.io",
            words=W,
            now=RECEIVED + timedelta(hours=27),
        )
    )
    assert "used 75% of its 36-hour response" in text and "due in 9 hours" in text


def test_customer_escalated_apologises_when_late() -> None:
    """Before the due time the promise is restated; after it, we say we missed it."""
    on_time = body(
        compose_customer_escalated(ID, facts(), mid("c"), level_name="CEO", words=W, now=NOW)
    )
    late = body(
        compose_customer_escalated(
            ID, facts(), mid("c"), level_name="CEO", words=W, now=RECEIVED + timedelta(hours=40)
        )
    )
    assert "escalated to our CEO" in on_time and "We will reply by" in on_time
    assert "have not kept that" in late and "We will reply by" not in late


def test_priority_change_announces_the_new_promise() -> None:
    """A new priority comes with its meaning and newly promised time."""
    f = facts(
        priority="P0",
        priority_meaning="production unavailable",
        window_hours=24.0,
        due=RECEIVED + timedelta(hours=24),
    )
    text = body(compose_priority_changed(ID, f, mid("p"), old="P1", new="P0", words=W, now=NOW))
    assert "from P1 to P0" in text and "P0: production unavailable" in text
    assert "We will reply by Thu 26 Nov 2026, 14:00 UTC (P0: within 24 hours)." in text


@pytest.mark.parametrize(
    ("results", "errors", "expected"),
    [
        (["assigned to alice"], [], ["Done:\n- assigned to alice"]),
        ([], ['"#prio P9": no such priority'], ['Not done:\n- "#prio P9": no such priority']),
        ([], [], ["No command was found."]),
    ],
)
def test_command_result(results: list[str], errors: list[str], expected: list[str]) -> None:
    """The agent learns what was done, what was not and why."""
    msg = compose_command_result(
        ID,
        facts(),
        mid("confirm"),
        to="alice@houseware.io",
        results=results,
        errors=errors,
        words=W,
        now=NOW,
    )
    assert msg["To"] == "alice@houseware.io"
    assert all(e in body(msg) for e in expected)


def test_page_carries_the_customer_text() -> None:
    """On-call gets the customer's words and the #ack instruction."""
    msg = compose_page(
        ID,
        facts(priority="P0"),
        mid("page"),
        to="oncall@houseware.io",
        reply_to="r@houseware.io",
        customer_text="Everything is down!",
        words=W,
        now=NOW,
    )
    assert msg["Subject"] == "[#1234] P0 page: Export fails with error 500"
    assert body(msg).endswith("Everything is down!\n") and "#ack" in body(msg)


@pytest.mark.parametrize(
    "addr",
    [
        "anna@acme.example",
        "first.last+tag@sub.example.co.uk",
        "o'brien@example.ie",
        "x@y",
        " padded@example.org ",
        '"quoted local"@example.org',
        "anna@[192.0.2.1]",
    ],
)
def test_checked_addr_agrees_with_the_header_parser(addr: str) -> None:
    """The fast path for plain addresses gives what the stdlib header parser gives."""
    assert checked_addr(addr) == mailbox(addr).addr_spec


@pytest.mark.parametrize("addr", ["a@b@c.example", "no-at-sign", "a b@example.org\r\nBcc: x"])
def test_checked_addr_refuses_what_the_header_parser_refuses(addr: str) -> None:
    """A malformed address raises ValueError (building its header would fail too)."""
    with pytest.raises((ValueError, HeaderParseError)):
        mailbox(addr)
    with pytest.raises(ValueError):
        checked_addr(addr)
