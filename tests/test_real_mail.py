"""Issue 15 and the changing-address loop of issue 14, seen the way they were reported:
real mail into the Dovecot test bed, `run --once`, and what reached the SMTP sink."""

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from supportmail.cli.main import main as cli
from supportmail.config import Config, load_config
from supportmail.core.tokens import reply_address
from supportmail.daemon.once import run_once
from supportmail.storage.database import make_engine, upgrade
from supportmail.storage.tables import Event, InboundMessage, Outbox, Ticket
from supportmail.testbed import Testbed
from supportmail.testbed.configfile import LoopbackConfig, write_loopback_config
from supportmail.testbed.sink import Sink, SinkMessage
from tests.support.desk import customer_mail, rows, server_folder
from tests.support.mailbox import Mailbox

pytestmark = [pytest.mark.imap, pytest.mark.smtp]

TEAM = "team@houseware.io"
AGENT = "agent@houseware.io"


def _config(tmp_path: Path, testbed: Testbed, *support_lines: str) -> Config:
    """A loopback config on SQLite with extra [support] keys; the schema is built."""
    spec = LoopbackConfig(
        imap_port=testbed.imap_port,
        smtp_port=testbed.smtp_port,
        database_url=f"sqlite:///{tmp_path}/db.sqlite3",
        agents=("agent@houseware.io", "alice@houseware.io"),
        batch_size=50,
        support_lines=support_lines,
    )
    path = write_loopback_config(tmp_path, spec)
    config = load_config(path)
    engine = make_engine(config.database_url)
    upgrade(engine)
    engine.dispose()
    return config


def _agent_reply_address(config: Config, number: int) -> str:
    """The signed reply address our mail about ticket `number` gives the agent."""
    key = config.support.reply_token_key
    assert key is not None
    return reply_address(key.reveal().encode(), number, AGENT, config.support.address)


def _with_received(raw: bytes, *lines: str) -> bytes:
    """`raw` with trace/filter header lines prepended, as the receiving servers would."""
    return "".join(f"{line}\r\n" for line in lines).encode() + raw


OUR_HOP = "Received: from out.acme.example by mx.houseware.io with ESMTPS id 9; Mon, 1 Jun 2026"
RELAY_HOP = "Received: from out.acme.example by relay.example.net with ESMTP id 7; Mon, 1 Jun 2026"
THEIR_HOP = "Received: from pc by out.acme.example with ESMTP id 8; Mon, 1 Jun 2026"


def test_spam_is_kept_unanswered_in_the_spam_folder_and_releasable(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink
) -> None:
    """Our filter's spam verdict: no ack, no notice, spam folder, listed; release -> a ticket."""
    config = _config(tmp_path, testbed, 'receiving_hosts = ["mx.houseware.io"]')
    spam = customer_mail("Cheap watches", "Buy now!", sender="promo@spam.example")
    mailbox.append(_with_received(spam, "X-Spam-Flag: YES", OUR_HOP, THEIR_HOP))
    # A relay before us called this one spam: not our verdict, so it is answered.
    ham = customer_mail("Invoice question", "Hello, where is my invoice?")
    mailbox.append(_with_received(ham, OUR_HOP, RELAY_HOP, "X-Spam-Flag: YES", THEIR_HOP))
    run_once(config)
    mails = sink.wait_for(2, timeout=5)
    assert sorted(r for m in mails for r in m.rcpt_tos) == ["anna@acme.example", TEAM]
    assert len(mailbox.fetch_all(server_folder(config.imap.folders.spam))) == 1
    held: list[InboundMessage] = rows(
        config, select(InboundMessage).where(InboundMessage.disposition == "spam")
    )
    assert len(held) == 1 and "X-Spam-Flag" in (held[0].reason or "")
    assert len(rows(config, select(Ticket))) == 1
    config_path = tmp_path / "supportmail.toml"
    assert cli(["spam", "list", "-c", str(config_path)]) == 0
    assert cli(["spam", "release", str(held[0].id), "-c", str(config_path)]) == 0
    assert cli(["spam", "release", str(held[0].id), "-c", str(config_path)]) == 1
    run_once(config)  # sends what the release queued
    released = sink.wait_for(4)[2:]
    assert sorted(r for m in released for r in m.rcpt_tos) == ["promo@spam.example", TEAM]
    assert len(rows(config, select(Ticket))) == 2
    assert rows(config, select(Event).where(Event.kind == "spam_released"))


def test_changing_address_robot_gets_no_ack_and_the_team_one_alert(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink
) -> None:
    """Issue 14.2 on the test bed: a robot answering from noreply+N@robot.example, no
    Auto-Submitted, not threaded, 30 rounds: no acknowledgement reaches it, the team gets one
    breaker alert naming it and how to release it, and a person's two requests within the
    hour each get their own acknowledgement (issue 15.3)."""
    config = _config(tmp_path, testbed)
    for n in range(30):
        mailbox.append(
            customer_mail(
                "Re: Your message",
                f"We received your e-mail.\n\n> We opened ticket [#{1000 + n}] for you.\n",
                sender=f"Robot <noreply+{n}@robot.example>",
            )
        )
    mailbox.append(customer_mail("Invoice", "Where is my invoice?"))
    mailbox.append(customer_mail("Login", "I cannot log in."))
    run_once(config)
    sent = sink.wait_for(30 + 2 + 2 + 1)  # notifications, two acks, one alert
    run_once(config)  # nothing more may go out
    assert sink.count() == len(sent)
    to_robot = [m for m in sent if any("robot.example" in r for r in m.rcpt_tos)]
    assert to_robot == []
    acks = [m for m in sent if list(m.rcpt_tos) == ["anna@acme.example"]]
    assert len(acks) == 2 and acks[0].message["Subject"] != acks[1].message["Subject"]
    alerts = [m for m in sent if str(m.message["Subject"]).startswith("Circuit breaker")]
    assert len(alerts) == 1 and list(alerts[0].rcpt_tos) == [TEAM]
    body = alerts[0].message.get_body(preferencelist=("plain",))
    assert body is not None
    assert "breaker release address:noreply@robot.example" in str(body.get_content())


def _dsn(original_id: str, recipient: str) -> bytes:
    """A standard delivery-status bounce from a remote MTA for our message `original_id`."""
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.acme.example>\r\n"
        "To: support@houseware.io\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Message-ID: <bounce.{abs(hash(original_id))}@mx.acme.example>\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\n"
        f"I'm sorry to have to inform you that your message could not be delivered to\r\n"
        f"<{recipient}>: 550 5.1.1 <{recipient}>: Recipient address rejected: User unknown\r\n\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.acme.example\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "Diagnostic-Code: smtp; 550 5.1.1 User unknown\r\n\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: Houseware Support <support@houseware.io>\r\nTo: {recipient}\r\n"
        f"Message-ID: <{original_id}>\r\nSubject: whatever\r\n\r\n"
        "--B--\r\n"
    ).encode()


def test_a_bounced_ack_and_relay_are_marked_and_told(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink
) -> None:
    """Issue 15.5: our acknowledgement bounces -> its row is `bounced` with the reason, the
    team gets one notice, `show` says the customer did not get it; a relayed answer bounces ->
    the agent who wrote it is told."""
    config = _config(tmp_path, testbed)
    mailbox.append(customer_mail("Printer on fire", "Help please.", sender="ghost@acme.example"))
    run_once(config)
    first = sink.wait_for(2)
    ack = next(m for m in first if list(m.rcpt_tos) == ["ghost@acme.example"])
    ack_id = str(ack.message["Message-ID"]).strip("<>")
    mailbox.append(_dsn(ack_id, "ghost@acme.example"))
    run_once(config)
    notices = [m for m in sink.wait_for(3, timeout=5)[2:]]
    assert [list(m.rcpt_tos) for m in notices] == [[TEAM]]
    assert "Not delivered" in str(notices[0].message["Subject"])
    rows_: list[Outbox] = rows(config, select(Outbox).where(Outbox.kind == "ack"))
    assert rows_[0].state == "bounced" and "5.1.1" in (rows_[0].last_error or "")
    # The agent answers; the relay bounces too; the agent hears of it.
    number = rows(config, select(Ticket))[0].number
    to = _agent_reply_address(config, number)
    mailbox.append(
        customer_mail(f"Re: [#{number}] Printer on fire", "Unplug it.", sender=AGENT, to=to)
    )
    run_once(config)
    relay = next(m for m in sink.wait_for(4)[3:] if list(m.rcpt_tos) == ["ghost@acme.example"])
    mailbox.append(_dsn(str(relay.message["Message-ID"]).strip("<>"), "ghost@acme.example"))
    run_once(config)
    last = sink.wait_for(5)[4:]
    assert [list(m.rcpt_tos) for m in last] == [[AGENT]]
    shown = subprocess.run(
        [
            sys.executable,
            "-m",
            "supportmail",
            "show",
            str(number),
            "-c",
            str(tmp_path / "supportmail.toml"),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert shown.count("the customer did not get it") == 2


def test_a_reference_is_not_a_key(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink
) -> None:
    """Issue 15.2: a stranger of another domain answering our relay by In-Reply-To opens a new
    ticket linked to it, and their "#escalate" does not escalate the first ticket; a colleague
    of the customer's own domain joins as a participant, and the team's mail says who wrote."""
    config = _config(tmp_path, testbed)
    mailbox.append(
        customer_mail("Export broken", "The export fails.", message_id="<a1@acme.example>")
    )
    run_once(config)
    sink.wait_for(2)
    to = _agent_reply_address(config, 1001)
    mailbox.append(
        customer_mail("Re: [#1001] Export broken", "Try again now.", sender=AGENT, to=to)
    )
    run_once(config)
    relay = next(m for m in sink.wait_for(3)[2:] if list(m.rcpt_tos) == ["anna@acme.example"])
    relay_id = str(relay.message["Message-ID"])
    mailbox.append(
        customer_mail(
            "Re: [#1001] Export broken",
            "#escalate\nThis is outrageous, escalate!",
            sender="Bob Other <bob@other.example>",
            in_reply_to=relay_id,
        )
    )
    mailbox.append(
        customer_mail(
            "Re: [#1001] Export broken",
            "Still failing for me too.",
            sender="Carl Colleague <carl@acme.example>",
            in_reply_to=relay_id,
        )
    )
    run_once(config)
    later = sink.wait_for(3 + 3)[3:]  # bob: ack and the team notice; carl: the team notice
    tickets: list[Ticket] = rows(config, select(Ticket).order_by(col(Ticket.number)))
    assert [t.number for t in tickets] == [1001, 1002]
    first, second = tickets
    assert second.requester == "bob@other.example" and second.linked_ticket_id == first.id
    assert first.escalation_level == 0
    events = {e.kind for e in rows(config, select(Event).where(Event.ticket_id == first.id))}
    assert {"reference_refused", "participant_joined"} <= events
    carl_notice = [m for m in later if "carl@acme.example wrote:" in _text(m)]
    assert len(carl_notice) == 1 and "[#1001]" in str(carl_notice[0].message["Subject"])
    assert not any(
        "bob@other.example" in _text(m) and "[#1001]" in str(m.message["Subject"]) for m in later
    )


def _text(message: SinkMessage) -> str:
    part = message.message.get_body(preferencelist=("plain",))
    return str(part.get_content()) if part is not None else ""


def test_relay_has_no_clutter_and_only_the_customers_chain(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink
) -> None:
    """Issue 15.9: the agent's "Sent from my iPhone" and separator line are not relayed, and
    the relay's References hold the customer's message and our ack, never the agent's own."""
    config = _config(tmp_path, testbed)
    mailbox.append(customer_mail("Export broken", "It fails.", message_id="<c1@acme.example>"))
    run_once(config)
    ack = next(m for m in sink.wait_for(2) if list(m.rcpt_tos) == ["anna@acme.example"])
    to = _agent_reply_address(config, 1001)
    mailbox.append(
        customer_mail(
            "Re: [#1001] Export broken",
            "Fixed, please retry.\n\nSent from my iPhone\n________________________________\n"
            "From: Houseware Support\nSent: today\n\nold notification text",
            sender=AGENT,
            to=to,
            message_id="<agent-own-1@houseware.io>",
        )
    )
    run_once(config)
    relay = next(m for m in sink.wait_for(3)[2:] if list(m.rcpt_tos) == ["anna@acme.example"])
    text = _text(relay)
    assert "Fixed, please retry." in text
    assert "iPhone" not in text and "____" not in text and "old notification" not in text
    references = str(relay.message["References"])
    assert "agent-own-1@houseware.io" not in references
    assert "c1@acme.example" in references and str(ack.message["Message-ID"]) in references


def test_escalation_quotes_the_customer_and_assign_tells_the_assignee(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink
) -> None:
    """Issue 15.8: the warning and the escalation quote the customer's first and latest message
    with the history and how to act; "#assign" mails the new assignee with a signed reply
    address."""
    config = _config(tmp_path, testbed)
    mailbox.append(customer_mail("Export broken", "FIRST: the nightly export fails with E42."))
    run_once(config)
    sink.wait_for(2)
    mailbox.append(
        customer_mail("Re: [#1001] Export broken", "LATEST: still failing, we are blocked.")
    )
    run_once(config)
    chase = sink.wait_for(3)[2]
    assert list(chase.rcpt_tos) == [TEAM]
    assert "is still waiting for our answer" in " ".join(_text(chase).split())
    later = datetime.now(UTC) + timedelta(days=10)
    run_once(config, clock=lambda: later)
    staff = sink.wait_for(5)[3:]
    for mail in staff:
        text = _text(mail)
        assert "FIRST: the nightly export fails" in text and "LATEST: still failing" in text
        assert "What happened so far" in text
    escalation = next(m for m in staff if "Escalated" in str(m.message["Subject"]))
    assert "#ack" in _text(escalation) and "support+" in str(escalation.message["Reply-To"])
    to = _agent_reply_address(config, 1001)
    mailbox.append(
        customer_mail(
            "Re: [#1001] Export broken", "#assign alice@houseware.io\n", sender=AGENT, to=to
        )
    )
    run_once(config, clock=lambda: later)
    assigned = [
        m
        for m in sink.wait_for(len(staff) + 3 + 1)[3:]
        if list(m.rcpt_tos) == ["alice@houseware.io"]
    ]
    assert len(assigned) == 1
    assert "Assigned to you" in str(assigned[0].message["Subject"])
    assert "agent@houseware.io assigned ticket [#1001] to you" in _text(assigned[0])
    assert "LATEST: still failing" in _text(assigned[0])
    assert "support+" in str(assigned[0].message["Reply-To"])


def test_a_sender_over_the_cap_gets_one_summary_when_the_window_ends(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink
) -> None:
    """Issue 15.3 with a small cap: four requests at once get two acknowledgements; an hour
    later one summary reaches the sender listing the other two numbers."""
    config = _config(tmp_path, testbed, "ack_max_per_window = 2")
    for n in range(4):
        mailbox.append(customer_mail(f"Question {n}", f"Question number {n}?"))
    run_once(config)
    first = sink.wait_for(4 + 2)
    assert len([m for m in first if list(m.rcpt_tos) == ["anna@acme.example"]]) == 2
    run_once(config)
    assert sink.count() == len(first)  # the summary waits for the window's end
    run_once(config, clock=lambda: datetime.now(UTC) + timedelta(minutes=61))
    summary = sink.wait_for(len(first) + 1)[-1]
    assert list(summary.rcpt_tos) == ["anna@acme.example"]
    subject = str(summary.message["Subject"])
    assert "[#1003]" in subject and "[#1004]" in subject


L2_MAIL = (
    Path(__file__).parent
    / "fixtures/machine_mail_l_tune/human/l2_human_noreply_address_real_person.eml"
)


def test_a_person_writing_from_a_no_reply_box_is_answered_at_her_reply_to(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink
) -> None:
    """Set L's dental-practice mail: From noreply@ of the practice, Reply-To the person. She is
    the requester: acknowledged at her address, her next mail from the same shared box joins
    her ticket, and the agent's answer reaches her (never the no-reply box)."""
    config = _config(tmp_path, testbed)
    mailbox.append(L2_MAIL.read_bytes())
    run_once(config)
    first = sink.wait_for(2)
    karen = "karen.ostrowski@ridgeviewdental.com"
    ack = next(m for m in first if list(m.rcpt_tos) == [karen])
    assert "[#1001]" in str(ack.message["Subject"])
    assert not any("noreply@ridgeviewdental.com" in m.rcpt_tos for m in first)
    (ticket,) = rows(config, select(Ticket))
    assert ticket.requester == karen
    events = rows(config, select(Event).where(Event.kind == "on_behalf"))
    assert len(events) == 1 and "noreply@ridgeviewdental.com" in events[0].detail
    mailbox.append(
        customer_mail(
            "Re: [#1001] Missing second coffee maker - order HW-93318",
            "One more thing: the carton was also damaged.",
            sender="Ridgeview Dental <noreply@ridgeviewdental.com>",
            in_reply_to=str(ack.message["Message-ID"]),
            headers=[("Reply-To", karen)],
        )
    )
    run_once(config)
    second = sink.wait_for(3)[2:]  # the team's notice of her reply; no second acknowledgement
    assert [list(m.rcpt_tos) for m in second] == [[TEAM]]
    assert [t.number for t in rows(config, select(Ticket))] == [1001]
    to = _agent_reply_address(config, 1001)
    mailbox.append(
        customer_mail(
            "Re: [#1001] Missing coffee maker", "A new one ships today.", sender=AGENT, to=to
        )
    )
    run_once(config)
    relay = sink.wait_for(4)[3:]
    assert [list(m.rcpt_tos) for m in relay] == [[karen]]
    assert "A new one ships today." in _text(relay[0])
