"""Issue 15 and the changing-address loop of issue 14, seen the way they were reported:
real mail into the Dovecot test bed, `run --once`, and what reached the SMTP sink."""

from pathlib import Path

import pytest
from sqlmodel import select

from supportmail.cli.main import main as cli
from supportmail.config import Config, load_config
from supportmail.daemon.once import run_once
from supportmail.storage.database import make_engine, upgrade
from supportmail.storage.tables import Event, InboundMessage, Ticket
from supportmail.testbed import Testbed
from supportmail.testbed.configfile import LoopbackConfig, write_loopback_config
from supportmail.testbed.sink import Sink
from tests.support.desk import customer_mail, rows, server_folder
from tests.support.mailbox import Mailbox

pytestmark = [pytest.mark.imap, pytest.mark.smtp]

TEAM = "team@houseware.io"


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
