"""Two daemons on one PostgreSQL database and one mailbox: one is killed mid-backlog (SIGKILL),
the other takes over its claims and finishes everything, nothing sent twice.

Real processes, real Dovecot, real sink. Nothing is timed: the takeover bound (10 s on one
host, see supportmail/daemon/loop.py) is measured by scripts/bench/takeover.
"""

import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import text

from supportmail.config.sections import SmtpConfig
from supportmail.daemon.loop import FRESH_LIMIT
from supportmail.storage.database import make_engine, upgrade
from supportmail.testbed import Sink, Testbed
from tests.support.daemon import REPO, append_many, customer_mail, wait_until, write_config
from tests.support.mailbox import Mailbox

pytestmark = [pytest.mark.imap, pytest.mark.smtp, pytest.mark.postgres, pytest.mark.slow]

BACKLOG = 100


def _sql(url: str, query: str, **params: object) -> list[tuple[object, ...]]:
    engine = make_engine(url)
    try:
        with engine.connect() as db:
            return [tuple(row) for row in db.execute(text(query), params)]
    finally:
        engine.dispose()


def _start(config: Path, log_path: Path) -> subprocess.Popen[bytes]:
    with log_path.open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "supportmail", "run", "-c", str(config)],
            cwd=REPO,
            stdout=log,
            stderr=log,
        )


def test_a_killed_instance_s_claims_are_taken_over_and_every_mail_sent_once(
    tmp_path: Path, testbed: Testbed, mailbox: Mailbox, sink: Sink, pg_url: str
) -> None:
    """SIGKILL one of two daemons while both run on a backlog: the survivor takes back the rows
    the dead one had claimed, every mail is sent, and none twice (the one the dead instance may
    have been handing over at the kill is settled as the outbox's crash rules say: an
    acknowledgement at most once, any other mail again with the same Message-ID).

    Nothing here depends on how fast either daemon is: the victim runs first, is frozen
    (SIGSTOP) at a moment it holds claims (checked while frozen), the survivor is started and
    runs beside it, and only then is the victim killed. Should the victim send a whole backlog
    between two looks, another backlog is appended."""
    config = write_config(tmp_path, testbed, batch_size=25)
    text_ = config.read_text(encoding="utf-8")
    start = text_.index('url = "sqlite')
    config.write_text(
        text_[:start] + f'url = "{pg_url}"' + text_[text_.index("\n", start) :], encoding="utf-8"
    )
    engine = make_engine(pg_url)
    upgrade(engine)
    engine.dispose()
    appended = BACKLOG
    append_many(mailbox, [customer_mail("takeover", n) for n in range(BACKLOG)])
    victim = _start(config, tmp_path / "a.log")
    daemons = [victim]
    claims = "SELECT id FROM outbox WHERE claimed_by LIKE :victim"
    victim_id = f"%:{victim.pid}:%"
    unsent = "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')"

    def holding() -> bool:
        nonlocal appended
        assert victim.poll() is None, (tmp_path / "a.log").read_text(errors="replace")
        if _sql(pg_url, claims, victim=victim_id):
            return True
        done = _sql(pg_url, "SELECT count(*) FROM ticket")[0][0] == appended
        if done and _sql(pg_url, unsent)[0][0] == 0:  # all sent between two looks: more work
            more = range(appended, appended + BACKLOG)
            append_many(mailbox, [customer_mail("takeover", n) for n in more])
            appended += BACKLOG
        return False

    try:
        held: set[object] = set()
        for _ in range(20):
            wait_until(holding, 120, "the first daemon holding claims")
            victim.send_signal(signal.SIGSTOP)  # frozen: its claims stay as they are
            held = {row[0] for row in _sql(pg_url, claims, victim=victim_id)}
            if held:
                break
            victim.send_signal(signal.SIGCONT)  # released them between the look and the stop
        assert held, "never frozen while holding a claim: the test would prove nothing"
        survivor = _start(config, tmp_path / "b.log")
        daemons.append(survivor)
        started = lambda: "daemon started" in (tmp_path / "b.log").read_text(errors="replace")  # noqa: E731
        wait_until(started, 120, "the second daemon running beside the frozen one")
        victim.send_signal(signal.SIGKILL)
        victim.wait(30)  # reaped: its pid is dead for the survivor's check from here on
        assert {row[0] for row in _sql(pg_url, claims, victim=victim_id)} == held

        def finished() -> bool:
            assert survivor.poll() is None, (tmp_path / "b.log").read_text(errors="replace")
            tickets = _sql(pg_url, "SELECT count(*) FROM ticket")[0][0]
            return tickets == appended and _sql(pg_url, unsent)[0][0] == 0

        wait_until(finished, 180, "the survivor finishing the backlog")
        survivor.send_signal(signal.SIGTERM)
        assert survivor.wait(30) == 0
    finally:
        for daemon in daemons:
            if daemon.poll() is None:
                daemon.kill()
                daemon.wait(10)
    assert _sql(pg_url, claims, victim=victim_id) == []
    assert "took back" in (tmp_path / "b.log").read_text(errors="replace")
    counted = _sql(pg_url, "SELECT state, count(*) FROM outbox GROUP BY state")
    states = {str(state): int(str(n)) for state, n in counted}
    assert set(states) <= {"sent", "unknown"}, states
    rows = _sql(pg_url, "SELECT message_id, kind, state FROM outbox")
    at_sink = Counter(str(m.message["Message-ID"]).strip("<>") for m in sink.messages())
    # Settled after the crash: the rows the victim was handing to the server when it died
    # (marked "sending"): at most one per SMTP connection of its main lane, plus the one row
    # its fresh lane holds at a time.
    settled = [r for r in rows if r[2] == "unknown" or at_sink[str(r[0]).strip("<>")] != 1]
    assert len(settled) <= SmtpConfig.connections + FRESH_LIMIT, settled
    for message_id, kind, state in rows:
        copies = at_sink[str(message_id).strip("<>")]
        if state == "unknown":
            assert kind in ("ack", "ack_summary") and copies <= 1
        elif kind in ("ack", "ack_summary"):
            assert copies == 1, (message_id, kind, copies)
        else:
            assert 1 <= copies <= 2, (message_id, kind, copies)
    acks = [r for r in rows if r[1] == "ack"]
    assert len(acks) == appended
