"""A whole conversation by mail, against the real Dovecot test bed and the real SMTP sink."""

import re
from datetime import timedelta
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

import pytest
from sqlmodel import col, select

from supportmail.config import Config
from supportmail.core.tokens import reply_address
from supportmail.daemon.once import run_once
from supportmail.storage.tables import Event, Outbox, Ticket
from supportmail.testbed import Testbed
from supportmail.testbed.sink import Sink, SinkMessage
from tests.support.desk import count, customer_mail, prepared_config, rows
from tests.support.mailbox import Mailbox

pytestmark = [pytest.mark.imap, pytest.mark.smtp]

AGENT = "agent@houseware.io"
CUSTOMER = "anna@acme.example"


def _key(config: Config) -> bytes:
    assert config.support.reply_token_key is not None
    return config.support.reply_token_key.reveal().encode()


def _only(messages: list[SinkMessage], to: str) -> SinkMessage:
    found = [m for m in messages if to in m.rcpt_tos]
    assert len(found) == 1, f"expected one mail to {to}, got {[m.rcpt_tos for m in messages]}"
    return found[0]


def _body(message: SinkMessage) -> str:
    part = message.message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def _ticket(config: Config) -> Ticket:
    tickets: list[Ticket] = rows(config, select(Ticket))
    assert len(tickets) == 1
    return tickets[0]


def _open_ticket(config: Config, mailbox: Mailbox, sink: Sink) -> tuple[Ticket, list[SinkMessage]]:
    mailbox.append(
        customer_mail(
            "Reports are very slow",
            "Hello, since this morning every report takes minutes to load for all of us.",
            sender=f"Anna Customer <{CUSTOMER}>",
            message_id="<first@acme.example>",
        )
    )
    run_once(config)
    return _ticket(config), sink.wait_for(2)


def agent_reply(
    config: Config,
    number: int,
    body: str,
    *,
    sender: str = AGENT,
    token_for: str | None = None,
    in_reply_to: str | None = None,
    headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """An agent's reply sent to the ticket's signed reply address (signed for `token_for`)."""
    to = reply_address(_key(config), number, token_for or sender, config.support.address)
    return customer_mail(
        f"Re: [#{number}] Reports are very slow",
        body,
        sender=sender,
        to=to,
        message_id=make_msgid(domain="houseware.io"),
        in_reply_to=in_reply_to,
        headers=headers,
    )


def test_whole_conversation(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, db_url: str
) -> None:
    """Customer writes, is acknowledged; the team is notified; the agent's reply reaches the
    customer and stops the clock; the customer's answer threads back and notifies the team."""
    config = prepared_config(tmp_path, testbed, db_url)
    ticket, first = _open_ticket(config, mailbox, sink)
    assert ticket.number is not None and ticket.priority == "P1"  # severely impaired
    ack = _only(first, CUSTOMER)
    assert ack.message["Subject"] == f"[#{ticket.number}] Reports are very slow"
    assert ack.message["In-Reply-To"] == "<first@acme.example>"
    assert ack.message["Auto-Submitted"] == "auto-replied"
    notice = _only(first, "team@houseware.io")
    reply_to = str(notice.message["Reply-To"])
    assert re.search(rf"support\+{ticket.number}\.[a-z2-7]+@houseware\.io", reply_to)
    assert "every report takes minutes" in _body(notice)

    sink.clear()
    mailbox.append(
        customer_mail(
            f"Re: [#{ticket.number}] Reports are very slow",
            "Hi Anna,\n\nwe found a slow query and fixed it; reports load fast again.\n\n"
            "Alice\n\nOn Thu, 26 Nov 2026, Houseware Support wrote:\n> every report takes minutes",
            sender=f"Alice Agent <{AGENT}>",
            to=reply_to,
            in_reply_to=str(notice.message["Message-ID"]),
        )
    )
    run_once(config)
    relay = _only(sink.wait_for(1), CUSTOMER)
    text = _body(relay)
    assert "fixed it" in text and "every report takes minutes" not in text
    assert relay.message["From"].addresses[0].addr_spec == "support@houseware.io"
    assert f"[#{ticket.number}]" in relay.message["Subject"]
    answered = _ticket(config)
    assert answered.first_response_at is not None and answered.response_due is None

    sink.clear()
    mailbox.append(
        customer_mail(
            "Re: Reports are very slow",
            "Thanks, it works again!",
            sender=CUSTOMER,
            in_reply_to=str(relay.message["Message-ID"]),
        )
    )
    run_once(config)
    back = _only(sink.wait_for(1), "team@houseware.io")
    assert "it works again" in _body(back)
    assert count(config, Outbox, col(Outbox.kind) == "ack") == 1


def test_commands_by_mail(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, sqlite_url: str
) -> None:
    """A verified agent's #priority, #assign and #note run, are confirmed to the agent, and
    the note never reaches the customer; a mistake is explained to the agent only."""
    config = prepared_config(tmp_path, testbed, sqlite_url)
    ticket, _ = _open_ticket(config, mailbox, sink)
    assert ticket.number is not None
    sink.clear()
    mailbox.append(
        agent_reply(
            config,
            ticket.number,
            "#priority P0\n#assign alice@houseware.io\n#note\n#frobnicate\n\nLooks like the DB.",
        )
    )
    run_once(config)
    mails = sink.wait_for(2)
    confirm = _only(mails, AGENT)
    body = _body(confirm)
    assert "from P1 to P0" in body
    assert "frobnicate" in body
    changed = _only(mails, CUSTOMER)  # the new promise, not the note
    assert "Looks like the DB" not in _body(changed)
    assert "P0" in _body(changed)
    updated = _ticket(config)
    assert updated.priority == "P0" and updated.assignee == "alice@houseware.io"
    assert updated.response_due is not None  # a note is not a response
    hours = config.window_hours(updated.priority)  # type: ignore[arg-type]
    assert updated.response_due == updated.received_at + timedelta(hours=hours)


@pytest.mark.parametrize(
    "case",
    ["no-token", "customer-token", "other-ticket-token", "forged-auth-results"],
)
def test_spoofed_agent_runs_nothing(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, sqlite_url: str, case: str
) -> None:
    """Mail claiming to be from an agent without proof runs no command, relays nothing, and
    leaves an event that says why."""
    config = prepared_config(tmp_path, testbed, sqlite_url, extra="[support]\n" if False else "")
    ticket, _ = _open_ticket(config, mailbox, sink)
    number = ticket.number
    assert number is not None
    sink.clear()
    body = "#close\n\nClosing this, all done."
    if case == "no-token":
        raw = customer_mail(
            f"Re: [#{number}] x", body, sender=AGENT, in_reply_to="<first@acme.example>"
        )
    elif case == "customer-token":
        raw = agent_reply(config, number, body, token_for=CUSTOMER)
    elif case == "other-ticket-token":
        to = reply_address(_key(config), number + 1, AGENT, config.support.address)
        raw = customer_mail(
            f"Re: [#{number}] x", body, sender=AGENT, to=to, in_reply_to="<first@acme.example>"
        )
    else:
        raw = customer_mail(
            f"Re: [#{number}] x",
            body,
            sender=AGENT,
            in_reply_to="<first@acme.example>",
            headers=(("Authentication-Results", "evil.example; dkim=pass header.d=houseware.io"),),
        )
    mailbox.append(raw)
    run_once(config)
    after = _ticket(config)
    assert after.status == "open" and after.first_response_at is None
    events = rows(config, select(Event).where(Event.kind == "unverified_staff_mail"))
    assert len(events) == 1 and "nothing run" in events[0].detail
    assert sink.count() == 0


def test_header_injection_adds_no_header_or_recipient(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, sqlite_url: str
) -> None:
    """Encoded CR/LF in a subject and a display name produce no extra header or recipient."""
    config = prepared_config(tmp_path, testbed, sqlite_url)
    raw = (
        b"From: =?utf-8?q?Eve=0D=0ABcc:_victim@example.com?= <eve@example.org>\r\n"
        b"To: support@houseware.io\r\n"
        b"Subject: =?utf-8?q?Hello=0D=0ABcc:_victim@example.com=0D=0AX-Evil:_1?=\r\n"
        b"Message-ID: <inject@example.org>\r\n\r\n"
        b"Please help with my invoice.\r\n"
    )
    mailbox.append(raw)
    run_once(config)
    for message in sink.wait_for(2):
        assert "victim@example.com" not in message.rcpt_tos
        assert message.message["Bcc"] is None and message.message["X-Evil"] is None
        assert "\n" not in str(message.message["Subject"])


def test_out_of_office_and_bounce_of_ack_send_nothing(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, sqlite_url: str
) -> None:
    """An out-of-office answer to our acknowledgement produces no mail; a bounce of it produces
    one notice to the team and nothing to the customer (issue 15.5)."""
    config = prepared_config(tmp_path, testbed, sqlite_url)
    ticket, first = _open_ticket(config, mailbox, sink)
    ack = _only(first, CUSTOMER)
    ack_id = str(ack.message["Message-ID"])
    sink.clear()
    mailbox.append(
        customer_mail(
            f"Automatic reply: [#{ticket.number}] Reports are very slow",
            "I am out of the office until Monday.",
            sender=CUSTOMER,
            in_reply_to=ack_id,
            headers=(("Auto-Submitted", "auto-replied"),),
        )
    )
    bounce = EmailMessage()
    bounce["From"] = "Mail Delivery System <MAILER-DAEMON@mx.acme.example>"
    bounce["To"] = "support@houseware.io"
    bounce["Subject"] = "Undelivered Mail Returned to Sender"
    bounce["Message-ID"] = "<bounce1@mx.acme.example>"
    bounce.set_content("The mail system: <anna@acme.example>: mailbox full")
    bounce.make_mixed()
    status = EmailMessage()
    status.set_content(
        f"Reporting-MTA: dns; mx.acme.example\n\nFinal-Recipient: rfc822; {CUSTOMER}\n"
        "Action: failed\nStatus: 5.2.2\n",
    )
    bounce.attach(status)
    bounce.replace_header("Content-Type", 'multipart/report; report-type="delivery-status"')
    original = EmailMessage()
    original["Message-ID"] = ack_id
    original["Subject"] = "[#x] ack"
    original.set_content("ack")
    bounce.add_attachment(original.as_bytes(), maintype="text", subtype="rfc822-headers")
    mailbox.append(bounce.as_bytes())
    report = run_once(config)
    assert sorted(o.disposition.value for o in report.ingest.outcomes) == ["auto_reply", "bounce"]
    assert report.send.sent == 1 and sink.count() == 1
    assert list(sink.messages()[0].rcpt_tos) == [config.support.team_address]
    bounces = rows(config, select(Event).where(Event.kind == "bounce"))
    assert len(bounces) == 1 and bounces[0].ticket_id == ticket.id


def test_customer_escalation(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, sqlite_url: str
) -> None:
    """A customer's "#escalate" reaches level 1 at once and the customer is told who has it."""
    config = prepared_config(tmp_path, testbed, sqlite_url)
    ticket, first = _open_ticket(config, mailbox, sink)
    ack = _only(first, CUSTOMER)
    sink.clear()
    mailbox.append(
        customer_mail(
            f"Re: [#{ticket.number}] Reports are very slow",
            "#escalate\n\nThis is blocking our month-end close.",
            sender=CUSTOMER,
            in_reply_to=str(ack.message["Message-ID"]),
        )
    )
    run_once(config)
    mails = sink.wait_for(3)
    escalation = _only(mails, "happiness@houseware.io")
    assert "csm-acme@houseware.io" in escalation.rcpt_tos
    told = _only(mails, CUSTOMER)
    assert "Customer Happiness Manager" in _body(told)
    assert _ticket(config).escalation_level == 1
