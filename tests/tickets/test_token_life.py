"""Reply tokens with a life: a token stops proving anything some days after its ticket closed,
and no token proves a From whose domain fails DMARC at our own MTA."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from supportmail.config import load_config
from supportmail.core.authres import dmarc_failed
from supportmail.core.tokens import reply_address, token_alive
from supportmail.core.types import Disposition
from supportmail.desk import Desk
from supportmail.storage.database import make_engine, upgrade
from supportmail.testbed import Testbed, TestbedSettings
from tests.support.desk import Desked, customer_mail, write_config

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
AGENT = "agent@houseware.io"
MX = "mx.houseware.io"


@pytest.fixture
def desked(tmp_path: Path) -> Iterator[Desked]:
    """A desk trusting Authentication-Results of mx.houseware.io, tokens living 7 days after
    close, with ticket #1001 open."""
    unused = Testbed(TestbedSettings(tmp_path / "unused"))
    config = load_config(write_config(tmp_path, unused, f"sqlite:///{tmp_path}/db.sqlite3"))
    support = replace(config.support, authserv_id=MX, reply_token_days_after_close=7.0)
    engine = make_engine(config.database_url)
    upgrade(engine)
    desked = Desked(engine, Desk.from_config(replace(config, support=support)))
    desked.receive(customer_mail("A question", "How do I export my data?"), T0)
    yield desked
    engine.dispose()


def agent_mail(desked: Desked, text: str, auth_results: str | None = None) -> bytes:
    """An agent's mail to the team's reply address of ticket #1001 (a valid team token)."""
    support = desked.desk.config.support
    to = reply_address(desked.desk.token_key, 1001, support.team_address, support.address)
    headers = [("Authentication-Results", auth_results)] if auth_results else []
    return customer_mail("Re: [#1001] A question", text, sender=AGENT, to=to, headers=headers)


def test_a_valid_team_token_runs_commands(desked: Desked) -> None:
    """The baseline: a staff sender with the team token runs #priority."""
    out = desked.receive(agent_mail(desked, "#priority P1\n"), T0 + timedelta(minutes=5))
    assert out[0].disposition == Disposition.AGENT_REPLY
    assert desked.ticket(1001).priority == "P1"


def test_dmarc_fail_for_the_from_domain_runs_nothing_even_with_a_token(desked: Desked) -> None:
    """Our MTA says DMARC failed for houseware.io: the forged agent mail is a comment only."""
    results = f"{MX}; spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=houseware.io"
    mail = agent_mail(desked, "#priority P0\n#close\n", results)
    out = desked.receive(mail, T0 + timedelta(minutes=5))
    assert out[0].disposition == Disposition.UNVERIFIED_STAFF
    ticket = desked.ticket(1001)
    assert (ticket.priority, ticket.status) != ("P0", "closed")
    [event] = desked.events("unverified_staff_mail")
    assert "dmarc=fail for houseware.io" in event.detail


def test_a_forged_dmarc_fail_further_down_changes_nothing(desked: Desked) -> None:
    """Only our MTA's topmost header counts: a fail claimed by another host is ignored."""
    results = "other.example; dmarc=fail header.from=houseware.io"
    out = desked.receive(agent_mail(desked, "#priority P1\n", results), T0 + timedelta(minutes=5))
    assert out[0].disposition == Disposition.AGENT_REPLY
    assert desked.ticket(1001).priority == "P1"


def test_a_token_expires_days_after_its_ticket_closed(desked: Desked) -> None:
    """Closed at T0+1h: the token still works 6 days later and proves nothing 8 days later."""
    desked.receive(agent_mail(desked, "#close\n"), T0 + timedelta(hours=1))
    assert desked.ticket(1001).status == "closed"
    late = T0 + timedelta(days=8)
    out = desked.receive(agent_mail(desked, "#reopen\n#priority P0\n"), late)
    assert out[0].disposition == Disposition.UNVERIFIED_STAFF
    assert desked.ticket(1001).status == "closed"
    [event] = desked.events("unverified_staff_mail")
    assert "expired" in event.detail
    soon = T0 + timedelta(days=6)
    out = desked.receive(agent_mail(desked, "#reopen\n"), soon)
    assert out[0].disposition == Disposition.AGENT_REPLY
    assert desked.ticket(1001).status == "open"


@pytest.mark.parametrize(
    ("closed_after", "now_after", "alive"),
    [(None, 1000, True), (0, 6, True), (0, 7, False), (0, 8, False)],
)
def test_token_alive(closed_after: int | None, now_after: int, alive: bool) -> None:
    """Open tickets' tokens live; a closed ticket's live for the configured days only."""
    closed = None if closed_after is None else T0 + timedelta(days=closed_after)
    assert token_alive(closed, T0 + timedelta(days=now_after), timedelta(days=7)) is alive


@pytest.mark.parametrize(
    ("headers", "failed"),
    [
        ((f"{MX}; dmarc=fail (p=reject) header.from=houseware.io",), True),
        ((f"{MX}; dmarc=pass header.from=houseware.io",), False),
        ((f"{MX}; dmarc=fail header.from=other.example",), False),
        (("relay.example; dmarc=fail header.from=houseware.io",), False),
        ((f"{MX}; dmarc=pass header.from=houseware.io", f"{MX}; dmarc=fail header.from=x"), False),
        ((), False),
    ],
)  # fmt: skip
def test_dmarc_failed(headers: tuple[str, ...], failed: bool) -> None:
    """Only our own server's topmost verdict, for the From domain itself, counts."""
    assert dmarc_failed(headers, MX, "houseware.io") is failed
