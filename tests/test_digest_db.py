"""Digests on a stored desk: who gets which, once per period (also with two instances on
PostgreSQL), the `[digests]` config, and `supportmail digest --dry-run`."""

import asyncio
import threading
import time as clock
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from supportmail.cli.main import main
from supportmail.config import load_config
from supportmail.daemon.once import run_once
from supportmail.desk import Desk
from supportmail.errors import ConfigError
from supportmail.sla import digests
from supportmail.storage import digests as stored
from supportmail.storage.database import make_engine, upgrade
from supportmail.storage.tables import DigestSent, Outbox, Ticket
from supportmail.testbed import Testbed, TestbedSettings
from supportmail.testbed.sink import Sink
from tests.support.desk import Desked, customer_mail, prepared_config, write_config
from tests.support.mailbox import Mailbox

MONDAY = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
AT_EIGHT = MONDAY.replace(hour=8, minute=1)
ALICE = "alice@houseware.io"
TEAM = "team@houseware.io"
ON = '[digests]\nenabled = true\n[digests.recipients."alice@houseware.io"]\ntimezone = "UTC"\n'


@pytest.fixture
def desk_extra() -> str:
    """Digests on, at the defaults (08:00 UTC; daily on workdays, weekly on Mondays)."""
    return ON


def open_tickets(desked: Desked) -> None:
    """#1001 Alice's, #1002 nobody's, #1003 Alice's but closed; received early on Monday."""
    for n, subject in enumerate(("Export fails", "Invoice question", "Old matter")):
        desked.receive(
            customer_mail(subject, "Please help.", sender=f"Jo <jo{n}@acme.example>"), MONDAY
        )
    with Session(desked.engine) as session:
        for ticket in session.exec(select(Ticket)).all():
            ticket.assignee = None if ticket.number == 1002 else ALICE
            if ticket.number == 1003:
                ticket.status, ticket.closed_at = "closed", MONDAY
            session.add(ticket)
        session.commit()


def digest_mails(engine: Engine) -> dict[str, EmailMessage]:
    """The queued digests by recipient, parsed."""
    with Session(engine) as session:
        rows = session.exec(
            select(Outbox).where(Outbox.kind == "digest").order_by(col(Outbox.id))
        ).all()
    found: dict[str, EmailMessage] = {}
    for row in rows:
        assert row.raw is not None and row.ticket_id is None
        assert row.first_recipient not in found, f"two digests for {row.first_recipient}"
        message = message_from_bytes(row.raw, policy=policy.default)
        assert isinstance(message, EmailMessage)
        found[row.first_recipient] = message
    return found


def body(message: EmailMessage) -> str:
    """The text part, unwrapped."""
    part = message.get_body(("plain",))
    assert part is not None
    return " ".join(part.get_content().split())


def test_agents_and_the_team_get_their_daily_digest_once(desked: Desked) -> None:
    """At 08:00 Alice gets her open ticket, the team the unassigned one; the agent with no
    ticket gets no mail; the weekly goes to the ladder's first two rungs, not the third; a
    second pass (another minute, the same day) queues nothing."""
    open_tickets(desked)
    assert digests.run_due(desked.engine, desked.desk, MONDAY + timedelta(hours=1)) == 0
    assert digests.run_due(desked.engine, desked.desk, AT_EIGHT) == 4
    mails = digest_mails(desked.engine)
    assert sorted(mails) == [ALICE, "cx-head@houseware.io", "happiness@houseware.io", TEAM]
    alice, team = body(mails[ALICE]), body(mails[TEAM])
    assert mails[ALICE]["Subject"] == "Your open tickets on 2026-03-02: 0 overdue, 1 in all"
    assert "[#1001] P" in alice and "Export fails" in alice and "#1002" not in alice
    assert "#1003" not in alice
    assert "[#1002] P" in team and "Invoice question" in team and "#1001" not in team
    assert mails[TEAM]["Reply-To"] is not None and TEAM in str(mails[TEAM]["Reply-To"])
    weekly = body(mails["happiness@houseware.io"])
    assert "First responses in time, per priority" in weekly
    assert "Acme Corp: 3 this week" not in weekly  # received this week, not the week reported
    assert digests.run_due(desked.engine, desked.desk, AT_EIGHT + timedelta(minutes=30)) == 0
    with Session(desked.engine) as session:
        claims = session.exec(select(DigestSent)).all()
    handled = {(c.kind, c.recipient, c.period, c.outbox_id is not None) for c in claims}
    assert ("daily", "agent@houseware.io", "2026-03-02", False) in handled  # nothing to list
    assert ("weekly", "happiness@houseware.io", "2026-W10", True) in handled
    assert len(claims) == 5


def test_the_next_day_brings_the_next_daily(desked: Desked) -> None:
    """A new period is a new digest; a time more than six hours past is left out."""
    open_tickets(desked)
    digests.run_due(desked.engine, desked.desk, AT_EIGHT)
    assert digests.run_due(desked.engine, desked.desk, AT_EIGHT + timedelta(hours=7)) == 0
    assert digests.run_due(desked.engine, desked.desk, AT_EIGHT + timedelta(days=1)) == 2


def test_digests_are_off_unless_enabled(tmp_path: Path) -> None:
    """Without `[digests] enabled = true` nothing is claimed or queued."""
    from tests.support.desk import open_desked

    with open_desked(tmp_path) as desked:
        open_tickets(desked)
        assert digests.run_due(desked.engine, desked.desk, AT_EIGHT) == 0
        with Session(desked.engine) as session:
            assert session.exec(select(DigestSent)).first() is None


def test_a_digest_whose_mail_failed_is_not_counted_as_sent(
    desked: Desked, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The claim and the outbox row are one transaction: when writing the mail fails, the
    claim is rolled back with it and the next pass sends the digest."""
    open_tickets(desked)

    def broken(*_args: object, **_kwargs: object) -> Outbox:
        raise RuntimeError("disk full")

    monkeypatch.setattr(digests, "enqueue", broken)
    with pytest.raises(RuntimeError):
        digests.run_due(desked.engine, desked.desk, AT_EIGHT)
    with Session(desked.engine) as session:
        assert session.exec(select(DigestSent).where(DigestSent.outbox_id != None)).all() == []  # noqa: E711
    monkeypatch.undo()
    assert digests.run_due(desked.engine, desked.desk, AT_EIGHT) == 4


def test_times_are_per_recipient(tmp_path: Path) -> None:
    """Alice's own 07:30 Europe/Berlin (06:30 UTC) sends hers early; others wait for 08:00;
    `daily = false` and `weekly = false` opt out; `weekly = true` opts in."""
    from tests.support.desk import open_desked

    extra = (
        "[digests]\nenabled = true\n"
        '[digests.recipients."alice@houseware.io"]\ndaily_at = "07:30"\n'
        'timezone = "Europe/Berlin"\n'
        '[digests.recipients."team@houseware.io"]\ndaily = false\n'
        '[digests.recipients."cx-head@houseware.io"]\nweekly = false\n'
        '[digests.recipients."ceo@houseware.io"]\nweekly = true\n'
    )
    with open_desked(tmp_path, extra) as desked:
        open_tickets(desked)
        assert digests.run_due(desked.engine, desked.desk, MONDAY + timedelta(minutes=31)) == 1
        assert list(digest_mails(desked.engine)) == [ALICE]
        assert "07:30 (Europe/Berlin)" in body(digest_mails(desked.engine)[ALICE])
        assert digests.run_due(desked.engine, desked.desk, AT_EIGHT) == 2
        assert sorted(digest_mails(desked.engine)) == [
            ALICE,
            "ceo@houseware.io",
            "happiness@houseware.io",
        ]


@pytest.mark.parametrize(
    ("extra", "problem"),
    [
        ('daily_at = "8am"', 'digests.daily_at: expected a time of day like "08:00", got "8am"'),
        ('weekly_at = "25:00"', "digests.weekly_at: expected a time of day"),
        ('weekly_day = "someday"', 'digests.weekly_day: expected a day name like "mon"'),
        ('daily_days = ["mon", "xyz"]', "digests.daily_days: expected a day name"),
        ('timezone = "Mars/Olympus"', 'digests.timezone: unknown time zone "Mars/Olympus"'),
        ("enabled = 1", "digests.enabled: expected true or false"),
        ("dayly_at = 1", "digests.dayly_at: unknown key"),
        ('weekly_to = ["not an address"]', "digests.weekly_to[0]: is not a valid mail address"),
        (
            '[digests.recipients."bob@houseware.io"]\ndaily_at = "7"',
            'digests.recipients.bob@houseware.io.daily_at: expected a time of day like "08:00"',
        ),
        ('[digests.recipients."nobody"]', "digests.recipients.nobody: is not a valid mail"),
    ],
)
def test_a_bad_digest_setting_names_its_key(tmp_path: Path, extra: str, problem: str) -> None:
    """Each wrong value is a configuration problem that says which key and what is wrong."""
    unused = Testbed(TestbedSettings(tmp_path / "unused"))
    path = write_config(tmp_path, unused, "sqlite:///x.sqlite3", f"[digests]\n{extra}\n")
    with pytest.raises(ConfigError) as failed:
        load_config(path)
    assert any(p.startswith(problem) for p in failed.value.problems), failed.value.problems


def test_dry_run_prints_a_digest_and_records_nothing(
    desked: Desked, capsys: pytest.CaptureFixture[str]
) -> None:
    """`digest --dry-run --to ADDR` prints headers and text; --html the HTML part; an empty
    one says so; nothing is claimed or queued."""
    open_tickets(desked)
    config = str(desked.desk.config.source)
    at = ["--at", "2026-03-02T08:01"]
    assert main(["digest", "-c", config, "--dry-run", "--to", ALICE, *at]) == 0
    out = capsys.readouterr().out
    assert "Subject: Your open tickets on 2026-03-02: 0 overdue, 1 in all" in out
    assert "[#1001] P" in out and "Export fails" in out
    assert main(["digest", "-c", config, "--dry-run", "--kind", "weekly", "--html", *at]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
    assert main(["digest", "-c", config, "--dry-run", "--to", "agent@houseware.io", *at]) == 0
    assert "nothing to list for agent@houseware.io" in capsys.readouterr().out
    with Session(desked.engine) as session:
        assert session.exec(select(DigestSent)).first() is None
    assert main(["digest", "-c", config, *at]) == 0
    assert capsys.readouterr().out == "4 digest(s) queued\n"


# -- two instances on PostgreSQL -------------------------------------------------------------


@pytest.fixture
def two_instances(tmp_path: Path, pg_url: str) -> Iterator[tuple[Engine, Engine, Desk]]:
    """Two engines (two daemons) on one PostgreSQL database, with digests on and tickets."""
    unused = Testbed(TestbedSettings(tmp_path / "unused"))
    config = load_config(write_config(tmp_path, unused, pg_url, ON))
    first, second = make_engine(pg_url), make_engine(pg_url)
    upgrade(first)
    desk = Desk.from_config(config)
    open_tickets(Desked(first, desk))
    try:
        yield first, second, desk
    finally:
        first.dispose()
        second.dispose()


def waiting_on_a_lock(engine: Engine) -> bool:
    """True when some session of the database waits for a lock another one holds."""
    with engine.connect() as conn:
        return bool(conn.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar())


@pytest.mark.postgres
def test_two_instances_send_each_digest_once(two_instances: tuple[Engine, Engine, Desk]) -> None:
    """Instance A has claimed Alice's digest but not committed; instance B, checking at the same
    moment, waits on A's row, then finds it taken and sends the rest; each digest once."""
    first, second, desk = two_instances
    results: list[int] = []
    with Session(first) as holding:
        assert stored.claim_digest(holding, "daily", ALICE, "2026-03-02", AT_EIGHT) is not None
        racer = threading.Thread(
            target=lambda: results.append(digests.run_due(second, desk, AT_EIGHT))
        )
        racer.start()
        deadline = clock.monotonic() + 30
        while not waiting_on_a_lock(first) and racer.is_alive():
            assert clock.monotonic() < deadline, "instance B never reached Alice's digest"
            clock.sleep(0.02)
        holding.commit()
    racer.join(timeout=60)
    assert not racer.is_alive() and results == [3]  # the team's and the two weekly ones
    assert digests.run_due(first, desk, AT_EIGHT) == 0
    assert sorted(digest_mails(first)) == ["cx-head@houseware.io", "happiness@houseware.io", TEAM]


@pytest.mark.postgres
def test_two_instances_racing_queue_each_digest_once(
    two_instances: tuple[Engine, Engine, Desk],
) -> None:
    """Both instances run at the same moment: together they queue each digest exactly once."""
    first, second, desk = two_instances
    start = threading.Barrier(2)
    results: list[int] = []

    def run(engine: Engine) -> None:
        start.wait(timeout=30)
        results.append(digests.run_due(engine, desk, AT_EIGHT))

    threads = [threading.Thread(target=run, args=(e,)) for e in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sum(results) == 4
    assert sorted(digest_mails(first)) == [
        ALICE,
        "cx-head@houseware.io",
        "happiness@houseware.io",
        TEAM,
    ]


def test_run_once_sends_the_digests_due_to_the_sink(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink
) -> None:
    """`run --once` (cron) queues the digests due with the rest of its pass and sends them: the
    team's daily lists the new unassigned ticket; the weekly goes to the first two rungs; each
    is text plus HTML over real SMTP, besides the ticket's acknowledgement and notification."""
    due = datetime.now(UTC) - timedelta(minutes=1)
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[due.weekday()]
    extra = (
        f'[digests]\nenabled = true\ndaily_at = "{due:%H:%M}"\nweekly_at = "{due:%H:%M}"\n'
        f'daily_days = ["{day}"]\nweekly_day = "{day}"\n'
    )
    config = prepared_config(tmp_path, testbed, f"sqlite:///{tmp_path}/db.sqlite3", extra)
    mailbox.append(
        customer_mail("Printer on fire", "It is on fire.", sender="Jo <jo@acme.example>")
    )
    run_once(config)
    sent = sink.wait_for(5)
    assert len(sent) == 5
    found = {
        m.rcpt_tos[0]: m.message
        for m in sent
        if m.message.get_content_type() == "multipart/alternative"
    }
    assert sorted(found) == ["cx-head@houseware.io", "happiness@houseware.io", TEAM]
    team = found[TEAM]
    assert str(team["Subject"]).startswith("Unassigned tickets on ")
    assert "[#1001] P" in body(team) and "Printer on fire" in body(team)
    html = team.get_body(("html",))
    assert html is not None and "Printer on fire" in html.get_content()
    assert str(found["happiness@houseware.io"]["Subject"]).startswith("Weekly support report")


def test_the_daemon_has_a_digests_job_that_queues_them(desked: Desked) -> None:
    """The daemon schedules a "digests" job; a run of it queues the digests due (its clock's
    now) and wakes the outbox."""
    from supportmail.clock import RealClock
    from supportmail.daemon.loop import Daemon

    class AtEight(RealClock):
        def now(self) -> datetime:
            return AT_EIGHT

    open_tickets(desked)
    daemon = Daemon(desked.desk.config, desked.engine, desked.desk, AtEight(), None, None)
    daemon._schedule_jobs()
    assert "digests" in daemon.scheduler.job_names()
    asyncio.run(daemon._digests())
    assert len(digest_mails(desked.engine)) == 4
    assert daemon._outbox_wake.is_set()
